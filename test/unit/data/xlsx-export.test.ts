import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { recordsToRows, xlsxBook, xlsxBytes } from '../../../src/data/xlsx-export';

describe('xlsx export', () => {
  const book = unzipSync(
    xlsxBytes(
      recordsToRows([
        { region: 'Алматы', share: 12.5, note: '=HYPERLINK("http://x")', flag: true },
        { region: '<b>&co</b>', share: -3, note: null, flag: false },
      ]),
      'Crosstab: 2025',
    ),
  );
  const sheet = strFromU8(book['xl/worksheets/sheet1.xml']);
  it('has the parts Excel and LibreOffice need', () => {
    expect(Object.keys(book).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
    ]);
    expect(strFromU8(book['xl/workbook.xml'])).toContain('<sheet name="Crosstab  2025"');
  });
  it('numbers stay numbers; text is escaped, never markup; formula-like text is neutralised', () => {
    expect(sheet).toContain('<c r="B2"><v>12.5</v></c>');
    expect(sheet).toContain('<c r="B3"><v>-3</v></c>');
    expect(sheet).toContain('<t xml:space="preserve">Алматы</t>');
    expect(sheet).toContain('&lt;b&gt;&amp;co&lt;/b&gt;');
    expect(sheet).toContain(`<t xml:space="preserve">'=HYPERLINK(&quot;http://x&quot;)</t>`);
    expect(sheet).toContain('<c r="D2" t="b"><v>1</v></c>');
    expect(sheet).not.toContain('r="C3"');
  });
});

describe('xlsxBook', () => {
  const book = unzipSync(
    xlsxBook([
      {
        name: 'Данные',
        rows: [
          ['Регион', 'Оценка'],
          ['Алматы', 57.5],
          ['@SUM(A1)', 1.25],
        ],
      },
      { name: 'Примечания', rows: [['Источник: демо.'], ['Синтетические демо-данные']] },
    ]),
  );
  const text = (name: string) => strFromU8(book[name]);
  it('writes a data sheet and a notes sheet, each named and related in the workbook', () => {
    expect(text('xl/workbook.xml')).toMatch(
      /<sheet name="Данные" sheetId="1" r:id="rId1"\/><sheet name="Примечания" sheetId="2" r:id="rId2"\/>/,
    );
    expect(text('xl/_rels/workbook.xml.rels')).toContain(
      'Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"',
    );
    expect(text('[Content_Types].xml')).toContain('PartName="/xl/worksheets/sheet2.xml"');
    expect(text('xl/worksheets/sheet2.xml')).toContain('<t xml:space="preserve">Синтетические демо-данные</t>');
  });
  it('keeps numbers numeric and neutralises formula-like text on the data sheet', () => {
    expect(text('xl/worksheets/sheet1.xml')).toContain('<c r="B2"><v>57.5</v></c>');
    expect(text('xl/worksheets/sheet1.xml')).toContain(`<t xml:space="preserve">'@SUM(A1)</t>`);
  });
});

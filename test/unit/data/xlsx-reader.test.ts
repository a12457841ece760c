import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../../src/data/errors';
import { cellRef, openXlsx, serialToIso } from '../../../src/data/import/xlsx';

/** A minimal workbook as Excel writes it: shared strings (one with rich-text runs), a date style, a boolean. */
function workbook(): Uint8Array {
  const ns =
    'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  return zipSync({
    'xl/workbook.xml': strToU8(
      `<workbook ${ns}><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    'xl/sharedStrings.xml': strToU8(
      `<sst ${ns}><si><t>name</t></si>` +
        `<si><r><t>Ақ</t></r><r><t xml:space="preserve">мола &amp; co</t></r><rPh><t>x</t></rPh></si>` +
        `<si><t>when</t></si><si><t>ok</t></si></sst>`,
    ),
    'xl/styles.xml': strToU8(
      `<styleSheet ${ns}><numFmts><numFmt numFmtId="164" formatCode="dd\\.mm\\.yyyy"/></numFmts>` +
        `<cellXfs><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>`,
    ),
    'xl/worksheets/sheet1.xml': strToU8(`<worksheet ${ns}><sheetData>
      <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>2</v></c><c r="C1" t="s"><v>3</v></c></row>
      <row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" s="1"><v>46022</v></c><c r="C2" t="b"><v>1</v></c></row>
      <row r="4"><c r="C4" t="e"><v>#DIV/0!</v></c></row>
    </sheetData></worksheet>`),
  });
}

describe('xlsx reader', () => {
  it('reads shared strings with runs (no phonetic hints), date styles, booleans, error cells and gaps', () => {
    const wb = openXlsx(workbook(), 'w.xlsx');
    expect(wb.sheets).toEqual(['Data']);
    expect(wb.sheet().rows).toEqual([
      ['name', 'when', 'ok'],
      ['Ақмола & co', '2025-12-31', true],
      [null, null, null],
      [null, null, '#DIV/0!'],
    ]);
  });

  it('converts cell references and serial dates', () => {
    expect(cellRef('A1')).toEqual([0, 0]);
    expect(cellRef('AB12')).toEqual([11, 27]);
    expect(serialToIso(46022)).toBe('2025-12-31');
    expect(serialToIso(46022.5)).toBe('2025-12-31 12:00:00');
  });

  it('a file that is not a workbook, or a missing sheet, is a DataError naming the file', () => {
    expect(() => openXlsx(strToU8('hello'), 'x.xlsx')).toThrow(DataError);
    expect(() => openXlsx(workbook(), 'w.xlsx').sheet('Nope')).toThrow(/w\.xlsx: no such sheet \(Nope\)/);
  });
});

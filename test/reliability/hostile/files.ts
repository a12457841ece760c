import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { workspaceSample } from '../fuzz/targets';
import { cat, enc, ints, sav, sheetRows, xlsx } from './build';

/** A file built to break the import: where it goes, and what must come of it (a parse, or an error naming `where`). */
export interface HostileFile {
  name: string;
  /** Data files go through the CLI and the Data page; codebooks and workspace files through their own import. */
  kind: 'data' | 'codebook' | 'workspace';
  expect: 'parsed' | 'error';
  /** What the error message must contain: the place (row, column, byte, part) and the cause. */
  where?: RegExp;
  /** Where the app's import ends otherwise than `describe` (a file with no rows describes, but does not import). */
  app?: { expect: 'error'; where: RegExp };
  /** One of the handful the fast subset takes through the browser. */
  fast?: boolean;
  /** Built on the fly into a temporary file, never committed (hundreds of MiB). */
  big?: boolean;
  bytes: () => Uint8Array;
}

const fixture = (name: string) => new Uint8Array(readFileSync(`test/fixtures/${name}`));
const text = (s: string) => enc.encode(s);
const LAUGHS =
  '<!DOCTYPE lolz [<!ENTITY lol "lol">' +
  Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('') +
  ']>';
const XXE = '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>';
const HTML = '<img src=x onerror=alert(1)><script>alert("x")</script>';

/** A zip whose one part unpacks to `mib` MiB of one repeated byte (a few hundred KiB packed). */
function bomb(part: string, mib: number, others: Record<string, Uint8Array> = {}): Uint8Array {
  return zipSync({ ...others, [part]: new Uint8Array(mib * 1024 ** 2).fill(0x61) }, { level: 9 });
}

function manifest(edit: (m: Record<string, unknown> & { datasets: Record<string, unknown>[] }) => void): Uint8Array {
  const parts = unzipSync(workspaceSample());
  const m = JSON.parse(strFromU8(parts['manifest.json']));
  edit(m);
  return zipSync({ ...parts, 'manifest.json': strToU8(JSON.stringify(m)) });
}

const xlsxFixture = () => fixture('import/two-sheets.xlsx');
const savFixture = () => fixture('import/labelled-uncompressed.sav');

export const HOSTILE: HostileFile[] = [
  // Excel
  {
    name: 'truncated.xlsx',
    kind: 'data',
    expect: 'error',
    where: /zip|workbook/,
    bytes: () => xlsxFixture().slice(0, 3000),
  },
  {
    name: 'pk-garbage.xlsx',
    kind: 'data',
    expect: 'error',
    where: /zip/,
    bytes: () => cat(text('PK\x03\x04'), new Uint8Array(500).fill(7)),
  },
  {
    name: 'shared-strings-bomb.xlsx',
    kind: 'data',
    expect: 'error',
    where: /xl\/sharedStrings\.xml unpacks to 300 MiB/,
    fast: true,
    bytes: () => bomb('xl/sharedStrings.xml', 300, { 'xl/workbook.xml': strToU8('<workbook/>') }),
  },
  {
    name: 'billion-laughs.xlsx',
    kind: 'data',
    expect: 'parsed',
    bytes: () =>
      xlsx(sheetRows([['name'], ['x']]).replace('<c t="inlineStr"><is><t>x</t></is></c>', '<c t="s"><v>0</v></c>'), {
        shared: `${LAUGHS}<sst><si><t>&lol9;</t></si></sst>`,
      }),
  },
  {
    name: 'external-entity.xlsx',
    kind: 'data',
    expect: 'parsed',
    bytes: () =>
      xlsx(
        `${sheetRows([['name'], ['x']])}`.replace('<c t="inlineStr"><is><t>x</t></is></c>', '<c t="s"><v>0</v></c>'),
        { shared: `${XXE}<sst><si><t>&xxe;</t></si></sst>` },
      ),
  },
  {
    name: 'far-cell.xlsx',
    kind: 'data',
    expect: 'error',
    where: /cell XFD1048576 makes the sheet more than/,
    fast: true,
    bytes: () => xlsx('<row r="1"><c r="A1"><v>1</v></c><c r="XFD1048576"><v>2</v></c></row>'),
  },
  {
    name: 'bad-cell-ref.xlsx',
    kind: 'data',
    expect: 'error',
    where: /cell reference "A0" is outside the sheet/,
    bytes: () => xlsx('<row r="1"><c r="A0"><v>1</v></c></row>'),
  },
  {
    name: 'formulas.xlsx',
    kind: 'data',
    expect: 'parsed',
    bytes: () =>
      xlsx(
        sheetRows([
          ['a', 'b'],
          ['=HYPERLINK("http://x","y")', 1],
        ]) + '<row r="3"><c t="inlineStr"><is><t>@SUM(1)</t></is></c><c><f>SUM(B1:B2)</f><v>3</v></c></row>',
      ),
  },
  {
    name: 'html-labels.xlsx',
    kind: 'data',
    expect: 'parsed',
    bytes: () =>
      xlsx(
        sheetRows([
          [HTML, 'b'],
          [HTML, 2],
        ]),
      ),
  },
  {
    name: 'no-workbook.xlsx',
    kind: 'data',
    expect: 'error',
    where: /no xl\/workbook\.xml/,
    bytes: () => zipSync({ 'a.xml': strToU8('<a/>') }),
  },
  {
    name: 'missing-sheet.xlsx',
    kind: 'data',
    expect: 'error',
    where: /no such sheet/,
    bytes: () =>
      zipSync({ 'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="S" r:id="rId9"/></sheets></workbook>') }),
  },
  {
    name: 'relationship-without-target.xlsx',
    kind: 'data',
    expect: 'error',
    where: /no such sheet/,
    bytes: () =>
      zipSync({
        'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>'),
        'xl/_rels/workbook.xml.rels': strToU8('<Relationships><Relationship Id="rId1"/></Relationships>'),
      }),
  },
  {
    name: 'date-serial-overflow.xlsx',
    kind: 'data',
    expect: 'parsed',
    bytes: () =>
      xlsx('<row r="1"><c t="inlineStr"><is><t>d</t></is></c></row><row r="2"><c s="1"><v>1e12</v></c></row>', {
        parts: {
          'xl/styles.xml': strToU8('<styleSheet><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>'),
        },
      }),
  },
  {
    name: 'form-missing-choices.xlsx',
    kind: 'data',
    expect: 'error',
    where: /column "q1".*choice list "yn"/,
    bytes: () =>
      zipSync({
        'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="survey" r:id="rId1"/></sheets></workbook>'),
        'xl/_rels/workbook.xml.rels': strToU8(
          '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
        ),
        'xl/worksheets/sheet1.xml': strToU8(
          `<worksheet><sheetData>${sheetRows([
            ['type', 'name', 'label'],
            ['select_one yn', 'q1', HTML],
          ])}</sheetData></worksheet>`,
        ),
      }),
  },
  // SPSS
  {
    name: 'truncated-header.sav',
    kind: 'data',
    expect: 'error',
    where: /ends early \(byte \d+\)/,
    bytes: () => savFixture().slice(0, 100),
  },
  {
    // Found by the fuzzer: the header's layout code was read past the end.
    name: 'header-only-64-bytes.sav',
    kind: 'data',
    expect: 'error',
    where: /ends early \(byte 64\)/,
    bytes: () => savFixture().slice(0, 64),
  },
  {
    name: 'huge-label-count.sav',
    kind: 'data',
    expect: 'error',
    where: /2147483647 value labels at byte \d+, more than the file holds/,
    fast: true,
    bytes: () => sav({ names: ['q1'], cases: [[1]], records: ints(3, 0x7fffffff) }),
  },
  {
    name: 'negative-label-length.sav',
    kind: 'data',
    expect: 'error',
    where: /ends early \(byte \d+\)/,
    bytes: () => {
      const b = sav({ names: ['q1'], cases: [[1]] });
      new DataView(b.buffer).setInt32(176 + 8, 1, true);
      return cat(b.subarray(0, 208), ints(-5), b.subarray(208));
    },
  },
  {
    name: 'unknown-record.sav',
    kind: 'data',
    expect: 'error',
    where: /unknown record type 42 at byte 208/,
    bytes: () => sav({ names: ['q1'], cases: [[1]], records: ints(42) }),
  },
  {
    name: 'extension-too-long.sav',
    kind: 'data',
    expect: 'error',
    where: /elements at byte \d+, more than the file holds/,
    bytes: () => sav({ names: ['q1'], cases: [[1]], records: ints(7, 3, 4, 1_000_000) }),
  },
  {
    name: 'ragged-cases.sav',
    kind: 'data',
    expect: 'parsed',
    bytes: () =>
      sav({
        names: ['a', 'b'],
        cases: [
          [1, 2],
          [3, 4],
        ],
      }).slice(0, -4),
  },
  {
    name: 'date-past-9999.sav',
    kind: 'data',
    expect: 'error',
    where: /row \d+, column "[^"]+".*date past the year 9999/,
    bytes: () => fixture('reliability/sav-date-past-9999.sav'),
  },
  {
    name: 'bad-trailer.zsav',
    kind: 'data',
    expect: 'error',
    where: /zlib|ends early/,
    bytes: () => {
      const b = fixture('import/labelled.zsav').slice();
      const v = new DataView(b.buffer);
      const at = b.length - 200;
      v.setInt32(at, -7, true);
      return b.slice(0, b.length - 40);
    },
  },
  // Parquet
  {
    name: 'lying-footer.parquet',
    kind: 'data',
    expect: 'error',
    where: /Parquet/,
    fast: true,
    bytes: () => {
      const b = fixture('import/data.parquet').slice();
      new DataView(b.buffer).setInt32(b.length - 8, 1_000_000, true);
      return b;
    },
  },
  {
    name: 'truncated.parquet',
    kind: 'data',
    expect: 'error',
    where: /Parquet/,
    bytes: () => fixture('import/data.parquet').slice(0, 300),
  },
  {
    name: 'bitpacked-run.parquet',
    kind: 'data',
    expect: 'error',
    where: /column "region": the page at byte 4/,
    bytes: () => fixture('reliability/parquet-bitpacked-run.parquet'),
  },
  {
    name: 'rle-run.parquet',
    kind: 'data',
    expect: 'error',
    where: /column "ngos": the page at byte 101/,
    bytes: () => fixture('reliability/parquet-rle-run.parquet'),
  },
  // JSON
  {
    name: 'nested-10000.json',
    kind: 'data',
    expect: 'error',
    where: /row 1, column "deep": .*nested too deeply/,
    fast: true,
    bytes: () => text(`[{"a":1,"deep":${'['.repeat(10_000)}${']'.repeat(10_000)}}]`),
  },
  {
    name: 'nested-array-10000.json',
    kind: 'data',
    expect: 'error',
    where: /row 1: .*expected an array of objects/,
    bytes: () => text('['.repeat(10_000) + ']'.repeat(10_000)),
  },
  {
    name: 'truncated.json',
    kind: 'data',
    expect: 'error',
    where: /position \d+|Unexpected end/,
    bytes: () => text('[{"a":1},{"a":'),
  },
  {
    name: 'bad-line.ndjson',
    kind: 'data',
    expect: 'error',
    where: /row 3/,
    bytes: () => text('{"a":1}\n{"a":2}\n{"a":\n'),
  },
  {
    name: 'html.json',
    kind: 'data',
    expect: 'parsed',
    bytes: () => text(JSON.stringify([{ [HTML]: HTML, n: '=1+1' }])),
  },
  // Delimited text
  {
    // The one line is the header: one column, no rows (5.6 s and 379 MiB peak in the CLI when measured), so the
    // app, which imports no dataset without rows, says so (in 31 s when measured).
    name: 'one-line-200mb.csv',
    kind: 'data',
    expect: 'parsed',
    app: { expect: 'error', where: /no data rows/ },
    big: true,
    bytes: () => new Uint8Array(200 * 1024 ** 2).fill(0x61),
  },
  {
    name: 'nul-bytes.csv',
    kind: 'data',
    expect: 'error',
    where: /row 3: (this is )?binary data.*NUL byte at byte 9/,
    fast: true,
    bytes: () => text('a,b\n1,2\n3\u0000,4\n'),
  },
  {
    // Decoded whole as either encoding, some lines would come out garbled: refused, naming the first other line.
    name: 'mixed-encodings.csv',
    kind: 'data',
    expect: 'error',
    where: /row 3: .*lines 1–2 are UTF-8, line 3 is Windows-1251/,
    bytes: () =>
      cat(text('город,n\nАлматы,1\n'), new Uint8Array([0xc0, 0xeb, 0xec, 0xe0, 0xf2, 0xfb, 0x2c, 0x32, 0x0a])),
  },
  {
    name: 'bom-mid-file.csv',
    kind: 'data',
    expect: 'error',
    where: /row 3, column "a"/,
    bytes: () => text('a,b\n1,2\n\ufeff3,4\n'),
  },
  {
    name: 'html-labels.csv',
    kind: 'data',
    expect: 'parsed',
    bytes: () => text(`"${HTML.replace(/"/g, '""')}",b\n"${HTML.replace(/"/g, '""')}",1\n`),
  },
  {
    name: 'formulas.csv',
    kind: 'data',
    expect: 'parsed',
    bytes: () => text('a,b\n=1+1,"=HYPERLINK(""http://x"")"\n+1,@SUM(1)\n'),
  },
  {
    name: 'columns-100000.csv',
    kind: 'data',
    expect: 'error',
    where: /row 1: .*100000 columns, more than the 16384/,
    bytes: () =>
      text(
        Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(',') +
          '\n' +
          Array.from({ length: 100_000 }, () => '1').join(',') +
          '\n',
      ),
  },
  { name: 'unclosed-quote.csv', kind: 'data', expect: 'parsed', bytes: () => text('a,b\n1,"2\n3,4\n') },
  { name: 'ragged.csv', kind: 'data', expect: 'error', where: /row 3/, bytes: () => text('a,b\n1,2\n3,4,5,6\n') },
  {
    name: 'bad-number-after-sample.csv',
    kind: 'data',
    expect: 'error',
    where: /row 600002, column "n".*"oops" is not BIGINT/,
    bytes: () => text(`n\n${'1\n'.repeat(600_000)}oops\n`),
  },
  { name: 'whitespace.csv', kind: 'data', expect: 'error', where: /no data rows/, bytes: () => text('  \n\n \t\n') },
  {
    name: 'odd-utf16.txt',
    kind: 'data',
    expect: 'parsed',
    bytes: () =>
      cat(
        new Uint8Array([0xff, 0xfe]),
        new Uint8Array(Buffer.from('a\tb\r\n1\t2\r\n', 'utf16le')),
        new Uint8Array([0x41]),
      ),
  },
  {
    name: 'legacy.xls',
    kind: 'data',
    expect: 'error',
    where: /\.xls/,
    bytes: () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
  },
  {
    name: 'truncated.arrow',
    kind: 'data',
    expect: 'error',
    where: /Arrow/,
    bytes: () => fixture('import/data.arrow').slice(0, 200),
  },
  // Codebooks
  {
    name: 'html-labels.codebook.csv',
    kind: 'codebook',
    expect: 'parsed',
    bytes: () =>
      text(`name,label_ru,level,value,value_ru\nq1,"${HTML.replace(/"/g, '""')}",nominal,,\nq1,,,1,"=1+1"\n`),
  },
  {
    name: 'bad-level.codebook.csv',
    kind: 'codebook',
    expect: 'error',
    where: /row 3, column "level"/,
    fast: true,
    bytes: () => text('name,level\nq1,nominal\nq2,interval\n'),
  },
  {
    name: 'not-a-list.codebook.json',
    kind: 'codebook',
    expect: 'error',
    where: /array of variables/,
    bytes: () => text('{"name":"q1"}'),
  },
  {
    name: 'deep.codebook.json',
    kind: 'codebook',
    expect: 'error',
    where: /row 1/,
    bytes: () => text('['.repeat(10_000) + ']'.repeat(10_000)),
  },
  {
    name: 'bad-fields.codebook.json',
    kind: 'codebook',
    expect: 'error',
    where: /row 1, column "user_missing"/,
    bytes: () => text('[{"name":"q1","user_missing":"98"}]'),
  },
  // Workspace files
  {
    name: 'truncated.cwb.zip',
    kind: 'workspace',
    expect: 'error',
    where: /zip/,
    bytes: () => workspaceSample().slice(0, 200),
  },
  {
    name: 'bomb.cwb.zip',
    kind: 'workspace',
    expect: 'error',
    where: /manifest\.json unpacks to 300 MiB/,
    bytes: () => bomb('manifest.json', 300),
  },
  {
    name: 'bad-table.cwb.zip',
    kind: 'workspace',
    expect: 'error',
    where: /tables\/u_survey\.arrow/,
    fast: true,
    bytes: () => {
      const p = unzipSync(workspaceSample());
      return zipSync({ ...p, 'tables/u_survey.arrow': p['tables/u_survey.arrow'].slice(0, 100) });
    },
  },
  {
    // Found by the fuzzer: the table's schema claims a list of fields longer than its bytes (apache-arrow ran out
    // of memory building them).
    name: 'lying-field-list.cwb.zip',
    kind: 'workspace',
    expect: 'error',
    where: /tables\/u_survey\.arrow: the message at byte 0: a field list longer than its bytes/,
    bytes: () => fixture('reliability/workspace-lying-field-list.cwb.zip'),
  },
  {
    name: 'bad-meta.cwb.zip',
    kind: 'workspace',
    expect: 'error',
    where: /row 1.*dataset 1 lacks its title/,
    bytes: () => manifest((m) => (m.datasets[0].imported = 5)),
  },
  {
    name: 'wrong-kind.cwb.zip',
    kind: 'workspace',
    expect: 'error',
    where: /not a workspace file of this version/,
    bytes: () => manifest((m) => (m.kind = 'x')),
  },
];

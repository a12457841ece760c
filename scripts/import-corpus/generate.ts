/**
 * Writes the corpus of awkward import files into test/fixtures/import/
 * (run: `npx tsx scripts/import-corpus/generate.ts`).
 * The Excel files come from make-xlsx.py (openpyxl) and the SPSS files from make-sav.sps (PSPP), so that readers
 * are tested on files written by other software. Contents are fixed: no randomness.
 */
import { writeFileSync } from 'node:fs';
import { Float64, Int32, Table, Utf8, tableToIPC, vectorFromArray } from 'apache-arrow';
import { parquetWriteBuffer } from 'hyparquet-writer';

const dir = 'test/fixtures/import/';
const put = (name: string, data: string | Uint8Array) => writeFileSync(dir + name, data);

/** Windows-1251 bytes of text (Cyrillic letters, ё, №, NBSP). */
function cp1251(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) out[i] = c;
    else if (c >= 0x410 && c <= 0x44f) out[i] = c - 0x410 + 0xc0;
    else if (c === 0x401) out[i] = 0xa8;
    else if (c === 0x451) out[i] = 0xb8;
    else if (c === 0x2116) out[i] = 0xb9;
    else if (c === 0xa0) out[i] = 0xa0;
    else throw new Error(`not in cp1251: ${text[i]}`);
  }
  return out;
}

const crlf = (lines: string[]) => lines.join('\r\n') + '\r\n';

put(
  'cp1251-semicolon.csv',
  cp1251(
    crlf([
      'Область;Район;Код анкеты;Возраст;Доход, тенге;Дата опроса;Комментарий',
      'Акмолинская область;Бурабайский;0101;34;1\u00a0234,50;31.12.2025;"Нужна помощь; юрист"',
      'г. Алматы;Бостандыкский;0102;27;98\u00a0000;15.01.2026;',
      'Абайская обл.;Жарминский;0203;61;12,75;02.02.2026;"Сказали ""спасибо"""',
      'Туркестанская;Сайрамский;1104;NA;250\u00a0000,00;28.02.2026;Ёлка №2',
    ]),
  ),
);

const utf16 = (text: string) => {
  const b = new Uint8Array(2 + text.length * 2);
  b[0] = 0xff;
  b[1] = 0xfe;
  for (let i = 0; i < text.length; i++) new DataView(b.buffer).setUint16(2 + i * 2, text.charCodeAt(i), true);
  return b;
};
put(
  'utf16-bom.txt',
  utf16(crlf(['Облыс\tЖасы\tҚанағаттану', 'Ақмола облысы\t45\t4', 'Алматы қаласы\t31\t5', 'Қостанай облысы\t52\t3'])),
);

put(
  'utf8-bom.csv',
  '\ufeff' +
    ['id,name,note,score', '1,"Иванов, Иван","две\nстроки",3.5', '2,Әлия,"кавычки ""внутри""",4', '3,Нұрлан,,'].join(
      '\n',
    ) +
    '\n',
);
put('ragged-short.csv', ['a,b,c', '1,2,3', '4,5', '6,7,8'].join('\n') + '\n');
put('ragged-long.csv', ['a,b,c', '1,2,3', '4,5,6', '7,8,9,10', '11,12,13'].join('\n') + '\n');
put('headers.csv', ['id,,name,name, ', '1,x,a,b,c', '2,y,d,e,f'].join('\n') + '\n');
put('empty.csv', '');
put(
  'binary.csv',
  new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 0, 0]),
);

/** A KoboToolbox CSV export of xlsform.xlsx (`;`, group paths, select_multiple as space-separated names). */
put(
  'kobo-export.csv',
  crlf([
    'start;end;region;age;grp_services/services;grp_services/trust;comment;_id',
    '2026-03-01T10:00:00;2026-03-01T10:12:00;KZ-11;34;legal training;1;;101',
    '2026-03-01T11:00:00;2026-03-01T11:09:00;KZ-75;27;grants;2;нужен юрист;102',
    '2026-03-02T09:30:00;2026-03-02T09:41:00;KZ-11;61;;98;;103',
    '2026-03-02T12:00:00;2026-03-02T12:20:00;KZ-79;45;legal grants training;3;"много; всего";104',
  ]),
);

const records = [
  { region: 'KZ-11', year: 2025, ngos: 1234, share: 0.25, note: 'Акмолинская' },
  { region: 'KZ-75', year: 2025, ngos: 5678, share: 0.5, note: null },
  { region: 'KZ-79', year: 2025, ngos: 910, share: null, note: 'Шымкент' },
];
put('data.json', JSON.stringify({ source: 'synthetic', rows: records }, null, 2) + '\n');
put('data.ndjson', records.map((r) => JSON.stringify(r)).join('\n') + '\n');

const arrow = new Table({
  region: vectorFromArray(
    records.map((r) => r.region),
    new Utf8(),
  ),
  year: vectorFromArray(
    records.map((r) => r.year),
    new Int32(),
  ),
  ngos: vectorFromArray(
    records.map((r) => r.ngos),
    new Float64(),
  ),
  share: vectorFromArray(
    records.map((r) => r.share),
    new Float64(),
  ),
  note: vectorFromArray(
    records.map((r) => r.note),
    new Utf8(),
  ),
});
put('data.arrow', tableToIPC(arrow, 'file'));

put(
  'data.parquet',
  new Uint8Array(
    parquetWriteBuffer({
      columnData: [
        { name: 'region', data: records.map((r) => r.region), type: 'STRING' },
        { name: 'year', data: records.map((r) => r.year), type: 'INT32' },
        { name: 'ngos', data: records.map((r) => r.ngos), type: 'DOUBLE' },
        { name: 'share', data: records.map((r) => r.share), type: 'DOUBLE' },
        { name: 'note', data: records.map((r) => r.note), type: 'STRING' },
      ],
    }),
  ),
);

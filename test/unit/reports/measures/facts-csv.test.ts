import { describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../../../src/data/duckdb-node';
import { type MeasureFact, listMeasureFacts, saveMeasureFacts } from '../../../../src/data/measure-facts';
import { factsToCsv, importFactsCsv, readFactsCsv } from '../../../../src/reports/measures/facts-csv';

const FACTS: MeasureFact[] = [
  { measure: 2, year: 2021, status: 'done', evidence: 'Три study-тура; отчёт МИОР', link: 'notebook:capacity-2021' },
  { measure: 6, year: 2022, status: 'partly', evidence: '=HYPERLINK("http://x") и "кавычки", запятые', link: '' },
  { measure: 11, year: 2024, status: 'not_done', evidence: "'=already quoted", link: 'dataset:u_network_2024' },
  { measure: 16, year: 2024, status: 'done', evidence: '-3 regions; @note; +1 wave', link: 'dataset:population' },
];

describe('factsToCsv(facts)', () => {
  it('writes the header and one row per fact, neutralising formula-like evidence', () => {
    const csv = factsToCsv(FACTS);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('measure,year,status,evidence,link');
    expect(lines[2]).toBe(`6,2022,partly,"'=HYPERLINK(""http://x"") и ""кавычки"", запятые",`);
    expect(lines[3]).toBe(`11,2024,not_done,''=already quoted,dataset:u_network_2024`);
    expect(lines[4]).toBe(`16,2024,done,'-3 regions; @note; +1 wave,dataset:population`);
  });
});

describe('readFactsCsv(text, file)', () => {
  it('gives back exactly the facts exported, in either CSV dialect', () => {
    expect(readFactsCsv(factsToCsv(FACTS), 'f.csv')).toEqual({ facts: FACTS, problems: [] });
    const semicolon = factsToCsv(FACTS, { separator: ';', decimal: ',' });
    expect(readFactsCsv(`\uFEFF${semicolon}`, 'f.csv')).toEqual({ facts: FACTS, problems: [] });
  });

  it('takes the columns in any order, link optional, status in any case, evidence made one line', () => {
    const text = 'Year,Status,Measure,Evidence\n2023,DONE,5,"line one\nline two  "\n';
    expect(readFactsCsv(text, 'f.csv').facts).toEqual([
      { measure: 5, year: 2023, status: 'done', evidence: 'line one line two', link: '' },
    ]);
  });

  it('names the file, row and column of every bad value', () => {
    const text = [
      'measure,year,status,evidence,link',
      '17,2021,done,x,',
      '3,2019,finished,,',
      '4,2022,partly,ok,http://example.org',
      '',
      '5,2022,done,ok,',
      '5,2022,not_done,again,',
    ].join('\n');
    const { problems } = readFactsCsv(text, 'facts.csv');
    const where = problems.map((p) => `${p.file}:${p.row}:${p.column}`);
    expect(where).toEqual([
      'facts.csv:2:measure',
      'facts.csv:3:year',
      'facts.csv:3:status',
      'facts.csv:3:evidence',
      'facts.csv:4:link',
      'facts.csv:7:year',
    ]);
    expect(problems[5].detail).toBe('measure 5 in 2022 is also in row 6');
    expect(problems.every((p) => p.code === 'bad_value')).toBe(true);
  });

  it('reports a missing or unknown column in the header, and an empty file', () => {
    const header = readFactsCsv('measure,year,state,evidence\n1,2020,done,x\n', 'h.csv').problems;
    expect(header.map((p) => [p.code, p.row, p.column])).toEqual([
      ['unknown_column', 1, 'state'],
      ['unknown_column', 1, 'status'],
    ]);
    expect(readFactsCsv('\n\n', 'e.csv').problems).toEqual([{ code: 'empty', file: 'e.csv' }]);
    expect(readFactsCsv('measure,year,status,evidence,link\n', 'e.csv').problems).toEqual([
      { code: 'empty', file: 'e.csv' },
    ]);
  });
});

describe('importFactsCsv(db, text, file)', () => {
  it('saves the file’s facts over those of the same measure and year, keeping the others', async () => {
    const db = await openNodeDuckDB();
    await saveMeasureFacts(db, [
      { measure: 2, year: 2021, status: 'not_done', evidence: 'old', link: '' },
      { measure: 1, year: 2020, status: 'done', evidence: 'kept', link: '' },
    ]);
    expect(await importFactsCsv(db, factsToCsv(FACTS), 'f.csv')).toEqual({ saved: 4, problems: [] });
    const all = await listMeasureFacts(db);
    expect(all).toEqual([{ measure: 1, year: 2020, status: 'done', evidence: 'kept', link: '' }, ...FACTS]);
    expect(readFactsCsv(factsToCsv(all), 'again.csv').facts).toEqual(all);
    await db.close();
  });

  it('changes nothing when the file has a problem', async () => {
    const db = await openNodeDuckDB();
    await saveMeasureFacts(db, [FACTS[0]]);
    const bad = `${factsToCsv(FACTS.slice(1))}12,2030,done,late row,\r\n`;
    const result = await importFactsCsv(db, bad, 'bad.csv');
    expect(result.saved).toBe(0);
    expect(result.problems.map((p) => [p.row, p.column])).toEqual([[5, 'year']]);
    expect(await listMeasureFacts(db)).toEqual([FACTS[0]]);
    await db.close();
  });
});

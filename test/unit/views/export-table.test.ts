import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipTexts } from '../../../src/data/zip';
import { translator } from '../../../src/i18n/t';
import { defaultDialect, exportNotes, exportTable, tableCsv } from '../../../src/views/export-table';

const records = [
  {
    region_code: 'KZ-75',
    region: 'Алматы',
    wave: 2025,
    estimate: 57.4512,
    se: 1.23456,
    ci_low: 55.04,
    ci_high: 59.86,
    n: 412,
    status: 'ok',
    flags: 'small_base;high_rse',
    vs_national: 'above',
  },
  { region_code: 'KZ-11', region: '=1+2', wave: 2025, estimate: null, status: 'suppressed', flags: '', n: 12 },
];
const ru = { t: translator('ru'), unit: 'percent', minN: 30 };

describe('exportTable', () => {
  it('a p with no value is an empty cell, and its reason a sentence in the UI language', () => {
    const recs = [
      { group: 'A', p_vs_rest: 0.0123 },
      { group: 'B', p_vs_rest: null, p_reason: 'no_variance' },
    ];
    const { headers, rows } = exportTable(recs, { t: translator('ru') });
    expect(headers[0]).toEqual(['group', 'p (к остальным)', 'Почему нет p']);
    expect(rows).toEqual([
      ['A', 0.012, null],
      ['B', null, 'дисперсия по дизайну равна нулю (например, все страты обследованы целиком)'],
    ]);
  });
  it('exportTable(records, {t: ru}) heads the columns in Russian, turns codes into words, rounds as shown', () => {
    const { headers, rows } = exportTable(records, ru);
    expect(headers).toHaveLength(1);
    expect(headers[0].slice(0, 5)).toEqual(['Код региона', 'Регион', 'Волна / год', 'Оценка', 'Стандартная ошибка']);
    expect(rows[0]).toEqual([
      'KZ-75',
      'Алматы',
      2025,
      57.5,
      1.23,
      55,
      59.9,
      412,
      'OK',
      'малая база, высокая относительная ошибка',
      'значимо выше значения по стране',
    ]);
    expect(rows[1][3]).toBeNull();
    expect(rows[1][8]).toBe('Скрыто (n < 30)');
  });
  it('exportTable(records, {t: en}, {machineHeader, fullPrecision}) adds the field names and keeps every digit', () => {
    const { headers, rows } = exportTable(
      records,
      { ...ru, t: translator('en') },
      { machineHeader: true, fullPrecision: true },
    );
    expect(headers[0].slice(0, 4)).toEqual(['Region code', 'Region', 'Wave / year', 'Estimate']);
    expect(headers[1]).toEqual([...Object.keys(records[0])]);
    expect(rows[0].slice(3, 5)).toEqual([57.4512, 1.23456]);
    expect(rows[0][10]).toBe('significantly above the national value');
  });
  it('a record’s own unit decides its rounding; p values keep three decimals; booleans become words', () => {
    const { rows } = exportTable(
      [{ unit: 'score_1_5', estimate: 3.14159, p: 0.012345, significant: true, breakdown_col: 1.23456 }],
      ru,
    );
    expect(rows[0]).toEqual(['балл 1–5', 3.14, 0.012, 'да', 1.23456]);
  });
  it('the KPI matrix’s columns get the KPIs’ names', () => {
    const { headers } = exportTable([{ region: 'KZ', n: 169, kpi_staff_permanent: 1.6, kpi_unknown: 1 }], ru);
    expect(headers[0]).toEqual(['Регион', 'n (невзвешенное)', 'Постоянный штат', 'kpi_unknown']);
  });

  it('a column named by a label stays as it is; a breakdown gets its name', () => {
    const { headers } = exportTable([{ 'Тип поселения': 'Город', settlement: 'Город', percent: 12.34 }], ru);
    expect(headers[0]).toEqual(['Тип поселения', 'Город / село', '%']);
  });
});

describe('tableCsv', () => {
  const table = exportTable(records, ru);
  it('tableCsv(table, "semicolon") writes ; between fields and a decimal comma, quoting text with ;', () => {
    const lines = tableCsv(table, 'semicolon').split('\r\n');
    expect(lines[0].split(';')[0]).toBe('Код региона');
    expect(lines[1]).toBe(
      'KZ-75;Алматы;2025;57,5;1,23;55;59,9;412;OK;' +
        'малая база, высокая относительная ошибка;значимо выше значения по стране',
    );
    expect(tableCsv(exportTable([{ region: 'a;b', n: 1 }], ru), 'semicolon')).toBe(
      'Регион;n (невзвешенное)\r\n"a;b";1\r\n',
    );
  });
  it('tableCsv(table, "comma") writes , and a decimal point, quoting text with a comma', () => {
    const lines = tableCsv(table, 'comma').split('\r\n');
    expect(lines[1]).toContain(',57.5,1.23,55,59.9,412,OK,"малая база, высокая относительная ошибка",');
  });
  it('neutralises formula injection in text cells', () => {
    expect(tableCsv(table, 'semicolon').split('\r\n')[2].split(';')[1]).toBe("'=1+2");
  });
  it('the dialect follows the UI language by default: ; for ru and kk, , for en', () => {
    expect([defaultDialect('ru'), defaultDialect('kk'), defaultDialect('en')]).toEqual([
      'semicolon',
      'semicolon',
      'comma',
    ]);
  });
});

describe('exportNotes and the zip', () => {
  const notes = exportNotes(
    { title: 'Доверие к НПО — 2025', notes: ['Источник: демо.', 'Синтетические демо-данные'] },
    { t: translator('ru'), date: '2025-06-01', rules: 'Менее 30 респондентов: оценка скрыта.' },
  );
  it('exportNotes lists the title, source, synthetic label, rules, rounding and the date', () => {
    expect(notes).toEqual([
      'Доверие к НПО — 2025',
      'Источник: демо.',
      'Синтетические демо-данные',
      'Менее 30 респондентов: оценка скрыта.',
      'Числа округлены, как на экране.',
      'Дата выгрузки: 2025-06-01',
    ]);
  });
  it('zipTexts puts the CSV and its notes file in one zip, each UTF-8 with a BOM', () => {
    const files = unzipSync(zipTexts({ 'a.csv': 'x;y\r\n', 'a-notes.txt': notes.join('\r\n') }));
    expect(Object.keys(files)).toEqual(['a.csv', 'a-notes.txt']);
    expect([...files['a.csv'].subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(strFromU8(files['a-notes.txt'])).toContain('Синтетические демо-данные');
  });
});

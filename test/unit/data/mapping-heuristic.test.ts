import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fitScore, suggestMapping } from '../../../src/data/mapping/heuristic';
import { headerSignature, recall, remember } from '../../../src/data/mapping/memory';
import type { CodebookVariable } from '../../../src/data/study';

const names = (file: string) =>
  (JSON.parse(readFileSync(`data/demo/${file}-codebook.json`, 'utf8')) as CodebookVariable[]).map((v) => v.name);

describe('suggestMapping: each expected column gets the header that fits it best', () => {
  it('a Russian civic-control export maps column for column', () => {
    const header = readFileSync('test/fixtures/colmap/civic-control-ru.csv', 'utf8').split('\n')[0].split(';');
    expect(suggestMapping(names('civic-control'), header)).toEqual({
      id: 'Номер обращения',
      region: 'Область',
      district: 'Район',
      settlement: 'Населённый пункт',
      lon: 'Долгота',
      lat: 'Широта',
      topic: 'Тема',
      date_filed: 'Дата подачи',
      status: 'Статус',
      date_done: 'Дата выполнения',
      solved_by: 'Кем решено',
      comments: 'Комментарии',
    });
  });

  it('English and Kazakh headers, in any order, extra columns ignored', () => {
    const english = [
      'Latitude',
      'Longitude',
      'Date filed',
      'Date resolved',
      'Resolved by',
      'District',
      'Region',
      'Notes',
    ];
    expect(
      suggestMapping(['region', 'district', 'lat', 'lon', 'date_filed', 'date_done', 'solved_by'], english),
    ).toEqual({
      region: 'Region',
      district: 'District',
      lat: 'Latitude',
      lon: 'Longitude',
      date_filed: 'Date filed',
      date_done: 'Date resolved',
      solved_by: 'Resolved by',
    });
    const kazakh = ['Облыс', 'Аудан', 'Ендік', 'Бойлық', 'Мәртебе'];
    expect(suggestMapping(['region', 'district', 'lat', 'lon', 'status'], kazakh)).toEqual({
      region: 'Облыс',
      district: 'Аудан',
      lat: 'Ендік',
      lon: 'Бойлық',
      status: 'Мәртебе',
    });
  });

  it('an exact name wins over a synonym, and a header serves one column only', () => {
    expect(suggestMapping(['district', 'region'], ['Район', 'district', 'Регион'])).toEqual({
      district: 'district',
      region: 'Регион',
    });
  });

  it('more words matched win: events with volunteers are not the volunteers', () => {
    const header = ['Количество волонтёров', 'Мероприятий с волонтёрами', 'Number of patrons'];
    expect(suggestMapping(['volunteers', 'volunteer_events', 'patrons', 'id'], header)).toEqual({
      volunteers: 'Количество волонтёров',
      volunteer_events: 'Мероприятий с волонтёрами',
      patrons: 'Number of patrons',
      id: null,
    });
  });

  it('nothing that fits gives null; the same word suits different roles (status of a report, stage of a project)', () => {
    expect(suggestMapping(['lat', 'lon'], ['Адрес', 'Телефон'])).toEqual({ lat: null, lon: null });
    expect(suggestMapping(['stage'], ['Статус проекта'])).toEqual({ stage: 'Статус проекта' });
    expect(fitScore('date_filed', 'date_filed')).toBe(1000);
    expect(fitScore('date_filed', 'DATE FILED')).toBe(900);
    expect(fitScore('lat', 'Latitude')).toBeGreaterThan(fitScore('lat', 'Latitude of the centre'));
  });
});

describe('the remembered mappings', () => {
  it('headerSignature is the sorted, trimmed column names: the order of the columns does not matter', () => {
    expect(headerSignature(['Район', ' Область', 'Дата подачи'])).toBe('["Дата подачи","Область","Район"]');
    expect(headerSignature(['b', 'a'])).toBe(headerSignature(['a', 'b']));
    expect(headerSignature(['a', 'b'])).not.toBe(headerSignature(['a', 'b', 'c']));
  });

  it('recall finds a mapping by role and header, or without a role the latest saved for the header', () => {
    const choice = { columns: { region: 'Область' }, regions: {}, districts: {} };
    let memory = remember({}, 'civic_control', 'S', choice, '2026-01-01T00:00:00Z');
    memory = remember(memory, 'initiatives', 'S', { ...choice, columns: { region: 'Регион' } }, '2026-02-01T00:00:00Z');
    memory = remember(memory, 'civic_control', 'T', choice, '2026-03-01T00:00:00Z');
    expect(recall(memory, 'S', 'civic_control')?.columns).toEqual({ region: 'Область' });
    expect(recall(memory, 'S')?.role).toBe('initiatives');
    expect(recall(memory, 'U')).toBeNull();
    // Saving again for the same role and header replaces the mapping.
    memory = remember(memory, 'civic_control', 'S', { ...choice, columns: { region: 'Регион' } });
    expect(Object.keys(memory)).toHaveLength(3);
    expect(recall(memory, 'S', 'civic_control')?.columns).toEqual({ region: 'Регион' });
  });
});

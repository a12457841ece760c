import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CodebookVariable } from '../../../src/data/study';
import { importShape, isMappedRole, requiredColumns } from '../../../src/indicators/import-shape';

const codebook = (file: string) =>
  JSON.parse(readFileSync(`data/demo/${file}-codebook.json`, 'utf8')) as CodebookVariable[];

describe('the import shape of the Atameken datasets', () => {
  it('requiredColumns: the region, where the wave comes from, and what the catalogue entries read', () => {
    expect(requiredColumns('civic_control')).toEqual(['region', 'date_filed', 'status', 'solved_by', 'date_done']);
    expect(requiredColumns('initiatives')).toEqual([
      ...['region', 'date_proposed', 'stage', 'carrier', 'recipients', 'patrons', 'volunteer_events', 'rating'],
    ]);
    expect(requiredColumns('generous_heart')).toEqual(['region', 'period', 'level', 'period_type', 'nomination']);
    expect(requiredColumns('generous_heart_participants')).toEqual([
      ...['region', 'year', 'volunteers', 'patrons', 'investors'],
    ]);
  });

  it('importShape: every column of the codebook with how its values are read and checked', () => {
    const shape = importShape('civic_control', codebook('civic-control'));
    expect(shape.map((e) => [e.name, e.kind, e.required, e.range ?? null])).toEqual([
      ['id', 'text', false, null],
      ['region', 'region', true, null],
      ['district', 'district', false, null],
      ['settlement', 'text', false, null],
      ['lon', 'number', false, [46, 88]],
      ['lat', 'number', false, [40, 56]],
      ['topic', 'code', false, null],
      ['date_filed', 'date', true, null],
      ['status', 'code', true, null],
      ['date_done', 'date', true, null],
      ['solved_by', 'code', true, null],
      ['comments', 'count', false, null],
    ]);
    const kinds = (file: string, role: string) =>
      Object.fromEntries(importShape(role, codebook(file)).map((e) => [e.name, e.kind]));
    expect(kinds('generous-heart', 'generous_heart')).toMatchObject({
      period: 'period',
      count: 'count',
      level: 'code',
    });
    expect(kinds('generous-heart-participants', 'generous_heart_participants')).toMatchObject({ year: 'year' });
    expect(kinds('initiatives', 'initiatives')).toMatchObject({ rating: 'number', date_proposed: 'date' });
  });

  it('isMappedRole: the four Atameken roles only', () => {
    expect(['civic_control', 'initiatives', 'population', null].map(isMappedRole)).toEqual([true, true, false, false]);
  });
});

describe('realLabel', () => {
  it('drops the demo codebook’s "(synthetic …)" note in every language, keeps other notes', () => {
    const shape = importShape('civic_control', codebook('civic-control'));
    expect(shape.find((e) => e.name === 'lat')?.label).toEqual({ ru: 'Широта', kk: 'Ендік', en: 'Latitude' });
    expect(shape.find((e) => e.name === 'id')?.variable.label.en).toBe('Report id');
    expect(shape.find((e) => e.name === 'district')?.label.ru).toBe('Район (КАТО)');
  });
});

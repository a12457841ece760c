import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Design } from '../../../src/core/design';
import { inferCodebook } from '../../../src/data/import/commit';
import type { CodebookVariable } from '../../../src/data/study';
import { analysisVariables } from '../../../src/reports/analyse';
import { analyseDefaults, isBreakdown } from '../../../src/reports/analyse-defaults';
import { numericVariables } from '../../../src/reports/analyse-means';
import { nextItem, startingItems } from '../../../src/views/builder-edit';

const demo = JSON.parse(
  readFileSync(new URL('../../../data/demo/population-codebook.json', import.meta.url), 'utf8'),
) as CodebookVariable[];
const demoDesign: Design = { ids: 'psu', strata: 'stratum', weights: 'weight', fpc: 'fpc' };

/** Defaults as the Analyse page computes them for a codebook and design. */
const defaultsOf = (codebook: CodebookVariable[], design: Design | null = null, unlabelled = true) =>
  analyseDefaults(analysisVariables(codebook, { unlabelled, design }), numericVariables(codebook, design), design);

/** An imported file as the import infers it: numbers scale, text nominal, `*_id` and `id` typed as ids. */
const imported = (cols: Array<[string, string]>) => inferCodebook(cols.map(([name, type]) => ({ name, type })));

describe('analyseDefaults(variables, numeric, design): what Analyse shows first', () => {
  it('on the demo survey: the first substantive question by sex, and the mean of the first numeric question', () => {
    expect(defaultsOf(demo, demoDesign, false)).toEqual({
      question: 'trust_gen',
      breakdown: 'sex',
      y: 'trust_gen10',
    });
  });
  it('never means of a questionnaire number, a weight or a design column, even before their roles are set', () => {
    const cb = imported([
      ['anketa_no', 'BIGINT'],
      ['ves', 'DOUBLE'],
      ['strata', 'VARCHAR'],
      ['Пол', 'VARCHAR'],
      ['Возраст', 'BIGINT'],
      ['Q1', 'VARCHAR'],
      ['Q2_score', 'DOUBLE'],
    ]);
    const design: Design = { ids: null, strata: 'strata', weights: 'ves', fpc: null };
    expect(defaultsOf(cb, design)).toEqual({ question: 'Q1', breakdown: 'Пол', y: 'Q2_score' });
    expect(numericVariables(cb, design).map((v) => v.name)).not.toContain('ves');
    expect(analysisVariables(cb, { unlabelled: true, design }).map((v) => v.name)).not.toContain('strata');
  });
  it('an id typed as an identifier is never offered as a numeric variable', () => {
    const cb = imported([
      ['respondent', 'BIGINT'],
      ['income', 'DOUBLE'],
    ]);
    expect(numericVariables(cb).map((v) => v.name)).toEqual(['respondent', 'income']);
    const typed = cb.map((v) => (v.name === 'respondent' ? { ...v, role: 'id', level: 'id' as const } : v));
    expect(numericVariables(typed).map((v) => v.name)).toEqual(['income']);
    expect(defaultsOf(cb).y).toBe('income');
  });
  it('breakdowns by role or by the first word of the name or label, in ru, kk and en', () => {
    const v = (name: string, label = name): CodebookVariable => ({
      name,
      label: { ru: label, kk: label, en: label },
      level: 'nominal',
    });
    for (const x of ['sex', 'age_group', 'Жынысы', 'Білімі', 'education', 'q3', 'Тілі'].map((n) => v(n)))
      expect([x.name, isBreakdown(x)]).toEqual([x.name, x.name !== 'q3']);
    expect(isBreakdown(v('q2', 'Возраст респондента'))).toBe(true);
    expect(isBreakdown(v('q7', 'Полностью ли вы доверяете…'))).toBe(false);
    expect(isBreakdown({ ...v('nb_other_language'), group: 'nb' })).toBe(false);
    expect(isBreakdown({ ...v('type'), role: 'settlement' })).toBe(true);
  });
  it('a file of breakdowns and one question: the region comes after other breakdowns', () => {
    const cb: CodebookVariable[] = [
      { name: 'region', label: { ru: 'r', kk: 'r', en: 'r' }, level: 'nominal', role: 'region' },
      ...imported([
        ['gender', 'VARCHAR'],
        ['q1', 'VARCHAR'],
      ]),
    ];
    expect(defaultsOf(cb)).toMatchObject({ question: 'q1', breakdown: 'gender' });
    expect(defaultsOf(cb.filter((v) => v.name !== 'gender'))).toMatchObject({ question: 'q1', breakdown: 'region' });
  });
});

describe('the index builder starts from substantive items', () => {
  it('startingItems(codebook): the first two items of the first question group, not sex and age group', () => {
    expect(startingItems(demo).map((v) => v.name)).toEqual(['trust_neighbours', 'trust_nationality']);
  });
  it('nextItem(codebook, items): the next substantive item not yet in the index', () => {
    const items = startingItems(demo).map((v) => ({ variable: v.name, reverse: false, min: 1, max: 5, weight: 1 }));
    expect(nextItem(demo, items)?.name).toBe('trust_gen');
  });
});

import { describe, expect, it } from 'vitest';
import { type CompareState, decodeState, encodeState } from '../../../src/compare/state';
import { buildHash, parseHash } from '../../../src/ui/url';

const choices = {
  indicators: ['sci', 'trust_ngo', 'centres_count'],
  waves: [2021, 2023, 2025],
  regions: ['KZ-75', 'KZ-71'],
};

describe('comparison state in the URL', () => {
  it('defaults: first indicator, latest wave, map, quantiles, no breakdown or selection', () => {
    expect(decodeState({}, choices)).toEqual({
      indicator: 'sci',
      wave: 2025,
      compare: null,
      by: null,
      region: null,
      view: 'map',
      classing: 'quantile',
      per: 'none',
      level: 'region',
    });
  });
  it('encode → hash → parse → decode gives back every state', () => {
    const states: CompareState[] = [
      {
        indicator: 'trust_ngo',
        wave: 2023,
        compare: 2021,
        by: 'sex',
        region: 'KZ-75',
        view: 'ranking',
        classing: 'diverging',
        per: 'none',
        level: 'pre2022',
      },
      {
        indicator: 'centres_count',
        wave: 2021,
        compare: null,
        by: null,
        region: null,
        view: 'tilegrid',
        classing: 'equal',
        per: '10k',
        level: 'region',
      },
      {
        indicator: 'sci',
        wave: 2025,
        compare: 2023,
        by: 'language',
        region: 'KZ-71',
        view: 'table',
        classing: 'quantile',
        per: '100k',
        level: 'district',
      },
    ];
    for (const s of states) {
      const hash = buildHash({ route: 'regions', params: { ...encodeState(s), lang: 'kk' } });
      const back = parseHash(hash);
      expect(back.params.lang).toBe('kk');
      expect(decodeState(back.params, choices)).toEqual(s);
    }
  });
  it('a URL carries names, never data', () => {
    const hash = buildHash({ route: 'regions', params: encodeState(decodeState({ region: 'KZ-75' }, choices)) });
    expect(hash).toBe(
      '#/regions?classing=quantile&indicator=sci&level=region&per=none&region=KZ-75&view=map&wave=2025',
    );
  });
  it('unknown or hostile values fall back to defaults instead of breaking the page', () => {
    const s = decodeState(
      {
        indicator: '<script>',
        wave: '1999',
        compare: '2025',
        by: 'religion',
        region: 'KZ-XX',
        view: 'pie',
        classing: 'jenks',
        per: '1',
        level: 'x',
      },
      choices,
    );
    expect(s).toEqual(decodeState({}, choices));
  });
  it('a breakdown or district map the indicator does not allow is dropped', () => {
    const s = decodeState(
      { by: 'sex', level: 'district' },
      { ...choices, facets: ['settlement'], levels: ['region', 'pre2022'] },
    );
    expect([s.by, s.level]).toEqual([null, 'region']);
    expect(decodeState({ by: 'settlement' }, { ...choices, facets: ['settlement'] }).by).toBe('settlement');
    expect(decodeState({ level: 'pre2022' }, { ...choices, levels: ['region', 'pre2022'] }).level).toBe('pre2022');
  });
});

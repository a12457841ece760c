import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli';

const design = ['--design', 'ids=psu,strata=stratum,weights=weight'];
const json = async (...args: string[]) => {
  const { code, stdout, stderr } = await cli(...args);
  expect(code, stderr).toBe(0);
  return JSON.parse(stdout);
};

describe('cli estimate and crosstab apply the codebook’s user-missing codes as indicators and Analyse do', () => {
  it('drops 98/99 by default (the same share and n as the indicator), keeps them with --keep-missing, and says which', async () => {
    const args = ['estimate', 'demo:population', ...design, '--prop', 'trust_gen=1', '--domain', 'wave = 2025'];
    const [dropped] = await json(...args);
    const [kept] = await json(...args, '--keep-missing');
    const indicator = (await json('indicators', 'demo', '--ids', 'trust_generalised', '--by', 'wave')).find(
      (r: { region: string | null; wave: number }) => r.region === null && r.wave === 2025,
    );
    expect([dropped.missing_codes, dropped.n]).toEqual(['dropped', indicator.n]);
    expect(dropped.estimate * 100).toBeCloseTo(indicator.estimate, 10);
    expect([kept.missing_codes, kept.n]).toEqual(['kept', 2000]);
    expect(kept.estimate).toBeLessThan(dropped.estimate);
  });
  it('a crosstab says which of its variables had missing codes dropped', async () => {
    const out = await json(
      'crosstab',
      'demo:population',
      ...design,
      '--rows',
      'sex',
      '--cols',
      'trust_gen',
      '--domain',
      'wave = 2025',
    );
    expect(out.missing_codes).toEqual({ trust_gen: 'dropped' });
    expect(out.cells.some((c: Record<string, unknown>) => ['98', '99', 98, 99].includes(c.col as string))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { showsDemo } from '../../../src/ui/demo-banner';
import { DEMO } from '../../../src/data/demo';

const own = { id: 'my_survey', title: 'Мой опрос', role: null };
const standIn = { id: 'pop_2025', title: 'Опрос населения 2025', role: 'population' };

describe('showsDemo(view, imported)', () => {
  it('is on for pages of demo figures and off where there are none', () => {
    expect(showsDemo({ route: 'regions', params: { indicator: 'sci' } }, [])).toBe(true);
    expect(showsDemo({ route: 'centres', params: {} }, [])).toBe(true);
    expect(showsDemo({ route: 'about', params: {} }, [])).toBe(false);
    expect(showsDemo({ route: 'data', params: {} }, [])).toBe(false);
    expect(showsDemo({ route: 'data', id: 'population', params: {} }, [])).toBe(true);
  });
  it('is off while a user analyses their own file, on for a demo dataset', () => {
    expect(showsDemo({ route: 'analyse', params: { dataset: 'my_survey' } }, [own])).toBe(false);
    expect(showsDemo({ route: 'data', id: 'my_survey', params: {} }, [own])).toBe(false);
    expect(showsDemo({ route: 'analyse', params: { dataset: 'population' } }, [own])).toBe(true);
  });
  it('is off for an indicator whose dataset an import stands in for, on for one the demo still feeds', () => {
    expect(showsDemo({ route: 'regions', params: { indicator: 'sci' } }, [standIn])).toBe(false);
    expect(showsDemo({ route: 'regions', params: { indicator: 'centres_per_100k' } }, [standIn])).toBe(true);
    expect(showsDemo({ route: 'dashboard', params: {} }, [standIn])).toBe(true);
    const all = DEMO.datasets.map((d) => ({ id: `own_${d.id}`, title: d.id, role: d.id }));
    expect(showsDemo({ route: 'dashboard', params: {} }, all)).toBe(false);
  });
});

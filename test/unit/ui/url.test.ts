import { describe, expect, it } from 'vitest';
import { buildHash, parseHash, withDefaults } from '../../../src/ui/url';

describe('parseHash / buildHash', () => {
  it('round-trip a view with its parameters in a stable order', () => {
    const view = parseHash('#/regions?wave=2023&indicator=trust_ngo&lang=kk');
    expect(view).toEqual({ route: 'regions', params: { wave: '2023', indicator: 'trust_ngo', lang: 'kk' } });
    expect(buildHash(view)).toBe('#/regions?indicator=trust_ngo&lang=kk&wave=2023');
  });
  it('carries the item of a card page in the path', () => {
    const view = parseHash('#/centre/C-002?lang=en');
    expect(view).toEqual({ route: 'centre', id: 'C-002', params: { lang: 'en' } });
    expect(buildHash(view)).toBe('#/centre/C-002?lang=en');
  });
  it('falls back to the start page for an unknown or empty route', () => {
    expect(parseHash('').route).toBe('regions');
    expect(parseHash('#/nope?x=1')).toEqual({ route: 'regions', params: { x: '1' } });
  });
  it('withDefaults fills what the URL leaves out and keeps what it says', () => {
    const d = { regions: { indicator: 'sci', wave: '2025' } };
    expect(withDefaults(parseHash('#/regions?wave=2021'), d).params).toEqual({ indicator: 'sci', wave: '2021' });
    expect(withDefaults(parseHash('#/about'), d).params).toEqual({});
  });
});

describe('comparison routes', () => {
  it('the waves page and a region profile are addressable', () => {
    expect(parseHash('#/waves?indicator=trust_ngo&compare=2021')).toEqual({
      route: 'waves',
      params: { indicator: 'trust_ngo', compare: '2021' },
    });
    expect(parseHash('#/profile/KZ-75?lang=en')).toEqual({ route: 'profile', id: 'KZ-75', params: { lang: 'en' } });
    expect(buildHash({ route: 'profile', id: 'KZ-75', params: {} })).toBe('#/profile/KZ-75');
  });
});

import { describe, expect, it } from 'vitest';
import { back, clampTo, last, next, slideNumbered } from '../../../src/present/navigation';

const STEPS = [0, 2, 0];

describe('navigation', () => {
  it('next shows each step of a slide before the next slide, and stays on the last step of the last slide', () => {
    const seen = [{ slide: 0, step: 0 }];
    for (let i = 0; i < 5; i++) seen.push(next(seen.at(-1)!, STEPS));
    expect(seen.map((p) => `${p.slide}.${p.step}`)).toEqual(['0.0', '1.0', '1.1', '1.2', '2.0', '2.0']);
  });
  it('back goes to the step before, else to the slide before with all its steps shown', () => {
    expect(back({ slide: 2, step: 0 }, STEPS)).toEqual({ slide: 1, step: 2 });
    expect(back({ slide: 1, step: 1 }, STEPS)).toEqual({ slide: 1, step: 0 });
    expect(back({ slide: 1, step: 0 }, STEPS)).toEqual({ slide: 0, step: 0 });
    expect(back({ slide: 0, step: 0 }, STEPS)).toEqual({ slide: 0, step: 0 });
  });
  it('clampTo keeps a position inside the deck', () => {
    expect(clampTo({ slide: 9, step: 9 }, STEPS)).toEqual({ slide: 2, step: 0 });
    expect(clampTo({ slide: 1, step: 9 }, STEPS)).toEqual({ slide: 1, step: 2 });
    expect(clampTo({ slide: -1, step: NaN }, STEPS)).toEqual({ slide: 0, step: 0 });
    expect(clampTo({ slide: 3, step: 1 }, [])).toEqual({ slide: 0, step: 0 });
  });
  it('last is the last slide with its steps shown; slideNumbered counts from 1', () => {
    expect(last([0, 3])).toEqual({ slide: 1, step: 3 });
    expect(slideNumbered(2, STEPS)).toEqual({ slide: 1, step: 0 });
    expect(slideNumbered(40, STEPS)).toEqual({ slide: 2, step: 0 });
  });
});

import { describe, expect, it } from 'vitest';
import { showsDemo } from '../../../src/ui/demo-banner';

describe('showsDemo on the measures page', () => {
  it('is off over the timeline (facts are the user’s, never demo figures) and on over the report’s indicator values', () => {
    expect(showsDemo({ route: 'measures', params: {} }, [])).toBe(false);
    expect(showsDemo({ route: 'measures', params: { view: 'report', year: '2024' } }, [])).toBe(true);
  });
});

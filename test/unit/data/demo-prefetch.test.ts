import { afterEach, describe, expect, it, vi } from 'vitest';
import { prefetchDemo } from '../../../src/data/demo';

afterEach(() => vi.unstubAllGlobals());

describe('prefetchDemo(first)', () => {
  it('fetches the files of the datasets installed first before any other (the Atameken files wait)', async () => {
    const asked: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    vi.stubGlobal('fetch', async (url: string) => {
      asked.push(url.split('/').pop()!.split('?')[0]);
      await held;
      return new Response('x');
    });
    prefetchDemo((d) => d.id === 'population');
    await new Promise((r) => setTimeout(r, 10));
    expect(asked.sort()).toEqual(['population-codebook.json', 'population-survey.csv']);
    release();
    await vi.waitFor(() => expect(asked).toContain('civic-control.csv'));
  });
});

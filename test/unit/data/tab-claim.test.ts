import { describe, expect, it } from 'vitest';
import { type Channel, claimOverChannel } from '../../../src/data/tab-claim';

/** Channels of one origin: a message reaches every other open channel, later, as a browser delivers it. */
function bus() {
  const open = new Set<Channel>();
  return () => {
    const c: Channel = {
      onmessage: null,
      postMessage: (data) => {
        for (const o of open) if (o !== c) setTimeout(() => o.onmessage?.({ data } as MessageEvent), 1);
      },
      close: () => void open.delete(c),
    };
    open.add(c);
    return c;
  };
}

describe('claiming the workspace over a broadcast channel', () => {
  it('gives it to the first tab and tells a later tab that it is taken', async () => {
    const channel = bus();
    expect(await claimOverChannel(channel(), 'a', 20)).toBe(true);
    expect(await claimOverChannel(channel(), 'b', 20)).toBe(false);
    expect(await claimOverChannel(channel(), 'c', 20)).toBe(false);
  });

  it('gives it to exactly one of two tabs asking at once, the smaller id', async () => {
    const channel = bus();
    expect(await Promise.all([claimOverChannel(channel(), 'b', 20), claimOverChannel(channel(), 'a', 20)])).toEqual([
      false,
      true,
    ]);
  });

  it('frees it when the tab that held it is gone', async () => {
    const channel = bus();
    const first = channel();
    expect(await claimOverChannel(first, 'a', 20)).toBe(true);
    first.close();
    expect(await claimOverChannel(channel(), 'b', 20)).toBe(true);
  });
});

/** The part of a BroadcastChannel a claim uses (so that tests can pass their own). */
export interface Channel {
  postMessage(message: unknown): void;
  onmessage: ((e: MessageEvent) => void) | null;
  close(): void;
}

type Message = { kind: 'ask' | 'held'; id: string };

/**
 * Claim the workspace for this tab over a broadcast channel, where the browser has no Web Locks (plain http on a
 * local network): ask, and hold it unless a tab that holds it answers within `wait` ms. Two tabs asking at once:
 * the smaller id wins. The tab that holds answers every later ask for the life of the page. True if this tab holds.
 */
export function claimOverChannel(channel: Channel, id: string, wait: number): Promise<boolean> {
  let state: 'asking' | 'held' | 'lost' = 'asking';
  return new Promise((resolve) => {
    const lose = () => {
      state = 'lost';
      channel.close();
      resolve(false);
    };
    channel.onmessage = (e) => {
      const m = e.data as Message;
      if (state === 'held' && m.kind === 'ask') channel.postMessage({ kind: 'held', id } satisfies Message);
      else if (state === 'asking' && (m.kind === 'held' || (m.kind === 'ask' && m.id < id))) lose();
      else if (state === 'asking' && m.kind === 'ask') channel.postMessage({ kind: 'held', id } satisfies Message);
    };
    channel.postMessage({ kind: 'ask', id } satisfies Message);
    setTimeout(() => {
      if (state !== 'asking') return;
      state = 'held';
      resolve(true);
    }, wait);
  });
}

/** Hold a Web Lock for the life of the page; false if another tab holds it. */
function holdWebLock(locks: LockManager, name: string): Promise<boolean> {
  return new Promise((resolve) => {
    void locks.request(name, { ifAvailable: true }, (lock) => {
      resolve(lock !== null);
      return lock ? new Promise(() => {}) : undefined;
    });
  });
}

/** How long a tab waits for a holder to answer over the channel: a busy holder may answer late. */
const ANSWER_MS = 600;

/**
 * Hold the workspace named `name` for this tab for the life of the page: a Web Lock where the browser has them
 * (secure contexts), else a claim over a BroadcastChannel. False if another tab of the origin holds it.
 */
export function holdWorkspace(name: string): Promise<boolean> {
  if (navigator.locks) return holdWebLock(navigator.locks, name);
  if (typeof BroadcastChannel !== 'function') return Promise.resolve(true);
  const id = `${Date.now().toString(36).padStart(10, '0')}-${Math.random().toString(36).slice(2)}`;
  return claimOverChannel(new BroadcastChannel(name), id, ANSWER_MS);
}

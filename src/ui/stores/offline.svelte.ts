import { type StorageState, storageState } from '../../data/persistence';
import { type OfflineStatus, installability, watchForUpdate } from '../offline';

/** The app's service worker: installed for offline use or why not, a new version waiting, and the storage kept. */
export class OfflineStore {
  status = $state<OfflineStatus>('off');
  /** A new version has installed and waits for the user's "Update". */
  update = $state(false);
  /** The browser storage kept for this origin: undefined until read, null where the page has no StorageManager. */
  storage = $state<StorageState | null | undefined>(undefined);
  #waiting: ServiceWorker | null = null;
  #applying = false;

  /** Register the service worker once `after` settles (the app is interactive by then), where a page can. */
  async register(after: Promise<unknown>): Promise<void> {
    const why = installability(location.protocol, isSecureContext, 'serviceWorker' in navigator);
    if (why) return void (this.status = why);
    this.status = 'installing';
    await after;
    const sw = navigator.serviceWorker;
    try {
      const reg = await sw.register('./sw.js', { scope: './' });
      watchForUpdate(
        reg,
        () => !!sw.controller,
        (w) => ((this.#waiting = w), (this.update = true)),
      );
      sw.addEventListener('controllerchange', () => this.#applying && location.reload());
      await sw.ready;
      this.status = 'ready';
    } catch {
      this.status = 'failed';
    }
  }

  /** The user clicked "Update": the waiting version takes over, then the page reloads into it. */
  apply(): void {
    if (!this.#waiting) return;
    this.#applying = true;
    this.#waiting.postMessage({ type: 'skip-waiting' });
  }

  async refreshStorage(): Promise<void> {
    this.storage = await storageState();
  }
}

export const offline = new OfflineStore();

import type { Lang } from '../core/lang';
import { formatNumber } from '../i18n/format';
import type { T } from '../i18n/t';

/**
 * Where the offline install stands: `off` in the dev server, `insecure` on plain http (no service worker there),
 * `unsupported` in a browser without service workers, then `installing` until the app is cached, `ready`, `failed`.
 */
export type OfflineStatus = 'off' | 'insecure' | 'unsupported' | 'installing' | 'ready' | 'failed';

/** Whether this page may install a service worker, and if not, why. */
export function installability(protocol: string, secure: boolean, hasServiceWorker: boolean): OfflineStatus | null {
  if (!['http:', 'https:'].includes(protocol) || !secure) return 'insecure';
  return hasServiceWorker ? null : 'unsupported';
}

/**
 * Call `onWaiting` with a new version's worker once it has installed and waits for the user: one already waiting, or
 * one found later. The first install of all (no worker controls the page yet) is no update.
 */
export function watchForUpdate(
  reg: ServiceWorkerRegistration,
  controlled: () => boolean,
  onWaiting: (worker: ServiceWorker) => void,
): void {
  if (reg.waiting && controlled()) onWaiting(reg.waiting);
  reg.addEventListener('updatefound', () => {
    const worker = reg.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && controlled()) onWaiting(worker);
    });
  });
}

/** A number of bytes in MB, or GB from 1 GB up, in the UI language. */
export function bytesText(bytes: number, lang: Lang, t: T): string {
  const mb = bytes / 1e6;
  return mb >= 1000
    ? t('offline.gb', { n: formatNumber(mb / 1000, lang, 1) })
    : t('offline.mb', { n: formatNumber(mb, lang, mb < 10 ? 1 : 0) });
}

import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n/t';
import { bytesText, installability, watchForUpdate } from '../../../src/ui/offline';

describe('installability', () => {
  it('allows https and localhost (secure contexts), refuses plain http on a network address and file://', () => {
    expect(installability('https:', true, true)).toBeNull();
    expect(installability('http:', true, true)).toBeNull();
    expect(installability('http:', false, true)).toBe('insecure');
    expect(installability('file:', true, true)).toBe('insecure');
    expect(installability('https:', true, false)).toBe('unsupported');
  });
});

/** A registration whose workers change state when the test says so. */
function fakeRegistration(waiting: object | null = null) {
  const reg = Object.assign(new EventTarget(), { waiting, installing: null as EventTarget | null });
  const install = () => {
    const worker = Object.assign(new EventTarget(), { state: 'installing' });
    reg.installing = worker;
    reg.dispatchEvent(new Event('updatefound'));
    worker.state = 'installed';
    worker.dispatchEvent(new Event('statechange'));
    return worker;
  };
  return { reg: reg as unknown as ServiceWorkerRegistration, install };
}

describe('watchForUpdate', () => {
  it('announces a version found while a worker controls the page, not the first install', () => {
    const seen: unknown[] = [];
    let controlled = false;
    const { reg, install } = fakeRegistration();
    watchForUpdate(
      reg,
      () => controlled,
      (w) => seen.push(w),
    );
    install();
    expect(seen).toEqual([]);
    controlled = true;
    const next = install();
    expect(seen).toEqual([next]);
  });

  it('announces a version already waiting when the page starts', () => {
    const waiting = { state: 'installed' };
    const seen: unknown[] = [];
    watchForUpdate(
      fakeRegistration(waiting).reg,
      () => true,
      (w) => seen.push(w),
    );
    expect(seen).toEqual([waiting]);
  });
});

describe('bytesText', () => {
  it('says MB below a gigabyte and GB from there, in the UI language', () => {
    expect(bytesText(38_400_000, 'en', translator('en'))).toBe('38 MB');
    expect(bytesText(2_500_000, 'ru', translator('ru'))).toBe('2,5 МБ');
    expect(bytesText(12_345_000_000, 'kk', translator('kk'))).toBe('12,3 ГБ');
  });
});

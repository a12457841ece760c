import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../helpers/browser';

/** A Chromium this test started itself on a profile folder it keeps, so it can be killed and started again. */
export interface Chromium {
  browser: Browser;
  context: BrowserContext;
  process: ChildProcess;
  /** Close the browser as a user would. */
  close: () => Promise<void>;
  /** SIGKILL the browser process: no unload, no flush. */
  kill: () => Promise<void>;
}

/** A profile folder that outlives the browsers started on it; `remove` deletes it. */
export function newProfile(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'civic-reliability-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true, maxRetries: 20, retryDelay: 250 }) };
}

/**
 * Start Debian's Chromium on `dir` with a DevTools port and connect to its default (persistent) context; `args` are
 * added to the usual ones.
 */
export async function startChromium(dir: string, args: string[] = []): Promise<Chromium> {
  const exe = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const flags = [...CHROMIUM_ARGS, ...args, `--user-data-dir=${dir}`, '--remote-debugging-port=0', 'about:blank'];
  const child = spawn(exe, flags, {
    stdio: ['ignore', 'ignore', 'pipe'],
    // Its own process group, so a kill reaches the renderers, GPU and utility processes too.
    detached: true,
  });
  const ws = await new Promise<string>((resolve, reject) => {
    let text = '';
    child.stderr!.on('data', (b: Buffer) => {
      text += b.toString();
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(text);
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`chromium exited (${code}) before listening: ${text.slice(-500)}`)));
  });
  child.stderr!.resume();
  const browser = await chromium.connectOverCDP(ws);
  const context = browser.contexts()[0];
  context.setDefaultTimeout(5 * 60_000);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const killGroup = async () => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
    await exited;
  };
  return {
    browser,
    context,
    process: child,
    close: async () => {
      const closed = browser.close().catch(() => {});
      await Promise.race([closed, new Promise((r) => setTimeout(r, 10_000))]);
      await killGroup();
    },
    kill: async () => {
      await killGroup();
      await browser.close().catch(() => {});
    },
  };
}

/** A fresh page of the context with a 1280 × 900 viewport. */
export async function newPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  return page;
}

/** Crash the page's renderer (CDP `Page.crash`): the tab dies with no unload, its workers with it. */
export async function crashPage(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const crashed = page.waitForEvent('crash');
  // The command gets no answer: the renderer that would answer it is gone.
  void cdp.send('Page.crash').catch(() => {});
  await crashed;
}

/** A host name that resolves to this machine but is no secure context (as plain http on a local network is). */
export const LAN_HOST = 'workbench.lan.test';
export const LAN_ARGS = [`--host-resolver-rules=MAP ${LAN_HOST} 127.0.0.1`];

/** The same server seen from the local network: `http://127.0.0.1:p/` → `http://workbench.lan.test:p/`. */
export const onLan = (url: string) => url.replace('127.0.0.1', LAN_HOST);

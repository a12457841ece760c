import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type Page, chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launch Debian's Chromium with a fresh profile; `close` also deletes the profile. */
export async function launchBrowser(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'civic-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
  });
  // Waits end when what they wait for appears; this only ends one that is stuck (see vitest.e2e.config.ts).
  context.setDefaultTimeout(5 * 60_000);
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Record every request whose host is not this machine (page, workers and service workers alike). */
export function recordOffHostRequests(context: BrowserContext): string[] {
  const off: string[] = [];
  context.on('request', (req) => {
    const url = new URL(req.url());
    if (
      ['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) &&
      !['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)
    ) {
      off.push(req.url());
    }
  });
  return off;
}

/**
 * Record every Content-Security-Policy violation in the context's documents (a `securitypolicyviolation` listener
 * installed before any page script runs): the directive, what it blocked and where.
 */
export async function recordCspViolations(context: BrowserContext): Promise<string[]> {
  const seen: string[] = [];
  await context.exposeBinding('__cspViolation', (_source, text: string) => void seen.push(text));
  await context.addInitScript(() => {
    const w = window as unknown as { __cspViolation: (text: string) => void };
    document.addEventListener(
      'securitypolicyviolation',
      (e) =>
        w.__cspViolation(
          `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`,
        ),
      true,
    );
  });
  return seen;
}

/**
 * Run a journey in a fresh Chromium profile: `fn` gets the context, a first page, the off-host requests and the
 * first page's console errors and uncaught exceptions; a journey with a Content-Security-Policy violation in any of
 * its pages fails. The browser and its profile are removed afterwards whatever happens.
 */
export async function inBrowser(
  fn: (b: { context: BrowserContext; page: Page; offHost: string[]; errors: string[] }) => Promise<void>,
): Promise<void> {
  const { context, close } = await launchBrowser();
  const offHost = recordOffHostRequests(context);
  try {
    const csp = await recordCspViolations(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    page.on('pageerror', (e) => void errors.push(e.message));
    await fn({ context, page, offHost, errors });
    if (csp.length) throw new Error(`Content-Security-Policy violations:\n${csp.join('\n')}`);
  } finally {
    await close();
  }
}

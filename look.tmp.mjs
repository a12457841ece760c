import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const p = await b.newPage({ viewport: { width: 1300, height: 1000 } });
p.on('console', (m) => { if (m.type() === 'error') console.log('ERR', m.text()); });
p.on('pageerror', (e) => console.log('PAGEERR', e.message));
const go = async (hash, name, sel) => {
  await p.goto('http://localhost:4173/' + hash);
  await p.waitForSelector('[data-complete="true"]', { timeout: 60000 });
  if (sel) await p.waitForSelector(sel, { timeout: 30000 }).catch((e) => console.log('timeout', name, sel));
  await p.waitForTimeout(800);
  await p.screenshot({ path: `/tmp/${name}.png`, fullPage: true });
};
for (const [h, n, s] of JSON.parse(process.argv[2])) await go(h, n, s);
await b.close();

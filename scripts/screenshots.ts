import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../test/helpers/browser';
import { serveDist } from '../test/helpers/serve';

// Screenshots of the main pages for review: each page in Russian and Kazakh at a laptop's and a projector's size,
// taken once the page says it is complete. Usage: npm run screenshots [-- page,page…] (after a build).
const PAGES = ['regions', 'waves', 'dashboard', 'centres', 'analyse'];
const SIZES = [
  { width: 1366, height: 800 },
  { width: 1920, height: 1080 },
];
const LANGS = ['ru', 'kk'];
const OUT = 'screenshots';

async function main() {
  const pages = process.argv[2] ? process.argv[2].split(',') : PAGES;
  mkdirSync(OUT, { recursive: true });
  const server = await serveDist();
  const { context, close } = await launchBrowser();
  try {
    const page = await context.newPage();
    for (const size of SIZES) {
      await page.setViewportSize(size);
      for (const lang of LANGS)
        for (const name of pages) {
          const [path, query = ''] = name.split('?');
          await page.goto(`${server.url}#/${path}?lang=${lang}${query ? `&${query}` : ''}`);
          await page.waitForSelector('[data-complete="true"]');
          await page.waitForFunction(() => !document.querySelector('[data-chart][data-ready="false"]'));
          const file = join(OUT, `${name.replace(/[^\w=]+/g, '-')}-${lang}-${size.width}.png`);
          await page.screenshot({ path: file, fullPage: true });
          console.log(file);
        }
    }
  } finally {
    await close();
    await server.close();
  }
}

await main();

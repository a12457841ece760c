import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { inBrowser, launchBrowser } from '../helpers/browser';
import { download, drawnSize, layoutProblems, pngSize, svgSize, unzipTexts } from '../helpers/exports';
import { useDist } from '../helpers/serve';

const url = useDist();
const ready = (kind: string) => `[data-chart="${kind}"][data-ready="true"]`;
const dbReady = (page: Page) => page.waitForSelector('[data-complete="true"]');
const param = (page: Page, name: string) => new URLSearchParams(new URL(page.url()).hash.split('?')[1]).get(name);

describe('comparing regions and waves', () => {
  it('(1) picks an indicator, switches map ↔ tile grid ↔ ranking ↔ table, selects a region and opens its profile', async () => {
    await inBrowser(async ({ page, offHost, errors }) => {
      await page.goto(url());
      await dbReady(page);
      await page.selectOption('[data-control="indicator"]', 'sci_trust');
      await page.waitForSelector(`${ready('map')} [data-region]`);
      expect(await page.locator(`${ready('map')} [data-region]`).count()).toBe(20);
      expect(await page.getByTestId('legend').textContent()).toMatch(/квантили/);
      await page.selectOption('[data-control="classing"]', 'diverging');
      await expect.poll(() => page.getByTestId('legend').textContent()).toMatch(/от значения по стране/);

      await page.click('button[data-view="tilegrid"]');
      await page.waitForSelector(ready('tilegrid'));
      expect(await page.locator(`${ready('tilegrid')} [data-region]`).count()).toBe(20);
      await page.click(`${ready('tilegrid')} [data-region="KZ-75"]`);
      await expect.poll(() => param(page, 'region')).toBe('KZ-75');
      expect((await page.getByTestId('selected').textContent())!.replace(/\s+/g, ' ')).toMatch(
        /^Алматы: Место \(диапазон\) \d+ \(\d+–\d+\)/,
      );

      await page.click('button[data-view="ranking"]');
      await page.waitForSelector(ready('ranking'));
      const dots = await page.locator(`${ready('ranking')} [data-key]`).count();
      expect(dots).toBeGreaterThan(15);
      expect(await page.getByTestId('rank-note').textContent()).toMatch(/Групп неразличимых регионов: \d+/);

      await page.click('button[data-view="table"]');
      await page.waitForSelector('[data-chart="table"] tbody tr');
      expect(await page.locator('[data-chart="table"] tbody tr').count()).toBe(20);
      expect(await page.locator('[data-chart="table"] tbody tr.selected').getAttribute('data-region')).toBe('KZ-75');
      await page.click('[data-chart="table"] button[data-sort="name"]');
      const names = await page.locator('[data-chart="table"] tbody tr th').allTextContents();
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
      expect(await page.getAttribute('[data-chart="table"] th[aria-sort="ascending"] button', 'data-sort')).toBe(
        'name',
      );

      await page.click('[data-testid="profile-link"]');
      await page.waitForSelector('[data-testid="profile-table"] tbody tr');
      expect(await page.locator('h1').textContent()).toBe('Профиль региона: Алматы');
      expect(new URL(page.url()).hash).toMatch(/^#\/profile\/KZ-75/);
      await expect.poll(() => page.locator('[data-testid="profile-table"] tbody tr').count()).toBeGreaterThan(20);
      expect(await page.locator('[data-testid="profile-table"] tr[data-indicator="sci_trust"]').count()).toBe(1);
      expect(
        await page.locator('[data-testid="profile-table"] tr[data-indicator="centres_count"]').getAttribute('data-vs'),
      ).toBe('');
      await page.emulateMedia({ media: 'print' });
      const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
      // 81 indicators since the Atameken entries joined: two landscape pages at a legible 6 pt.
      expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(2);
      await page.emulateMedia({ media: 'screen' });
      expect(offHost).toEqual([]);
      expect(errors).toEqual([]);
    });
  });

  it('(2) compares two waves and reads the significant changes', async () => {
    await inBrowser(async ({ page, errors }) => {
      await page.goto(`${url()}#/waves?indicator=trust_ngo&lang=en`);
      await dbReady(page);
      await page.selectOption('[data-control="wave"]', '2025');
      await page.selectOption('[data-control="compare"]', '2021');
      await page.waitForSelector(ready('slope'));
      await page.waitForSelector(`${ready('map')} [data-region]`);
      const summary = (await page.getByTestId('summary').textContent())!;
      const m =
        /^Nationally (.+)\. Significant rises in (\d+) regions, falls in (\d+), no significant change in (\d+)\.$/.exec(
          summary,
        )!;
      expect(m).not.toBeNull();
      expect(await page.getByTestId('method').textContent()).toMatch(
        /t with the Welch–Satterthwaite degrees of freedom .* Nationally df = \d+\.$/,
      );
      const rows = page.locator('table.change tbody tr[data-region]');
      expect(await rows.count()).toBe(20);
      expect(await page.locator('table.change tr[data-direction="up"][data-region]').count()).toBe(Number(m[2]));
      expect(await page.locator('table.change tr[data-direction="down"][data-region]').count()).toBe(Number(m[3]));
      const up = page.locator('table.change tr[data-direction="up"][data-region]').first();
      if (Number(m[2]) > 0) expect(await up.locator('td').last().textContent()).toBe('significant rise');
      expect(await page.locator('[data-chart="map"]').count()).toBe(1 + 3);
      expect(param(page, 'compare')).toBe('2021');
      expect(errors).toEqual([]);
    });
  });

  it('(3) a copied URL restores the identical view in a fresh browser and in a second tab', async () => {
    await inBrowser(async ({ context, page }) => {
      await page.goto(`${url()}#/regions?lang=kk`);
      await dbReady(page);
      await page.selectOption('[data-control="indicator"]', 'trust_ngo');
      await page.selectOption('[data-control="wave"]', '2023');
      await page.selectOption('[data-control="by"]', 'settlement');
      await page.selectOption('[data-control="region"]', 'KZ-71');
      await page.click('button[data-view="ranking"]');
      await page.waitForSelector(ready('ranking'));
      const shared = page.url();
      const snapshot = async (p: Page) => ({
        h1: await p.locator('h1').textContent(),
        reading: await p.getByTestId('reading').textContent(),
        selected: await p.getByTestId('selected').textContent(),
        dots: await p.locator(`${ready('ranking')} [data-key]`).count(),
        controls: await Promise.all(
          ['indicator', 'wave', 'by', 'region'].map((c) => p.locator(`[data-control="${c}"]`).inputValue()),
        ),
        tab: await p.getAttribute('button[aria-selected="true"]', 'data-view'),
        lang: await p.getAttribute('html', 'lang'),
      });
      const before = await snapshot(page);
      expect(before.controls).toEqual(['trust_ngo', '2023', 'settlement', 'KZ-71']);
      expect(before.lang).toBe('kk');

      const fresh = await launchBrowser();
      try {
        const other = await fresh.context.newPage();
        await other.goto(shared);
        await dbReady(other);
        await other.waitForSelector(`${ready('ranking')} [data-key]`);
        expect(await snapshot(other)).toEqual(before);
      } finally {
        await fresh.close();
      }

      const second = await context.newPage();
      await second.goto(shared);
      await second.waitForSelector(`${ready('ranking')} [data-key]`);
      expect(await second.locator('.status').textContent()).toMatch(/басқа қойындыда|another tab/);
      expect(await snapshot(second)).toEqual(before);
    });
  });

  it('(4) exports PNG, SVG, CSV and XLSX of the chart on screen; CSV for Russian Excel with its notes in one zip', async () => {
    await inBrowser(async ({ context, page }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(`${url()}#/regions?indicator=trust_ngo&wave=2025&view=map`);
      await page.waitForSelector(`${ready('map')} [data-region]`);
      const save = (kind: string) => download(page, kind);
      const drawn = await drawnSize(page, ready('map'));
      const png = await save('png');
      expect(png.name).toBe('trust_ngo-2025.png');
      expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect(pngSize(png.bytes).width).toBe(2 * drawn.width);
      expect(pngSize(png.bytes).height).toBeGreaterThan(2 * drawn.height);
      const svg = (await save('svg')).bytes.toString('utf8');
      expect(svgSize(svg)).toEqual({ width: drawn.width, height: pngSize(png.bytes).height / 2 });
      expect(svg).toContain('Доверие к НПО — 2025');
      expect(svg).toContain('Синтетические демо-данные');
      expect(svg).toContain('data-region="KZ-75"');
      expect(svg).not.toMatch(/<script/i);
      const zip = await save('csv');
      expect(zip.name).toBe('trust_ngo-2025.zip');
      const files = unzipTexts(zip.bytes);
      expect(Object.keys(files)).toEqual(['trust_ngo-2025.csv', 'trust_ngo-2025-notes.txt']);
      const csv = files['trust_ngo-2025.csv'].trim().split('\r\n');
      const header = csv[0].split(';');
      expect(header.slice(0, 7)).toEqual([
        'Код региона',
        'Регион',
        'Волна / год',
        'Оценка',
        '95% ДИ, нижняя граница',
        '95% ДИ, верхняя граница',
        'n (невзвешенное)',
      ]);
      expect(csv).toHaveLength(1 + 20);
      const est = header.indexOf('Оценка');
      expect(csv.slice(1).filter((l) => /^\d+,\d$/.test(l.split(';')[est])).length).toBeGreaterThan(15);
      expect(csv.slice(1).some((l) => l.split(';').includes('значимо выше значения по стране'))).toBe(true);
      expect(files['trust_ngo-2025-notes.txt']).toMatch(/^Доверие к НПО — 2025\r\n/);
      expect(files['trust_ngo-2025-notes.txt']).toContain('Синтетические демо-данные');
      expect(files['trust_ngo-2025-notes.txt']).toMatch(/Дата выгрузки: \d{4}-\d\d-\d\d/);
      // The other dialect, with the field names under the headers and every digit.
      await page.click('.export-options summary');
      await page.selectOption('select[name="csvDialect"]', 'comma');
      await page.check('input[name="machineHeader"]');
      await page.check('input[name="fullPrecision"]');
      const plain = unzipTexts((await save('csv')).bytes)['trust_ngo-2025.csv'].split('\r\n');
      expect(plain[0].split(',')[0]).toBe('Код региона');
      expect(plain[1].split(',').slice(0, 4)).toEqual(['region_code', 'region', 'wave', 'estimate']);
      expect(plain.slice(2, 22).filter((l) => /^\d+\.\d{3,}$/.test(l.split(',')[3])).length).toBeGreaterThan(15);
      const book = unzipSync((await save('xlsx')).bytes);
      expect(strFromU8(book['xl/workbook.xml'])).toContain('<sheet name="Примечания" sheetId="2"');
      expect(strFromU8(book['xl/worksheets/sheet1.xml'])).toMatch(/<c r="D3"><v>\d+\.\d{3,}<\/v><\/c>/);
      expect(strFromU8(book['xl/worksheets/sheet2.xml'])).toContain('Синтетические демо-данные');
      await page.selectOption('select[name="csvDialect"]', 'semicolon');
      await page.uncheck('input[name="machineHeader"]');
      await page.uncheck('input[name="fullPrecision"]');
      const xlsx = await save('xlsx');
      expect(xlsx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
      await dbReady(page);
      await page.selectOption('[data-control="by"]', 'settlement');
      await expect.poll(() => page.locator(`#compare-panel ${ready('map')}`).count()).toBe(2);
      const multiples = (await save('svg')).bytes.toString('utf8');
      expect(svgSize(multiples).height).toBeGreaterThan(2 * (await drawnSize(page, ready('map'))).height);
      expect(multiples.match(/data-region="KZ-75"/g)).toHaveLength(2);
      expect(multiples).toContain('>Город</text>');
      expect(multiples).toContain('>Село</text>');
      await page.click('button[data-export="copy"]');
      await expect
        .poll(() => page.locator('.exports [role="status"]').textContent())
        .toBe('График скопирован в буфер обмена.');
      expect(await page.evaluate(async () => (await navigator.clipboard.read())[0].types)).toEqual(['image/png']);
    });
  });

  it('(5) every exported chart kind is the chart with its legend, no text cut or overlapping, at 1366 and 1920 px', async () => {
    await inBrowser(async ({ page }) => {
      const kinds: [string, string, string[]][] = [
        ['regions?indicator=trust_ngo&wave=2025&view=map', 'map', ['Доверие к НПО — 2025', 'data-region="KZ-75"']],
        ['regions?indicator=trust_ngo&wave=2025&view=tilegrid', 'tilegrid', ['Доверие к НПО — 2025']],
        ['regions?indicator=trust_ngo&wave=2025&view=ranking', 'ranking', ['Западно-Казахстанская область']],
        ['regions?indicator=trust_ngo&wave=2025&view=ranking&by=sex', 'ranking', ['>Женский</text>']],
        ['waves?indicator=trust_ngo&wave=2025&compare=2021', 'slope', ['Доверие к НПО: 2021–2025', 'Астана']],
      ];
      const vs = ['значимо выше значения по стране', 'не отличается значимо от значения по стране'];
      for (const width of [1366, 1920]) {
        await page.setViewportSize({ width, height: 900 });
        for (const [hash, kind, texts] of kinds) {
          await page.goto(`${url()}#/${hash}`);
          await dbReady(page);
          await page.waitForSelector(ready(kind));
          const drawn = await drawnSize(page, ready(kind));
          const svg = (await download(page, 'svg')).bytes.toString('utf8');
          const png = pngSize((await download(page, 'png')).bytes);
          const size = svgSize(svg);
          expect(size.width, `${hash} at ${width}`).toBeGreaterThanOrEqual(drawn.width);
          expect(size.height, `${hash} at ${width}`).toBeGreaterThan(drawn.height);
          expect(png).toEqual({ width: 2 * size.width, height: 2 * size.height });
          for (const text of texts) expect(svg.includes(text), `${hash}: ${text}`).toBe(true);
          if (kind === 'ranking' && !hash.includes('by='))
            for (const label of vs) expect(svg.includes(`>${label}</text>`), label).toBe(true);
          expect(await layoutProblems(page, svg), `${hash} at ${width}`).toEqual([]);
        }
      }
    });
  });
});

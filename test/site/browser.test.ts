// @e2e: drives a real browser (chromium) over a generated site.
// The generated site in a real browser: Debian's chromium, driven by playwright-core, from file://.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PROJECT } from '../helpers/repo.js';
import { siteFixture, type SiteFixture } from './fixture.js';

const CHROMIUM = process.env.LEPTON_CHROMIUM ?? '/usr/bin/chromium';

let f: SiteFixture;
let browser: Browser;
beforeAll(async () => {
  f = await siteFixture();
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  f?.repo.cleanup();
});

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? htmlFiles(join(dir, e.name))
      : e.name.endsWith('.html')
        ? [join(dir, e.name)]
        : [],
  );
}

interface Visit {
  readonly page: Page;
  readonly problems: string[];
}

/** Opens a page and records every console error, page error, failed request and request that leaves the site. */
async function visit(file: string): Promise<Visit> {
  const page = await browser.newPage();
  const problems: string[] = [];
  const root = pathToFileURL(f.out).href;
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning')
      problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('request', (r) => {
    if (!r.url().startsWith(root)) problems.push(`left the site: ${r.url()}`);
  });
  const response = await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  if (response && !response.ok()) problems.push(`status ${response.status()}`);
  return { page, problems };
}

describe('the site in Chromium', () => {
  test('every page loads with no console error, no failed request and no request leaving the site', async () => {
    const files = htmlFiles(f.out);
    // index + 3 model pages + 6 version pages
    expect(files).toHaveLength(10);
    for (const file of files) {
      const { page, problems } = await visit(file);
      expect([relative(f.out, file), problems]).toEqual([relative(f.out, file), []]);
      await page.close();
    }
  });

  test('every relative link resolves to a generated file; external links are http(s)', async () => {
    let checked = 0;
    for (const file of htmlFiles(f.out)) {
      const { page } = await visit(file);
      const hrefs = await page
        .locator('a[href]')
        .evaluateAll((as) => as.map((a) => (a as unknown as { href: string }).href));
      for (const url of hrefs) {
        if (url.startsWith('file:')) {
          const target = fileURLToPath(url);
          expect([
            relative(f.out, file),
            url,
            existsSync(target) && statSync(target).isFile(),
          ]).toEqual([relative(f.out, file), url, true]);
          expect(relative(f.out, target).startsWith('..')).toBe(false);
        } else {
          expect(url).toMatch(/^https:\/\/github\.com\/o\/r\//);
        }
        checked++;
      }
      await page.close();
    }
    expect(checked).toBeGreaterThan(50);
  });

  test('the index lists every model', async () => {
    const { page } = await visit(join(f.out, 'index.html'));
    const names = await page.locator('tbody tr td:first-child a').allTextContents();
    expect(names).toEqual(['sentiment', 'other', 'nlp-2']);
    await page.close();
  });

  test.each([
    ['sentiment', { accuracy: 4, f1_macro: 4 }],
    ['other', { loss: 2 }],
    ['nlp-2', {}],
  ])('each chart of %s has one point per version', async (model, want) => {
    const { page } = await visit(join(f.out, 'models', model, 'index.html'));
    const charts = page.locator('svg.chart');
    const got: Record<string, number> = {};
    for (const chart of await charts.all()) {
      const metric = (await chart.getAttribute('data-metric')) ?? '';
      got[metric] = await chart.locator('circle.point').count();
      // The points are drawn inside the chart's box, left to right in version order.
      const xs = await chart
        .locator('circle.point')
        .evaluateAll((cs) => cs.map((c) => Number(c.getAttribute('cx'))));
      expect([...xs].sort((a, b) => a - b)).toEqual(xs);
      expect(await chart.isVisible()).toBe(true);
    }
    expect(got).toEqual(want);
    await page.close();
  });

  test('accessibility basics: lang, table headers, charts with text alternatives', async () => {
    for (const file of htmlFiles(f.out)) {
      const { page } = await visit(file);
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect((await page.title()).length).toBeGreaterThan(0);
      for (const t of await page.locator('table').all()) {
        expect(await t.locator('thead th[scope="col"]').count()).toBeGreaterThan(0);
      }
      for (const svg of await page.locator('svg.chart').all()) {
        expect(await svg.getAttribute('role')).toBe('img');
        const ids = ((await svg.getAttribute('aria-labelledby')) ?? '').split(' ');
        expect(ids).toHaveLength(2);
        for (const id of ids) {
          expect((await page.locator(`[id="${id}"]`).textContent())?.trim().length).toBeGreaterThan(
            10,
          );
        }
      }
      await page.close();
    }
  });

  test('the model page is readable without JavaScript, and a screenshot is written for a person to look at', async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 1100, height: 900 },
    });
    const page = await context.newPage();
    await page.goto(pathToFileURL(join(f.out, 'models/sentiment/index.html')).href);
    expect(await page.locator('h2').allTextContents()).toEqual([
      'Stages',
      'Trends',
      'Versions',
      'Stage timeline',
    ]);
    expect(await page.locator('svg.chart circle.point').count()).toBe(8);
    const dir = join(PROJECT, '.lepton-tmp');
    mkdirSync(dir, { recursive: true });
    const shot = join(dir, 'site-model.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect(statSync(shot).size).toBeGreaterThan(10_000);
    await context.close();
  });
});

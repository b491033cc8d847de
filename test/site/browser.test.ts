// @e2e: drives a real browser (chromium) over a generated site.
// The generated site in a real browser: Debian's chromium, driven by playwright-core, from file://.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PROJECT } from '../helpers/repo.js';
import { siteFixture, type SiteFixture } from './fixture.js';
import { FAILED, REASON, rollbackSite, type RollbackSite } from './rollback-fixture.js';

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
async function visit(file: string, site: string = f.out): Promise<Visit> {
  const page = await browser.newPage();
  const problems: string[] = [];
  const root = pathToFileURL(site).href;
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

describe('rollbacks in Chromium', () => {
  let r: RollbackSite;
  beforeAll(async () => {
    r = await rollbackSite();
  }, 300_000);
  afterAll(() => r?.repo.cleanup());

  test('every page loads cleanly and no reason became markup', async () => {
    const files = htmlFiles(r.out);
    expect(files).toHaveLength(6); // index, the model, 4 versions
    for (const file of files) {
      const { page, problems } = await visit(file, r.out);
      expect([relative(r.out, file), problems, await page.locator('script').count()]).toEqual([
        relative(r.out, file),
        [],
        0,
      ]);
      await page.close();
    }
  });

  test('a withdrawn promotion is drawn apart from a standing one, the rollback in its tooltip', async () => {
    const { page } = await visit(join(r.out, 'models/sentiment/index.html'), r.out);
    const chart = page.locator('svg.chart[data-metric="accuracy"]');
    const withdrawn = chart.locator('line.promotion.withdrawn');
    const standing = chart.locator('line.promotion:not(.withdrawn)');
    expect(await withdrawn.count()).toBe(4);
    expect(await standing.count()).toBe(1);
    const look = (l: typeof withdrawn) =>
      l.evaluate((el) => {
        const style = (
          globalThis as unknown as {
            getComputedStyle(e: unknown): { stroke: string; strokeDasharray: string };
          }
        ).getComputedStyle(el);
        return `${style.stroke} ${style.strokeDasharray}`;
      });
    expect(await look(withdrawn.first())).not.toBe(await look(standing.first()));
    // A line has no width, so its label stands for it.
    expect(await chart.locator('text.promotion-label.withdrawn').first().isVisible()).toBe(true);
    // The tooltip is the rollback's own text: the reason's markup is text, not elements.
    const tip = await chart
      .locator('line.promotion[data-withdrawn-by="sentiment#production!#3"] > title')
      .textContent();
    expect(tip).toContain(`production ← 0.2.0, withdrawn `);
    expect(tip).toContain(`(sentiment#production!#3): ${REASON.slice(0, 150)}`);
    expect(tip).toMatch(/…; production fell back to 0\.1\.0$/);
    const failed = await chart
      .locator('line.promotion[data-withdrawn-by="sentiment#production!#6"] > title')
      .textContent();
    expect(failed).toContain(FAILED);
    expect(await chart.locator('text.promotion-label.withdrawn').allTextContents()).toEqual([
      'production (withdrawn)',
      'production (withdrawn)',
      'staging (withdrawn)',
      'production (withdrawn)',
    ]);
    expect(await chart.locator('desc').textContent()).toContain('Promotions later withdrawn:');
    await page.close();
  });

  test("the version page shows the reason as written, wrapped inside the page's width", async () => {
    const context = await browser.newContext({ viewport: { width: 900, height: 900 } });
    const page = await context.newPage();
    await page.goto(pathToFileURL(join(r.out, 'models/sentiment/versions/0.2.0.html')).href);
    expect(await page.locator('.withdrawal .reason').textContent()).toBe(REASON);
    expect(await page.locator('.withdrawal strong').textContent()).toBe(
      'Withdrawn from production',
    );
    // Its 3,000-character word wraps: in the notice and in the stage history's cell alike, no
    // wider than the window, and the page does not grow a line thousands of pixels long.
    const reasons = page.locator('.reason');
    expect(await reasons.count()).toBe(2);
    for (const box of await reasons.evaluateAll((es) =>
      es.map(
        (e) =>
          (e as unknown as { getBoundingClientRect(): { width: number } }).getBoundingClientRect()
            .width,
      ),
    )) {
      expect(box).toBeGreaterThan(50);
      expect(box).toBeLessThanOrEqual(900);
    }
    const width = await page.evaluate(
      () =>
        (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } })
          .document.documentElement.scrollWidth,
    );
    expect(width).toBeLessThan(1200);
    await context.close();
  });
});

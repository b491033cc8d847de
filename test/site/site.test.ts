import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { esc, href, safeUrl } from '../../src/core/site/index.js';
import { runCli } from '../helpers/repo.js';
import { HOSTILE, siteFixture, type SiteFixture } from './fixture.js';

let f: SiteFixture;
beforeAll(async () => {
  f = await siteFixture();
});
afterAll(() => f.repo.cleanup());

const read = (p: string): string => readFileSync(join(f.out, p), 'utf8');

describe('escaping', () => {
  test.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['a"b\'c&d', 'a&quot;b&#39;c&amp;d'],
    ['plain-1.2', 'plain-1.2'],
  ])('esc(%j)', (input, want) => expect(esc(input)).toBe(want));

  test.each([
    ['https://github.com/o/r/actions/runs/1', 'https://github.com/o/r/actions/runs/1'],
    ['http://example.com/a?b=1&c=2', 'http://example.com/a?b=1&amp;c=2'],
    ['javascript:alert(1)', null],
    ['data:text/html,<b>x</b>', null],
    ['/relative/path', null],
    ['', null],
  ])('safeUrl(%j)', (input, want) => expect(safeUrl(input)).toBe(want));

  test.each([
    ['index.html', 'models/a/index.html', 'models/a/index.html'],
    ['models/a/index.html', 'index.html', '../../index.html'],
    ['models/a/versions/1.0.0.html', 'models/a/index.html', '../index.html'],
    ['models/nlp-2/index.html', 'api/models/nlp-2.json', '../../api/models/nlp-2.json'],
  ])('href(%j, %j)', (from, to, want) => expect(href(from, to)).toBe(want));
});

describe('lepton site', () => {
  test('writes an index, a page per model and per version, and the API', () => {
    expect(f.result).toMatchObject({ models: 3, versions: 6 });
    for (const p of [
      'index.html',
      'models/sentiment/index.html',
      'models/other/index.html',
      ...['0.1.0', '0.2.0', '0.3.0', '0.4.0'].map((v) => `models/sentiment/versions/${v}.html`),
      'models/other/versions/1.1.0.html',
      'api/models.json',
      'api/models/sentiment.json',
      'api/models/sentiment/versions/0.3.0.json',
      'api/models/sentiment/stages/production.json',
      'api/models/sentiment/stages/staging.json',
    ]) {
      expect(existsSync(join(f.out, p))).toBe(true);
    }
  });

  test('the index lists every model with its latest version, result and stage holders', () => {
    const html = read('index.html');
    expect(html).toContain('<a href="models/sentiment/index.html">sentiment</a>');
    expect(html).toContain('<a href="models/other/index.html">other</a>');
    expect(html).toContain('production: <a href="models/sentiment/versions/0.2.0.html">0.2.0</a>');
    expect(html).toContain('staging: <a href="models/sentiment/versions/0.4.0.html">0.4.0</a>');
    expect(html).toContain('<a href="models/other/versions/1.1.0.html">1.1.0</a>');
    expect(html).toContain('<a href="models/nlp-2/index.html">nlp-2</a>');
  });

  test('a model with no version gets a page that links back and draws no chart', () => {
    const html = read('models/nlp-2/index.html');
    expect(html).toContain('<a href="../../index.html">Registry</a> / nlp-2');
    expect(html).toContain('<a href="../../api/models/nlp-2.json">');
    expect(html).toContain('No version recorded yet.');
    expect(html).not.toContain('<svg');
  });

  test('untrusted strings are escaped and only http(s) URLs become links', () => {
    const v2 = read('models/sentiment/versions/0.2.0.html');
    expect(v2).not.toContain(HOSTILE);
    expect(v2).toContain(esc(HOSTILE));
    const v3 = read('models/sentiment/versions/0.3.0.html');
    expect(v3).not.toContain('javascript:');
    const model = read('models/sentiment/index.html');
    expect(model).not.toContain('javascript:');
    expect(model).toContain('href="https://github.com/o/r/actions/runs/101"');
    expect(model).toContain('href="https://github.com/o/r/actions/runs/103/artifacts/503"');
  });

  test('the model page charts each thresholded metric with one point per version, thresholds and promotions', () => {
    const html = read('models/sentiment/index.html');
    const charts = [
      ...html.matchAll(/<svg class="chart"[^>]*data-metric="([^"]+)" data-points="(\d+)"/g),
    ];
    expect(charts.map((m) => [m[1], Number(m[2])])).toEqual([
      ['accuracy', 4],
      ['f1_macro', 4],
    ]);
    // accuracy: eval min 0.9 and production min 0.93; f1_macro's max_drop is relative (no line).
    expect(html.match(/class="threshold"/g)).toHaveLength(2);
    expect(html).toContain('<title>production min 0.93</title>');
    // 3 promotions per chart
    expect(html.match(/class="promotion"/g)).toHaveLength(6);
    expect(html).toContain('<title>production ← 0.2.0</title>');
  });

  test('a version page diffs its metrics against its baseline', () => {
    const html = read('models/sentiment/versions/0.4.0.html');
    expect(html).toContain('<h2>Metrics against 0.3.0</h2>');
    expect(html).toMatch(/<td>accuracy<\/td><td>0\.89<\/td><td>0\.95<\/td><td>\+0\.06/);
    expect(html).toContain('<a href="0.3.0.html">0.3.0</a>');
  });

  test('refuses to replace a directory that holds something other than a site, and replaces an earlier site', async () => {
    const other = join(f.out, '..', 'not-a-site');
    mkdirSync(other);
    writeFileSync(join(other, 'keep.txt'), 'mine');
    const refused = await runCli(f.repo.dir, ['site', '--out', other]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('holds no earlier site');
    expect(readFileSync(join(other, 'keep.txt'), 'utf8')).toBe('mine');

    writeFileSync(join(f.out, 'stale.html'), 'old');
    const again = await runCli(f.repo.dir, ['site', '--out', f.out, '--json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ models: 3, versions: 6, out: f.out });
    expect(existsSync(join(f.out, 'stale.html'))).toBe(false);
  });
});

import { describe, expect, it } from '@jest/globals';
import { metricsListedTwice } from '../../src/core/manifest/rules.js';

// Which entries of eval.metrics name a file listed before them: [metrics, folder, indexes flagged].
const CASES: [string[], string | null, number[]][] = [
  [['m.json', 'n.json'], null, []],
  [['m.json', 'm.json'], null, [1]],
  [['m.json', './m.json', 'sub/../m.json'], null, [1, 2]],
  [['out\\c.json', 'out/c.json'], null, [1]],
  [['m.json', '../iris/m.json'], null, []], // as written, these differ
  [['m.json', '../iris/m.json'], 'models/iris', [1]],
  [['m.json', '../other/m.json'], 'models/iris', []],
  [['m.json', '../../models/iris/m.json'], 'models/iris', [1]],
  [['m.json', '../iris/m.json'], '', []], // at the top level, ../iris climbs out (refused elsewhere)
  [['a/m.json', '../x/a/m.json'], 'x', [1]],
  [['M.json', 'm.json'], 'models/iris', []], // case is kept: git tracks them apart
];

describe('metricsListedTwice', () => {
  it.each(CASES)('%j in %j flags %j', (metrics, folder, flagged) => {
    const issues = metricsListedTwice(metrics, folder);
    expect(issues.map((i) => Number(i.path[2]))).toEqual(flagged);
    for (const i of issues)
      expect(i.message).toMatch(/is listed twice.*first at eval\.metrics\.\d+$/);
  });

  it('leaves anything but a list of strings alone', () => {
    expect(metricsListedTwice('m.json', 'a')).toEqual([]);
    expect(metricsListedTwice([1, 1, 'm', 'm'], null).map((i) => i.path[2])).toEqual(['3']);
  });
});

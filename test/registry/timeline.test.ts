import { describe, expect, test } from '@jest/globals';
import { holders, stageTimeline } from '../../src/core/registry/stages.js';
import type { StageEvent } from '../../src/core/registry/types.js';

const C = (v: string) => v.replace(/\D/g, '').padEnd(40, '0');
/** `+1.0.0@prod` assigns, `-1.0.0@prod` unassigns; N is the position (from 1). */
const parse = (script: string): StageEvent[] =>
  script.split(' ').map((word, i) => {
    const [head = '', stage = ''] = word.split('@');
    const action = head.startsWith('-') ? 'unassign' : 'assign';
    const version = head.slice(1);
    const n = i + 1;
    return {
      action,
      stage,
      n,
      tag: `m#${stage}${action === 'unassign' ? '!' : ''}#${n}`,
      object: '',
      version: action === 'assign' ? version : null,
      target: version,
      commit: C(version),
      date: '2026-01-01T00:00:00Z',
      summary: null,
    };
  });

const v = (e: { target: string | null } | null): string => (e ? (e.target ?? '?') : '∅');

/** Each step as `N: before→after [withdrew X] [withdrawn by N]`. */
function describeSteps(script: string, dereg: string[] = []): string[] {
  const events = parse(script);
  return stageTimeline(events, new Set(dereg)).map((s) => {
    const parts = [`${s.event.n}: ${v(s.before)}→${v(s.after)}`];
    if (s.event.action === 'unassign') parts.push(`withdrew ${s.withdrew ? s.withdrew.n : '-'}`);
    if (s.withdrawnBy) parts.push(`withdrawn by ${s.withdrawnBy.n}`);
    return parts.join(' ');
  });
}

describe('stageTimeline (GTO: an unassignment withdraws that version’s assignment only)', () => {
  test.each<[string, string, string[], string[]]>([
    ['a promotion over another', '+1@p +2@p', ['1: ∅→1', '2: 1→2'], []],
    [
      'a rollback falls back to the assignment before',
      '+1@p +2@p -2@p',
      ['1: ∅→1', '2: 1→2 withdrawn by 3', '3: 2→1 withdrew 2'],
      [],
    ],
    [
      'two rollbacks walk back twice, the last leaves the stage empty',
      '+1@p +2@p -2@p -1@p',
      ['1: ∅→1 withdrawn by 4', '2: 1→2 withdrawn by 3', '3: 2→1 withdrew 2', '4: 1→∅ withdrew 1'],
      [],
    ],
    [
      'withdrawing an older active assignment leaves the holder in place',
      '+1@p +2@p -1@p',
      ['1: ∅→1 withdrawn by 3', '2: 1→2', '3: 2→2 withdrew 1'],
      [],
    ],
    [
      'an unassignment of a version with no active assignment changes nothing',
      '+1@p -3@p',
      ['1: ∅→1', '2: 1→1 withdrew -'],
      [],
    ],
    [
      're-promoted: the newer assignment is the one withdrawn, the first was replaced',
      '+1@p +2@p +1@p -1@p',
      ['1: ∅→1', '2: 1→2', '3: 2→1 withdrawn by 4', '4: 1→2 withdrew 3'],
      [],
    ],
    [
      'stages are replayed apart',
      '+1@s +1@p -1@s +2@p',
      ['1: ∅→1 withdrawn by 3', '2: ∅→1', '3: 1→∅ withdrew 1', '4: 1→2'],
      [],
    ],
    [
      'a deregistered version holds nothing: a rollback skips it',
      '+1@p +2@p +3@p -3@p',
      ['1: ∅→1', '2: 1→1', '3: 1→3 withdrawn by 4', '4: 3→1 withdrew 3'],
      ['2'],
    ],
  ])('%s', (_name, script, want, dereg) => {
    expect(describeSteps(script, dereg)).toEqual(want);
  });

  test('steps come back in the order given (newest first, as the registry lists them)', () => {
    const events = parse('+1@p +2@p -2@p').reverse();
    expect(stageTimeline(events).map((s) => s.event.n)).toEqual([3, 2, 1]);
    expect(stageTimeline(events).map((s) => v(s.after))).toEqual(['1', '2', '1']);
  });

  test.each([
    '+1@p +2@p -2@p +3@s -1@p',
    '+1@p +2@p +1@p -1@p -2@p +4@p',
    '+1@a +2@b +3@a -3@a -1@a +2@a -2@b',
  ])("each stage's last step ends on holders() (%s)", (script) => {
    const events = parse(script);
    const held = holders(events, new Set(['4']));
    const steps = stageTimeline(events, new Set(['4']));
    for (const stage of Object.keys(held)) {
      const last = steps.filter((s) => s.event.stage === stage).at(-1);
      expect([stage, last?.after ?? null]).toEqual([stage, held[stage]]);
    }
  });
});

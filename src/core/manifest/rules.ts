import { closest, distance } from 'fastest-levenshtein';

/**
 * Rules that span keys, checked on the raw document so they are reported
 * together with type errors elsewhere (zod refinements would wait for the
 * whole document to type-check first).
 */
export interface RuleIssue {
  readonly path: readonly string[];
  readonly message: string;
  readonly hint?: string;
}

export function stageOrderIssues(raw: unknown): RuleIssue[] {
  const stages = (raw as { stages?: unknown } | null)?.stages;
  if (!stages || typeof stages !== 'object' || Array.isArray(stages)) return [];
  const names = Object.keys(stages);
  const after = new Map<string, string>();
  const issues: RuleIssue[] = [];
  names.forEach((name, index) => {
    const value = (stages as Record<string, unknown>)[name];
    const a = value && typeof value === 'object' ? (value as { after?: unknown }).after : undefined;
    // Not a string: the schema reports its type.
    if (typeof a !== 'string') return;
    after.set(name, a);
    const at = names.indexOf(a);
    const path = ['stages', name, 'after'];
    if (a === name) issues.push({ path, message: `stage "${name}" cannot come after itself` });
    else if (at < 0) {
      const near = names.length ? closest(a, names) : undefined;
      const hint =
        near !== undefined && distance(a, near) <= Math.max(2, Math.floor(a.length / 3))
          ? `did you mean "${near}"?`
          : undefined;
      issues.push({
        path,
        message: `no stage named "${a}" (stages: ${names.join(', ')})`,
        ...(hint && { hint }),
      });
    } else if (at > index)
      issues.push({
        path,
        message: `stage "${a}" is declared later; "after" must name an earlier stage`,
      });
  });
  // A cycle through several stages (a → b → a) is named once, at its first stage.
  const reported = new Set<string>();
  for (const start of names) {
    const seen: string[] = [];
    let cur: string | undefined = start;
    while (cur !== undefined && !seen.includes(cur)) {
      seen.push(cur);
      cur = after.get(cur);
    }
    if (cur === start && seen.length > 1 && !seen.some((s) => reported.has(s))) {
      seen.forEach((s) => reported.add(s));
      issues.push({
        path: ['stages', start, 'after'],
        message: `"after" forms a cycle: ${[...seen, start].join(' → ')}`,
      });
    }
  }
  return issues;
}

/**
 * The commit an eval ran on, as a pull request's comment names it: the pull request's head
 * itself, or a merge of it (GitHub's `refs/pull/N/merge`, which actions/checkout checks out by
 * default on `pull_request`: parents the base's tip and the head).
 */
export interface EvaluatedCommit {
  /** The commit checked out, and evaluated (40 hex digits). */
  readonly commit: string;
  /** When `commit` is a merge: its parent that is the pull request's head, and the other one. */
  readonly mergeOf: { readonly head: string; readonly base: string } | null;
}

/**
 * The report with a last line naming the commit it is about (GitHub links a bare SHA): a
 * commit id, or an evaluated merge as "the merge of HEAD into BASE".
 */
export function withCommit(report: string, commit: string | EvaluatedCommit): string {
  const c = typeof commit === 'string' ? { commit, mergeOf: null } : commit;
  const what = c.mergeOf
    ? `${c.commit}, the merge of ${c.mergeOf.head} into ${c.mergeOf.base}`
    : c.commit;
  return `${report.replace(/\n*$/, '\n')}\n<sub>Evaluated commit ${what}.</sub>\n`;
}

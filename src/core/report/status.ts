import type { Changed } from '../fingerprint/types.js';
import type { VersionRef } from '../registry/types.js';

type Parts = Readonly<Record<string, { readonly hash: string; readonly files: number }>>;

/** What the status report reads of `status`'s result (`StatusResult` has all of it). */
export interface StatusReportSource {
  readonly model: string;
  readonly fingerprint: string;
  readonly components: Parts;
  readonly data: Parts;
  readonly latest: VersionRef | null;
  readonly changed: Changed;
}

/** `lepton status` for a terminal: the fingerprint, what changed, each part's hash and files. */
export function statusText(r: StatusReportSource): string {
  const lines = [`${r.model}  ${r.fingerprint}`];
  const changed = r.changed.components.length + r.changed.data.length;
  if (r.latest === null) lines.push('no version recorded yet');
  else if (changed === 0) lines.push(`unchanged since ${r.latest.tag}`);
  else lines.push(`${changed} part${changed === 1 ? '' : 's'} changed since ${r.latest.tag}`);
  const names = [
    ...Object.keys(r.components),
    ...Object.keys(r.data),
    ...r.changed.components,
    ...r.changed.data,
  ];
  const width = Math.max(...names.map((n) => n.length), 4);
  const section = (title: string, parts: Parts, changedNames: readonly string[]) => {
    const keys = Object.keys(parts);
    const removed = changedNames.filter((n) => !(n in parts));
    if (keys.length === 0 && removed.length === 0) return;
    lines.push('', title);
    for (const name of keys) {
      const p = parts[name] as { hash: string; files: number };
      const mark = r.latest && changedNames.includes(name) ? '  changed' : '';
      lines.push(
        `  ${name.padEnd(width)}  ${p.hash.slice(0, 19)}  ${p.files} file${p.files === 1 ? '' : 's'}${mark}`,
      );
    }
    for (const name of removed) lines.push(`  ${name.padEnd(width)}  (removed)`);
  };
  section('components', r.components, r.changed.components);
  section('data', r.data, r.changed.data);
  return lines.join('\n');
}

import type { Command } from 'commander';
import type { Writable } from 'node:stream';
import type { StatusResult } from '../../app/status.js';
import type { Progress } from '../../io/files/index.js';
import { isTTY, openApp, type CommandContext } from '../context.js';

export function register(program: Command, context: () => CommandContext): void {
  program
    .command('status')
    .description('hashes of components and data; what changed against the latest version')
    .option('--json', 'print one JSON document on stdout')
    .action(async (opts: { json?: boolean }) => {
      const ctx = context();
      const err = ctx.out.errStream;
      const [{ status }, app] = await Promise.all([import('../work.js'), openApp(ctx)]);
      const result = await status(app, isTTY(err) ? { onProgress: progressLine(err) } : {});
      if (opts.json) ctx.out.result(result);
      else ctx.out.print(renderStatus(result));
    });
}

/** One self-overwriting line on a terminal's stderr; cleared when hashing ends. */
function progressLine(err: Writable): (p: Progress) => void {
  return (p) => {
    if (p.files >= p.totalFiles) {
      err.write('\r\x1b[K');
      return;
    }
    err.write(
      `\r\x1b[Khashing ${p.files}/${p.totalFiles} files, ${bytes(p.bytes)} of ${bytes(p.totalBytes)}`,
    );
  };
}

function bytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let i = 0;
  while (n >= 1024 && i < units.length - 1) {
    n /= 1024;
    i++;
  }
  return `${i === 0 ? n : n.toFixed(1)} ${units[i]}`;
}

export function renderStatus(r: StatusResult): string {
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
  const section = (
    title: string,
    parts: StatusResult['components'],
    changedNames: readonly string[],
  ) => {
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

import type { Command } from 'commander';
import { exitCodesHelp } from '../exit-codes.js';
import type { Writable } from 'node:stream';
import { statusText } from '../../core/report/status.js';
import type { Progress } from '../../io/files/index.js';
import { isTTY, manifestName, openApp, type CommandContext } from '../context.js';

export function register(program: Command, context: () => CommandContext): void {
  program
    .command('status')
    .description('hashes of components and data; what changed against the latest version')
    .option('--json', 'print one JSON document on stdout')
    .option('--files', "list each part's files (the files its hash is over)")
    .addHelpText('after', `\n${exitCodesHelp('status')}`)
    .action(async (opts: { json?: boolean; files?: boolean }) => {
      const ctx = context();
      const err = ctx.out.errStream;
      const [{ status, withManifestPositions }, app] = await Promise.all([
        import('../work.js'),
        openApp(ctx),
      ]);
      const result = await withManifestPositions(app, manifestName(ctx), () =>
        status(app, {
          ...(isTTY(err) && { onProgress: progressLine(err) }),
          ...(opts.files && { files: true }),
        }),
      );
      if (opts.json) ctx.out.result(result);
      else ctx.out.print(statusText(result));
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

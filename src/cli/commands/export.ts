import type { Command } from 'commander';
import { exitCodesHelp } from '../exit-codes.js';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { LeptonError } from '../../core/errors/index.js';
import type { CommandContext } from '../context.js';

export function register(program: Command, context: () => CommandContext): void {
  program
    .command('export')
    .description(
      "the registry of every model in the repository for Prometheus: each model's latest version and stage holders, their recorded metrics, and when each stage last changed",
    )
    .requiredOption('--format <format>', 'openmetrics (the only one so far)')
    .option('--out <file>', 'write to this file (atomically) instead of stdout')
    .addHelpText(
      'after',
      `\nFor the node exporter's textfile collector (write to a .prom file in its directory) or a Pushgateway.\n${exitCodesHelp('export')}`,
    )
    .action(async (opts: { format: string; out?: string }) => {
      const ctx = context();
      if (opts.format !== 'openmetrics') {
        throw new LeptonError('invalid', `--format ${opts.format} is not known`, [
          'use --format openmetrics',
        ]);
      }
      const [{ exportOpenMetrics }, { Git }] = await Promise.all([
        import('../work.js'),
        import('../../io/git.js'),
      ]);
      const top = await new Git(ctx.cwd, ctx.env).topLevel();
      if (!top)
        throw new LeptonError('invalid', 'export needs a git repository (versions are git tags)');
      const text = await exportOpenMetrics(new Git(top, ctx.env));
      if (!opts.out) return void ctx.out.print(text);
      const file = resolve(ctx.cwd, opts.out);
      // The textfile collector may read at any moment: write aside, then rename into place.
      await mkdir(dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      await writeFile(tmp, text);
      await rename(tmp, file);
      ctx.out.note(`wrote ${opts.out}`);
    });
}

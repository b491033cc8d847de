import type { Command } from 'commander';
import { exitCodesHelp } from '../exit-codes.js';
import { LeptonError } from '../../core/errors/index.js';
import { writeFileAtomic } from '../../io/atomic-write.js';
import type { CommandContext } from '../context.js';
import { checkedOutputFile } from '../output-file.js';

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
      // Checked before any work: a folder, FIFO or device is refused at once (exit 2).
      const file = opts.out === undefined ? null : checkedOutputFile(ctx.cwd, '--out', opts.out);
      const [{ exportOpenMetrics }, { Git }] = await Promise.all([
        import('../work.js'),
        import('../../io/git.js'),
      ]);
      const top = await new Git(ctx.cwd, ctx.env).topLevel();
      if (!top)
        throw new LeptonError('invalid', 'export needs a git repository (versions are git tags)');
      const text = await exportOpenMetrics(new Git(top, ctx.env));
      if (file === null) return void ctx.out.print(text);
      // The textfile collector may read at any moment: written aside, then renamed into place;
      // on any failure the temporary file is removed (io/atomic-write.ts).
      try {
        await writeFileAtomic(file, [Buffer.from(text)]);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code ?? String(e);
        throw new LeptonError('invalid', `could not write --out ${file} (${code})`, [
          'nothing was written there',
        ]);
      }
      ctx.out.note(`wrote ${opts.out}`);
    });
}

import type { Command } from 'commander';
import { exitCodesHelp } from '../exit-codes.js';
import { resolve } from 'node:path';
import type { PullResult } from '../../app/pull.js';
import { openApp, type CommandContext } from '../context.js';

interface PullFlags {
  readonly to?: string;
  readonly remote?: string;
  readonly json?: boolean;
}

export function register(program: Command, context: () => CommandContext): void {
  program
    .command('pull')
    .description("download a version's artifact files from the model store, verifying every digest")
    .argument('<ref>', 'the version: 1.2.0, v1.2.0, MODEL@v1.2.0, or MODEL#STAGE (its holder now)')
    .option(
      '--to <dir>',
      'where to write the files (relative to DIR of `lepton --cwd DIR pull`)',
      '.',
    )
    .option(
      '--remote <name>',
      'where to read the tags from when the version is not known here',
      'origin',
    )
    .option('--json', 'print one JSON document on stdout')
    .addHelpText(
      'after',
      `\nCredentials: LEPTON_REGISTRY_USERNAME/LEPTON_REGISTRY_PASSWORD, else ~/.docker/config.json.\n${exitCodesHelp('pull')}`,
    )
    .action(async (ref: string, opts: PullFlags) => {
      const ctx = context();
      const [{ pull }, { storeSettingsFromEnv }, app] = await Promise.all([
        import('../../app/pull.js'),
        import('../../io/oci/credentials.js'),
        openApp(ctx),
      ]);
      const result = await pull(app, {
        ref,
        to: resolve(ctx.cwd, opts.to ?? '.'),
        ...(opts.remote !== undefined && { remote: opts.remote }),
        store: storeSettingsFromEnv(ctx.env),
      });
      ctx.out.print(renderPull(result));
      if (opts.json) ctx.out.result(result);
    });
}

export function renderPull(r: PullResult): string {
  const lines = [
    `Pulled ${r.tag} (${r.ref}) into ${r.dir}: ${r.files.length} file(s), digests verified`,
  ];
  for (const f of r.files) lines.push(`  ${f.path}  ${f.size} bytes  ${f.digest}`);
  return lines.join('\n');
}

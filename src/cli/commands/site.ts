import type { Command } from 'commander';
import { exitCodesHelp } from '../exit-codes.js';
import { resolve } from 'node:path';
import { LeptonError } from '../../core/errors/index.js';
import type { CommandContext } from '../context.js';

export function register(program: Command, context: () => CommandContext): void {
  program
    .command('site')
    .description(
      'the registry of every model as a static web site and read-only JSON API (no server, works from file://)',
    )
    .requiredOption(
      '--out <dir>',
      '(required) output directory (replaced whole; must be new, empty or an earlier site)',
    )
    .option(
      '--repo-url <url>',
      'link commits to URL/commit/SHA (default: $GITHUB_SERVER_URL/$GITHUB_REPOSITORY when set)',
    )
    .option('--json', 'print one JSON document on stdout')
    .addHelpText('after', `\n${exitCodesHelp('site')}`)
    .action(async (opts: { out: string; repoUrl?: string; json?: boolean }) => {
      const ctx = context();
      const [{ buildSite }, { Git }] = await Promise.all([
        import('../work.js'),
        import('../../io/git.js'),
      ]);
      const top = await new Git(ctx.cwd, ctx.env).topLevel();
      if (!top)
        throw new LeptonError('invalid', 'site needs a git repository (versions are git tags)');
      const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo } = ctx.env;
      const repoUrl = opts.repoUrl ?? (server && repo ? `${server}/${repo}` : null);
      const result = await buildSite(new Git(top, ctx.env), resolve(ctx.cwd, opts.out), {
        repoUrl,
      });
      if (opts.json) ctx.out.result(result);
      else
        ctx.out.print(
          `wrote ${opts.out}: ${result.models} models, ${result.versions} versions, ${result.files} files, ${Math.round(result.bytes / 1024)} KiB`,
        );
    });
}

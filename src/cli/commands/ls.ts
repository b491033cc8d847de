import type { Command } from 'commander';
import { exitCodesHelp } from '../exit-codes.js';
import { LeptonError } from '../../core/errors/index.js';
import type { CommandContext } from '../context.js';

/** The repository's top level around --cwd (ls and affected read every model in it). */
async function topGit(ctx: CommandContext, what: string) {
  const { Git } = await import('../../io/git.js');
  const here = new Git(ctx.cwd, ctx.env);
  const top = await here.topLevel();
  if (!top)
    throw new LeptonError('invalid', `${what} needs a git repository (models are found by git)`);
  // at(): keeps what finding the top level learnt (the git dir), so no one asks git again.
  return here.at(top);
}

/** `--manifest` when given (a path or glob, relative to --cwd); else every manifest. */
function pattern(program: Command, ctx: CommandContext): { pattern?: string; cwd: string } {
  if (program.getOptionValueSource('manifest') === 'default') return { cwd: ctx.cwd };
  return { pattern: program.opts<{ manifest: string }>().manifest, cwd: ctx.cwd };
}

export function register(program: Command, context: () => CommandContext): void {
  program
    .command('ls')
    .description(
      'every model in the repository (each lepton.yml git tracks, or those `lepton --manifest GLOB ls` names): manifest, latest version, stage holders, whether its content changed since that version',
    )
    .option('--json', 'print one JSON document on stdout')
    .addHelpText('after', `\n${exitCodesHelp('ls')}`)
    .action(async (opts: { json?: boolean }) => {
      const ctx = context();
      const [{ ls }, { renderLs }] = await Promise.all([
        import('../../app/ls.js'),
        import('../../core/report/ls.js'),
      ]);
      const result = await ls(await topGit(ctx, 'ls'), pattern(program, ctx));
      if (opts.json) ctx.out.result(result);
      else ctx.out.print(renderLs(result));
    });

  program
    .command('affected')
    .description(
      'the models whose components, data, eval files or manifest differ from the base, by content; --json prints a GitHub Actions matrix {"include": [{model, manifest, working-directory}]}',
    )
    .option('--base <ref>', 'compare with this revision (default: the upstream default branch)')
    .option('--json', 'print one JSON document on stdout')
    .addHelpText(
      'after',
      `\nWithout --base, the base is the remote's default branch (origin/HEAD): a repository made with\n\`git init\` and \`git push\` has none until \`git remote set-head origin --auto\`; one with no remote needs --base.\n${exitCodesHelp('affected')}`,
    )
    .action(async (opts: { base?: string; json?: boolean }) => {
      const ctx = context();
      const [{ affected }, { renderAffected }] = await Promise.all([
        import('../../app/affected.js'),
        import('../../core/report/ls.js'),
      ]);
      const result = await affected(await topGit(ctx, 'affected'), {
        ...pattern(program, ctx),
        ...(opts.base !== undefined && { base: opts.base }),
      });
      if (opts.json) {
        // The document carries `dropped`; the warning goes to stderr as well, to be seen.
        const { droppedWarning } = await import('../../core/report/ls.js');
        for (const d of result.dropped) ctx.out.note(`warning: ${droppedWarning(d)}`);
        ctx.out.result(result);
      } else ctx.out.print(renderAffected(result));
    });
}

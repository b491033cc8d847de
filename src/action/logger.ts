import * as core from './workflow-commands.js';
import { randomUUID } from 'node:crypto';
import type { Logger } from '../app/context.js';

/**
 * The use cases' Logger on the runner: warnings become annotations, long work a collapsible
 * group. Inside a group the output is the eval's, i.e. the repository's (on a pull request,
 * its author's) code: workflow commands are switched off there so nothing it prints can
 * add masks, annotations or anything else; warnings made meanwhile wait until after.
 */
export function actionsLogger(): Logger {
  let stopped = false;
  let atLineStart = true;
  const deferred: string[] = [];
  return {
    info: (message) => core.info(message),
    warn: (message) => (stopped ? void deferred.push(message) : core.warning(message)),
    output: (chunk) => {
      if (chunk === '') return;
      process.stdout.write(chunk);
      atLineStart = chunk.endsWith('\n');
    },
    group: async (name, work) => {
      core.startGroup(name);
      const resume = randomUUID();
      process.stdout.write(`::stop-commands::${resume}\n`);
      stopped = true;
      try {
        return await work();
      } finally {
        // The resume command only counts at the start of a line.
        process.stdout.write(`${atLineStart ? '' : '\n'}::${resume}::\n`);
        atLineStart = true;
        stopped = false;
        core.endGroup();
        for (const message of deferred.splice(0)) core.warning(message);
      }
    },
  };
}

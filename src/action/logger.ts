import * as core from '@actions/core';
import type { Logger } from '../app/context.js';

/** The use cases' Logger on the runner: warnings become annotations, the eval's noise a collapsible group. */
export const actionsLogger: Logger = {
  info: (message) => core.info(message),
  warn: (message) => core.warning(message),
  output: (chunk) => void process.stdout.write(chunk),
  group: (name, work) => core.group(name, work),
};

import * as core from './workflow-commands.js';

/** The job summary refuses more than 1 MiB per step. */
const MAX_SUMMARY_BYTES = 1024 * 1024;

/**
 * Appends Markdown to the job summary. Without the summary file (`GITHUB_STEP_SUMMARY`, read
 * by the shell: undefined on a local run) it returns false instead of failing.
 */
export async function writeJobSummary(
  markdown: string,
  summaryFile: string | undefined,
): Promise<boolean> {
  if (!summaryFile) return false;
  await core.appendSummary(summaryFile, fitSummary(markdown));
  return true;
}

function fitSummary(markdown: string): string {
  const note = '\n\n… (truncated: the job summary holds at most 1 MiB)\n';
  if (Buffer.byteLength(markdown) <= MAX_SUMMARY_BYTES) return markdown;
  let text = markdown.slice(0, MAX_SUMMARY_BYTES - note.length * 4);
  while (Buffer.byteLength(text) + Buffer.byteLength(note) > MAX_SUMMARY_BYTES) {
    text = text.slice(0, Math.floor(text.length * 0.9));
  }
  return text.slice(0, text.lastIndexOf('\n') + 1 || text.length) + note;
}

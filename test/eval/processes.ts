import { readFileSync } from 'node:fs';

/**
 * Whether a process still runs. A killed process whose parent is gone may sit
 * as a zombie until the container's init reaps it (if it ever does); a zombie
 * runs nothing, so it counts as gone.
 */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code !== 'ESRCH';
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/** A node one-liner that ignores SIGTERM, writes its pid to `file` and stays alive. */
export function stubbornNode(file: string): string {
  const script = `process.on('SIGTERM', () => {}); require('fs').writeFileSync(${JSON.stringify(file)}, String(process.pid)); setInterval(() => {}, 1000);`;
  return `${JSON.stringify(process.execPath)} -e ${shellQuote(script)}`;
}

export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Whether `pid` is gone within `ms`: SIGKILL is delivered asynchronously, so a process the
 * runner has just killed may still answer `kill(pid, 0)` for a moment on a loaded machine.
 */
export async function goneWithin(pid: number, ms = 2000): Promise<boolean> {
  const end = Date.now() + ms;
  while (isRunning(pid)) {
    if (Date.now() > end) return false;
    await sleep(20);
  }
  return true;
}

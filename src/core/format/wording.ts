/**
 * Sentences several outcomes share, in one place so they read the same in the terminal, the
 * job summary and the logs. A leaf module.
 */

/**
 * What a push did: `pushed to origin` (this run pushed), `origin has it already` (the remote
 * had the tag), or null when nothing was pushed (no `--push`, or nothing to push).
 */
export function pushWording(pushed: boolean | null, remote: string): string | null {
  if (pushed === null) return null;
  return pushed ? `pushed to ${remote}` : `${remote} has it already`;
}

/** {@link pushWording} as a suffix: ` (pushed to origin)`, or `; pushed to origin` with `'; '`. */
export function pushSuffix(
  pushed: boolean | null,
  remote: string,
  style: ' (' | '; ' = ' (',
): string {
  const words = pushWording(pushed, remote);
  if (words === null) return '';
  return style === ' (' ? ` (${words})` : `; ${words}`;
}

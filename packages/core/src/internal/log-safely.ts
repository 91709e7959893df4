/**
 * Writes a log line, swallowing what the logger throws: callers log from places that must not fail
 * (a loop others wait on, a commit that has happened), and a broken logger leaves nothing to tell.
 */
export function logSafely(write: () => void): void {
  try {
    write();
  } catch {
    // The log itself is what failed: nothing better to do.
  }
}

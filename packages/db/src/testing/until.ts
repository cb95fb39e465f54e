/** Polling with a deadline instead of sleeps, for tests that wait on another process or server. */

/**
 * Call `check` every `intervalMs` (default 100) until it returns true; after `timeoutMs`, throw
 * an Error with `message` (a function is called then, so it can report the last state seen).
 * `check` may throw to stop early (e.g. the process waited on has exited).
 */
export async function until(
  check: () => boolean | Promise<boolean>,
  timeoutMs: number,
  message: string | (() => string),
  intervalMs = 100,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(typeof message === "string" ? message : message());
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/**
 * The API process's log (pino, JSON lines on stdout), written without blocking the request path
 * (issue 15, per-request overhead): pino's default destination writes each line with a
 * synchronous write(2) to stdout, which a slow pipe (journald, a terminal) turns into a stall of
 * the event loop on every request. Here lines go to an asynchronous sonic-boom buffer and are
 * written once LOG_BUFFER_BYTES have gathered or every LOG_FLUSH_MS, whichever comes first; on
 * exit (process.exit, a signal's shutdown, a crash) pino flushes what is left synchronously, so
 * no line is lost.
 */
import pino, { type Logger } from "pino";
import type { Env } from "../env.ts";

/** Bytes gathered before a write to stdout (sonic-boom's minLength): ~15 request lines. */
export const LOG_BUFFER_BYTES = 4096;

/** Longest a line waits in the buffer (ms), so a quiet server's log still reads live. */
export const LOG_FLUSH_MS = 1000;

/** The process logger at `env.LOG_LEVEL`, writing asynchronously to stdout (see the module doc). */
export function processLogger(env: Pick<Env, "LOG_LEVEL">): Logger {
  const destination = pino.destination({ dest: 1, sync: false, minLength: LOG_BUFFER_BYTES });
  const timer = setInterval(() => {
    // flush() throws while the file descriptor is still opening (never for stdout) or once closed
    try {
      destination.flush();
    } catch {
      // nothing to flush into any more: exit is flushing or has flushed
    }
  }, LOG_FLUSH_MS);
  timer.unref();
  return pino({ level: env.LOG_LEVEL }, destination);
}

/**
 * One 监测报告 render at a time per API process: rendering starts a Chromium (hundreds of MB,
 * a CPU core for seconds), so a process renders one report and keeps at most
 * MAX_WAITING_RENDERS waiting in order; one more is refused at once with BUSY (retryable),
 * never queued without bound. This is a resource limit of the process, not data: nothing of a
 * request outlives it, and several API processes each render their own one.
 */
import { busy } from "../../errors.ts";

/** Renders waiting behind the running one before BUSY. */
export const MAX_WAITING_RENDERS = 2;

let running = false;
const waiting: (() => void)[] = [];

/**
 * Run `render` when the process's renderer is free (first come, first served).
 * @throws BUSY when MAX_WAITING_RENDERS renders are already waiting.
 */
export async function inRenderQueue<T>(render: () => Promise<T>): Promise<T> {
  if (running) {
    if (waiting.length >= MAX_WAITING_RENDERS) throw busy("监测报告");
    await new Promise<void>((resolve) => waiting.push(resolve));
  }
  running = true;
  try {
    return await render();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running = false;
  }
}

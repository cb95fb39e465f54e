/**
 * The render queue: one render at a time per process, MAX_WAITING_RENDERS waiting in order, one
 * more refused at once with BUSY (retryable); a failed render frees the queue.
 */
import { describe, expect, it } from "vitest";
import { inRenderQueue, MAX_WAITING_RENDERS } from "./renderQueue.ts";

/** A render that ends when `finish` is called, recording when it started. */
function pending(log: string[], name: string) {
  let finish!: () => void;
  const done = new Promise<void>((r) => {
    finish = r;
  });
  const run = inRenderQueue(async () => {
    log.push(`start ${name}`);
    await done;
    log.push(`end ${name}`);
    return name;
  });
  return { run, finish };
}

describe("inRenderQueue", () => {
  it("runs one at a time in order, refuses beyond the waiting line with BUSY", async () => {
    expect(MAX_WAITING_RENDERS).toBe(2);
    const log: string[] = [];
    const a = pending(log, "a");
    const b = pending(log, "b");
    const c = pending(log, "c");
    const refused = await inRenderQueue(async () => "d").catch(
      (e: { extensions?: { code?: string; retryable?: boolean } }) => e,
    );
    expect(refused).toMatchObject({ extensions: { code: "BUSY", retryable: true } });
    await Promise.resolve();
    expect(log).toEqual(["start a"]);
    a.finish();
    expect(await a.run).toBe("a");
    await new Promise((r) => setTimeout(r, 0));
    expect(log).toEqual(["start a", "end a", "start b"]);
    b.finish();
    c.finish();
    expect(await Promise.all([b.run, c.run])).toEqual(["b", "c"]);
    expect(log).toEqual(["start a", "end a", "start b", "end b", "start c", "end c"]);
    // free again: runs at once
    expect(await inRenderQueue(async () => "e")).toBe("e");
  });

  it("a failed render frees the queue", async () => {
    await expect(inRenderQueue(async () => Promise.reject(new Error("chromium crashed")))).rejects.toThrow(
      "chromium crashed",
    );
    expect(await inRenderQueue(async () => "next")).toBe("next");
  });
});

/**
 * A full garbage collection on demand, so that timed requests start on equal heaps whatever the
 * set-up left: dashboard.bench.ts builds each city in its own process, and began timing the
 * 1,001-school city over 1.1–1.3 GB of garbage, the 10,010-school one (whose longer build V8 had
 * collected meanwhile) over 52 MB. Node allows `--expose-gc` to be set at run time; `gc` is then
 * read from a new context (node:vm).
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** Collect all garbage now (a full, synchronous mark-compact). */
export function collectGarbage(): void {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
}

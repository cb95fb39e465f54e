/**
 * Preloaded into the API process of the viewer row when BENCH_CPU_PROF is set
 * (`NODE_OPTIONS=--import <this file's URL>?dir=<folder>`; Node 20 does not allow `--cpu-prof`
 * in NODE_OPTIONS, and the folder comes in the URL so that only bench/env.ts reads the environment):
 * starts V8's sampling profiler on SIGUSR2 (sent by the bench after its warm-up, so start-up and
 * module loading stay out of it) and writes `api-<pid>.cpuprofile` when the
 * process exits (open it in Chrome DevTools, Performance → Load profile) into that folder.
 */
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector";

const dir = new URL(import.meta.url).searchParams.get("dir");
if (dir) {
  const session = new Session();
  session.connect();
  session.post("Profiler.enable");
  session.post("Profiler.setSamplingInterval", { interval: 200 });
  process.once("SIGUSR2", () => session.post("Profiler.start"));
  process.once("exit", () => {
    // the in-thread session answers synchronously, so this runs before the process ends
    session.post("Profiler.stop", (error, result) => {
      if (!error) writeFileSync(`${dir}/api-${process.pid}.cpuprofile`, JSON.stringify(result.profile));
    });
  });
}

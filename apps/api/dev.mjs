/**
 * `pnpm start`'s API (the api's `dev` script): src/dev.ts bundled with `pnpm build`'s bundler
 * (bundle.mjs) into the git-ignored `<repo>/.data/dev-api/`, then run in this process, instead of
 * `tsx src/dev.ts` compiling the sources module by module. Issue 15, measured under load on the
 * 2-core machine: loading dev.ts took 9.4 s of CPU with tsx, the bundle 0.9 s to build and 5.0 s
 * to load (most of it the packages from node_modules, which stay external). Bundled on every
 * start, so it always runs the sources as they are; source maps on, so stack traces name them.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { apiDir, bundleApi } from "./bundle.mjs";

const outdir = join(apiDir, "..", "..", ".data", "dev-api");
await bundleApi({ entryPoints: { dev: join(apiDir, "src", "dev.ts") }, outdir });
// ESM (the repository root's package.json has no "type"): Node loads it without reparsing
writeFileSync(join(outdir, "package.json"), '{ "type": "module" }\n');
process.setSourceMapsEnabled(true);
await import(pathToFileURL(join(outdir, "dev.js")).href);

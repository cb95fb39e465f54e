/**
 * `pnpm build` of the API (turbo `build`): src/main.ts and src/cli/admin.ts bundled to plain Node
 * ESM, `dist/main.js` and `dist/admin.js` (no tsx at run time); how, in bundle.mjs.
 */
import { relative } from "node:path";
import { apiDir, bundleApi } from "./bundle.mjs";

const outputs = await bundleApi({
  entryPoints: { main: `${apiDir}/src/main.ts`, admin: `${apiDir}/src/cli/admin.ts` },
  outdir: `${apiDir}/dist`,
});
for (const [file, bytes] of outputs) {
  console.log(`  ${relative(apiDir, file).padEnd(40)} ${(bytes / 1024).toFixed(1).padStart(8)} KB`);
}

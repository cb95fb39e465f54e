/**
 * The API's esbuild bundling, shared by `pnpm build` (build.mjs: dist/main.js, dist/admin.js) and
 * the tests that run the API as a process (src/testing/apiProcess.ts bundles the script it is
 * asked for once per test file: node starts a bundle in about half the time tsx takes to compile
 * the sources on a busy machine).
 * - Our workspace packages (@edu2035/db, @edu2035/domain), consumed as TypeScript source, are
 *   bundled in; packages from node_modules stay external (imported at run time, with their
 *   native parts such as argon2 and PGlite's wasm), each resolved from its importing source
 *   file as Node would and imported by its path relative to the bundle.
 * - Files found next to the source at run time (the committed migrations, schema.graphql) are
 *   read through `import.meta.url`; in the bundle that would be <outdir>/main.js, so each bundled
 *   source file's `import.meta.url` is rewritten to its own source location relative to the
 *   bundle (`new URL("../../../packages/db/src/client.ts", import.meta.url)`). The bundle thus
 *   runs from its place in the repository checkout (where node_modules is), wherever that is.
 */
import { readFile, realpath, rm } from "node:fs/promises";
import { dirname, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

/** The API package folder. */
export const apiDir = dirname(fileURLToPath(import.meta.url));

/** Rewrites `import.meta.url` in bundled workspace sources to the source file's own URL. */
const sourceLocatedImportMeta = (outdir) => ({
  name: "source-located-import-meta",
  setup(b) {
    b.onLoad({ filter: /\.[cm]?ts$/ }, async (args) => {
      if (args.path.includes(`${sep}node_modules${sep}`)) return undefined;
      const source = await readFile(args.path, "utf8");
      if (!source.includes("import.meta.url")) return undefined;
      const rel = relative(outdir, args.path).split(sep).join("/");
      return {
        contents: source.replaceAll(
          "import.meta.url",
          `new URL(${JSON.stringify(rel)}, import.meta.url).href`,
        ),
        loader: "ts",
      };
    });
  },
});

/**
 * Packages from node_modules stay external, resolved exactly as Node resolves them from the
 * importing source file (a workspace package's own dependencies, e.g. @edu2035/db's PGlite,
 * are not dependencies of the API) and written as paths relative to the bundle.
 */
const externalNodeModules = (outdir) => ({
  name: "external-node-modules",
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.path.startsWith("@edu2035/") || args.pluginData?.inner) return undefined;
      const r = await b.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        importer: args.importer,
        pluginData: { inner: true },
      });
      if (r.errors.length) return { errors: r.errors };
      if (r.external || !r.path.includes(`${sep}node_modules${sep}`)) return r.external ? r : undefined;
      const rel = relative(outdir, await realpath(r.path))
        .split(sep)
        .join("/");
      return { path: rel.startsWith(".") ? rel : `./${rel}`, external: true };
    });
  },
});

/**
 * Bundle API entry points (`{ main: "<abs>/src/main.ts", … }`) into `outdir` as plain Node ESM,
 * one file per entry (`<outdir>/main.js` …), as described above. Empties `outdir` first.
 * Returns esbuild's metafile outputs (file → bytes) of the .js files.
 * @param {{ entryPoints: Record<string, string>, outdir: string, sourcemap?: boolean }} options
 * @returns {Promise<[string, number][]>}
 */
export async function bundleApi({ entryPoints, outdir, sourcemap = true }) {
  await rm(outdir, { recursive: true, force: true });
  const result = await build({
    entryPoints,
    outdir,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    // resolve packages as Node does: no "module" condition or field
    conditions: [],
    mainFields: ["main"],
    // no shared chunks: external paths are relative to outdir, where every output file lives
    splitting: false,
    sourcemap,
    plugins: [sourceLocatedImportMeta(outdir), externalNodeModules(outdir)],
    metafile: true,
    logLevel: "warning",
  });
  return Object.entries(result.metafile.outputs)
    .filter(([f]) => f.endsWith(".js"))
    .map(([f, { bytes }]) => [f, bytes]);
}

/**
 * `pnpm build` of the API (turbo `build`): esbuild compiles src/main.ts and src/cli/admin.ts to
 * plain Node ESM, `dist/main.js` and `dist/admin.js` (no tsx at run time).
 * - Our workspace packages (@edu2035/db, @edu2035/domain), consumed as TypeScript source, are
 *   bundled in; packages from node_modules stay external (imported at run time, with their
 *   native parts such as argon2 and PGlite's wasm), each resolved from its importing source
 *   file as Node would and imported by its path relative to the bundle.
 * - Files found next to the source at run time (the committed migrations, schema.graphql) are
 *   read through `import.meta.url`; in the bundle that would be dist/main.js, so each bundled
 *   source file's `import.meta.url` is rewritten to its own source location relative to the
 *   bundle (`new URL("../../../packages/db/src/client.ts", import.meta.url)`). The bundle thus
 *   runs from its place in the repository checkout (where node_modules is), wherever that is.
 */
import { readFile, realpath, rm } from "node:fs/promises";
import { dirname, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const apiDir = dirname(fileURLToPath(import.meta.url));
const outdir = `${apiDir}/dist`;

/** Rewrites `import.meta.url` in bundled workspace sources to the source file's own URL. */
const sourceLocatedImportMeta = {
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
};

/**
 * Packages from node_modules stay external, resolved exactly as Node resolves them from the
 * importing source file (a workspace package's own dependencies, e.g. @edu2035/db's PGlite,
 * are not dependencies of the API) and written as paths relative to the bundle.
 */
const externalNodeModules = {
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
};

await rm(outdir, { recursive: true, force: true });
const result = await build({
  entryPoints: { main: `${apiDir}/src/main.ts`, admin: `${apiDir}/src/cli/admin.ts` },
  outdir,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  // resolve packages as Node does: no "module" condition or field
  conditions: [],
  mainFields: ["main"],
  // no shared chunks: external paths are relative to dist/, where every output file lives
  splitting: false,
  sourcemap: true,
  plugins: [sourceLocatedImportMeta, externalNodeModules],
  metafile: true,
  logLevel: "warning",
});
const outputs = Object.entries(result.metafile.outputs).filter(([f]) => f.endsWith(".js"));
for (const [file, { bytes }] of outputs) {
  console.log(`  ${relative(apiDir, file).padEnd(40)} ${(bytes / 1024).toFixed(1).padStart(8)} KB`);
}

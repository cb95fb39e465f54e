/**
 * The API's heavy libraries stay out of its start (issue 15, first start): exceljs, ECharts and
 * playwright-core (~0.25, ~0.6 and ~0.45 s of CPU to load) are loaded by the workbook, chart and
 * report-render code on first use (excel/workbook.ts, monitoringReport/charts.ts and browser.ts),
 * so the bundles `pnpm start` and `pnpm serve` run (bundle.mjs) must not import them at their top,
 * where Node loads every static import before the first line runs. A static `import … from
 * "echarts"` added to any module the API reaches fails here, naming the package.
 */
import { readFileSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { apiDir, bundleApi } from "../../bundle.mjs";

/** Under the git-ignored .data/ (never the system temp folder), removed afterwards. */
const OUT = fileURLToPath(new URL(`../../../../.data/lazy-libraries-${process.pid}`, import.meta.url));

const LAZY = ["exceljs", "echarts", "playwright-core"];

/** The packages a bundle imports statically (its top-level `import … "…/node_modules/<pkg>/…"`). */
function staticPackages(file: string): string[] {
  const found = new Set<string>();
  // `import x from "…"`, `import { a, b } from "…"` and a bare `import "…"` (for its side effects)
  for (const m of readFileSync(file, "utf8").matchAll(/^import\s*(?:[^;"]*?from\s*)?"([^"]+)"/gm)) {
    const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(m[1] ?? "");
    if (pkg?.[1]) found.add(pkg[1]);
  }
  return [...found].sort();
}

afterAll(() => rmSync(OUT, { recursive: true, force: true }));

describe("the API's start imports no heavy library it does not need", () => {
  it("main.js (pnpm serve) and dev.js (pnpm start) import exceljs, ECharts and playwright-core only on use", async () => {
    await bundleApi({
      entryPoints: { main: `${apiDir}/src/main.ts`, dev: `${apiDir}/src/dev.ts` },
      outdir: OUT,
      sourcemap: false,
    });
    for (const entry of ["main", "dev"]) {
      const imported = staticPackages(`${OUT}/${entry}.js`);
      // the bundle's static imports were read (the framework is among them) …
      expect(imported).toContain("graphql");
      expect(imported).toContain("fastify");
      // … and none of the lazy ones is
      expect(imported.filter((p) => LAZY.includes(p))).toEqual([]);
    }
    // still in the bundle, as a dynamic import where it is used
    const main = readFileSync(`${OUT}/main.js`, "utf8");
    expect(main).toMatch(/await import\("[^"]*node_modules\/[^"]*\/echarts\//);
    expect(main).toMatch(/await import\("[^"]*node_modules\/[^"]*\/playwright-core\//);
  });
});

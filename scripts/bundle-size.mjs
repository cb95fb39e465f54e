#!/usr/bin/env node
/**
 * Bundle size of the three built apps (应用包体积): what a browser downloads before the app can draw
 * its first screen, and everything the build produced.
 *
 * Usage: `node scripts/bundle-size.mjs [--budget <kB>] [distDir…]`
 *   - distDir: a built app's output folder (its `index.html` and `assets/`); default
 *     `apps/city/dist`, `apps/district/dist`, `apps/school/dist`.
 *   - `--budget <kB>`: the initial JavaScript's gzip budget per app, in kB (1 kB = 1000 bytes);
 *     default 300. The script exits with code 1 when an app is over it, or when a dist folder or a
 *     file its index.html names is missing (build first: `pnpm build`, or `pnpm size` builds).
 *
 * "Initial JS" is what index.html loads before any lazy chunk: the `<script type="module" src>`
 * entries, every `<link rel="modulepreload" href>`, and, to be safe, every chunk those reach
 * through static `import … from "./x.js"` (dynamic `import()` is lazy and not counted). CSS is not
 * counted. Sizes: raw bytes and gzip (zlib level 6, what Vite's build report and most servers use).
 * "All JS" is every `.js` file under the dist folder, lazy chunks included.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const DEFAULT_DISTS = ["city", "district", "school"].map((app) => join(ROOT, "apps", app, "dist"));

/** @param {string[]} argv @returns {{ budgetKb: number, dists: string[] }} */
function parseArgs(argv) {
  let budgetKb = 300;
  const dists = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--budget") {
      budgetKb = Number(argv[++i]);
      if (!Number.isFinite(budgetKb) || budgetKb <= 0) throw new Error(`--budget needs a number of kB`);
    } else dists.push(resolve(arg));
  }
  return { budgetKb, dists: dists.length ? dists : DEFAULT_DISTS };
}

/** Attribute values of the tags in `html` that match `tagPattern` (e.g. script src, modulepreload href). */
function urlsOf(html) {
  const urls = [];
  for (const [tag] of html.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const attr = (name) => tag.match(new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, "i"))?.[1];
    if (/^<script/i.test(tag) && attr("type") === "module" && attr("src")) urls.push(attr("src"));
    if (/^<link/i.test(tag) && attr("rel") === "modulepreload" && attr("href")) urls.push(attr("href"));
  }
  return urls;
}

/**
 * The file under `dist` that a URL in index.html names. Works for a relative base (`./assets/x.js`)
 * and for an absolute one (`/assets/x.js`, `/city/assets/x.js`): the path is matched from its
 * `assets/` part when the plain resolution misses.
 */
function fileOf(dist, url) {
  const path = url.replace(/[?#].*$/, "");
  if (/^[a-z]+:\/\//i.test(path)) throw new Error(`${dist}: index.html loads ${url} from another origin`);
  const direct = join(dist, path.replace(/^\//, ""));
  if (existsSync(direct)) return direct;
  const fromAssets = path.match(/(?:^|\/)(assets\/.*)$/)?.[1];
  if (fromAssets && existsSync(join(dist, fromAssets))) return join(dist, fromAssets);
  throw new Error(`${dist}: index.html loads ${url}, which is not in the build`);
}

/** Chunks that `file` imports statically (`import … from "./x.js"`, `import "./x.js"`, `export … from`). */
function staticImportsOf(file) {
  const code = readFileSync(file, "utf8");
  const found = [];
  const pattern =
    /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;
  for (const match of code.matchAll(pattern)) found.push(resolve(dirname(file), match[1]));
  return found;
}

/** @param {string} file @returns {{ raw: number, gzip: number }} */
function sizeOf(file) {
  const bytes = readFileSync(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 6 }).length };
}

function jsFilesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsFilesUnder(path);
    return name.endsWith(".js") ? [path] : [];
  });
}

/** Sizes of one built app. */
function measure(dist) {
  const indexHtml = join(dist, "index.html");
  if (!existsSync(indexHtml)) throw new Error(`${indexHtml} is missing: build the apps first (pnpm build)`);
  const initial = new Set();
  const queue = urlsOf(readFileSync(indexHtml, "utf8")).map((url) => fileOf(dist, url));
  while (queue.length) {
    const file = queue.shift();
    if (initial.has(file)) continue;
    if (!existsSync(file)) throw new Error(`${relative(ROOT, file)} is imported but missing`);
    initial.add(file);
    queue.push(...staticImportsOf(file));
  }
  const sum = (files) =>
    files.map(sizeOf).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
  const all = jsFilesUnder(dist);
  return {
    initial: sum([...initial]),
    initialFiles: [...initial].map((file) => ({ name: basename(file), ...sizeOf(file) })),
    all: sum(all),
    chunks: all.length,
  };
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

function main() {
  const { budgetKb, dists } = parseArgs(process.argv.slice(2));
  let failed = false;
  const rows = [];
  for (const dist of dists) {
    const name = relative(ROOT, dist) || dist;
    try {
      const m = measure(dist);
      const over = m.initial.gzip > budgetKb * 1000;
      failed ||= over;
      rows.push([
        name,
        kB(m.initial.gzip),
        kB(m.initial.raw),
        String(m.initialFiles.length),
        kB(m.all.gzip),
        kB(m.all.raw),
        String(m.chunks),
        over ? `OVER ${budgetKb} kB` : "ok",
      ]);
      for (const f of m.initialFiles.sort((a, b) => b.gzip - a.gzip)) {
        console.log(
          `  ${name}: initial ${f.name.padEnd(40)} ${kB(f.gzip).padStart(10)} gzip ${kB(f.raw).padStart(11)}`,
        );
      }
    } catch (error) {
      failed = true;
      rows.push([name, "-", "-", "-", "-", "-", "-", String(error instanceof Error ? error.message : error)]);
    }
  }
  const head = [
    "app",
    "initial JS gzip",
    "initial JS raw",
    "files",
    "all JS gzip",
    "all JS raw",
    "chunks",
    "budget",
  ];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) =>
    cells.map((c, i) => (i === 0 || i === 7 ? c.padEnd(widths[i]) : c.padStart(widths[i])));
  console.log("");
  console.log(line(head).join("  "));
  for (const row of rows) console.log(line(row).join("  "));
  console.log(
    `\ninitial JS = index.html's module scripts + modulepreloads + their static imports; budget ${budgetKb} kB gzip`,
  );
  if (failed) process.exitCode = 1;
}

main();

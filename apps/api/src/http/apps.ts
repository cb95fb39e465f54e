/**
 * The three built apps and the chooser page, served by the API process itself (one port, one
 * origin, one reverse proxy):
 * - `/` a small chooser page (our own HTML, zh-CN, nothing external);
 * - `/city/`, `/district/`, `/school/` each app's `vite build` output (`apps/<app>/dist`):
 *   `index.html` with `Cache-Control: no-cache` and this response's CSP nonce written in place
 *   of Vite's placeholder; hashed files under `assets/` with
 *   `Cache-Control: public, max-age=31536000, immutable`; other files `no-cache`.
 * An app whose build is missing is left out (logged); the chooser says it is not built.
 * Hashed assets are compressed once (brotli at its best quality, gzip level 9) and kept in memory:
 * their content never changes under a name, and on-the-fly compression of the 560 KB antd chunk
 * cost ~50 ms of CPU per request.
 * The apps route by `#hash`, so no history fallback is needed. Links are relative, so the
 * whole site also works under a path prefix of a reverse proxy.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { extname, join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { brotliCompress, gzip, constants as zlib } from "node:zlib";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { cspNonce, NONCE_PLACEHOLDER } from "./security.ts";

/** The apps served, in the chooser's order: path segment, Chinese name and who uses it. */
export const SERVED_APPS = [
  { name: "city", label: "市教育局", who: "市教育局：全市各区、各校的监测与审核" },
  { name: "district", label: "区教育局", who: "区教育局：本区学校的年报审核与名册" },
  { name: "school", label: "学校", who: "学校：教职工名册与年报填报" },
] as const;

/** Where the apps' builds are: `<repo>/apps` (this file is apps/api/src/http/apps.ts). */
export const DEFAULT_APPS_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** Cache-Control of hashed build output: a year, never revalidated (a new build has new names). */
export const IMMUTABLE = "public, max-age=31536000, immutable";

/** Write the nonce into a built index.html: Vite's placeholder, plus any `<style>` left without one. */
export function withNonce(html: string, nonce: string): string {
  let out = html.includes(NONCE_PLACEHOLDER)
    ? html.replaceAll(NONCE_PLACEHOLDER, nonce)
    : html.replace("<head>", `<head>\n    <meta property="csp-nonce" nonce="${nonce}" />`);
  out = out.replace(/<style(?![^>]*\bnonce=)/g, `<style nonce="${nonce}"`);
  return out;
}

const MIME: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json; charset=utf-8",
  ".woff2": "font/woff2",
  ".png": "image/png",
};
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** The encoding to send for an Accept-Encoding header: br, else gzip, else none. */
export function pickEncoding(accept: string | undefined): "br" | "gzip" | null {
  const offered = new Set(
    (accept ?? "")
      .split(",")
      .map((t) => t.trim().toLowerCase())
      .filter((t) => !/;\s*q=0(\.0*)?$/.test(t))
      .map((t) => t.split(";")[0]),
  );
  return offered.has("br") ? "br" : offered.has("gzip") ? "gzip" : null;
}

/**
 * A route handler for `<prefix>assets/<file>` of `assetsDir`: the file, compressed once per
 * encoding and kept (hashed names: a name's content never changes), immutable for a year.
 * Unknown or unsafe names → 404.
 */
function hashedAssets(assetsDir: string) {
  const cache = new Map<string, Promise<Buffer | null>>();
  const load = (file: string, encoding: "br" | "gzip" | null): Promise<Buffer | null> => {
    const key = `${encoding ?? "identity"}:${file}`;
    let entry = cache.get(key);
    if (!entry) {
      entry = readFile(join(assetsDir, file)).then(
        (raw) =>
          encoding === "br"
            ? brotli(raw, {
                params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length },
              })
            : encoding === "gzip"
              ? gzipAsync(raw, { level: 9 })
              : raw,
        () => null,
      );
      cache.set(key, entry);
      // a missing file is not remembered: a rebuild may add it
      void entry.then((b) => b ?? cache.delete(key));
    }
    return entry;
  };
  return async (request: FastifyRequest<{ Params: { "*": string } }>, reply: FastifyReply) => {
    const file = request.params["*"];
    if (!/^[\w.-]+$/.test(file) || file.startsWith(".")) return reply.callNotFound();
    const type = MIME[extname(file)];
    // only text is worth compressing (png/woff2 are compressed already)
    const encoding =
      type?.startsWith("text/") || type?.includes("json") || type?.includes("svg")
        ? pickEncoding(request.headers["accept-encoding"])
        : null;
    const body = await load(file, encoding);
    if (!body) return reply.callNotFound();
    reply.header("cache-control", IMMUTABLE).header("vary", "accept-encoding");
    reply.type(type ?? "application/octet-stream");
    if (encoding) reply.header("content-encoding", encoding);
    return reply.send(body);
  };
}

/**
 * Serve the built apps from `appsRoot` (default `<repo>/apps`) and the chooser at `/`.
 * @returns the names of the apps found built.
 */
export async function registerApps(app: FastifyInstance, appsRoot = DEFAULT_APPS_ROOT): Promise<string[]> {
  const served: string[] = [];
  let decorated = false;
  for (const { name } of SERVED_APPS) {
    const root = join(appsRoot, name, "dist");
    const indexPath = join(root, "index.html");
    if (!existsSync(indexPath)) {
      app.log.warn({ app: name, root }, "app not built (run pnpm build); not served");
      continue;
    }
    served.push(name);
    // read per request (1 KB): after a rebuild it names the new build's assets, never deleted ones
    const sendIndex = async (_req: unknown, reply: import("fastify").FastifyReply) =>
      reply
        .header("cache-control", "no-cache")
        .type("text/html; charset=utf-8")
        .send(withNonce(await readFile(indexPath, "utf8"), cspNonce(reply)));
    app.get(`/${name}`, async (_req, reply) => reply.redirect(`${name}/`, 301));
    app.get(`/${name}/`, sendIndex);
    app.get(`/${name}/index.html`, sendIndex);
    app.get(`/${name}/assets/*`, hashedAssets(join(root, "assets")));
    await app.register(fastifyStatic, {
      root,
      prefix: `/${name}/`,
      index: false,
      decorateReply: !decorated,
      cacheControl: false,
      // the files beside index.html that are not hashed (assets/ has its own route)
      setHeaders: (reply, path) => {
        reply.header("cache-control", path.includes(`${sep}assets${sep}`) ? IMMUTABLE : "no-cache");
      },
    });
    decorated = true;
  }
  // browsers ask for it at the root; no icon, and no 404 in every console
  app.get("/favicon.ico", async (_req, reply) =>
    reply.code(204).header("cache-control", "public, max-age=86400").send(),
  );
  app.get("/", async (_req, reply) =>
    reply
      .header("cache-control", "no-cache")
      .type("text/html; charset=utf-8")
      .send(chooserPage(served, cspNonce(reply))),
  );
  return served;
}

/** The chooser page (neutral titles: it is served before anyone logs in, and the city is data): one card per app, relative links, styles under the response's nonce. */
export function chooserPage(served: readonly string[], nonce: string): string {
  const cards = SERVED_APPS.map(({ name, label, who }) =>
    served.includes(name)
      ? `<a class="card" href="${name}/"><strong>${label}</strong><span>${who}</span></a>`
      : `<div class="card off"><strong>${label}</strong><span>未构建（运行 pnpm build）</span></div>`,
  ).join("\n      ");
  return `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>教育现代化2035监测平台</title>
    <style nonce="${nonce}">
      body { margin: 0; font-family: -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; background: #f5f7fa; color: #1f2329; }
      main { max-width: 720px; margin: 12vh auto; padding: 0 24px; }
      h1 { font-size: 24px; margin: 0 0 8px; }
      p { color: #646a73; margin: 0 0 32px; }
      .card { display: block; background: #fff; border: 1px solid #dee0e3; border-radius: 6px; padding: 20px 24px; margin-bottom: 16px; color: inherit; text-decoration: none; }
      a.card:hover { border-color: #1f5fbf; }
      .card strong { display: block; font-size: 18px; color: #1f5fbf; margin-bottom: 6px; }
      .card span { color: #646a73; }
      .off strong { color: #8f959e; }
    </style>
  </head>
  <body>
    <main>
      <h1>教育现代化2035监测平台</h1>
      <p>请选择登录的平台</p>
      ${cards}
    </main>
  </body>
</html>
`;
}

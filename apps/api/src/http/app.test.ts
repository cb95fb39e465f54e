/**
 * The HTTP layer through real HTTP, on PGlite and (with DATABASE_URL) PostgreSQL: /health and
 * /ready (the database answers, migrations current), the GraphQL `health` query telling the
 * truth, security headers, the built apps with their nonce and cache headers, compression,
 * and CORS for the configured origins only.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type DbHandle, MIGRATIONS_FOLDER } from "@edu2035/db";
import { testBackends } from "@edu2035/db/testing";
import { sql } from "drizzle-orm";
import { readMigrationFiles } from "drizzle-orm/migrator";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEnv } from "../env.ts";
import { type RunningApi, startApi } from "../server.ts";
import { gql } from "../testing.ts";
import { BODY_LIMIT } from "./app.ts";
import { IMMUTABLE, pickEncoding } from "./apps.ts";

const COMMITTED = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER }).length;

/** The directives of a Content-Security-Policy header, by name. */
function csp(header: string | null): Record<string, string> {
  return Object.fromEntries(
    (header ?? "")
      .split(";")
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name, ...values] = d.split(/\s+/);
        return [name!, values.join(" ")];
      }),
  );
}

/** A fake built app folder: `<root>/city/dist` with an index.html and a hashed asset. */
function fakeBuild(root: string) {
  const dist = join(root, "city", "dist");
  mkdirSync(join(dist, "assets"), { recursive: true });
  writeFileSync(
    join(dist, "index.html"),
    `<!doctype html><html lang="zh-CN"><head><meta property="csp-nonce" nonce="EDU2035_CSP_NONCE">
<script type="module" crossorigin src="./assets/index-AbC123.js" nonce="EDU2035_CSP_NONCE"></script>
<style>body{margin:0}</style></head><body><div id="root"></div></body></html>`,
  );
  // compressible: 60 KB of repeated code
  writeFileSync(join(dist, "assets", "index-AbC123.js"), "console.log('乌海教育现代化2035');\n".repeat(2000));
  writeFileSync(join(dist, "robots.txt"), "User-agent: *\nDisallow: /\n");
}

describe.each(testBackends())("HTTP layer on $name", (backend) => {
  let h: DbHandle;
  let api: RunningApi;
  let origin: string;
  let appsRoot: string;

  beforeAll(async () => {
    h = await backend.open();
    appsRoot = mkdtempSync(join(tmpdir(), "edu2035-http-"));
    fakeBuild(appsRoot);
    const env = readEnv({
      LOG_LEVEL: "silent",
      CORS_ORIGINS: "https://portal.example.cn/, http://10.1.2.3:8080",
    });
    api = await startApi({ db: h.db, dbKind: h.kind, env, log: pino({ level: "silent" }) }, 0, "127.0.0.1", {
      apps: appsRoot,
    });
    origin = new URL(api.url).origin;
  });
  let closed = false;
  afterAll(async () => {
    await api?.stop();
    if (!closed) await h?.close();
    if (appsRoot) rmSync(appsRoot, { recursive: true, force: true });
  });

  it("serves GraphQL at /graphql, health ok while the database answers", async () => {
    expect(api.url).toBe(`${origin}/graphql`);
    const r = await gql(api.url, "{ health { ok database } }");
    expect(r.data).toEqual({ health: { ok: true, database: backend.name } });
  });

  it("/health is 200 and /ready reports the committed migrations", async () => {
    const health = await fetch(`${origin}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
    const ready = await fetch(`${origin}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready", migrations: COMMITTED });
    expect(ready.headers.get("cache-control")).toBe("no-store");
  });

  it("sends the security headers on every response, with no inline script and no other origin", async () => {
    for (const path of ["/health", "/", "/city/", "/graphql"]) {
      const res = await fetch(`${origin}${path}`, path === "/graphql" ? { method: "POST" } : {});
      const d = csp(res.headers.get("content-security-policy"));
      expect(d["script-src"], path).toBe("'self'");
      expect(d["style-src"], path).toMatch(/^'self' 'nonce-[A-Za-z0-9+/=]{24}'$/);
      expect(d["frame-ancestors"], path).toBe("'none'");
      expect(d["object-src"], path).toBe("'none'");
      expect(d["base-uri"], path).toBe("'self'");
      expect(d["default-src"], path).toBe("'self'");
      expect(res.headers.get("content-security-policy"), path).not.toMatch(
        /unsafe-inline|unsafe-eval|https?:/,
      );
      expect(res.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(res.headers.get("referrer-policy"), path).toBe("no-referrer");
      expect(res.headers.get("x-frame-options"), path).toBe("DENY");
      // the rest of helmet 8's defaults, written by security.ts since @fastify/helmet rebuilt
      // helmet on every request (issue 15); the whole CSP as helmet wrote it
      expect(res.headers.get("content-security-policy")?.replace(/'nonce-[^']+'/, "'nonce-N'"), path).toBe(
        "default-src 'self';base-uri 'self';connect-src 'self';font-src 'self' data:;form-action 'self';" +
          "frame-ancestors 'none';img-src 'self' data: blob:;object-src 'none';script-src 'self';" +
          "script-src-attr 'none';style-src 'self' 'nonce-N';worker-src 'self' blob:",
      );
      expect(res.headers.get("cross-origin-opener-policy"), path).toBe("same-origin");
      expect(res.headers.get("cross-origin-resource-policy"), path).toBe("same-origin");
      expect(res.headers.get("origin-agent-cluster"), path).toBe("?1");
      expect(res.headers.get("x-dns-prefetch-control"), path).toBe("off");
      expect(res.headers.get("x-download-options"), path).toBe("noopen");
      expect(res.headers.get("x-permitted-cross-domain-policies"), path).toBe("none");
      expect(res.headers.get("x-xss-protection"), path).toBe("0");
      expect(res.headers.get("strict-transport-security"), path).toBeNull();
    }
  });

  it("serves an app's index.html uncached, with this response's nonce in place of the placeholder", async () => {
    const [a, b] = await Promise.all([fetch(`${origin}/city/`), fetch(`${origin}/city/index.html`)]);
    for (const res of [a, b]) {
      expect(res.status).toBe(200);
      expect(res.headers.get("cache-control")).toBe("no-cache");
      expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
      const nonce = /'nonce-([^']+)'/.exec(res.headers.get("content-security-policy") ?? "")?.[1];
      const html = await res.text();
      expect(html).not.toContain("EDU2035_CSP_NONCE");
      expect(html).toContain(`<meta property="csp-nonce" nonce="${nonce}">`);
      expect(html).toContain(`<style nonce="${nonce}">`);
    }
    const nonces = [a, b].map((r) => r.headers.get("content-security-policy"));
    expect(nonces[0]).not.toBe(nonces[1]);
    const bare = await fetch(`${origin}/city`, { redirect: "manual" });
    expect(bare.status).toBe(301);
    expect(bare.headers.get("location")).toBe("city/");
  });

  it("serves hashed assets for a year, immutable, compressed with brotli or gzip", async () => {
    const br = await fetch(`${origin}/city/assets/index-AbC123.js`, { headers: { "accept-encoding": "br" } });
    expect(br.status).toBe(200);
    expect(br.headers.get("cache-control")).toBe(IMMUTABLE);
    expect(br.headers.get("content-encoding")).toBe("br");
    expect(br.headers.get("content-type")).toMatch(/javascript/);
    expect((await br.text()).length).toBe("console.log('乌海教育现代化2035');\n".length * 2000);
    const gz = await fetch(`${origin}/city/assets/index-AbC123.js`, {
      headers: { "accept-encoding": "gzip" },
    });
    expect(gz.headers.get("content-encoding")).toBe("gzip");
    const other = await fetch(`${origin}/city/robots.txt`);
    expect(other.headers.get("cache-control")).toBe("no-cache");
    expect((await fetch(`${origin}/city/assets/missing-123.js`)).status).toBe(404);
    expect((await fetch(`${origin}/city/assets/..%2Fdist%2Findex.html`)).status).toBe(404);
    const plain = await fetch(`${origin}/city/assets/index-AbC123.js`, {
      headers: { "accept-encoding": "identity" },
    });
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(plain.headers.get("vary")).toMatch(/accept-encoding/i);
  });

  it("serves the chooser at /, linking the built apps and naming the ones not built", async () => {
    const res = await fetch(`${origin}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-cache");
    const html = await res.text();
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<a class="card" href="city/"><strong>市教育局</strong>');
    expect(html).toMatch(/<div class="card off"><strong>区教育局<\/strong><span>未构建/);
    expect(html).not.toMatch(/https?:\/\//);
  });

  it("has no GraphQL landing page (it loaded a CDN and Google Fonts)", async () => {
    const res = await fetch(api.url, { headers: { accept: "text/html" } });
    expect(res.headers.get("content-type")).not.toMatch(/html/);
    expect(await res.text()).not.toMatch(/<html|cdn\.|fonts\.googleapis|sandbox/i);
  });

  it("answers CORS only for the configured origins", async () => {
    const preflight = (from: string) =>
      fetch(api.url, {
        method: "OPTIONS",
        headers: {
          origin: from,
          "access-control-request-method": "POST",
          "access-control-request-headers": "content-type,authorization",
        },
      });
    const allowed = await preflight("https://portal.example.cn");
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://portal.example.cn");
    expect((await preflight("http://10.1.2.3:8080")).headers.get("access-control-allow-origin")).toBe(
      "http://10.1.2.3:8080",
    );
    const refused = await preflight("https://evil.example.com");
    expect(refused.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("answers a body over the limit with 413 and a GraphQL-shaped error, read before the connection ends", async () => {
    // a JSON body one byte over BODY_LIMIT (16 MB): an Excel file too large, as base64
    const query = "mutation($f: String!) { importSchoolList(contentBase64: $f) { saved } }";
    const head = `{"query":${JSON.stringify(query)},"variables":{"f":"`;
    const tail = '"}}';
    const body = head + "A".repeat(BODY_LIMIT + 1 - head.length - tail.length) + tail;
    expect(Buffer.byteLength(body)).toBe(BODY_LIMIT + 1);
    const res = await fetch(api.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({
      errors: [
        {
          message: "请求过大（超过 16 MB），Excel 文件请分批导入",
          extensions: { code: "PAYLOAD_TOO_LARGE" },
        },
      ],
    });
    // the server goes on answering
    expect((await gql(api.url, "{ health { ok } }")).data?.health.ok).toBe(true);
  });

  it("is not ready while a committed migration is missing, and says which", async () => {
    const last = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER }).at(-1)!;
    await h.db.execute(sql`delete from drizzle.__drizzle_migrations where hash = ${last.hash}`);
    try {
      const res = await fetch(`${origin}/ready`);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({
        status: "not_ready",
        code: "MIGRATIONS_PENDING",
        reason: `数据库迁移未完成：已执行 ${COMMITTED - 1} 个，本版本有 ${COMMITTED} 个 (migrations pending)`,
      });
    } finally {
      await h.db.execute(
        sql`insert into drizzle.__drizzle_migrations (hash, created_at) values (${last.hash}, ${last.folderMillis})`,
      );
    }
    expect((await fetch(`${origin}/ready`)).status).toBe(200);
  });

  it("is not ready, and GraphQL health says not ok, when the database is gone", async () => {
    await h.close();
    closed = true;
    const res = await fetch(`${origin}/ready`);
    expect(res.status).toBe(503);
    const body = (await res.json()) as { code: string; reason: string };
    expect(body.code).toBe("DATABASE_UNAVAILABLE");
    expect(body.reason).toMatch(/^数据库无响应 \(database unavailable: [A-Za-z0-9_]+\)$/);
    // /ready is public: never the failed statement's text
    expect(body.reason).not.toMatch(/select|Failed query/i);
    const r = await gql(api.url, "{ health { ok database } }");
    expect(r.data).toEqual({ health: { ok: false, database: backend.name } });
    expect((await fetch(`${origin}/health`)).status).toBe(200);
  });
});

describe("pickEncoding", () => {
  it("prefers brotli, then gzip, and honours q=0", () => {
    expect(pickEncoding("gzip, deflate, br, zstd")).toBe("br");
    expect(pickEncoding("gzip;q=1.0, br;q=0")).toBe("gzip");
    expect(pickEncoding("identity")).toBeNull();
    expect(pickEncoding(undefined)).toBeNull();
  });
});

describe("HTTP layer without CORS_ORIGINS", () => {
  let h: DbHandle;
  let api: RunningApi;
  beforeAll(async () => {
    h = await testBackends()[0]!.open();
    const env = readEnv({ LOG_LEVEL: "silent" });
    api = await startApi({ db: h.db, dbKind: h.kind, env, log: pino({ level: "silent" }) }, 0);
  });
  afterAll(async () => {
    await api?.stop();
    await h?.close();
  });

  it("sends no CORS header to any origin, and serves no apps in dev/test mode", async () => {
    const res = await fetch(api.url, {
      method: "OPTIONS",
      headers: { origin: "http://127.0.0.1:5173", "access-control-request-method": "POST" },
    });
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
    expect((await fetch(new URL("/city/", api.url))).status).toBe(404);
    expect((await fetch(new URL("/", api.url))).status).toBe(404);
  });
});

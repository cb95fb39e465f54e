/**
 * GraphQL answers over real HTTP, as the apps receive them (issue 15, per-request overhead):
 * - every answer says `Cache-Control: no-store` (noStore.ts; Apollo's cache-control plugin, which
 *   sent it before at the price of a hook on every field, is disabled), errors included;
 * - an answer over 1 KB is compressed when the client accepts it (brotli, else gzip; @fastify/compress
 *   in http/app.ts), the same JSON once decoded, and sent as it is otherwise.
 */
import { request } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import type { DbHandle } from "@edu2035/db";
import { testBackends } from "@edu2035/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApiOn } from "../testing.ts";

/** The introspected type names: about 18 KB of JSON, well over the 1 KB threshold. */
const TYPES = JSON.stringify({ query: "{ __schema { types { name description } } }" });

function post(url: string, body: string, headers: Record<string, string>) {
  return new Promise<{ headers: Record<string, unknown>; raw: Buffer }>((resolve, reject) => {
    const req = request(
      url,
      { method: "POST", headers: { "content-type": "application/json", ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ headers: res.headers, raw: Buffer.concat(chunks) }));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

describe.each(testBackends())("GraphQL answer headers on $name", (backend) => {
  let handle: DbHandle;
  let api: Awaited<ReturnType<typeof startApiOn>>;

  beforeAll(async () => {
    handle = await backend.open();
    api = await startApiOn(handle);
  });
  afterAll(async () => {
    await api?.stop();
    await handle?.close();
  });

  it("sends no-store on a small answer and on an error", async () => {
    const ok = await post(api.url, JSON.stringify({ query: "{ __typename }" }), {});
    expect(ok.headers["cache-control"]).toBe("no-store");
    expect(JSON.parse(ok.raw.toString("utf8"))).toEqual({ data: { __typename: "Query" } });
    const refused = await post(api.url, JSON.stringify({ query: "{ districts { id } }" }), {});
    expect(refused.headers["cache-control"]).toBe("no-store");
    expect(JSON.parse(refused.raw.toString("utf8")).errors[0].extensions.code).toBe("UNAUTHENTICATED");
  });

  it("compresses a large answer with gzip or brotli when accepted, and not otherwise", async () => {
    const plain = await post(api.url, TYPES, { "accept-encoding": "identity" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    const json = JSON.parse(plain.raw.toString("utf8"));
    expect(json.data.__schema.types.some((t: { name: string }) => t.name === "Viewer")).toBe(true);
    expect(plain.raw.length).toBeGreaterThan(10_000);

    const gz = await post(api.url, TYPES, { "accept-encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gz.headers["cache-control"]).toBe("no-store");
    expect(JSON.parse(gunzipSync(gz.raw).toString("utf8"))).toEqual(json);
    // descriptions and names repeat: gzip keeps well under half
    expect(gz.raw.length).toBeLessThan(plain.raw.length / 2);

    const br = await post(api.url, TYPES, { "accept-encoding": "gzip, deflate, br" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(JSON.parse(brotliDecompressSync(br.raw).toString("utf8"))).toEqual(json);
    expect(br.headers.vary).toMatch(/accept-encoding/i);
  });
});

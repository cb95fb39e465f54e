/**
 * The baseline of the `viewer` throughput row of `pnpm bench` (overhead.bench.ts): a bare
 * node:http server, no framework, that answers every POST by running the very statements the
 * API ran for one `viewer` request (captured from Drizzle, with their parameters) on a postgres.js
 * pool of the API's size, one after the other as the API runs them, and sending a JSON body of
 * the API's answer's shape built from the rows. Whatever the API spends beyond this (fastify,
 * Apollo, graphql-js, context, logging) is its per-request overhead.
 *
 * Usage (by overhead.bench.ts): `tsx bench/rawViewer.ts <config.json>`, the config holding
 * `{ url, statements: [{ query, params }] }`; prints `listening <port>` once it serves.
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import postgres from "postgres";

interface Config {
  url: string;
  statements: { query: string; params: unknown[] }[];
}

const config = JSON.parse(readFileSync(process.argv[2] as string, "utf8")) as Config;
const sql = postgres(config.url, { max: 10, onnotice: () => {} });

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", async () => {
    try {
      JSON.parse(Buffer.concat(chunks).toString("utf8"));
      let last: Record<string, unknown>[] = [];
      for (const s of config.statements) {
        last = [...(await sql.unsafe(s.query, s.params as never[], { prepare: true }))];
      }
      const body = JSON.stringify({ data: { viewer: last[0] ?? null } });
      res.writeHead(200, { "content-type": "application/json; charset=utf-8" });
      res.end(body);
    } catch (e) {
      res.writeHead(500);
      res.end(String(e));
    }
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => {
  console.log(`listening ${(server.address() as AddressInfo).port}`);
});
process.on("SIGTERM", () => {
  server.close();
  void sql.end({ timeout: 1 }).then(() => process.exit(0));
});

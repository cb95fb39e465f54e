/**
 * The API's HTTP server (fastify 5): GraphQL at `/graphql` (Apollo through
 * @as-integrations/fastify), `/health` and `/ready`, security headers on every response,
 * gzip/brotli compression, CORS for the configured origins only, and, when asked, the three
 * built apps and the chooser page (see `apps.ts`).
 *
 * Routes:
 * - `GET /health` → 200 `{"status":"ok"}` while the process runs (liveness);
 * - `GET /ready` → 200 `{"status":"ready","migrations":n}` when the database answers and has
 *   exactly the committed migrations, else 503 `{"status":"not_ready","code","reason"}`;
 * - `POST /graphql` (and GET for queries) → Apollo; no landing page.
 */
import { constants as zlib } from "node:zlib";
import type { ApolloServer } from "@apollo/server";
import fastifyApollo from "@as-integrations/fastify";
import compress from "@fastify/compress";
import cors from "@fastify/cors";
import Fastify, {
  type FastifyBaseLogger,
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  LogController,
} from "fastify";
import { type AppDeps, type Context, createContext } from "../context.ts";
import { bodyParserRefusal, charsetRefusal } from "../graphql/requestErrors.ts";
import { registerApps } from "./apps.ts";
import { readiness } from "./ready.ts";
import { registerSecurityHeaders } from "./security.ts";

/** Largest request body accepted (bytes): a 5 MB Excel file as base64 inside JSON, with room. */
export const BODY_LIMIT = 16 * 1024 * 1024;

/** The most of a refused body read (and thrown away) so its answer is not lost to a reset. */
const DRAIN_LIMIT = 4 * BODY_LIMIT;

/**
 * Fastify's error handler: a body over BODY_LIMIT (FST_ERR_CTP_BODY_TOO_LARGE) is answered
 * 413 in GraphQL's shape, `{"errors":[{"message":"请求过大（超过 16 MB），Excel 文件请分批导入",
 * "extensions":{"code":"PAYLOAD_TOO_LARGE"}}]}`, so the apps show the message as any other
 * error. The unread rest of the body is drained (up to DRAIN_LIMIT) and the connection closed
 * after the answer: closing a socket with unread data resets it, and the client would lose
 * the answer. The body parser's other refusals (invalid or empty JSON, a content type GraphQL
 * does not take) are answered in the same shape, in Chinese (graphql/requestErrors.ts). Every
 * other error goes on to fastify's default handler.
 */
function bodyTooLarge(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const refusal = bodyParserRefusal(error);
  if (refusal) return reply.code(refusal.status).send(refusal.body);
  if (error.code !== "FST_ERR_CTP_BODY_TOO_LARGE") throw error;
  let drained = 0;
  request.raw.on("data", (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > DRAIN_LIMIT) request.raw.destroy();
  });
  request.raw.resume();
  const mb = Math.round(BODY_LIMIT / 1024 / 1024);
  return reply
    .code(413)
    .header("connection", "close")
    .send({
      errors: [
        {
          message: `请求过大（超过 ${mb} MB），Excel 文件请分批导入`,
          extensions: { code: "PAYLOAD_TOO_LARGE" },
        },
      ],
    });
}

/** Options of `buildHttpApp`. */
export interface HttpOptions {
  /**
   * Serve the built apps and the chooser page: `true` from `<repo>/apps/<app>/dist`, or a
   * folder holding `<app>/dist`; false/absent (dev, tests) → GraphQL and probes only.
   */
  apps?: boolean | string;
}

/**
 * Build (not listen) the HTTP server over `deps` around `apollo` (built by `createApolloServer`,
 * not yet started); starts Apollo, and closing the server stops it.
 */
export async function buildHttpApp(
  deps: AppDeps,
  apollo: ApolloServer<Context>,
  options: HttpOptions = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.log as FastifyBaseLogger,
    // one line per GraphQL operation comes from Apollo's logging plugin; none per static file
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: BODY_LIMIT,
    // idle keep-alive connections close at once on shutdown; in-flight requests finish
    forceCloseConnections: "idle",
    return503OnClosing: true,
    // request.ip is X-Forwarded-For's client only when it comes through a TRUSTED_PROXY
    trustProxy:
      typeof deps.env.TRUSTED_PROXY === "number"
        ? (
            (hops: number) => (_address: string, hop: number) =>
              hop < hops
          )(deps.env.TRUSTED_PROXY)
        : (deps.env.TRUSTED_PROXY ?? false),
  });
  // on shutdown, a response to a request still in flight closes its keep-alive connection, so
  // close() does not wait for the client to hang up (idle connections are closed at once)
  let closing = false;
  app.addHook("preClose", async () => {
    closing = true;
  });
  app.addHook("onSend", async (_request, reply) => {
    if (closing) reply.header("connection", "close");
  });
  app.setErrorHandler(bodyTooLarge);
  await registerSecurityHeaders(app);
  await app.register(compress, {
    global: true,
    encodings: ["br", "gzip"],
    // quality 11 (zlib's default) costs ~50 ms per 100 KB on a busy 2-core server; 5 is ~10× faster
    brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } },
  });
  if (deps.env.CORS_ORIGINS.length) {
    await app.register(cors, { origin: deps.env.CORS_ORIGINS, methods: ["GET", "POST", "OPTIONS"] });
  }

  app.get("/health", async (_req, reply) => reply.header("cache-control", "no-store").send({ status: "ok" }));
  app.get("/ready", async (_req, reply) => {
    const r = await readiness(deps.db);
    reply.header("cache-control", "no-store");
    if (r.ready) return reply.send({ status: "ready", migrations: r.migrations });
    return reply.code(503).send({ status: "not_ready", code: r.code, reason: r.reason });
  });

  // a body declared in another charset than UTF-8 is refused, not read as UTF-8 (after parsing:
  // the body is read, so the answer is not lost to a reset; invalid JSON is answered first)
  app.addHook("preValidation", async (request, reply) => {
    if (request.method !== "POST") return;
    const refusal = charsetRefusal(request.headers["content-type"]);
    if (refusal) return reply.code(refusal.status).send(refusal.body);
  });

  await apollo.start();
  app.addHook("onClose", async () => {
    await apollo.stop();
  });
  await app.register(fastifyApollo(apollo), {
    context: async (request) => createContext(deps, request.headers.authorization, request.ip),
  });

  if (options.apps) await registerApps(app, typeof options.apps === "string" ? options.apps : undefined);
  return app;
}

/**
 * Security headers of every response (@fastify/helmet) and the per-request CSP nonce.
 *
 * Content-Security-Policy (nothing from another origin: the platform runs on offline intranets):
 * - `script-src 'self'`: only our own bundled scripts, no inline script, no eval;
 * - `style-src 'self' 'nonce-<per request>'`: our CSS files, plus the `<style>` elements antd's
 *   CSS-in-JS inserts, which carry the nonce the served index.html hands it
 *   (`<meta property="csp-nonce" nonce=…>`, read by `@edu2035/ui` AppProviders);
 * - no `style-src-attr`: antd and ECharts set element styles through the CSSOM (`el.style.x =`),
 *   which CSP does not restrict, so no `'unsafe-inline'` is needed anywhere (the production
 *   walk-through opens every page of the three apps and sees no violation);
 * - `frame-ancestors 'none'`, `object-src 'none'`, `base-uri 'self'`, `form-action 'self'`.
 * Also X-Content-Type-Options: nosniff, Referrer-Policy: no-referrer, X-Frame-Options: DENY,
 * Cross-Origin-Opener/Resource-Policy: same-origin. HSTS is left to the TLS-terminating proxy
 * (deploy/nginx), since the process itself may be reached over plain HTTP on an intranet.
 */
import { randomBytes } from "node:crypto";
import type { ServerResponse } from "node:http";
import helmet from "@fastify/helmet";
import type { FastifyInstance, FastifyReply } from "fastify";

/** The placeholder Vite writes into index.html (`html.cspNonce`), replaced per request. */
export const NONCE_PLACEHOLDER = "EDU2035_CSP_NONCE";

const nonces = new WeakMap<ServerResponse, string>();

/** The CSP nonce of this response (base64, 128 bits), made in the first onRequest hook. */
export function cspNonce(reply: FastifyReply): string {
  let nonce = nonces.get(reply.raw);
  if (!nonce) {
    nonce = randomBytes(16).toString("base64");
    nonces.set(reply.raw, nonce);
  }
  return nonce;
}

/** The Content-Security-Policy directives (helmet syntax); `style-src` takes the response's nonce. */
export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  connectSrc: ["'self'"],
  fontSrc: ["'self'", "data:"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  imgSrc: ["'self'", "data:", "blob:"],
  objectSrc: ["'none'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'", (_req: unknown, res: ServerResponse) => `'nonce-${nonces.get(res) ?? "missing"}'`],
  workerSrc: ["'self'", "blob:"],
};

/** Register the nonce hook and helmet on `app` (every route, JSON ones included). */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  app.addHook("onRequest", async (_request, reply) => {
    cspNonce(reply);
  });
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    strictTransportSecurity: false,
    referrerPolicy: { policy: "no-referrer" },
    xFrameOptions: { action: "deny" },
    crossOriginOpenerPolicy: { policy: "same-origin" },
    crossOriginResourcePolicy: { policy: "same-origin" },
  });
}

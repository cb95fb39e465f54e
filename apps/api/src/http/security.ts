/**
 * Security headers of every response and the per-request CSP nonce.
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
 * Cross-Origin-Opener/Resource-Policy: same-origin, and helmet 8's other defaults
 * (Origin-Agent-Cluster, X-DNS-Prefetch-Control, X-Download-Options,
 * X-Permitted-Cross-Domain-Policies, X-XSS-Protection: 0). HSTS is left to the TLS-terminating
 * proxy (deploy/nginx), since the process itself may be reached over plain HTTP on an intranet.
 *
 * The headers are helmet's, written once at start (issue 15, per-request overhead):
 * @fastify/helmet rebuilt the whole helmet middleware (parsing and checking every directive)
 * on every request, with two hooks, for headers that differ only by the nonce. Here one hook
 * sets the fixed headers and the CSP, whose text is built once around the nonce.
 */
import { randomBytes } from "node:crypto";
import type { ServerResponse } from "node:http";
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

/** Where a directive takes the response's nonce (`'nonce-<base64>'`). */
export const NONCE_SOURCE = Symbol("the response's nonce");

/** The Content-Security-Policy directives, in the order sent; `style-src` takes the response's nonce. */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly (string | typeof NONCE_SOURCE)[]>> = {
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
  styleSrc: ["'self'", NONCE_SOURCE],
  workerSrc: ["'self'", "blob:"],
};

/** A directive's name as CSP spells it: `frameAncestors` → `frame-ancestors`. */
function dashed(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/**
 * The Content-Security-Policy text around the nonce, from CSP_DIRECTIVES: what comes before the
 * nonce and what after (helmet's syntax: `name value value;name value`).
 */
export function cspAroundNonce(): { before: string; after: string } {
  const mark = "\u0000";
  const text = Object.entries(CSP_DIRECTIVES)
    .map(([name, values]) =>
      [dashed(name), ...values.map((v) => (v === NONCE_SOURCE ? `'nonce-${mark}'` : v))].join(" "),
    )
    .join(";");
  const [before, after] = text.split(mark) as [string, string];
  return { before, after };
}

/** The headers every response carries besides the CSP (helmet 8's, with the options above). */
export const FIXED_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
  "origin-agent-cluster": "?1",
  "referrer-policy": "no-referrer",
  "x-content-type-options": "nosniff",
  "x-dns-prefetch-control": "off",
  "x-download-options": "noopen",
  "x-frame-options": "DENY",
  "x-permitted-cross-domain-policies": "none",
  "x-xss-protection": "0",
};

/** Register the hook setting the security headers and this response's nonce on `app` (every route). */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  const { before, after } = cspAroundNonce();
  app.addHook("onRequest", (_request, reply, done) => {
    const res = reply.raw;
    for (const name in FIXED_SECURITY_HEADERS) res.setHeader(name, FIXED_SECURITY_HEADERS[name] as string);
    res.setHeader("content-security-policy", `${before}${cspNonce(reply)}${after}`);
    done();
  });
}

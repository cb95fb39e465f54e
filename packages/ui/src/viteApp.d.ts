import type { ServerOptions, UserConfig } from "vite";

/** What a built index.html carries as nonce until the server replaces it per response. */
export declare const CSP_NONCE_PLACEHOLDER: "EDU2035_CSP_NONCE";

/** The build settings the three apps share (base, CSP nonce placeholder, chunks); see viteApp.js. */
export declare const appBuildConfig: UserConfig;

/** The apps' dev-server ports and the variables that move them (city 5173 CITY_PORT, …). */
export declare const APP_DEV_PORTS: {
  readonly city: { readonly variable: "CITY_PORT"; readonly port: 5173 };
  readonly district: { readonly variable: "DISTRICT_PORT"; readonly port: 5174 };
  readonly school: { readonly variable: "SCHOOL_PORT"; readonly port: 5175 };
};

/** A port from `env[variable]` (fallback when unset); throws a Chinese error unless 1–65535. */
export declare function envPort(
  env: Record<string, string | undefined>,
  variable: string,
  fallback: number,
): number;

/** Where the dev servers send /graphql: API_URL, else http://127.0.0.1:${API_PORT ?? 4000}. */
export declare function apiTarget(env: Record<string, string | undefined>): string;

/** An app's Vite `server` settings: its port (env), strictPort, /graphql proxied to apiTarget. */
export declare function appDevServer(
  app: keyof typeof APP_DEV_PORTS,
  env: Record<string, string | undefined>,
): ServerOptions;

/**
 * Every environment variable the browser-test helpers read or set, in one place.
 * - CHROMIUM_PATH: the Chromium binary the tests drive (default /usr/bin/chromium, Debian's
 *   `chromium` package); without it the browser tests skip, saying why.
 * - E2E_APPS: `built` serves each app's built `dist/` (Vite's preview server, the same /graphql
 *   proxy) instead of its dev server: no source transforms while the test runs, the code
 *   production ships. The apps' `e2e` scripts set it, and turbo builds the apps before their
 *   `e2e` task; a test run by hand (`npx vitest run …`) uses the dev server, i.e. the sources as
 *   they are now.
 * - API_URL: set, not read: an app's vite.config.ts takes its /graphql proxy target from it.
 */

/** The browser tests' environment, parsed (empty strings count as unset). */
export interface E2EEnv {
  CHROMIUM_PATH: string;
  /** How the apps are served: their built `dist/` ("built") or their Vite dev server ("dev"). */
  E2E_APPS: "built" | "dev";
}

/** Read the browser tests' variables from `source` (default the process environment). */
export function readE2EEnv(source: NodeJS.ProcessEnv = process.env): E2EEnv {
  const get = (name: string) => (source[name] === "" ? undefined : source[name]);
  return {
    CHROMIUM_PATH: get("CHROMIUM_PATH") ?? "/usr/bin/chromium",
    E2E_APPS: get("E2E_APPS") === "built" ? "built" : "dev",
  };
}

/** Point the /graphql proxy of the next Vite dev server started in this process at `origin`. */
export function setViteApiUrl(origin: string): void {
  process.env.API_URL = origin;
}

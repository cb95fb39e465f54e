/**
 * Every environment variable the browser-test helpers read or set, in one place.
 * - CHROMIUM_PATH: the Chromium binary the tests drive (default /usr/bin/chromium, Debian's
 *   `chromium` package); without it the browser tests skip, saying why.
 * - API_URL: set, not read: an app's vite.config.ts takes its /graphql proxy target from it.
 */

/** The browser tests' environment, parsed (empty strings count as unset). */
export interface E2EEnv {
  CHROMIUM_PATH: string;
}

/** Read the browser tests' variables from `source` (default the process environment). */
export function readE2EEnv(source: NodeJS.ProcessEnv = process.env): E2EEnv {
  const get = (name: string) => (source[name] === "" ? undefined : source[name]);
  return {
    CHROMIUM_PATH: get("CHROMIUM_PATH") ?? "/usr/bin/chromium",
  };
}

/** Point the /graphql proxy of the next Vite dev server started in this process at `origin`. */
export function setViteApiUrl(origin: string): void {
  process.env.API_URL = origin;
}

/**
 * Every environment variable the walk-throughs read, in one place (Chromium's path is read by
 * `@edu2035/ui/testing`).
 * - WALKTHROUGH_CITY_URL, WALKTHROUGH_DISTRICT_URL, WALKTHROUGH_SCHOOL_URL: walk these running
 *   apps (e.g. `pnpm start`'s, http://127.0.0.1:5173/ …) instead of starting the API and the
 *   three apps' dev servers; all three or none.
 */

/** The walk-throughs' environment, parsed (empty strings count as unset). */
export interface WalkthroughEnv {
  WALKTHROUGH_CITY_URL: string | undefined;
  WALKTHROUGH_DISTRICT_URL: string | undefined;
  WALKTHROUGH_SCHOOL_URL: string | undefined;
}

/** Read the walk-throughs' variables from `source` (default the process environment). */
export function readWalkthroughEnv(source: NodeJS.ProcessEnv = process.env): WalkthroughEnv {
  const get = (name: string) => (source[name] === "" ? undefined : source[name]);
  return {
    WALKTHROUGH_CITY_URL: get("WALKTHROUGH_CITY_URL"),
    WALKTHROUGH_DISTRICT_URL: get("WALKTHROUGH_DISTRICT_URL"),
    WALKTHROUGH_SCHOOL_URL: get("WALKTHROUGH_SCHOOL_URL"),
  };
}

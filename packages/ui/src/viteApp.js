/**
 * The build settings the three apps share (Vite 8, which bundles with Rolldown), spread into each
 * app's vite.config.ts: `defineConfig({ ...appBuildConfig, plugins: [react()], server: … })`.
 *
 * - `base: "./"`: asset URLs relative to index.html, so a built app works under any path prefix
 *   (the API serves them at /city/, /district/, /school/; routing is by URL hash). The apps still
 *   call `/graphql` on their origin.
 * - `html.cspNonce`: Vite puts `nonce="EDU2035_CSP_NONCE"` on the tags it writes into index.html
 *   and a `<meta property="csp-nonce" nonce=…>`, which its chunk preloader reads (and antd's
 *   style tags can). The server replaces the placeholder with a fresh nonce per response.
 * - Chunks (`build.rolldownOptions.output.codeSplitting`): React in one chunk; the antd modules the
 *   login page and the shell need in another; the rest of antd, loaded with the first menu page,
 *   in a third; ECharts (and zrender) only with a chart. Menu pages are lazy (`lazyPage`), so what
 *   index.html loads stays under 300 kB gzip (`pnpm size` checks it).
 */
// Plain JavaScript (typed by viteApp.d.ts): Node loads it as it is when Vite reads an app's config.

/**
 * The apps' dev servers (`pnpm start`): each app's port and the variable that moves it.
 * 市教育局 city 5173 (`CITY_PORT`), 区教育局 district 5174 (`DISTRICT_PORT`), 学校 school 5175
 * (`SCHOOL_PORT`).
 */
export const APP_DEV_PORTS = {
  city: { variable: "CITY_PORT", port: 5173 },
  district: { variable: "DISTRICT_PORT", port: 5174 },
  school: { variable: "SCHOOL_PORT", port: 5175 },
};

/**
 * A port from the environment: `fallback` when unset or empty, else a whole number 1–65535.
 * @param {Record<string, string | undefined>} env
 * @param {string} variable
 * @param {number} fallback
 * @returns {number}
 * @throws {Error} `CITY_PORT 须为 1–65535 的整数端口号（现为 "abc"）`
 */
export function envPort(env, variable, fallback) {
  const raw = env[variable]?.trim();
  if (!raw) return fallback;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port < 1 || port > 65535) {
    throw new Error(`${variable} 须为 1–65535 的整数端口号（现为 "${raw}"）`);
  }
  return port;
}

/**
 * Where an app's dev server sends /graphql: `API_URL` if set, else the API that `pnpm start` runs
 * beside it, `http://127.0.0.1:${API_PORT}` (default 4000) — never another person's API on 4000.
 * @param {Record<string, string | undefined>} env
 * @returns {string}
 */
export function apiTarget(env) {
  const url = env.API_URL?.trim();
  if (url) return url;
  return `http://127.0.0.1:${envPort(env, "API_PORT", 4000)}`;
}

/**
 * An app's Vite `server` settings: 127.0.0.1 on its port (`APP_DEV_PORTS`, strict: a taken port
 * is an error, not another port) and /graphql proxied to `apiTarget(env)`.
 * @param {keyof typeof APP_DEV_PORTS} app
 * @param {Record<string, string | undefined>} env the process environment (vite.config.ts passes it)
 * @returns {import("vite").ServerOptions}
 */
export function appDevServer(app, env) {
  const { variable, port } = APP_DEV_PORTS[app];
  return {
    host: "127.0.0.1",
    port: envPort(env, variable, port),
    strictPort: true,
    proxy: { "/graphql": { target: apiTarget(env), changeOrigin: true } },
  };
}

/** What a built index.html carries as nonce until the server replaces it per response. */
export const CSP_NONCE_PLACEHOLDER = "EDU2035_CSP_NONCE";

const ANTD = /[\\/]node_modules[\\/](antd|@ant-design|@rc-component|rc-[\w-]+|@babel[\\/]runtime|dayjs)[\\/]/;

/** @type {import("vite").UserConfig} */
export const appBuildConfig = {
  base: "./",
  html: { cspNonce: CSP_NONCE_PLACEHOLDER },
  build: {
    // raw kB, above the initial antd chunk (~570 kB raw, ~190 kB gzip); the budget that matters
    // is the initial JavaScript's gzip size, which `pnpm size` checks
    chunkSizeWarningLimit: 650,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: "react", test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 40 },
            { name: "echarts", test: /[\\/]node_modules[\\/](echarts|zrender)[\\/]/, priority: 30 },
            { name: "antd", test: ANTD, tags: ["$initial"], priority: 20 },
            { name: "antd-pages", test: ANTD, priority: 10 },
          ],
        },
      },
    },
  },
};

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

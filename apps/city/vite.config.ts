import { appBuildConfig } from "@edu2035/ui/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/**
 * 市教育局 app. The dev server proxies /graphql to the API (API_URL, default 127.0.0.1:4000). The
 * build (relative base, CSP nonce placeholder, chunks) is the three apps' shared appBuildConfig.
 */
export default defineConfig({
  ...appBuildConfig,
  plugins: [react()],
  server: {
    host: "127.0.0.1",
    port: 5173,
    strictPort: true,
    proxy: { "/graphql": { target: process.env.API_URL ?? "http://127.0.0.1:4000", changeOrigin: true } },
  },
});

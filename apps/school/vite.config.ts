import { appBuildConfig, appDevServer } from "@edu2035/ui/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/**
 * 学校 app. The dev server listens on 5175 (SCHOOL_PORT) and proxies /graphql to API_URL, else
 * 127.0.0.1:API_PORT (default 4000): appDevServer. The build (relative base, CSP nonce placeholder,
 * chunks) is the three apps' shared appBuildConfig.
 */
export default defineConfig({
  ...appBuildConfig,
  plugins: [react()],
  server: appDevServer("school", process.env),
});

import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { apiTarget, appDevServer } from "@edu2035/ui/vite";
import { loadConfigFromFile } from "vite";
import { describe, expect, it } from "vitest";

/**
 * The apps' dev servers as `pnpm start` runs them (appDevServer, packages/ui/src/viteApp.js): the
 * /graphql proxy follows API_PORT (a second checkout's apps on API_PORT=4100 are not sent to a
 * colleague's API on 4000) and CITY_PORT / DISTRICT_PORT / SCHOOL_PORT move the apps; unset, the
 * ports of the README's table.
 */
const appsDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const APPS = ["city", "district", "school"] as const;

function server(app: (typeof APPS)[number], env: Record<string, string>) {
  const options = appDevServer(app, env);
  const proxy = options.proxy?.["/graphql"];
  return {
    port: options.port,
    strictPort: options.strictPort,
    target: typeof proxy === "object" ? proxy.target : proxy,
  };
}

describe("apps' dev servers", () => {
  it("defaults: 5173–5175, /graphql to the API on 127.0.0.1:4000", () => {
    expect(APPS.map((app) => server(app, {}))).toEqual([
      { port: 5173, strictPort: true, target: "http://127.0.0.1:4000" },
      { port: 5174, strictPort: true, target: "http://127.0.0.1:4000" },
      { port: 5175, strictPort: true, target: "http://127.0.0.1:4000" },
    ]);
  });

  it("API_PORT=4100 and the apps' ports from CITY_PORT/DISTRICT_PORT/SCHOOL_PORT", () => {
    const env = { API_PORT: "4100", CITY_PORT: "6173", DISTRICT_PORT: "6174", SCHOOL_PORT: "6175" };
    expect(APPS.map((app) => server(app, env))).toEqual([
      { port: 6173, strictPort: true, target: "http://127.0.0.1:4100" },
      { port: 6174, strictPort: true, target: "http://127.0.0.1:4100" },
      { port: 6175, strictPort: true, target: "http://127.0.0.1:4100" },
    ]);
  });

  it("API_URL wins over API_PORT; a bad port is refused in Chinese, naming the variable", () => {
    expect(apiTarget({ API_URL: "http://10.0.0.5:4000", API_PORT: "4100" })).toBe("http://10.0.0.5:4000");
    expect(() => server("district", { DISTRICT_PORT: "51a" })).toThrow(
      'DISTRICT_PORT 须为 1–65535 的整数端口号（现为 "51a"）',
    );
    expect(() => apiTarget({ API_PORT: "70000" })).toThrow(
      'API_PORT 须为 1–65535 的整数端口号（现为 "70000"）',
    );
  });

  it("each app's vite.config.ts serves with appDevServer on the process environment", async () => {
    for (const app of APPS) {
      const loaded = await loadConfigFromFile(
        { command: "serve", mode: "development" },
        join(appsDir, app, "vite.config.ts"),
        join(appsDir, app),
        "silent",
      );
      // the variables are read when the config loads, as `pnpm start` does
      // biome-ignore lint/style/noProcessEnv: the environment the config under test reads
      const expected = appDevServer(app, { ...process.env });
      expect(loaded?.config.server).toEqual(expected);
    }
  });
});

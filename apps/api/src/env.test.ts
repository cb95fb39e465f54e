/**
 * readEnv's refusals (pure: an environment object in, an Error out): each one Chinese line naming
 * the variable and its rule as the README states it, never zod's English ("Too small: expected
 * string to have >=8 characters", "Invalid option: expected one of …": tester finding F9), and
 * never the value (a URL or key may be secret).
 */
import { describe, expect, it } from "vitest";
import { readEnv } from "./env.ts";

const refusal = (source: Record<string, string>): string => {
  try {
    readEnv(source);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error("readEnv accepted the environment");
};
const URL = "postgres://edu2035@db.internal:5432/edu2035";

describe("readEnv's refusals", () => {
  it("a short ID_HASH_KEY in production states the README's 32 characters", () => {
    const m = refusal({ NODE_ENV: "production", DATABASE_URL: URL, ID_HASH_KEY: "short" });
    expect(m).toContain("ID_HASH_KEY 太短，生产环境至少 32 个字符");
    expect(m).not.toMatch(/Too small|expected/);
    expect(m).not.toContain("short");
  });

  it("a misspelt NODE_ENV names the variable and the three values", () => {
    expect(refusal({ NODE_ENV: "Production" })).toBe(
      "环境变量错误 (bad environment): NODE_ENV 须为 production、development、test 之一（小写） (one of production, development, test, lower case)",
    );
  });

  it("development: a key under 8 characters, a bad port, a bad URL — one line, each variable once", () => {
    const m = refusal({ ID_HASH_KEY: "abc", API_PORT: "70000", DATABASE_URL: "not a url" });
    expect(m).toBe(
      "环境变量错误 (bad environment): " +
        [
          "DATABASE_URL 须为 PostgreSQL 连接 URL，如 postgres://user@host:5432/db (must be a PostgreSQL URL)",
          "API_PORT 须为 0–65535 的整数端口号 (must be a port number 0–65535)",
          "ID_HASH_KEY 至少 8 个字符，生产环境至少 32 个字符 (at least 8 characters, 32 in production)",
        ].join("; "),
    );
    expect(m).not.toContain("\n");
    expect(refusal({ LOG_LEVEL: "verbose" })).toContain(
      "LOG_LEVEL 须为 fatal、error、warn、info、debug、trace、silent 之一",
    );
    expect(refusal({ TRUSTED_PROXY: "proxy.example" })).toContain("TRUSTED_PROXY 须为代理跳数（如 1）");
  });
});

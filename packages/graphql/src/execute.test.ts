import { afterEach, describe, expect, it, vi } from "vitest";
import { LoginDocument, ViewerDocument } from "./__generated__/graphql.ts";
import { ApiError, execute, isApiError } from "./execute.ts";

function answer(body: unknown, status = 200) {
  return vi.fn(async (_url: string, _init: RequestInit) => new Response(JSON.stringify(body), { status }));
}

afterEach(() => vi.unstubAllGlobals());

describe("execute", () => {
  it("POSTs the operation to /graphql with the bearer token and returns data", async () => {
    const fetch = answer({ data: { viewer: null } });
    vi.stubGlobal("fetch", fetch);
    await expect(execute(ViewerDocument, {}, { token: "t0k" })).resolves.toEqual({ viewer: null });
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe("/graphql");
    expect(init.method).toBe("POST");
    expect((init.headers as Record<string, string>).authorization).toBe("Bearer t0k");
    expect(JSON.parse(init.body as string).query).toContain("query Viewer");
  });

  it("sends no Authorization header without a token", async () => {
    const fetch = answer({ data: { viewer: null } });
    vi.stubGlobal("fetch", fetch);
    await execute(ViewerDocument);
    expect((fetch.mock.calls[0]![1].headers as Record<string, string>).authorization).toBeUndefined();
  });

  it("throws an ApiError with the first error's code, field and Chinese message", async () => {
    vi.stubGlobal(
      "fetch",
      answer({
        data: null,
        errors: [{ message: "该账号不能登录市级平台", extensions: { code: "WRONG_APP", field: "username" } }],
      }),
    );
    const error = await execute(LoginDocument, {
      input: { username: "hainan", password: "x", app: "CITY" },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(isApiError(error, "WRONG_APP")).toBe(true);
    expect((error as ApiError).message).toBe("该账号不能登录市级平台");
    expect((error as ApiError).field).toBe("username");
  });

  it("turns a network failure into NETWORK_ERROR", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => {
        throw new TypeError("fetch failed");
      }),
    );
    await expect(execute(ViewerDocument)).rejects.toMatchObject({ code: "NETWORK_ERROR" });
  });
});

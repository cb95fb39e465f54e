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
  });

  it("sends a trusted document by its hash, without the text", async () => {
    const fetch = answer({ data: { viewer: null } });
    vi.stubGlobal("fetch", fetch);
    await execute(ViewerDocument);
    expect(fetch).toHaveBeenCalledTimes(1);
    const body = JSON.parse(fetch.mock.calls[0]![1].body as string);
    expect(body.query).toBeUndefined();
    const hash = body.extensions.persistedQuery.sha256Hash as string;
    expect(body.extensions.persistedQuery.version).toBe(1);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(`sha256:${hash}`).toBe(ViewerDocument.__meta__?.hash);
  });

  it("resends the text once when the API does not know the hash (PERSISTED_QUERY_NOT_FOUND)", async () => {
    const fetch = vi
      .fn(async (_url: string, _init: RequestInit) => new Response("{}"))
      .mockResolvedValueOnce(
        new Response(
          JSON.stringify({
            errors: [{ message: "未知的操作", extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } }],
          }),
        ),
      )
      .mockResolvedValueOnce(new Response(JSON.stringify({ data: { viewer: null } })));
    vi.stubGlobal("fetch", fetch);
    await expect(execute(ViewerDocument, {}, { token: "t0k" })).resolves.toEqual({ viewer: null });
    expect(fetch).toHaveBeenCalledTimes(2);
    const second = fetch.mock.calls[1]![1];
    expect(JSON.parse(second.body as string).query).toContain("query Viewer");
    expect(JSON.parse(second.body as string).extensions).toBeUndefined();
    expect((second.headers as Record<string, string>).authorization).toBe("Bearer t0k");
  });

  it("asks to reload the page when a production API knows neither the hash nor the text", async () => {
    const fetch = vi
      .fn(async (_url: string, _init: RequestInit) => new Response("{}"))
      .mockResolvedValueOnce(
        new Response(
          JSON.stringify({
            errors: [{ message: "未知", extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } }],
          }),
        ),
      )
      .mockResolvedValueOnce(
        new Response(
          JSON.stringify({
            errors: [{ message: "不在清单中", extensions: { code: "UNTRUSTED_OPERATION" } }],
          }),
          { status: 400 },
        ),
      );
    vi.stubGlobal("fetch", fetch);
    const error = await execute(ViewerDocument).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: "UNTRUSTED_OPERATION",
      message: "平台已更新，当前页面版本与服务器不一致，请刷新页面后重试",
      status: 400,
    });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it("does not resend on another error, such as an untrusted operation in production", async () => {
    const fetch = answer(
      { errors: [{ message: "不受信任的操作", extensions: { code: "UNTRUSTED_OPERATION" } }] },
      400,
    );
    vi.stubGlobal("fetch", fetch);
    await expect(execute(ViewerDocument)).rejects.toMatchObject({ code: "UNTRUSTED_OPERATION", status: 400 });
    expect(fetch).toHaveBeenCalledTimes(1);
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

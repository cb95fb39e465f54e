import { describe, expect, it } from "vitest";
import { COMMON_PASSWORDS, PASSWORD_MIN_LENGTH, PASSWORD_RULES, passwordProblem } from "./password.ts";

describe("password policy", () => {
  it("wants at least 10 characters, at most 128", () => {
    expect(PASSWORD_MIN_LENGTH).toBe(10);
    expect(passwordProblem("Abc123456")).toBe("密码至少 10 个字符");
    expect(passwordProblem("Kx7mPq2rT9")).toBeNull();
    expect(passwordProblem(`a1${"x".repeat(127)}`)).toBe("密码不能超过 128 个字符");
  });

  it("wants letters and digits", () => {
    expect(passwordProblem("abcdefghij")).toBe("密码须同时包含字母和数字");
    expect(passwordProblem("1234567890")).toBe("密码须同时包含字母和数字");
    expect(passwordProblem("wuhai20352036")).toBeNull();
  });

  it("refuses a password containing the user name, in any case", () => {
    expect(passwordProblem("s2150300001ab", { username: "s2150300001" })).toBe("密码不能包含用户名");
    expect(passwordProblem("xxHaiBoWan2026", { username: "haibowan" })).toBe("密码不能包含用户名");
    expect(passwordProblem("Haibo2026wan", { username: "haibowan" })).toBeNull();
  });

  it("refuses common passwords whatever their case and punctuation", () => {
    expect(passwordProblem("Password123")).toBe("该密码过于常见，容易被猜中，请换一个");
    expect(passwordProblem("PASSWORD@123")).toBe("该密码过于常见，容易被猜中，请换一个");
    expect(passwordProblem("Admin12345")).toBe("该密码过于常见，容易被猜中，请换一个");
    expect(passwordProblem("Qwerty12345")).toBe("该密码过于常见，容易被猜中，请换一个");
    expect(passwordProblem("1qaz2wsx3edc")).toBe("该密码过于常见，容易被猜中，请换一个");
    expect(passwordProblem("Abcd123456")).toBe("该密码过于常见，容易被猜中，请换一个");
    expect(passwordProblem("Wuhai@2035!")).toBe("该密码过于常见，容易被猜中，请换一个");
    expect(passwordProblem("Wuhai2035admin")).toBeNull();
    // every entry is one the other rules would let through, or it would be dead weight
    for (const p of COMMON_PASSWORDS) {
      expect(p).toMatch(/^[a-z0-9]+$/);
      expect(/[a-z]/.test(p) && /[0-9]/.test(p), p).toBe(true);
    }
    expect(COMMON_PASSWORDS.length).toBeGreaterThanOrEqual(24);
  });

  it("refuses the current password as the new one", () => {
    expect(passwordProblem("Kx7mPq2rTz", { currentPassword: "Kx7mPq2rTz" })).toBe("新密码不能与当前密码相同");
    expect(passwordProblem("Kx7mPq2rTz", { currentPassword: "kx7mPq2rTz" })).toBeNull();
  });

  it("states the rules for the form", () => {
    expect(PASSWORD_RULES).toEqual([
      "至少 10 个字符",
      "同时包含字母和数字",
      "不能包含用户名（不区分大小写）",
      "不能是常见密码（如 Password123、Admin12345、1qaz2wsx3edc）",
      "不能与当前密码相同",
    ]);
  });
});

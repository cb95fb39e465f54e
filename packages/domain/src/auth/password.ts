/**
 * The password policy (密码规则): the one definition the API (changePassword, new accounts),
 * the operator's command line (`pnpm admin init`, `create-city-admin`) and the change-password
 * form (Query.passwordPolicy) use. A password must have at least {@link PASSWORD_MIN_LENGTH}
 * characters with letters and digits, must not contain the account's user name, must not be a
 * common password, and a new one must differ from the current one. GB/T 22239—2019 (等级保护
 * 2.0) asks for 口令复杂度 and a change of the initial password at first login.
 */

/** Shortest password accepted (characters). */
export const PASSWORD_MIN_LENGTH = 10;

/** Longest password accepted (characters): hashing cost stays bounded. */
export const PASSWORD_MAX_LENGTH = 128;

/**
 * Common passwords (弱口令), lower case with everything but letters and digits removed: a password
 * is refused when its own such form is in the list, so Password@123 and PASSWORD123 are refused
 * with password123. Entries are the ones that pass the length and letters-and-digits rules and
 * are the first guesses against Chinese government systems (keyboard walks, 爱你 numbers, the
 * platform's and the city's names).
 */
export const COMMON_PASSWORDS: readonly string[] = [
  "password123",
  "password1234",
  "password12345",
  "passw0rd123",
  "p2ssw0rd123",
  "admin12345",
  "admin123456",
  "admin1234567",
  "administrator1",
  "qwerty12345",
  "qwerty123456",
  "1qaz2wsx3edc",
  "1qaz2wsx3edc4rfv",
  "1q2w3e4r5t",
  "1q2w3e4r5t6y",
  "qwe1234567",
  "qweasd123456",
  "qazwsx12345",
  "abcd123456",
  "abcd1234567",
  "abc1234567",
  "abc12345678",
  "a123456789",
  "a1234567890",
  "123456789a",
  "1234567890a",
  "aa12345678",
  "asdf123456",
  "zxcvbnm123",
  "woaini1314",
  "woaini1314520",
  "iloveyou123",
  "welcome123",
  "letmein123",
  "changeme123",
  "test123456",
  "root123456",
  "wuhai2035",
  "wuhai20352035",
  "wuhai123456",
  "wuhai12345678",
  "edu2035",
  "edu20352035",
  "demo2035",
  "jiaoyu2035",
  "jiaoyuju123",
];

const COMMON = new Set(COMMON_PASSWORDS);

/** What a password is checked against besides itself. */
export interface PasswordContext {
  /** The account's user name: the password must not contain it (any case). */
  username?: string | null;
  /** The password being replaced (a change): the new one must differ. */
  currentPassword?: string | null;
}

/**
 * Why a password is refused (Chinese, for the form's 新密码 field or the operator), or null when it
 * meets the policy. Checked in this order: length, letters and digits, the user name, the common
 * list, the current password.
 */
export function passwordProblem(password: string, context: PasswordContext = {}): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `密码至少 ${PASSWORD_MIN_LENGTH} 个字符`;
  if (password.length > PASSWORD_MAX_LENGTH) return `密码不能超过 ${PASSWORD_MAX_LENGTH} 个字符`;
  if (!/[A-Za-z]/.test(password) || !/[0-9]/.test(password)) return "密码须同时包含字母和数字";
  const username = context.username?.trim().toLowerCase();
  if (username && password.toLowerCase().includes(username)) return "密码不能包含用户名";
  if (COMMON.has(password.toLowerCase().replace(/[^a-z0-9]/g, ""))) {
    return "该密码过于常见，容易被猜中，请换一个";
  }
  if (context.currentPassword && password === context.currentPassword) return "新密码不能与当前密码相同";
  return null;
}

/** The rules in Chinese, one per line, as the change-password form lists them. */
export const PASSWORD_RULES: readonly string[] = [
  `至少 ${PASSWORD_MIN_LENGTH} 个字符`,
  "同时包含字母和数字",
  "不能包含用户名（不区分大小写）",
  "不能是常见密码（如 Password123、Admin12345、1qaz2wsx3edc）",
  "不能与当前密码相同",
];

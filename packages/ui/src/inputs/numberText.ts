/**
 * A figure typed as text, read without changing it: the form keeps what the user typed and
 * refuses what is not a number on its field, instead of antd InputNumber's silent rewrite
 * ("abc" → empty, "-5" → 0 under min=0, a 20-digit number rounded).
 */

/** The text of a stored figure ("" for none). */
export function figureText(value: unknown): string {
  return typeof value === "number" && Number.isFinite(value) ? String(value) : "";
}

/**
 * Read a typed figure: `{ value }` (null for an empty field) or `{ error }`, a Chinese message
 * naming the field. Spaces and thousands separators (1,234 or 1，234) are allowed; anything else
 * that is not a decimal number is refused (不是数字), as are a negative value (不能为负数) and more
 * decimal places than `precision` (须为整数 / 最多保留N位小数).
 */
export function readFigure(
  text: unknown,
  label: string,
  precision = 0,
): { value: number | null; error?: undefined } | { value?: undefined; error: string } {
  if (typeof text === "number") return readFigure(String(text), label, precision);
  const s = typeof text === "string" ? text.replace(/[\s,，]/g, "") : "";
  if (s === "") return { value: null };
  const m = /^([+-]?)(\d+)(?:\.(\d*))?$|^([+-]?)\.(\d+)$/.exec(s);
  if (!m) return { error: `${label}不是数字，请输入数字` };
  const sign = m[1] ?? m[4] ?? "";
  const decimals = (m[3] ?? m[5] ?? "").replace(/0+$/, "");
  const value = Number(s);
  if (sign === "-" && value !== 0) return { error: `${label}不能为负数` };
  if (decimals.length > precision) {
    return { error: precision === 0 ? `${label}须为整数` : `${label}最多保留${precision}位小数` };
  }
  return { value: Math.abs(value) };
}

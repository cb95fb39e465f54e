import { describe, expect, it } from "vitest";
import { isValidIdNumber } from "../staff.ts";
import { isIsoDate } from "./issues.ts";

/** The former isIsoDate (a Date made and printed back), the reference the arithmetic must agree with. */
function isIsoDateByDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** The former isValidIdNumber (trimmed, upper-cased, a regex), the reference for the character-code check. */
function isValidIdNumberByRegex(idNumber: string): boolean {
  const s = idNumber.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(s)) return false;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(s[i]) * (w[i] as number);
  return "10X98765432"[sum % 11] === s[17];
}

describe("isIsoDate", () => {
  it("agrees with Date on every day-and-month pair 00–39 / 00–13 of leap and common years", () => {
    // 1900 (not leap: divisible by 100), 2000 (leap: by 400), 2024 (leap), 2025, 0000 and 9999
    for (const y of ["0000", "1900", "2000", "2024", "2025", "9999"])
      for (let m = 0; m <= 13; m++)
        for (let d = 0; d <= 39; d++) {
          const s = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
          expect(isIsoDate(s), s).toBe(isIsoDateByDate(s));
        }
  });
  it("knows 29 February only in leap years and refuses what is not YYYY-MM-DD", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2000-02-29")).toBe(true);
    expect(isIsoDate("1900-02-29")).toBe(false);
    expect(isIsoDate("2025-02-29")).toBe(false);
    expect(isIsoDate("2025-04-31")).toBe(false);
    expect(isIsoDate("2025-12-31")).toBe(true);
    for (const s of [
      "1985-6-30",
      "1985/06/30",
      " 1985-06-30",
      "1985-06-30 ",
      "１９８５-06-30",
      "19850630",
      "",
    ])
      expect(isIsoDate(s), s).toBe(false);
  });
});

describe("isValidIdNumber", () => {
  it("agrees with the trimmed, upper-cased regex check, x and X, spaces and wrong characters alike", () => {
    // 11010519491231002X: the standard's example (check character X); 150302198506301248 valid
    const cases = [
      "11010519491231002X",
      "11010519491231002x",
      " 11010519491231002X ",
      "11010519491231002Y",
      "110105194912310021",
      "150302198506301248",
      "150302198506301249",
      "15030219850630124",
      "1503021985063012488",
      "15030219850630124８",
      "１50302198506301248",
      "1503021985063012 8",
      "ABCDEFGHIJKLMNOPQR",
      "",
    ];
    for (const s of cases) expect(isValidIdNumber(s), s).toBe(isValidIdNumberByRegex(s));
    expect(isValidIdNumber("11010519491231002x")).toBe(true);
    expect(isValidIdNumber("150302198506301248")).toBe(true);
    expect(isValidIdNumber("150302198506301249")).toBe(false);
  });
  it("agrees on every check character of 2,000 numbers", () => {
    // one assertion over the 24,000 numbers: an expect per number cost ~6 s on a busy machine
    const disagreements: string[] = [];
    let valid = 0;
    for (let i = 0; i < 2000; i++) {
      const body = `1503021985${String(i).padStart(7, "0")}`;
      for (const last of "0123456789Xx") {
        const ours = isValidIdNumber(body + last);
        if (ours !== isValidIdNumberByRegex(body + last)) disagreements.push(body + last);
        if (ours) valid++;
      }
    }
    expect(disagreements).toEqual([]);
    // each body has exactly one check character (X counted twice, as X and x)
    expect(valid).toBeGreaterThanOrEqual(2000);
  });
});

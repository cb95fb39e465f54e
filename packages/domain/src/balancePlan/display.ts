/**
 * How the 达标方案 tables print an indicator value (issue 13): a value below its standard must
 * never be printed as the standard. Rounding to the shown decimals can lift it there (6 PE/arts
 * teachers for 669 pupils = 0.8969 per 100 → "0.90" beside "≥0.90"), so a value below the
 * standard is cut down (floored) to the shown decimals: "0.89". A value at or above the standard
 * is rounded as usual (it cannot fall under a standard of no more decimals than shown).
 */

/**
 * `value` with `decimals` decimals (0 for 元 per student, 2 otherwise), floored when it is below
 * the standard (`met` false), rounded half up when met. The floor allows 10⁻⁹ of binary error
 * (0.29 × 100 = 28.999…96 still prints "0.29").
 */
export function formatBalancePlanValue(value: number, decimals: number, met: boolean): string {
  return roundBalanceValue(value, decimals, met).toFixed(decimals);
}

/**
 * The number shown for an indicator value, by the rule above: floored to `decimals` when below
 * the standard (`met` false), rounded half up otherwise. The one display rule of the 优质均衡
 * assessment page and the 达标方案 drawer (ui formatBalanceValue): 5 PE/arts teachers for 669
 * pupils = 0.747 per 100 against 0.90 shows "0.74" on both.
 */
export function roundBalanceValue(value: number, decimals: number, met: boolean): number {
  const scale = 10 ** decimals;
  return met ? Math.round(value * scale) / scale : Math.floor(value * scale + 1e-9) / scale;
}

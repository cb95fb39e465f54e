import { CLASS_SIZE_BAND_DEFS, type ClassSizeBand } from "../plan/balance.ts";

/**
 * The band of a class size (班额, persons per class): ≤45 normal, 46–55 large,
 * 56–65 oversized (大班额), ≥66 super_oversized (超大班额). Source: 国发〔2016〕40号 and
 * CLASS_SIZE_BAND_DEFS; used for B17 (框2).
 * @throws RangeError when size is not a non-negative integer.
 */
export function classSizeBand(size: number): ClassSizeBand {
  if (!Number.isInteger(size) || size < 0)
    throw new RangeError(`class size must be an integer ≥ 0, got ${size}`);
  for (const d of CLASS_SIZE_BAND_DEFS) if (d.max === null || size <= d.max) return d.band;
  return "super_oversized";
}

/** True for 大班额 or 超大班额 (56 or more per class), the classes B17 counts. */
export function isOversizedClass(size: number): boolean {
  const band = classSizeBand(size);
  return band === "oversized" || band === "super_oversized";
}

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

/** Kinds of kindergarten class (幼儿园班级): 小班, 中班, 大班 and 混合班 (mixed ages). */
export type KindergartenClassKind = "small" | "middle" | "large" | "mixed";

/**
 * Kindergarten class sizes (幼儿园每班幼儿人数) of 《幼儿园工作规程》(教育部令第39号, 2016) 第十一条:
 * 小班（3—4周岁）25人, 中班（4—5周岁）30人, 大班（5—6周岁）35人, 混合班30人. Kindergartens are
 * judged against these, never against the 中小学 大班额 bands (56 and more) of 国发〔2016〕40号.
 */
export const KINDERGARTEN_CLASS_SIZE: Readonly<Record<KindergartenClassKind, number>> = {
  small: 25,
  middle: 30,
  large: 35,
  mixed: 30,
};

/** Chinese name of each kindergarten class kind. */
export const KINDERGARTEN_CLASS_KIND_LABELS: Readonly<Record<KindergartenClassKind, string>> = {
  small: "小班",
  middle: "中班",
  large: "大班",
  mixed: "混合班",
};

/**
 * The class kind of a 学前教育 grade as the report numbers them (org GRADES_OF_STAGE: 1 小班,
 * 2 中班, 3 大班), or null for a number that is not a preschool grade. The report has no 混合班
 * row yet; its standard is in KINDERGARTEN_CLASS_SIZE for when it gets one.
 */
export function kindergartenClassKind(grade: number): KindergartenClassKind | null {
  return grade === 1 ? "small" : grade === 2 ? "middle" : grade === 3 ? "large" : null;
}

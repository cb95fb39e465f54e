/**
 * 统计口径 of the targets computed from the schools' annual reports (年报类指标: B06—B15, B17, B19,
 * B37, and the 在校生数 of A01, A05, A06, B01, B32, B40): which reports are counted. Written once
 * here for the apps' switch (packages/ui IncludeSubmittedSwitch, the trend drawer's tag) and the
 * API's files (the 指标总览 Excel's title and data-date line), so screen and file say the same.
 */

/** The default: approved reports only (审核通过). */
export const APPROVED_ONLY_LABEL = "仅统计已审核年报";

/** Submitted reports not yet reviewed counted as well (the apps' switch, `includeSubmitted`). */
export const INCLUDE_SUBMITTED_LABEL = "含已提交待审核的年报";

/** Why figures counting submitted reports are not results: they change with the review. */
export const INCLUDE_SUBMITTED_CAVEAT = "审核前预览，数据为暂定";

/**
 * The 统计口径 of figures as a phrase: "仅统计已审核年报", or "含已提交待审核的年报（审核前预览，
 * 数据为暂定）" when submitted reports are counted as well.
 */
export function reportBasisText(includeSubmitted: boolean): string {
  return includeSubmitted ? `${INCLUDE_SUBMITTED_LABEL}（${INCLUDE_SUBMITTED_CAVEAT}）` : APPROVED_ONLY_LABEL;
}

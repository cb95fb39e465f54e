import { describe, expect, it } from "vitest";
import { APPROVED_ONLY_LABEL, INCLUDE_SUBMITTED_LABEL, reportBasisText } from "./reportBasis.ts";

describe("统计口径 of the report-based targets", () => {
  it("names approved reports only by default, and submitted ones as a preview", () => {
    expect(APPROVED_ONLY_LABEL).toBe("仅统计已审核年报");
    expect(INCLUDE_SUBMITTED_LABEL).toBe("含已提交待审核的年报");
    expect(reportBasisText(false)).toBe("仅统计已审核年报");
    expect(reportBasisText(true)).toBe("含已提交待审核的年报（审核前预览，数据为暂定）");
  });
});

import type { BalanceIndicator } from "@edu2035/domain";

/** Short unit labels of the seven 优质均衡 indicators (GraphQL BalanceIndicator.unitLabel, the export). */
export const BALANCE_UNIT_LABELS: Record<BalanceIndicator["id"], string> = {
  C1: "人/百生",
  C2: "人/百生",
  C3: "人/百生",
  C4: "m²/生",
  C5: "m²/生",
  C6: "元/生",
  C7: "间/百生",
};

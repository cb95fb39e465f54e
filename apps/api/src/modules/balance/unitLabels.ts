import { BALANCE_INDICATORS, type BalanceIndicator } from "@edu2035/domain";

/**
 * Short unit labels of the seven 优质均衡 indicators (GraphQL BalanceIndicator.unitLabel, the
 * export): the domain's BalanceIndicator.unitLabel (人/百生, 间/百生, m²/生, 元/生) by id.
 */
export const BALANCE_UNIT_LABELS = Object.fromEntries(
  BALANCE_INDICATORS.map((i) => [i.id, i.unitLabel]),
) as Record<BalanceIndicator["id"], BalanceIndicator["unitLabel"]>;

import { BALANCE_OUTCOME_LABELS, BALANCE_STAGE_LABELS, schoolYearLabel } from "@edu2035/domain";
import type { Resolvers } from "../../__generated__/resolvers-types.ts";
import { BALANCE_RULE_LABELS, balanceAssessment, balanceAssessments, schoolBalance } from "./service.ts";
import { BALANCE_UNIT_LABELS } from "./unitLabels.ts";

export const balanceResolvers: Resolvers = {
  Query: {
    balanceAssessment: (_p, { districtId, schoolYear }, ctx) =>
      balanceAssessment(ctx.access(), districtId, schoolYear),
    balanceAssessments: (_p, { schoolYear }, ctx) => balanceAssessments(ctx.access(), schoolYear),
    schoolBalance: (_p, { schoolId, schoolYear }, ctx) => schoolBalance(ctx.access(), schoolId, schoolYear),
  },
  BalanceIndicatorUnit: {
    PER_100_STUDENTS: "per_100_students",
    M2_PER_STUDENT: "m2_per_student",
    YUAN_PER_STUDENT: "yuan_per_student",
  },
  BalanceIndicator: {
    unitLabel: (i) => BALANCE_UNIT_LABELS[i.id],
  },
  BalanceAssessment: {
    schoolYearLabel: (a) => schoolYearLabel(a.schoolYear),
    outcomeLabel: (a) => BALANCE_OUTCOME_LABELS[a.outcome],
  },
  SchoolBalance: {
    schoolYearLabel: (a) => schoolYearLabel(a.schoolYear),
  },
  BalanceStageAssessment: {
    stageLabel: (s) => BALANCE_STAGE_LABELS[s.stage],
    outcomeLabel: (s) => BALANCE_OUTCOME_LABELS[s.outcome],
  },
  BalanceSchoolResult: {
    stageLabel: (s) => BALANCE_STAGE_LABELS[s.stage],
  },
  BalanceRuleFailure: {
    ruleLabel: (f) => BALANCE_RULE_LABELS[f.rule],
  },
};

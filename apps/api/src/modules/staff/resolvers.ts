import {
  BACKBONE_LABELS,
  EDUCATION_LABELS,
  GENDER_LABELS,
  maskIdNumber,
  onRosterAtStatisticsDate,
  STAFF_ROLE_LABELS,
  STAFF_STATUS_LABELS,
  STAGE_LABELS,
  SUBJECT_LABELS,
  TEACHER_CERTIFICATE_LABELS,
  TITLE_LABELS,
} from "@edu2035/domain";
import type { Resolvers } from "../../__generated__/resolvers-types.ts";
import { addStaff, staffLeave, updateStaff } from "./mutations.ts";
import { carryOverRoster, rosterRolloverStatus } from "./rollover.ts";
import { ageOf, staffingSummary, staffPage } from "./service.ts";

export const staffResolvers: Resolvers = {
  Query: {
    staff: (_p, { filter, page, pageSize }, ctx) =>
      staffPage(ctx.access(), filter, page ?? 1, pageSize ?? 20),
    staffingSummary: (_p, { unit, schoolYear }, ctx) => staffingSummary(ctx.access(), unit, schoolYear),
    rosterRolloverStatus: (_p, { unit, schoolYear, includeSchools }, ctx) =>
      rosterRolloverStatus(ctx.access(), unit, schoolYear, includeSchools ?? false),
  },
  Mutation: {
    addStaff: async (_p, { input }, ctx) => ({ staff: await addStaff(ctx.access(), ctx.env, input) }),
    updateStaff: async (_p, { id, version, patch }, ctx) => ({
      staff: await updateStaff(ctx.access(), ctx.env, id, version, patch),
    }),
    staffLeave: async (_p, { id, version, status, leftOn }, ctx) => ({
      staff: await staffLeave(ctx.access(), id, version, status, leftOn),
    }),
    carryOverRoster: (_p, { unit, schoolYear, includeSchools }, ctx) =>
      carryOverRoster(ctx.access(), unit, schoolYear, includeSchools ?? false),
  },
  StaffMember: {
    genderLabel: (m) => GENDER_LABELS[m.gender],
    birthYear: (m) => Number(m.birthDate.slice(0, 4)),
    age: (m) => ageOf(m),
    idNumberMasked: (m) => (m.idNumberTail ? maskIdNumber(`${"0".repeat(14)}${m.idNumberTail}`) : null),
    roleLabel: (m) => STAFF_ROLE_LABELS[m.role],
    statusLabel: (m) => STAFF_STATUS_LABELS[m.status],
    onRosterAtStatisticsDate: (m) => onRosterAtStatisticsDate(m),
    stageLabel: (m) => (m.stage ? STAGE_LABELS[m.stage] : null),
    subjectLabel: (m) => (m.subject ? SUBJECT_LABELS[m.subject] : null),
    educationLabel: (m) => EDUCATION_LABELS[m.education],
    teacherCertificateLabel: (m) => TEACHER_CERTIFICATE_LABELS[m.teacherCertificate],
    titleLabel: (m) => TITLE_LABELS[m.title],
    backboneLabel: (m) => BACKBONE_LABELS[m.backboneLevel],
    school: (m, _a, ctx) => (m.schoolId ? ctx.access().school(m.schoolId) : null),
    district: (m, _a, ctx) => ctx.access().districtOf(m),
  },
};

/**
 * 待办 (issue 14): what the viewer's own unit has to do now in the reporting cycle, worked out from
 * the data on each request — the current school year (Beijing time), its reporting period's
 * deadline, the reports, rosters, inputs and publications — never stored. Each item has a kind
 * code, a Chinese title, a count, the deadline where one applies (days left, 逾期) and the app
 * route to open. Reads the primary (`access.db`): a 待办 must not lag behind the action just
 * taken (a submission, a review). A constant number of SQL statements per unit level.
 */
import {
  cityInputs,
  type Db,
  districtInputs,
  districts,
  reportingPeriods,
  schoolReports,
  schools,
  schoolYears,
  staff,
} from "@edu2035/db";
import {
  CITY_INPUT_LABELS,
  DISTRICT_INPUT_LABELS,
  deadlineStatus,
  REPORT_NOT_STARTED_LABEL,
  REPORT_STATE_LABELS,
  schoolYearLabel,
  schoolYearOf,
} from "@edu2035/domain";
import { and, asc, desc, eq, isNull, lte, or, type SQL, sql } from "drizzle-orm";
import type { ResolvedUnit, ScopedAccess } from "../../authz/access.ts";
import { toRows } from "../indicators/measures.ts";
import { pendingSchools, raiseDeadlineNotices } from "../notices/service.ts";
import { toCarrySql } from "../staff/rollover.ts";
import { canPublish, readinessOfYears } from "../years/service.ts";

/** The kinds of 待办 (GraphQL TodoKind). */
export type TodoKind =
  | "REPORT_TO_SUBMIT"
  | "REPORT_RETURNED"
  | "ROSTER_CARRY_OVER"
  | "REPORTS_TO_REVIEW"
  | "SCHOOLS_NOT_REPORTING"
  | "DISTRICT_INPUTS_MISSING"
  | "DISTRICTS_BEHIND"
  | "CITY_INPUTS_MISSING"
  | "YEAR_READY_TO_PUBLISH";

/** A school or district a 待办 lists. */
export interface TodoEntryModel {
  id: string;
  name: string;
  detail: string | null;
  schoolYear: number | null;
}

/** One 待办 item (GraphQL TodoItem). */
export interface TodoItemModel {
  kind: TodoKind;
  title: string;
  detail: string | null;
  count: number;
  schoolYear: number;
  deadline: Date | null;
  daysLeft: number | null;
  overdue: boolean;
  link: string;
  entries: TodoEntryModel[];
}

/** The 待办 of a unit (GraphQL TodoList). */
export interface TodoListModel {
  schoolYear: number;
  deadline: Date | null;
  items: TodoItemModel[];
}

/** The deadline fields of an item (none without a deadline). */
function timing(deadline: Date | null, now: Date) {
  if (!deadline) return { deadline: null, daysLeft: null, overdue: false };
  const s = deadlineStatus(deadline, now);
  return { deadline, daysLeft: s.overdue ? null : s.daysLeft, overdue: s.overdue };
}

const noDeadline = { deadline: null, daysLeft: null, overdue: false } as const;

/**
 * The viewer's 待办 for the current school year (and reports of earlier years not yet published
 * that still wait for a step: a return to correct, a review). Raises the due 截止前提醒 first.
 */
export async function todos(access: ScopedAccess, now: Date = access.now()): Promise<TodoListModel> {
  const unit = await access.ownUnit();
  access.assertCan("notice.read", unit.ref);
  await raiseDeadlineNotices(access.db, now);
  const year = schoolYearOf(now);
  const [period] = await access.db
    .select({ deadline: reportingPeriods.deadline })
    .from(reportingPeriods)
    .where(eq(reportingPeriods.schoolYear, year));
  const deadline = period?.deadline ?? null;
  const ctx: Ctx = { db: access.db, year, deadline, now, scope: access.schoolScopeCondition() };
  const items =
    unit.level === "school"
      ? await schoolTodos(ctx, unit)
      : unit.level === "district"
        ? await districtTodos(ctx, unit)
        : await cityTodos(ctx);
  return { schoolYear: year, deadline, items };
}

interface Ctx {
  db: Db;
  /** The current school year. */
  year: number;
  deadline: Date | null;
  now: Date;
  /** The viewer's schools (authorized scope condition; undefined for the city). */
  scope: SQL | undefined;
}

/** Years not published (no school_years row, or reopened). */
const notPublished = or(isNull(schoolYears.state), eq(schoolYears.state, "reopened"));

/** Reports in scope in `status`, of years up to the current one and not published, newest year first. */
async function reportsIn(ctx: Ctx, status: "submitted" | "returned") {
  return ctx.db
    .select({
      school: { id: schools.id, name: schools.name, districtId: schools.districtId },
      schoolYear: schoolReports.schoolYear,
      reviewComment: schoolReports.reviewComment,
    })
    .from(schoolReports)
    .innerJoin(schools, eq(schools.id, schoolReports.schoolId))
    .leftJoin(schoolYears, eq(schoolYears.schoolYear, schoolReports.schoolYear))
    .where(
      and(ctx.scope, eq(schoolReports.status, status), lte(schoolReports.schoolYear, ctx.year), notPublished),
    )
    .orderBy(desc(schoolReports.schoolYear), asc(schools.code));
}

/** 年报 to submit, returned reports, the roster to carry over. */
async function schoolTodos(ctx: Ctx, unit: ResolvedUnit): Promise<TodoItemModel[]> {
  const schoolId = unit.id as string;
  const [pending, returned, [report], [roster], [toCarry]] = await Promise.all([
    pendingSchools(ctx.db, ctx.year, ctx.scope),
    reportsIn(ctx, "returned"),
    ctx.db
      .select({ status: schoolReports.status })
      .from(schoolReports)
      .where(and(eq(schoolReports.schoolId, schoolId), eq(schoolReports.schoolYear, ctx.year))),
    ctx.db
      .select({
        lastYearActive: sql<number>`cast(count(*) filter (where ${staff.schoolYear} = ${ctx.year - 1} and ${staff.status} = 'active') as integer)`,
        thisYear: sql<number>`cast(count(*) filter (where ${staff.schoolYear} = ${ctx.year}) as integer)`,
      })
      .from(staff)
      .where(and(eq(staff.schoolId, schoolId), sql`${staff.schoolYear} in (${ctx.year - 1}, ${ctx.year})`)),
    // 待结转: the banner's rule (staff/rollover.ts toCarrySql)
    ctx.db
      .execute(toCarrySql(eq(staff.schoolId, schoolId), ctx.year))
      .then((r) => toRows(r) as { to_carry: number }[]),
  ]);
  const items: TodoItemModel[] = [];
  const label = schoolYearLabel(ctx.year);
  for (const r of returned) {
    items.push({
      kind: "REPORT_RETURNED",
      title: `${schoolYearLabel(r.schoolYear)}年报已退回，请按意见修改后重新提交`,
      detail: r.reviewComment,
      count: 1,
      schoolYear: r.schoolYear,
      ...(r.schoolYear === ctx.year ? timing(ctx.deadline, ctx.now) : noDeadline),
      link: "report",
      entries: [],
    });
  }
  // due, not submitted, not exempted, and not already listed as returned
  if (pending.length && report?.status !== "returned") {
    items.push({
      kind: "REPORT_TO_SUBMIT",
      title: `填报并提交${label}年报`,
      detail: report
        ? `当前状态：${REPORT_STATE_LABELS[report.status]}`
        : `当前状态：${REPORT_NOT_STARTED_LABEL}`,
      count: 1,
      schoolYear: ctx.year,
      ...timing(ctx.deadline, ctx.now),
      link: "report",
      entries: [],
    });
  }
  // until every one of last year's 在岗 is on this year's roster (or marked 调出/退休 there)
  const carry = Number(toCarry?.to_carry ?? 0);
  if (roster && carry > 0 && unit.school?.active) {
    items.push({
      kind: "ROSTER_CARRY_OVER",
      title: `结转${label}教职工名册`,
      detail:
        roster.thisYear === 0
          ? `上学年在岗 ${roster.lastYearActive} 人，本学年名册尚无记录`
          : `上学年在岗 ${roster.lastYearActive} 人，尚有 ${carry} 人未结转到本学年名册`,
      count: carry,
      schoolYear: ctx.year,
      ...noDeadline,
      link: "roster",
      entries: [],
    });
  }
  return items;
}

/** Figures of an inputs row not filled in (all of them without a row), as labels. */
function missingFigures(
  row: Record<string, unknown> | undefined,
  labels: Readonly<Record<string, string>>,
): string[] {
  return Object.entries(labels)
    .filter(([k]) => k !== "schoolYear")
    .filter(([k]) => row?.[k] === null || row?.[k] === undefined)
    .map(([, l]) => l);
}

function inputsItem(
  kind: "DISTRICT_INPUTS_MISSING" | "CITY_INPUTS_MISSING",
  ctx: Ctx,
  missing: string[],
): TodoItemModel[] {
  if (!missing.length) return [];
  const label = schoolYearLabel(ctx.year);
  const shown = missing.slice(0, 3).join("、") + (missing.length > 3 ? ` 等 ${missing.length} 项` : "");
  return [
    {
      kind,
      title: kind === "DISTRICT_INPUTS_MISSING" ? `填报${label}区级年度数据` : `填报${label}市级年度数据`,
      detail: `尚未填写：${shown}`,
      count: missing.length,
      schoolYear: ctx.year,
      ...noDeadline,
      link: "inputs",
      entries: [],
    },
  ];
}

/** Rows grouped by their school year, in the rows' order (newest year first from reportsIn). */
function byYear<T extends { schoolYear: number }>(rows: readonly T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const r of rows) out.set(r.schoolYear, [...(out.get(r.schoolYear) ?? []), r]);
  return out;
}

/** The app route of 年报审核 opened on `schoolYear` (route key and query: `review?schoolYear=2025`). */
export const reviewLink = (schoolYear: number) => `review?schoolYear=${schoolYear}`;

/** 年报 awaiting review with their school years: 「3 份（2025—2026学年）」, or per year when several. */
function toReviewText(rows: readonly { schoolYear: number }[]): string {
  const years = [...byYear(rows)];
  if (years.length === 1) return `${rows.length} 份（${schoolYearLabel(years[0]![0])}）`;
  return `${rows.length} 份（${years.map(([y, r]) => `${schoolYearLabel(y)} ${r.length} 份`).join("、")}）`;
}

/** Reports awaiting review, schools not reporting, the district's own figures missing. */
async function districtTodos(ctx: Ctx, unit: ResolvedUnit): Promise<TodoItemModel[]> {
  const [submitted, pending, [inputs]] = await Promise.all([
    reportsIn(ctx, "submitted"),
    pendingSchools(ctx.db, ctx.year, ctx.scope),
    ctx.db
      .select()
      .from(districtInputs)
      .where(and(eq(districtInputs.districtId, unit.id as string), eq(districtInputs.schoolYear, ctx.year))),
  ]);
  const items: TodoItemModel[] = [];
  // one item per school year awaiting review, newest first: each names its year and opens it
  for (const [schoolYear, rows] of byYear(submitted)) {
    items.push({
      kind: "REPORTS_TO_REVIEW",
      title: `审核${schoolYearLabel(schoolYear)}学校年报（${rows.length} 份待审核）`,
      detail: null,
      count: rows.length,
      schoolYear,
      ...noDeadline,
      link: reviewLink(schoolYear),
      entries: rows.map((r) => ({
        id: r.school.id,
        name: r.school.name,
        detail: `${schoolYearLabel(r.schoolYear)}已提交`,
        schoolYear: r.schoolYear,
      })),
    });
  }
  if (pending.length) {
    items.push(await notReportingItem(ctx, pending));
  }
  items.push(...inputsItem("DISTRICT_INPUTS_MISSING", ctx, missingFigures(inputs, DISTRICT_INPUT_LABELS)));
  return items;
}

/** 未报送年报的学校 of the current year, each with its report's state (one statement). */
async function notReportingItem(ctx: Ctx, pending: { id: string; name: string }[]): Promise<TodoItemModel> {
  const states = await ctx.db
    .select({ schoolId: schoolReports.schoolId, status: schoolReports.status })
    .from(schoolReports)
    .innerJoin(schools, eq(schools.id, schoolReports.schoolId))
    .where(and(ctx.scope, eq(schoolReports.schoolYear, ctx.year)));
  const byId = new Map(states.map((s) => [s.schoolId, s.status]));
  return {
    kind: "SCHOOLS_NOT_REPORTING",
    title: `${pending.length} 所学校尚未报送${schoolYearLabel(ctx.year)}年报`,
    detail: null,
    count: pending.length,
    schoolYear: ctx.year,
    ...timing(ctx.deadline, ctx.now),
    link: reviewLink(ctx.year),
    entries: pending.map((s) => {
      const status = byId.get(s.id);
      return {
        id: s.id,
        name: s.name,
        detail: status ? REPORT_STATE_LABELS[status] : REPORT_NOT_STARTED_LABEL,
        schoolYear: null,
      };
    }),
  };
}

/** Districts behind, the city's own figures missing, years ready to publish. */
async function cityTodos(ctx: Ctx): Promise<TodoItemModel[]> {
  const [districtRows, submitted, pending, [inputs], ready] = await Promise.all([
    ctx.db.select().from(districts).orderBy(asc(districts.sortOrder), asc(districts.code)),
    reportsIn(ctx, "submitted"),
    pendingSchools(ctx.db, ctx.year, ctx.scope),
    ctx.db.select().from(cityInputs).where(eq(cityInputs.schoolYear, ctx.year)),
    yearsReadyToPublish(ctx),
  ]);
  const items: TodoItemModel[] = [];
  const behind: TodoEntryModel[] = [];
  for (const d of districtRows) {
    const notReported = pending.filter((s) => s.districtId === d.id).length;
    const toReview = submitted.filter((r) => r.school.districtId === d.id);
    if (!notReported && !toReview.length) continue;
    const parts = [
      notReported ? `未报送 ${notReported} 所` : null,
      toReview.length ? `待审核 ${toReviewText(toReview)}` : null,
    ];
    behind.push({ id: d.id, name: d.name, detail: parts.filter(Boolean).join(" · "), schoolYear: null });
  }
  if (behind.length) {
    items.push({
      kind: "DISTRICTS_BEHIND",
      title: `${behind.length} 个区的年报报送或审核未完成`,
      detail: `全市未报送 ${pending.length} 所学校（${schoolYearLabel(ctx.year)}）${submitted.length ? `，待审核年报 ${toReviewText(submitted)}` : ""}`,
      count: behind.length,
      schoolYear: ctx.year,
      ...timing(ctx.deadline, ctx.now),
      link: "progress",
      entries: behind,
    });
  }
  items.push(...inputsItem("CITY_INPUTS_MISSING", ctx, missingFigures(inputs, CITY_INPUT_LABELS)));
  for (const y of ready) {
    items.push({
      kind: "YEAR_READY_TO_PUBLISH",
      title: `${schoolYearLabel(y.schoolYear)}可以发布`,
      detail: `应报 ${y.due} 所学校均已审核或豁免`,
      count: 1,
      schoolYear: y.schoolYear,
      ...noDeadline,
      link: "years",
      entries: [],
    });
  }
  return items;
}

/**
 * Years up to the current one, with reports, not published, that can be published: THE
 * publication condition of modules/years (readinessOfYears, canPublish: every due school has an
 * approved 年报 or an exemption), for years with at least one due school. Newest first; three
 * statements.
 */
async function yearsReadyToPublish(ctx: Ctx): Promise<{ schoolYear: number; due: number }[]> {
  const candidates = await ctx.db
    .selectDistinct({ year: schoolReports.schoolYear })
    .from(schoolReports)
    .leftJoin(schoolYears, eq(schoolYears.schoolYear, schoolReports.schoolYear))
    .where(and(lte(schoolReports.schoolYear, ctx.year), notPublished))
    .orderBy(desc(schoolReports.schoolYear));
  const readiness = await readinessOfYears(
    ctx.db,
    candidates.map((c) => Number(c.year)),
    ctx.now,
  );
  return [...readiness.values()]
    .filter((r) => r.due > 0 && canPublish(r))
    .map((r) => ({ schoolYear: r.schoolYear, due: r.due }));
}

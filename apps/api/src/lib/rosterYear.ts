/**
 * Which school years a unit may write (可填报学年): THE rule for rosters (花名册) and the one
 * statement that says whether a school existed in a school year. Used by addStaff, updateStaff,
 * staffLeave, importStaffExcel, the roster rollover and the 年报 writes.
 *
 * A school's roster of school year Y is writable when
 * - Y is the current school year (Beijing time; 统计时点 1 September) and the school has not
 *   closed, or
 * - Y is a past year, a 补录 window for Y is open now (not closed, now < closes_at) covering
 *   the school (its district as a whole, or the school itself), and the school was open at Y's
 *   统计时点 (SQL `school_open_in`, migration 0007: the one definition of a year's schools).
 * A 教研室 roster (district or city, no school): the current school year only.
 * In every case the year must not be published (已发布, 封账): see {@link assertYearNotPublished},
 * THE lock of a year's data that every write of rosters, reports, inputs and registers takes.
 */
import { backfillWindows, type Db, type SchoolRow, schools, schoolYears, type Tx } from "@edu2035/db";
import { censusDate, schoolYearLabel, schoolYearOf } from "@edu2035/domain";
import { and, desc, eq, gt, isNull, lt, or, type SQL, sql } from "drizzle-orm";
import { badInput } from "../errors.ts";

/**
 * The advisory lock class of statistical years: `pg_advisory_xact_lock[_shared](YEAR_LOCK_CLASS,
 * year)`. Every write of a year's data holds it SHARED for its transaction
 * ({@link assertYearNotPublished}); publishing and reopening the year hold it EXCLUSIVE
 * ({@link lockYearExclusive}), so a write in flight and a publication never interleave: the
 * publication waits for the writes that started before it (and stores their figures), the
 * writes that come after it see the year published and are refused.
 */
export const YEAR_LOCK_CLASS = 2410;

/**
 * Take the EXCLUSIVE lock of a year for the transaction (publish, reopen): waits for every write
 * of the year in flight. Released at commit or rollback.
 */
export async function lockYearExclusive(tx: Tx, schoolYear: number): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${YEAR_LOCK_CLASS}::integer, ${schoolYear}::integer)`);
}

/**
 * THE lock of a year's data (封账): take the SHARED lock of the year for the transaction, then
 * refuse when the city has published the year (school_years.state = 'published'). Every write of
 * a year's rosters, reports, district and city inputs, registers, exemptions and 补录 windows
 * calls it inside the transaction that writes, so a publication either waits for the write
 * (and its figures include it) or comes first (and the write is refused). Reads never take it:
 * carrying a published year's roster over into the next year still works.
 * @param tx the writing transaction (the lock lasts until it ends).
 * @param schoolYear start year of the year written.
 * @param field the input field named in the error (usually "schoolYear").
 * @param hint what the message asks for, after the year and its version.
 * @throws BAD_USER_INPUT on `field`: "2024—2025学年已发布（v1），数据已锁定；如需修改，请市教育局重新开放该学年".
 */
export async function assertYearNotPublished(
  tx: Tx,
  schoolYear: number,
  field: string,
  hint = "数据已锁定；如需修改，请市教育局重新开放该学年",
): Promise<void> {
  await tx.execute(
    sql`select pg_advisory_xact_lock_shared(${YEAR_LOCK_CLASS}::integer, ${schoolYear}::integer)`,
  );
  await refusePublished(tx, schoolYear, field, hint);
}

/**
 * The refusal of {@link assertYearNotPublished} without the lock, for a write to give before it
 * checks its content (a user cannot change anything in a locked year, so that comes first); the
 * writing transaction asks again under the lock.
 */
export async function refusePublished(
  db: Db | Tx,
  schoolYear: number,
  field: string,
  hint = "数据已锁定；如需修改，请市教育局重新开放该学年",
): Promise<void> {
  const [row] = await db
    .select({ state: schoolYears.state, publishedVersion: schoolYears.publishedVersion })
    .from(schoolYears)
    .where(eq(schoolYears.schoolYear, schoolYear));
  if (row?.state === "published") {
    throw badInput(field, `${schoolYearLabel(schoolYear)}已发布（v${row.publishedVersion}），${hint}`);
  }
}

/**
 * {@link assertYearNotPublished} for each of several years (a write that changes the figures of
 * several years, e.g. a register entry), in ascending order.
 */
export async function assertYearsNotPublished(
  tx: Tx,
  years: readonly number[],
  field: string,
): Promise<void> {
  for (const y of [...new Set(years)].sort((a, b) => a - b)) await assertYearNotPublished(tx, y, field);
}

/** SQL: school year `year` (a number or an SQL expression) is published (已发布, locked). */
export function yearPublished(year: number | SQL): SQL<boolean> {
  const y = typeof year === "number" ? sql`cast(${year} as integer)` : year;
  return sql<boolean>`exists (select 1 from ${schoolYears} where ${schoolYears.schoolYear} = ${y} and ${schoolYears.state} = 'published')`;
}

/**
 * SQL: the school (columns of `schools` in the query) was open at school year `year`'s 统计时点.
 * `year` is a number or an SQL expression (e.g. a fact row's school_year column).
 */
export function schoolOpenIn(year: number | SQL): SQL<boolean> {
  const y = typeof year === "number" ? sql`cast(${year} as integer)` : year;
  return sql<boolean>`school_open_in(${schools.openedOn}, ${schools.closedOn}, ${y})`;
}

/**
 * An instant as Beijing time (UTC+8) to the minute, as the 补录 messages show it:
 * 2027-01-05T10:00:00Z → "2027/01/05 18:00".
 */
export function beijingMinute(at: Date): string {
  const d = new Date(at.getTime() + 8 * 3600_000).toISOString();
  return `${d.slice(0, 10).replaceAll("-", "/")} ${d.slice(11, 16)}`;
}

/** SQL: a 补录 window is open at `now` (not closed early, before its deadline). */
export function windowOpenAt(now: Date): SQL {
  return and(isNull(backfillWindows.closedAt), gt(backfillWindows.closesAt, now))!;
}

/** SQL: the window covers the school (its district as a whole, or the school itself). */
function windowCovers(school: Pick<SchoolRow, "id" | "districtId">): SQL {
  return and(
    eq(backfillWindows.districtId, school.districtId),
    or(isNull(backfillWindows.schoolId), eq(backfillWindows.schoolId, school.id)),
  )!;
}

/** "海勃湾区第一小学在2024—2025学年统计时点（2024-09-01）未办学" */
function notOpenMessage(school: Pick<SchoolRow, "name">, schoolYear: number): string {
  return `${school.name}在${schoolYearLabel(schoolYear)}统计时点（${censusDate(schoolYear)}）未办学`;
}

/**
 * Whether the school was open at school year `schoolYear`'s 统计时点 (one statement through
 * SQL `school_open_in`).
 */
export async function schoolOpenInYear(db: Db | Tx, schoolId: string, schoolYear: number): Promise<boolean> {
  const [row] = await db
    .select({ open: schoolOpenIn(schoolYear) })
    .from(schools)
    .where(eq(schools.id, schoolId));
  return row?.open === true;
}

/**
 * Refuse a write of a school's figures (年报) for a year in which the school did not exist
 * (before it opened, or from its closing).
 * @param what what is written, e.g. "年报".
 * @throws BAD_USER_INPUT on `field`: "…在2024—2025学年统计时点（2024-09-01）未办学，不能填报该学年年报".
 */
export async function assertSchoolOpenIn(
  db: Db | Tx,
  school: Pick<SchoolRow, "id" | "name">,
  schoolYear: number,
  field: string,
  what: string,
): Promise<void> {
  if (!(await schoolOpenInYear(db, school.id, schoolYear))) {
    throw badInput(field, `${notOpenMessage(school, schoolYear)}，不能填报该学年${what}`);
  }
}

/**
 * Why a past year is not open to the school, from the covering window that ended last:
 * "2024—2025学年的补录已于 2027/01/05 18:00 截止" (ran out; Beijing time), "2024—2025学年的补录已关闭"
 * (closed early by the city), "2024—2025学年未开放补录" (never opened to it).
 */
async function windowEndedText(
  db: Db | Tx,
  school: Pick<SchoolRow, "id" | "districtId">,
  schoolYear: number,
  label: string,
): Promise<string> {
  const [last] = await db
    .select({ closesAt: backfillWindows.closesAt, closedAt: backfillWindows.closedAt })
    .from(backfillWindows)
    .where(and(eq(backfillWindows.schoolYear, schoolYear), windowCovers(school)))
    .orderBy(desc(sql`coalesce(${backfillWindows.closedAt}, ${backfillWindows.closesAt})`))
    .limit(1);
  if (!last) return `${label}未开放补录`;
  if (last.closedAt && last.closedAt < last.closesAt) return `${label}的补录已关闭`;
  return `${label}的补录已于 ${beijingMinute(last.closesAt)} 截止`;
}

/**
 * THE rule of writable roster years (see the module comment), for a school's roster or (school
 * null) a 教研室's. One statement for a past year (the school's year membership and the
 * covering window together), none for the current year.
 * @param school the roster's school, already authorized; null for a 教研室 roster.
 * @param schoolYear start year of the roster's school year.
 * @param tx the writing transaction: the year's lock ({@link assertYearNotPublished}) is held
 *   until it ends.
 * @param field the input field named in the error (usually "schoolYear").
 * @param now the instant of the request: the API's clock (`access.now()`).
 * @throws BAD_USER_INPUT on `field`: a published year (已发布); a future year; a closed school's current roster; a past year
 *   without an open 补录 window ("2024—2025学年未开放补录，不能修改该学年名册", or "…的补录已于
 *   2027/01/05 18:00 截止，…" / "…的补录已关闭，…" when its window ran out or was closed); a year the school
 *   did not exist; a 教研室's past year.
 */
export async function assertRosterYearOpen(
  tx: Tx,
  school: Pick<SchoolRow, "id" | "name" | "districtId" | "closedOn"> | null,
  schoolYear: number,
  field: string,
  now: Date,
): Promise<void> {
  const current = schoolYearOf(now);
  const label = schoolYearLabel(schoolYear);
  if (schoolYear > current) {
    throw badInput(field, `不能填报未来学年的花名册（当前为${schoolYearLabel(current)}）`);
  }
  await assertYearNotPublished(tx, schoolYear, field);
  if (schoolYear === current) {
    const today = new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
    if (school?.closedOn && school.closedOn <= today) {
      throw badInput(field, `${school.name}已于 ${school.closedOn} 撤销，不能再修改花名册`);
    }
    return;
  }
  if (!school) {
    throw badInput(field, `教研室花名册只能填报本学年（${schoolYearLabel(current)}），${label}不能修改`);
  }
  const [row] = await tx
    .select({
      open: schoolOpenIn(schoolYear),
      window: sql<boolean>`exists (${tx
        .select({ one: sql`1` })
        .from(backfillWindows)
        .where(and(eq(backfillWindows.schoolYear, schoolYear), windowCovers(school), windowOpenAt(now)))})`,
    })
    .from(schools)
    .where(eq(schools.id, school.id));
  if (!row?.window)
    throw badInput(field, `${await windowEndedText(tx, school, schoolYear, label)}，不能修改该学年名册`);
  if (!row.open) throw badInput(field, `${notOpenMessage(school, schoolYear)}，不能填报该学年名册`);
}

/**
 * The school years whose roster a school may write now (see the module comment), newest
 * first: the current year (unless the school has closed) and each past year with an open
 * window covering the school in which the school existed; never a published (已发布) year.
 * Two statements.
 */
export async function editableRosterYears(
  db: Db | Tx,
  school: Pick<SchoolRow, "id" | "districtId" | "closedOn">,
  now: Date,
): Promise<number[]> {
  const current = schoolYearOf(now);
  const today = new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
  const past = await db
    .selectDistinct({ year: backfillWindows.schoolYear })
    .from(backfillWindows)
    .innerJoin(schools, eq(schools.id, school.id))
    .where(
      and(
        windowCovers(school),
        windowOpenAt(now),
        lt(backfillWindows.schoolYear, current),
        schoolOpenIn(sql`${backfillWindows.schoolYear}`),
        sql`not ${yearPublished(sql`${backfillWindows.schoolYear}`)}`,
      ),
    )
    .orderBy(desc(backfillWindows.schoolYear));
  const years = past.map((p) => Number(p.year));
  if (school.closedOn && school.closedOn <= today) return years;
  const [locked] = await db
    .select({ state: schoolYears.state })
    .from(schoolYears)
    .where(and(eq(schoolYears.schoolYear, current), eq(schoolYears.state, "published")));
  return locked ? years : [current, ...years];
}

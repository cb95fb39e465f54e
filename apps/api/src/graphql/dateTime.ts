/**
 * The `DateTime` scalar: an ISO 8601 instant. Out: `Date` → "2027-01-05T10:00:00.000Z". In: a
 * date and time with its offset ("2027-01-05T18:00:00+08:00", "2027-01-05T10:00:00.000Z"), or
 * a date alone ("2027-01-05", midnight UTC, as JavaScript reads it), given to resolvers as the
 * canonical UTC ISO string. A text that is not a real instant (30 February, hour 24, "tomorrow")
 * is refused, never moved to another date; so is an instant whose year (in UTC) is outside
 * DATE_TIME_YEARS (1900–2100: no date of this plan's work lies outside, and PostgreSQL's and
 * JavaScript's ranges differ far beyond it). Both refusals are BAD_USER_INPUT; variableErrors.ts
 * names the field.
 */
import { GraphQLError, GraphQLScalarType, Kind } from "graphql";

/** The message of a refused DateTime; formatError puts the field's name before it. */
export const DATE_TIME_FORMAT_MESSAGE = "时间格式不正确：应为 ISO 8601 时间，例如 2027-01-05T18:00:00+08:00";

/** The years an instant may fall in (UTC), inclusive. */
export const DATE_TIME_YEARS = { min: 1900, max: 2100 } as const;

/** The message of a DateTime outside DATE_TIME_YEARS; formatError puts the field's name before it. */
export const DATE_TIME_RANGE_MESSAGE = `时间超出范围：年份应在 ${DATE_TIME_YEARS.min} 至 ${DATE_TIME_YEARS.max} 之间`;

const ISO_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2}))?$/;

/**
 * The instant an ISO 8601 text names, or null when it names none: the date and time parts must
 * equal those of the instant read back in the offset given (2027-02-30 is not 2027-03-02).
 */
export function parseInstant(text: string): Date | null {
  const m = ISO_RE.exec(text);
  if (!m) return null;
  const [, y, mo, d, h = "0", mi = "0", s = "0", frac = "", zone = "Z"] = m;
  const offsetMinutes =
    zone === "Z" ? 0 : (zone[0] === "-" ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  if (Math.abs(offsetMinutes) > 14 * 60 || Number(zone.slice(-2)) > 59) return null;
  const local = Date.UTC(
    Number(y),
    Number(mo) - 1,
    Number(d),
    Number(h),
    Number(mi),
    Number(s),
    Number(frac.padEnd(3, "0").slice(0, 3)),
  );
  const back = new Date(local);
  if (
    back.getUTCFullYear() !== Number(y) ||
    back.getUTCMonth() + 1 !== Number(mo) ||
    back.getUTCDate() !== Number(d) ||
    back.getUTCHours() !== Number(h) ||
    back.getUTCMinutes() !== Number(mi) ||
    back.getUTCSeconds() !== Number(s)
  ) {
    return null;
  }
  const at = new Date(local - offsetMinutes * 60_000);
  return Number.isNaN(at.getTime()) ? null : at;
}

function parse(value: unknown): string {
  const at = typeof value === "string" ? parseInstant(value) : null;
  if (!at) throw new GraphQLError(DATE_TIME_FORMAT_MESSAGE, { extensions: { code: "BAD_USER_INPUT" } });
  const year = at.getUTCFullYear();
  if (year < DATE_TIME_YEARS.min || year > DATE_TIME_YEARS.max) {
    throw new GraphQLError(DATE_TIME_RANGE_MESSAGE, { extensions: { code: "BAD_USER_INPUT" } });
  }
  return at.toISOString();
}

/** The scalar's resolver (server.ts). */
export const DateTime = new GraphQLScalarType({
  name: "DateTime",
  description: "ISO 8601 instant",
  serialize: (v) => (v instanceof Date ? v.toISOString() : String(v)),
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError(DATE_TIME_FORMAT_MESSAGE, { extensions: { code: "BAD_USER_INPUT" } });
    }
    return parse(ast.value);
  },
});

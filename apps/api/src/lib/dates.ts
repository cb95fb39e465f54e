/** Dates as the bureaus read them: Beijing time (UTC+8), whatever the server's time zone. */

/** Today's date in Beijing time, ISO "YYYY-MM-DD" (of `now`: default the system clock). */
export function todayInBeijing(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

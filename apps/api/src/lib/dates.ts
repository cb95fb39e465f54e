/** Dates as the bureaus read them: Beijing time (UTC+8), whatever the server's time zone. */

/** Today's date in Beijing time, ISO "YYYY-MM-DD". */
export function todayInBeijing(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** The same server URL pointing at another database. */
export function databaseUrlFor(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** The URL of the database named in DATABASE_URL, used to create and drop test databases. */
export function adminUrl(url: string): string {
  return url;
}

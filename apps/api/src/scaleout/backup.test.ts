/**
 * Backups that restore: deploy/backup.sh dumps a database holding the small fixture (pg_dump
 * -Fc, a date-stamped name, retention), deploy/restore.sh loads the dump into a new empty
 * database (and refuses one that is not empty), and an API process on the restored database
 * answers a login and the fixture's figures. Runs only with DATABASE_URL (the scripts are for
 * PostgreSQL); the databases are dropped and the folder removed after.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createThrowawayDatabase, type ThrowawayDatabase } from "@edu2035/db/testing";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEnv } from "../env.ts";
import { FIXTURE_PASSWORD, type SmallCity } from "../fixtures/smallCity.ts";
import { type ApiProcess, startApiProcess } from "../testing/apiProcess.ts";
import { type SeededDatabase, seededDatabase } from "../testing/seededDatabase.ts";
import { gql, loginAs } from "../testing.ts";

const DATABASE_URL = readEnv().DATABASE_URL;
/** The PATH a server's cron or systemd timer runs the scripts with (Debian's default). */
const SYSTEM_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
const DEPLOY = fileURLToPath(new URL("../../../../deploy/", import.meta.url));

/** Run a deploy script with bash; resolves with its exit code, stdout and stderr. */
function script(name: string, args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      "bash",
      [join(DEPLOY, name), ...args],
      // the scripts find pg_dump, pg_restore and psql on PATH (or in /usr/lib/postgresql)
      { env: { PATH: SYSTEM_PATH, ...env }, encoding: "utf8", timeout: 180_000 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === "number" ? err.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const RESULTS = `query($u: OrgUnitInput!) { targetResults(unit: $u, schoolYear: 2025, targetIds: ["A08", "B11"]) {
  target { id } value numerator denominator } }`;

describe.skipIf(!DATABASE_URL)("backup and restore (needs DATABASE_URL)", () => {
  let source: SeededDatabase | undefined;
  let restored: ThrowawayDatabase | undefined;
  let api: ApiProcess | undefined;
  let dir: string;
  let ids: SmallCity;
  let dumpFile: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "edu2035-backup-"));
    source = await seededDatabase(DATABASE_URL as string);
    ids = source.ids;
    restored = await createThrowawayDatabase(DATABASE_URL as string);
  }, 180_000);

  afterAll(async () => {
    await api?.stop();
    await source?.drop();
    await restored?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it("dumps to a date-stamped, private file and removes only old dumps of that database", async () => {
    const db = source!.name;
    const daysAgo = (file: string, days: number) => {
      writeFileSync(join(dir, file), "old");
      const t = Date.now() / 1000 - days * 86_400;
      utimesSync(join(dir, file), t, t);
    };
    daysAgo(`${db}-20200101T000000Z.dump`, 30);
    daysAgo(`${db}-20200102T000000Z.dump`, 20);
    daysAgo(`${db}-20200103T000000Z.dump`, 2);
    daysAgo("another-20200101T000000Z.dump", 30);
    const r = await script("backup.sh", [], {
      DATABASE_URL: source!.url,
      BACKUP_DIR: dir,
      BACKUP_KEEP_DAYS: "14",
      BACKUP_KEEP_MIN: "1",
    });
    expect(r.stderr).not.toMatch(/error/i);
    expect(r.code).toBe(0);
    dumpFile = r.stdout.trim();
    expect(dumpFile).toMatch(new RegExp(`^${dir}/${db}-\\d{8}T\\d{6}Z\\.dump$`));
    expect(statSync(dumpFile).mode & 0o777).toBe(0o600);
    expect(statSync(dumpFile).size).toBeGreaterThan(10_000);
    // older than 14 days: removed; 2 days old: kept; another database's dump: not touched
    expect(
      readdirSync(dir)
        .filter((f) => f.endsWith(".dump"))
        .sort(),
    ).toEqual(
      [`${db}-20200103T000000Z.dump`, dumpFile.slice(dir.length + 1), "another-20200101T000000Z.dump"].sort(),
    );
    expect(r.stderr).toContain(`${db}-20200101T000000Z.dump`);
  });

  it("restores into an empty database and refuses one that is not empty", async () => {
    const r = await script("restore.sh", [dumpFile, restored!.url]);
    expect(r.code).toBe(0);
    expect(r.stdout.replace(/\s+/g, " ")).toMatch(
      /migrations \| districts \| schools \| staff_records \| accounts/,
    );
    // every table has the source's rows
    const counts = async (url: string) => {
      const sql = postgres(url, { max: 1, onnotice: () => {} });
      try {
        const tables = await sql<{ name: string }[]>`
          select schemaname || '.' || tablename as name from pg_tables
          where schemaname in ('public', 'drizzle') order by 1`;
        const out: Record<string, number> = {};
        for (const t of tables) {
          const [row] = await sql.unsafe(`select cast(count(*) as integer) as n from ${t.name}`);
          out[t.name] = (row as unknown as { n: number }).n;
        }
        return out;
      } finally {
        await sql.end({ timeout: 5 });
      }
    };
    const before = await counts(source!.url);
    expect(before["public.staff"]).toBeGreaterThan(20);
    expect(before["public.users"]).toBe(5);
    expect(await counts(restored!.url)).toEqual(before);
    const again = await script("restore.sh", [dumpFile, restored!.url]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("the target database is not empty");
    const missing = await script("restore.sh", [join(dir, "nothing.dump"), restored!.url]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("no such file");
  });

  it("serves the restored database: a login and the fixture's figures", async () => {
    api = await startApiProcess({ env: { DATABASE_URL: restored!.url }, wait: true });
    const city = await loginAs(api.url, "city", FIXTURE_PASSWORD, "CITY");
    const r = await gql(api.url, RESULTS, { u: { level: "CITY" } }, city);
    const byId = Object.fromEntries(
      ((r.data?.targetResults ?? []) as { target: { id: string } }[]).map((x) => [x.target.id, x]),
    );
    // A08: P1 3 of 4 + N2 3 of 5 = 6/9; B11: approved reports 920 passed of 1,000 tested = 92%
    expect(byId.A08).toMatchObject({ numerator: 6, denominator: 9 });
    expect(byId.B11).toMatchObject({ numerator: 920, denominator: 1000, value: 92 });
    const school = await loginAs(api.url, "p1", FIXTURE_PASSWORD, "SCHOOL");
    expect((await gql(api.url, `{ viewer { school { id name } } }`, {}, school)).data).toEqual({
      viewer: { school: { id: ids.p1, name: "海勃湾区第一小学" } },
    });
    // a wrong password is still refused on the restored accounts
    const wrong = await gql(
      api.url,
      `mutation { login(input: {username: "p1", password: "x", app: SCHOOL}) { token } }`,
    );
    expect(wrong.errors?.[0]?.message).toBe("用户名或密码错误");
  });
});

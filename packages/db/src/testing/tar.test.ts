/**
 * unpackTar against PGlite's own dump: a database dumped by `dumpDataDir("none")` and unpacked
 * with plain file writes opens as an existing data directory, with its rows (PGlite only: the
 * dump is PGlite's format).
 */
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../env.ts";
import { unpackTar } from "./tar.ts";

/** Scratch folder of this run under the git-ignored .data/ (never the system temp folder). */
const DIR = join(REPO_ROOT, ".data", `tar-test-${process.pid}`);

/** One ustar header block for `name` (type `type`, `size` bytes), checksum left blank. */
function header(name: string, size: number, type: string): Buffer {
  const h = Buffer.alloc(512);
  h.write(name, 0, "utf8");
  h.write(`${size.toString(8).padStart(11, "0")}\0`, 124, "ascii");
  h.write(type, 156, "ascii");
  h.write("ustar\0", 257, "ascii");
  return h;
}

describe("unpackTar", () => {
  afterAll(() => rmSync(DIR, { recursive: true, force: true }));

  it("unpacks a PGlite dump into a folder that opens as that database", async () => {
    const source = new PGlite();
    await source.exec(
      "create table units (id int primary key, name text); insert into units values (1, '海勃湾区'), (2, '乌达区'), (3, '海南区');",
    );
    const dump = Buffer.from(await (await source.dumpDataDir("none")).arrayBuffer());
    await source.close();

    const dir = join(DIR, "db");
    const { files, bytes } = unpackTar(dump, dir);
    expect(files).toBeGreaterThan(100); // a whole data directory: catalogues, WAL, config files
    expect(bytes).toBeLessThan(dump.length); // the headers and padding are not written
    expect(readdirSync(dir)).toEqual(expect.arrayContaining(["PG_VERSION", "base", "global", "pg_wal"]));

    const opened = new PGlite(dir);
    // 1 + 2 + 3 = 6; the names in id order
    const sum = await opened.query<{ n: number; names: string }>(
      "select sum(id)::int as n, string_agg(name, '、' order by id) as names from units",
    );
    expect(sum.rows).toEqual([{ n: 6, names: "海勃湾区、乌达区、海南区" }]);
    await opened.exec("insert into units values (4, '乌海市')");
    await opened.close();
    // written to the folder: a second open sees the fourth row
    const again = new PGlite(dir);
    expect((await again.query<{ c: number }>("select count(*)::int as c from units")).rows).toEqual([
      { c: 4 },
    ]);
    await again.close();
  }, 300_000); // initdb of the source database: a minute or more on a busy 2-core machine

  it("refuses an entry whose path leaves the folder, and a truncated file", () => {
    const leaving = Buffer.concat([header("../outside", 0, "0"), Buffer.alloc(1024)]);
    expect(() => unpackTar(leaving, join(DIR, "escape"))).toThrow(
      "unpackTar: ../outside is outside the folder",
    );
    const truncated = Buffer.concat([header("/PG_VERSION", 600, "0"), Buffer.from("17\n")]);
    expect(() => unpackTar(truncated, join(DIR, "truncated"))).toThrow("unpackTar: /PG_VERSION is truncated");
    const link = Buffer.concat([header("/link", 0, "2"), Buffer.alloc(1024)]);
    expect(() => unpackTar(link, join(DIR, "link"))).toThrow('unpackTar: /link has entry type "2"');
  });
});

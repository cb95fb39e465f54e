/**
 * bulkInsert sends each column as one PostgreSQL array literal (issue 15): every value must come
 * back as it went in, whatever characters it holds — the array literal's own syntax (quotes,
 * backslashes, commas, braces, spaces, the word NULL), an empty text, null — and a jsonb column
 * keeps a JSON string, number, boolean or object as that JSON value. On PGlite and (with
 * DATABASE_URL) PostgreSQL.
 */
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { arrayElement, bulkInsert } from "./bulkInsert.ts";
import type { DbHandle } from "./client.ts";
import { auditLog, people } from "./schema/index.ts";
import { testBackends } from "./testing/index.ts";

describe("arrayElement", () => {
  it("writes array_in's syntax: NULL bare, numbers and booleans bare, text quoted and escaped", () => {
    expect(arrayElement(null)).toBe("NULL");
    expect(arrayElement(undefined)).toBe("NULL");
    expect(arrayElement(-1.5)).toBe("-1.5");
    expect(arrayElement(true)).toBe("t");
    expect(arrayElement("NULL")).toBe('"NULL"');
    expect(arrayElement('a "b" \\c')).toBe('"a \\"b\\" \\\\c"');
    expect(arrayElement(new Date("2026-09-01T08:00:00Z"))).toBe('"2026-09-01T08:00:00.000Z"');
    // a json/jsonb column's element is always JSON: a string stays a JSON string
    expect(arrayElement("x", true)).toBe('"\\"x\\""');
    expect(arrayElement(false, true)).toBe('"false"');
  });
});

/** Texts that are array-literal syntax or otherwise awkward, one per row. */
const TEXTS = [
  '引号"在中间',
  "反斜杠\\在中间",
  "a,b",
  "{c}",
  "NULL",
  "",
  "  前后空格  ",
  "换行\n制表\t",
  '\\"{,}',
];

describe.each(testBackends())("bulkInsert on $name", (backend) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await backend.open();
  });
  afterAll(() => h.close());

  it("stores every text, null, date, timestamp and jsonb value as given", async () => {
    const at = new Date("2026-09-01T08:00:00.000Z");
    const jsons = [
      { k: 'v"\\', n: [1, null] },
      "NULL",
      3.25,
      true,
      null,
      { 姓名: "张三" },
      [],
      "",
      { a: "{}" },
    ];
    await h.db.transaction((tx) =>
      bulkInsert(
        tx,
        auditLog,
        TEXTS.map((t, i) => ({
          at,
          userId: null,
          action: "bulk.test",
          entityType: t,
          // a key given by some rows only: null where a row leaves it out
          ...(i % 2 ? { entityId: `e${i}` } : {}),
          before: jsons[i] ?? null,
        })),
      ),
    );
    const rows = await h.db
      .select({
        at: auditLog.at,
        entityType: auditLog.entityType,
        entityId: auditLog.entityId,
        before: auditLog.before,
        after: auditLog.after,
      })
      .from(auditLog)
      .where(eq(auditLog.action, "bulk.test"))
      .orderBy(asc(auditLog.id));
    expect(rows).toEqual(
      TEXTS.map((t, i) => ({
        at,
        entityType: t,
        entityId: i % 2 ? `e${i}` : null,
        before: jsons[i] ?? null,
        after: null,
      })),
    );
  });

  it("stores dates and defaults (ethnicity 汉族 when no row gives it)", async () => {
    const ids = ["00000000-0000-4000-8000-00000000b001", "00000000-0000-4000-8000-00000000b002"];
    await bulkInsert(h.db, people, [
      { id: ids[0]!, name: "赵六", gender: "male", birthDate: "1992-12-01", idNumberTail: "123X" },
      { id: ids[1]!, name: 'O"Neil', gender: "female", birthDate: "1980-02-29", idNumberTail: null },
    ]);
    const rows = await h.db
      .select({
        name: people.name,
        birthDate: people.birthDate,
        ethnicity: people.ethnicity,
        tail: people.idNumberTail,
      })
      .from(people)
      .where(eq(people.gender, "male"))
      .orderBy(asc(people.name));
    expect(rows.find((r) => r.name === "赵六")).toEqual({
      name: "赵六",
      birthDate: "1992-12-01",
      ethnicity: "汉族",
      tail: "123X",
    });
    const [neil] = await h.db.select().from(people).where(eq(people.id, ids[1]!));
    expect([neil?.name, neil?.birthDate, neil?.idNumberTail]).toEqual(['O"Neil', "1980-02-29", null]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../client.ts";
import { testBackends } from "../testing/index.ts";
import { districts } from "./districts.ts";
import { people } from "./people.ts";
import { schools } from "./schools.ts";
import { staff } from "./staff.ts";

describe.each(testBackends())("staff table constraints on $name", (backend) => {
  let h: DbHandle;
  let d1: string;
  let d2: string;
  let school: string;
  let person: string;

  beforeAll(async () => {
    h = await backend.open();
    const [a, b] = await h.db
      .insert(districts)
      .values([
        { code: "150302", name: "海勃湾区" },
        { code: "150303", name: "海南区" },
      ])
      .returning();
    d1 = a!.id;
    d2 = b!.id;
    const [s] = await h.db
      .insert(schools)
      .values({ code: "2150000001", name: "测试小学", districtId: d1, type: "primary" })
      .returning();
    school = s!.id;
    const [p] = await h.db
      .insert(people)
      .values({ name: "张测试", gender: "female", birthDate: "1985-03-02" })
      .returning();
    person = p!.id;
  });
  afterAll(() => h.close());

  it("accepts a teacher whose district is the school's", async () => {
    const [row] = await h.db
      .insert(staff)
      .values({
        personId: person,
        schoolYear: 2020,
        schoolId: school,
        districtId: d1,
        role: "teacher",
        education: "bachelor",
      })
      .returning();
    expect(row!.version).toBe(1);
    expect(row!.fullTime).toBe(true);
  });

  it("refuses a teacher filed under another district than its school's", async () => {
    await expect(
      h.db.insert(staff).values({
        personId: person,
        schoolYear: 2021,
        schoolId: school,
        districtId: d2,
        role: "teacher",
        education: "bachelor",
      }),
    ).rejects.toThrow();
  });

  it("refuses a 教研员 attached to a school, and a teacher without one", async () => {
    await expect(
      h.db.insert(staff).values({
        personId: person,
        schoolYear: 2022,
        schoolId: school,
        districtId: d1,
        role: "researcher",
        education: "bachelor",
      }),
    ).rejects.toThrow();
    await expect(
      h.db
        .insert(staff)
        .values({ personId: person, schoolYear: 2023, role: "teacher", education: "bachelor" }),
    ).rejects.toThrow();
  });

  it("refuses a second row for the same person and school year", async () => {
    await expect(
      h.db.insert(staff).values({
        personId: person,
        schoolYear: 2020,
        schoolId: school,
        districtId: d1,
        role: "teacher",
        education: "associate",
      }),
    ).rejects.toThrow();
  });
});

/**
 * 监测报告 through GraphQL over HTTP on the published demo (2020—2024 已发布 v1, 2025 审核中), on
 * PGlite and (with DATABASE_URL) PostgreSQL: the city's 2024 report as .docx read back (unzipped,
 * word/document.xml) against the same year's targetDashboard — the summary's status counts, the
 * overview rows, one chart image per target with data, a sentence with its exact numbers and its
 * 达成路径 — its 目录 field, page-number footer and cover; 海勃湾区's report names only its own
 * district; the PDF (%PDF, its page count, its title); a school's 年度数据简报; a 预览 year; out-of-scope and
 * bad-year refusals.
 */
import type { DbHandle } from "@edu2035/db";
import { DEMO_PASSWORD } from "@edu2035/db/demo";
import { testBackends } from "@edu2035/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishDemoYears } from "../../demoPublication.ts";
import { openPublishedDemoPglite } from "../../testing/publishedDemo.ts";
import { unzip, wordText } from "../../testing/zip.ts";
import { gql, loginAs, startApiOn } from "../../testing.ts";
import { closeSharedBrowser } from "./browser.ts";

const REPORT = `query($u: OrgUnitInput!, $y: Int!, $f: MonitoringReportFormat!) {
  monitoringReport(unit: $u, schoolYear: $y, format: $f) { filename mimeType base64 final pageCount } }`;
const DASHBOARD = `query($u: OrgUnitInput!, $from: Int!, $to: Int!) {
  targetDashboard(unit: $u, fromYear: $from, toYear: $to) {
    unit { level name } children { id name }
    results { target { id name group } unit { level id } schoolYear value numerator denominator status
      statusLabel provisional whatItTakes coverage { label } } } }`;
const DISTRICTS = `{ districts { id name } }`;
const SCHOOLS = `query($d: ID!) { schools(districtId: $d) { id name code } }`;

interface Result {
  target: { id: string; name: string; group: string };
  unit: { level: string; id: string | null };
  schoolYear: number;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  status: string;
  statusLabel: string;
  provisional: boolean;
  whatItTakes: string | null;
  coverage: { label: string };
}

type Ext = { code?: string; field?: string };
const ext = (r: { errors?: { extensions?: unknown }[] }) => (r.errors?.[0]?.extensions ?? {}) as Ext;

/** The parts of a .docx: document text, the raw XML of document, settings and footers, media names. */
function readDocx(base64: string) {
  const files = unzip(Buffer.from(base64, "base64"));
  const part = (name: string) => files.get(name)?.toString("utf8") ?? "";
  const documentXml = part("word/document.xml");
  const footers = [...files.keys()].filter((n) => /^word\/footer\d*\.xml$/.test(n)).map(part);
  return {
    text: wordText(documentXml),
    documentXml,
    settingsXml: part("word/settings.xml"),
    footerXml: footers.join("\n"),
    media: [...files.keys()].filter((n) => n.startsWith("word/media/")),
  };
}

/** The PDF's /Title (Chromium writes the HTML <title> as UTF-16BE hex or a literal string). */
function pdfTitle(pdf: Buffer): string | null {
  const text = pdf.toString("latin1");
  const hex = text.match(/\/Title\s*<FEFF([0-9A-Fa-f]+)>/);
  if (hex) {
    const bytes = Buffer.from(hex[1]!, "hex");
    let s = "";
    for (let i = 0; i + 1 < bytes.length; i += 2) s += String.fromCharCode(bytes.readUInt16BE(i));
    return s;
  }
  const lit = text.match(/\/Title\s*\(([^)]*)\)/);
  return lit ? lit[1]! : null;
}

describe.each(testBackends())("监测报告 on $name", (backend) => {
  let h: DbHandle;
  let api: Awaited<ReturnType<typeof startApiOn>>;
  let url: string;
  const t = { city: "", haibowan: "", school: "" };
  let haibowan = { id: "", name: "" };
  let others: { id: string; name: string }[] = [];
  let school = { id: "", name: "", code: "" };

  beforeAll(async () => {
    if (backend.name === "pglite") h = await openPublishedDemoPglite();
    else {
      h = await backend.openDemo();
      await publishDemoYears(h.db);
    }
    api = await startApiOn(h);
    url = api.url;
    t.city = await loginAs(url, "city", DEMO_PASSWORD, "CITY");
    t.haibowan = await loginAs(url, "haibowan", DEMO_PASSWORD, "DISTRICT");
    const districts = (await gql(url, DISTRICTS, {}, t.city)).data!.districts as {
      id: string;
      name: string;
    }[];
    haibowan = districts.find((d) => d.name === "海勃湾区")!;
    others = districts.filter((d) => d.id !== haibowan.id);
    const schools = (await gql(url, SCHOOLS, { d: haibowan.id }, t.city)).data!.schools as (typeof school)[];
    school = schools.find((s) => s.name.includes("小学"))!;
    t.school = await loginAs(url, `s${school.code}`, DEMO_PASSWORD, "SCHOOL");
  }, 600_000);
  afterAll(async () => {
    await closeSharedBrowser();
    await api?.stop();
    await h?.close();
  });

  it("the city's 2024 report (.docx) carries the dashboard's figures, sentences, charts, 目录 and page numbers", async () => {
    const r = await gql(url, REPORT, { u: { level: "CITY" }, y: 2024, f: "DOCX" }, t.city);
    expect(r.errors).toBeUndefined();
    const file = r.data!.monitoringReport;
    expect(file.filename).toBe("乌海市教育现代化监测报告（2024—2025学年）.docx");
    expect(file.mimeType).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(file.final).toBe(true);
    const doc = readDocx(file.base64);

    // cover: the title in 《》, the bureau, the published version
    expect(doc.text).toContain("《乌海市教育现代化监测报告（2024—2025学年）》");
    expect(doc.text).toContain("乌海市教育局");
    expect(doc.text).toMatch(/数据来源：2024—2025学年已发布数据 v1，\d{4}-\d{2}-\d{2} \d{2}:\d{2} 发布/);
    expect(doc.text).not.toContain("预览");
    // 目录: a TOC field over Heading 1–2, refreshed when Word opens the file; page numbers in the footer
    expect(doc.documentXml).toContain("TOC \\h \\o &quot;1-2&quot;");
    expect(doc.settingsXml).toContain("<w:updateFields");
    expect(doc.footerXml).toContain("PAGE");
    expect(doc.footerXml).toContain("NUMPAGES");

    // the summary counts equal the dashboard's status counts of the city's own 2024 results
    const dash = (await gql(url, DASHBOARD, { u: { level: "CITY" }, from: 2020, to: 2024 }, t.city)).data!
      .targetDashboard as { results: Result[] };
    const own = dash.results.filter((x) => x.unit.level === "CITY");
    const y2024 = own.filter((x) => x.schoolYear === 2024);
    const n = (status: string) => y2024.filter((x) => x.status === status).length;
    const rest = [
      ["无数据", n("NO_DATA")],
      ["不适用", n("NOT_APPLICABLE")],
    ].filter(([, c]) => c);
    expect(doc.text).toContain(
      `2024—2025学年共评价 ${y2024.length} 项指标：达标 ${n("MET")} 项、按进度 ${n("ON_TRACK")} 项、滞后于进度 ${n(
        "OFF_TRACK",
      )} 项、未达标 ${n("MISSED")} 项、数据不全 ${n("INCOMPLETE")} 项${
        rest.length ? `；另有${rest.map(([l, c]) => `${l} ${c} 项`).join("、")}` : ""
      }。`,
    );

    // every A/B target measured for the city has its row in its chapter's table: 编号 指标 值 覆盖 状态
    // (each cell is a paragraph: one line each in the text read back)
    for (const x of y2024.filter((x) => x.target.group !== "C")) {
      expect(doc.text).toContain(`\n${x.target.id}\n${x.target.name}\n`);
      expect(doc.text).toMatch(
        new RegExp(`\\n${x.target.id}\\n[^\\n]+\\n[^\\n]+\\n${x.coverage.label}\\n${x.statusLabel}\\n`),
      );
    }
    // one chart (an SVG and its PNG fallback) per A/B target with a value in 2020—2024, not 不适用 in 2024
    const charted = new Set(
      own
        .filter((x) => x.target.group !== "C" && x.value !== null)
        .map((x) => x.target.id)
        .filter((id) => y2024.some((x) => x.target.id === id && x.status !== "NOT_APPLICABLE")),
    );
    expect(charted.size).toBeGreaterThan(5);
    expect(doc.media.filter((m) => m.endsWith(".svg"))).toHaveLength(charted.size);
    expect(doc.media.filter((m) => m.endsWith(".png"))).toHaveLength(charted.size);

    // A08 (义务教育专任教师中本科以上学历比例): 2023 90.3%, 2024 92.6% (rounded as printed) → +2.3;
    // 2025 ≥95% → 2.4 short; 2.4 / 2.3 a year → 2 years → 2026, after the milestone year; the
    // straight line needs 83.7 + 11.3 × 4/5 = 92.74 in 2024, so 滞后于进度
    const a08 = (y: number) => own.find((x) => x.target.id === "A08" && x.schoolYear === y)!;
    expect(a08(2023).value!.toFixed(1)).toBe("90.3");
    expect(a08(2024).value!.toFixed(1)).toBe("92.6");
    expect(a08(2024).status).toBe("OFF_TRACK");
    // 达成路径 (issue 13) follows, spaced as the paragraph. First 2024's line 92.74%: 2834 of 3061
    // 本科+ → (92.74·3061 − 283400)/100 = 4.77 → 5 of the 3061 − 2834 = 227 below 本科 (2839/3061 =
    // 92.747%; 4 → 2838/3061 = 92.715%), or hires 477.14/7.26 = 65.7 → 66 (2900/3127 = 92.742%; 65 →
    // 2899/3126 = 92.738%) ≤ 0.2 × 3061 = 612.2. Then 2025's 95%: 73.95 → 74 (2908/3061 = 95.002%;
    // 73 → 2907/3061 = 94.97%); hires (95·3061 − 100·2834)/5 = 7395/5 = 1479 (4313/4540 = 95%) >
    // 612.2, so no main route: 1479/3061 = 48.3% → 48%
    const path =
      "按 2024 年进度要求 92.74% 测算，需现有 227 名专科及以下学历专任教师中 5 人完成本科学历提升；或新增本科及以上学历专任教师 66 人。" +
      "按 2025 年目标值 95% 测算，需现有 227 名专科及以下学历专任教师中 74 人完成本科学历提升；仅靠新增本科及以上学历专任教师需 1479 人（相当于现有教师的 48%），不宜作为主要途径。";
    expect(a08(2024)).toMatchObject({ numerator: 2834, denominator: 3061, whatItTakes: path });
    expect(doc.text).toContain(
      `A08 为 92.6%，较上年提高 2.3 个百分点，距 2025 年目标 95% 差 2.4 个百分点，滞后于进度，按当前增速预计 2026 年达标，晚于目标年份。${path}`,
    );

    // chapters: 总体情况, the plan's parts, 优质均衡 with the three districts, 三支队伍, 数据质量
    for (const title of ["总体情况", "规划二(三)所列目标", "义务教育优质均衡", "三支队伍结构", "数据质量"])
      expect(doc.text).toContain(title);
    for (const d of [haibowan, ...others]) expect(doc.text).toContain(`${d.name}义务教育优质均衡`);
  }, 600_000);

  it("海勃湾区's report names only its own district; its PDF prints with page numbers and the title", async () => {
    const r = await gql(
      url,
      REPORT,
      { u: { level: "DISTRICT", id: haibowan.id }, y: 2024, f: "DOCX" },
      t.haibowan,
    );
    expect(r.errors).toBeUndefined();
    const doc = readDocx(r.data!.monitoringReport.base64);
    expect(doc.text).toContain("《海勃湾区教育现代化监测报告（2024—2025学年）》");
    expect(doc.text).toContain("海勃湾区教育局");
    expect(doc.text).toContain("海勃湾区义务教育优质均衡");
    for (const d of others) expect(doc.text).not.toContain(d.name);

    const p = await gql(
      url,
      REPORT,
      { u: { level: "DISTRICT", id: haibowan.id }, y: 2024, f: "PDF" },
      t.haibowan,
    );
    expect(p.errors).toBeUndefined();
    const file = p.data!.monitoringReport;
    expect(file.filename).toBe("海勃湾区教育现代化监测报告（2024—2025学年）.pdf");
    expect(file.mimeType).toBe("application/pdf");
    const pdf = Buffer.from(file.base64, "base64");
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(file.pageCount).toBe((pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length);
    expect(file.pageCount).toBeGreaterThan(4);
    expect(pdfTitle(pdf)).toBe("海勃湾区教育现代化监测报告（2024—2025学年）");
  }, 600_000);

  it("a school prints its 年度数据简报; a 预览 year says so", async () => {
    const r = await gql(url, REPORT, { u: { level: "SCHOOL", id: school.id }, y: 2024, f: "DOCX" }, t.school);
    expect(r.errors).toBeUndefined();
    const brief = readDocx(r.data!.monitoringReport.base64);
    expect(brief.text).toContain(`${school.name}2024—2025学年年度数据简报`);
    expect(brief.text).toContain("本校七项指标");
    expect(brief.text).toContain("海勃湾区");

    const preview = await gql(url, REPORT, { u: { level: "CITY" }, y: 2025, f: "DOCX" }, t.city);
    expect(preview.errors).toBeUndefined();
    expect(preview.data!.monitoringReport.final).toBe(false);
    expect(preview.data!.monitoringReport.filename).toBe(
      "乌海市教育现代化监测报告（2025—2026学年）（预览）.docx",
    );
    expect(readDocx(preview.data!.monitoringReport.base64).text).toContain(
      "预览：该学年尚未发布，本报告数据为暂定，不作为正式结论",
    );
  }, 600_000);

  it("refuses another district, the city for a district or school, and a year not reported yet", async () => {
    for (const d of others) {
      const r = await gql(
        url,
        REPORT,
        { u: { level: "DISTRICT", id: d.id }, y: 2024, f: "DOCX" },
        t.haibowan,
      );
      expect(ext(r).code).toBe("FORBIDDEN");
      expect(r.data?.monitoringReport ?? null).toBeNull();
    }
    const city = await gql(url, REPORT, { u: { level: "CITY" }, y: 2024, f: "PDF" }, t.haibowan);
    expect(ext(city).code).toBe("FORBIDDEN");
    for (const u of [{ level: "CITY" }, { level: "DISTRICT", id: haibowan.id }]) {
      const r = await gql(url, REPORT, { u, y: 2024, f: "DOCX" }, t.school);
      expect(ext(r).code).toBe("FORBIDDEN");
    }
    const future = await gql(url, REPORT, { u: { level: "CITY" }, y: 2099, f: "DOCX" }, t.city);
    expect(ext(future)).toMatchObject({ code: "BAD_USER_INPUT", field: "schoolYear" });
    const early = await gql(url, REPORT, { u: { level: "CITY" }, y: 2019, f: "DOCX" }, t.city);
    expect(ext(early)).toMatchObject({ code: "BAD_USER_INPUT", field: "schoolYear" });
  }, 120_000);
});

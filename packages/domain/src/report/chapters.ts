/**
 * The chapters of the annual monitoring report (教育现代化监测报告): one per part of the plan a
 * target comes from, read from the target's `section` (targets.ts): its first reference decides
 * ("二(三); 三(二)1" → 二(三); "三(三)4; 框6" → 三(三)). Targets stated only in a box (框N) form
 * the chapter 规划专栏; the 优质均衡 indicators C1–C7 have a chapter of their own (the
 * assessment), not one here.
 */
import type { PlanTarget } from "../plan/targets.ts";

/** A chapter of targets. */
export interface ReportChapterGroup<T> {
  /** "二(三)", "三(一)", …, "框". */
  key: string;
  /** e.g. "规划二(三)所列目标", "规划专栏（框）所列目标". */
  title: string;
  items: T[];
}

/** The chapter key of a plan section: "二(三) 主要预期指标表" → "二(三)", "框5" → "框", "一" → "一". */
export function chapterKeyOf(section: string): string {
  const first = (section.split(";")[0] ?? "").trim();
  if (first.startsWith("框")) return "框";
  const m = first.match(/^([一二三四五六七八九十]+)(\([一二三四五六七八九十]+\))?/);
  if (!m) return first;
  return `${m[1]}${m[2] ?? ""}`;
}

const NUMERALS = "一二三四五六七八九十";

/** Sort order of a chapter key: parts in the plan's order, sections within them, 框 last. */
function orderOf(key: string): number {
  if (key === "框") return 10_000;
  const m = key.match(/^([一二三四五六七八九十]+)(?:\(([一二三四五六七八九十]+)\))?$/);
  if (!m) return 9_000;
  const part = NUMERALS.indexOf(m[1]!.slice(-1)) + 1;
  const sec = m[2] ? NUMERALS.indexOf(m[2].slice(-1)) + 1 : 0;
  return part * 100 + sec;
}

/** The title of a chapter key. */
export function chapterTitle(key: string): string {
  return key === "框" ? "规划专栏（框）所列目标" : `规划${key}所列目标`;
}

/**
 * Group items (each with its plan target) into the report's chapters in the plan's order,
 * keeping the items' order within a chapter; C1–C7 (group C) are left out.
 */
export function groupIntoChapters<T extends { target: Pick<PlanTarget, "group" | "section"> }>(
  items: readonly T[],
): ReportChapterGroup<T>[] {
  const byKey = new Map<string, T[]>();
  for (const item of items) {
    if (item.target.group === "C") continue;
    const key = chapterKeyOf(item.target.section);
    const list = byKey.get(key) ?? [];
    list.push(item);
    byKey.set(key, list);
  }
  return [...byKey.entries()]
    .sort(([a], [b]) => orderOf(a) - orderOf(b))
    .map(([key, list]) => ({ key, title: chapterTitle(key), items: list }));
}

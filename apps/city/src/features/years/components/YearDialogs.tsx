import type { StatisticalYearFieldsFragment } from "@edu2035/graphql";
import { ReasonModal } from "@edu2035/ui";
import { App } from "antd";
import { useExemptReports, usePublishYear, useReopenYear } from "../api/years.ts";
import { yearFormError } from "./yearErrors.ts";

/** The longest 豁免原因 / 重新开放原因 / 发布说明 the API takes. */
export const REASON_MAX = 200;

/**
 * 豁免: the selected pending schools exempted from the year's 年报 with a required reason
 * (≤ 200 characters); they then count as expected but not reported. Sends exemptReports.
 */
export function ExemptModal({
  schoolYear,
  label,
  schools,
  onClose,
  onDone,
}: {
  schoolYear: number;
  label: string;
  /** The schools to exempt (null: closed). */
  schools: { id: string; name: string }[] | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { message } = App.useApp();
  const exempt = useExemptReports();
  const names = (schools ?? []).map((s) => s.name);
  return (
    <ReasonModal
      open={schools !== null}
      title={`豁免${label}年报`}
      okText="豁免"
      notice={{
        type: "info",
        title: `豁免 ${names.length} 所学校：${names.slice(0, 5).join("、")}${names.length > 5 ? " 等" : ""}`,
        description:
          "豁免后，该学年发布时不再等待这些学校的年报；其数据计为未报送（应报不减），相关指标按数据覆盖情况标注。",
      }}
      field={{
        name: "reason",
        label: "豁免原因",
        required: true,
        placeholder: "如：学校已于学年中停办，无法报送年报",
        maxLength: REASON_MAX,
      }}
      testId="exempt"
      pending={exempt.isPending}
      onSubmit={async (reason) => {
        if (!schools) return;
        await exempt.mutateAsync({ schoolYear, schoolIds: schools.map((s) => s.id), reason: reason ?? "" });
        message.success(`已豁免 ${schools.length} 所学校的${label}年报`);
        onDone();
      }}
      describeError={(e, form) => yearFormError(e, form, ["reason"])}
      onClose={onClose}
    />
  );
}

/**
 * 发布 confirm: explains that the year's rosters, reports and inputs get locked and its figures
 * stored as vN+1, with an optional 发布说明. Sends publishSchoolYear with the version read.
 */
export function PublishModal({
  year,
  onClose,
}: {
  /** The year to publish (null: closed). */
  year: StatisticalYearFieldsFragment | null;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const publish = usePublishYear();
  const next = (year?.publishedVersion ?? 0) + 1;
  return (
    <ReasonModal
      open={year !== null}
      title={`发布${year?.label ?? ""}（v${next}）`}
      okText="确认发布"
      notice={{
        type: "warning",
        title: "发布（封账）后数据将被锁定",
        description: `发布后，${year?.label ?? "该学年"}的教职工名册、年报和市级填报数据均变为只读，各项指标的数值存档为 v${next} 正式数据，指标页默认显示最近发布学年。如需修改，须由市教育局重新开放该学年。`,
      }}
      field={{
        name: "note",
        label: "发布说明",
        required: false,
        placeholder: "如：2026年度教育事业统计数据",
        maxLength: REASON_MAX,
      }}
      testId="publish"
      pending={publish.isPending}
      onSubmit={async (note) => {
        if (!year) return;
        const published = await publish.mutateAsync({
          schoolYear: year.schoolYear,
          version: year.version,
          note,
        });
        message.success(`${year.label}已发布（v${published.publishedVersion ?? next}）`);
        onClose();
      }}
      describeError={(e, form) => yearFormError(e, form, ["note"])}
      onClose={onClose}
    />
  );
}

/**
 * 重新开放: a published year made writable again with a required reason (≤ 200 characters);
 * its figures are 预览 until it is published again. Sends reopenSchoolYear with the version read.
 */
export function ReopenModal({
  year,
  onClose,
}: {
  /** The year to reopen (null: closed). */
  year: StatisticalYearFieldsFragment | null;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const reopen = useReopenYear();
  return (
    <ReasonModal
      open={year !== null}
      title={`重新开放${year?.label ?? ""}`}
      okText="重新开放"
      danger
      notice={{
        type: "warning",
        title: `重新开放后，v${year?.publishedVersion ?? 1} 保留为历史版本`,
        description:
          "该学年的名册、年报和填报数据恢复可编辑（本学年，或往年经补录开放），指标显示为预览，直至再次发布为新版本。",
      }}
      field={{
        name: "reason",
        label: "重新开放原因",
        required: true,
        placeholder: "如：某校教职工名册漏报，需更正",
        maxLength: REASON_MAX,
      }}
      testId="reopen"
      pending={reopen.isPending}
      onSubmit={async (reason) => {
        if (!year) return;
        await reopen.mutateAsync({
          schoolYear: year.schoolYear,
          version: year.version,
          reason: reason ?? "",
        });
        message.success(`${year.label}已重新开放`);
        onClose();
      }}
      describeError={(e, form) => yearFormError(e, form, ["reason"])}
      onClose={onClose}
    />
  );
}

import type { PlanTargetFieldsFragment, SchoolType, Stage } from "@edu2035/graphql";
import {
  DASHBOARD_CHILDREN_LIMIT,
  type DashboardColumnGroup,
  DashboardIndex,
  ExportDashboardButton,
  PageCard,
  PreviewYearNotice,
  PreviewYearsSwitch,
  rangeEndYear,
  SchoolYearSelect,
  TargetDashboardTable,
  TargetTrendDrawer,
  usePlanTitle,
  useStatisticalYears,
} from "@edu2035/ui";
import { Alert, Select, Space, Typography } from "antd";
import { useMemo, useState } from "react";
import {
  type SchoolsPage,
  useDistrictDashboard,
  useDistrictSchools,
  useDistrictTargets,
  useDistrictTrend,
} from "../api/dashboard.ts";

/** Order of the school-type column groups: by stage. */
const TYPE_ORDER: SchoolType[] = [
  "KINDERGARTEN",
  "PRIMARY",
  "NINE_YEAR",
  "JUNIOR_SECONDARY",
  "COMPLETE_SECONDARY",
  "SENIOR_SECONDARY",
  "SECONDARY_VOCATIONAL",
  "HIGHER_VOCATIONAL",
  "SPECIAL",
];

/**
 * 指标总览 of a district: every district-level target with the district's value and each of
 * its schools' side by side (grouped by 学校类别, horizontal scroll), a trend chart per target;
 * the 统计口径 switch adds submitted, not yet reviewed annual reports (default: approved only).
 * Opens on the latest published year; a later year reads 预览, and 显示未发布学年（预览） carries
 * the trends on past the chosen year into the years not published yet. The schools come one page
 * at a time (50 by default); the 学校类别 filter asks the API for those schools only (their page
 * and "共 N 所学校", back to the first page on each change; the district's own column stays that
 * of all its schools).
 */
export function DashboardPage({
  district,
  schoolYear,
  onSchoolYearChange,
}: {
  district: { id: string; name: string };
  schoolYear: number | undefined;
  onSchoolYearChange: (year: number) => void;
}) {
  const [includeSubmitted, setIncludeSubmitted] = useState(false);
  const [showPreview, setShowPreview] = useState(false);
  const { newest } = useStatisticalYears();
  const toYear = schoolYear === undefined ? undefined : rangeEndYear(schoolYear, showPreview, newest);
  const [page, setPage] = useState<SchoolsPage>({
    offset: 0,
    limit: DASHBOARD_CHILDREN_LIMIT,
    schoolTypes: [],
  });
  const dashboard = useDistrictDashboard(district.id, schoolYear, page, includeSubmitted);
  const targets = useDistrictTargets();
  const schools = useDistrictSchools(district.id);
  const [trend, setTrend] = useState<PlanTargetFieldsFragment | null>(null);
  // the stage of a C1–C7 row clicked (小学 / 初中): the drawer's trend is of that stage
  const [trendStage, setTrendStage] = useState<Stage | null>(null);
  const trendData = useDistrictTrend(
    district.id,
    schoolYear,
    toYear,
    page,
    trend?.id ?? null,
    includeSubmitted,
  );
  const planTitle = usePlanTitle();
  const index = useMemo(
    () => (dashboard.data ? new DashboardIndex(dashboard.data) : undefined),
    [dashboard.data],
  );

  const typeOf = useMemo(() => new Map((schools.data ?? []).map((s) => [s.id, s])), [schools.data]);
  // the page's schools (of the chosen 学校类别, as the API sent them) grouped by type
  const groups = useMemo<DashboardColumnGroup[]>(() => {
    const children = dashboard.data?.children ?? [];
    const byType = new Map<SchoolType | "OTHER", { title: string; units: typeof children }>();
    for (const c of children) {
      const school = c.id ? typeOf.get(c.id) : undefined;
      const key = school?.type ?? "OTHER";
      const g = byType.get(key) ?? { title: school?.typeLabel ?? "其他", units: [] };
      g.units.push(c);
      byType.set(key, g);
    }
    return [...byType.entries()]
      .sort(([a], [b]) => TYPE_ORDER.indexOf(a as SchoolType) - TYPE_ORDER.indexOf(b as SchoolType))
      .map(([, g]) => g);
  }, [dashboard.data, typeOf]);
  const typeOptions = useMemo(() => {
    const present = new Map((schools.data ?? []).map((s) => [s.type, s.typeLabel]));
    return TYPE_ORDER.filter((t) => present.has(t)).map((t) => ({ value: t, label: present.get(t) }));
  }, [schools.data]);
  const units = useMemo(
    () => (dashboard.data ? [dashboard.data.unit, ...groups.flatMap((g) => g.units)] : []),
    [dashboard.data, groups],
  );
  const error = dashboard.error ?? targets.error ?? schools.error ?? trendData.error;
  return (
    <PageCard
      title="指标总览"
      subtitle={`${planTitle}区级指标 · ${district.name}与各校对比${schoolYear ? ` · ${schoolYear}—${schoolYear + 1}学年` : ""}`}
      extra={
        <Space wrap>
          <Select<SchoolType[]>
            mode="multiple"
            allowClear
            aria-label="学校类别"
            data-testid="school-type-filter"
            placeholder="全部学校类别"
            style={{ minWidth: 220 }}
            maxTagCount="responsive"
            value={page.schoolTypes}
            onChange={(schoolTypes) => setPage({ offset: 0, limit: page.limit, schoolTypes })}
            options={typeOptions}
          />
          <PreviewYearsSwitch value={showPreview} onChange={setShowPreview} />
          <SchoolYearSelect value={schoolYear} onChange={onSchoolYearChange} />
          <ExportDashboardButton
            unit={{ level: "DISTRICT", id: district.id }}
            schoolYear={schoolYear}
            schoolTypes={page.schoolTypes}
            includeSubmitted={includeSubmitted}
          />
        </Space>
      }
    >
      {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 12 }} />}
      <PreviewYearNotice schoolYear={schoolYear} />
      {page.schoolTypes.length > 0 && dashboard.data && (
        <Typography.Paragraph type="secondary" data-testid="school-type-total">
          {typeOptions
            .filter((o) => page.schoolTypes.includes(o.value))
            .map((o) => o.label)
            .join("、")}
          共 {dashboard.data.childrenTotal} 所学校；{district.name}一列仍为全区所有学校的数值
        </Typography.Paragraph>
      )}
      {schoolYear !== undefined && (
        <TargetDashboardTable
          targets={targets.data ?? []}
          index={index}
          schoolYear={schoolYear}
          groups={groups}
          loading={dashboard.isFetching || targets.isLoading}
          onTargetClick={(t, stage) => {
            setTrend(t);
            setTrendStage(stage ?? null);
          }}
          includeSubmitted={includeSubmitted}
          onIncludeSubmittedChange={setIncludeSubmitted}
          childrenPage={
            dashboard.data
              ? {
                  offset: page.offset,
                  limit: page.limit,
                  total: dashboard.data.childrenTotal,
                  unitWord: "所学校",
                  onChange: (offset, limit) => setPage({ ...page, offset, limit }),
                }
              : undefined
          }
        />
      )}
      <TargetTrendDrawer
        target={trend}
        stage={trendStage}
        index={trendData.index}
        units={units}
        onClose={() => setTrend(null)}
        includeSubmitted={includeSubmitted}
        schoolYear={schoolYear}
      />
    </PageCard>
  );
}

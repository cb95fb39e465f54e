import { districtInputsIssues, DISTRICT_INPUT_LABELS as L } from "@edu2035/domain";
import type { DistrictInputsInput } from "@edu2035/graphql";
import { currentSchoolYear, type FigureGroup, FiguresForm, PageCard, ReportingYearSelect } from "@edu2035/ui";
import { Alert, Skeleton } from "antd";
import { useState } from "react";
import { useDistrictInputs, useSaveDistrictInputs } from "../api/districtInputs.ts";

const GROUPS: FigureGroup[] = [
  {
    title: "常住人口（统计部门）",
    fields: [
      { name: "residentPopulation", label: L.residentPopulation, unit: "人", help: "A06" },
      { name: "population3to5", label: L.population3to5, unit: "人", help: "A01 学前三年毛入园率" },
      { name: "population6to14", label: L.population6to14, unit: "人" },
      { name: "population15to17", label: L.population15to17, unit: "人", help: "A05 高中阶段毛入学率" },
    ],
  },
  {
    title: "残疾儿童少年与巩固率",
    fields: [
      { name: "disabledChildren", label: L.disabledChildren, unit: "人", help: "A03 残疾儿童少年入学率" },
      { name: "disabledChildrenEnrolled", label: L.disabledChildrenEnrolled, unit: "人", help: "A03" },
      {
        name: "cohortGrade1Entrants",
        label: L.cohortGrade1Entrants,
        unit: "人",
        help: "A02 九年义务教育巩固率",
      },
      { name: "cohortGrade9Completers", label: L.cohortGrade9Completers, unit: "人", help: "A02" },
    ],
  },
  {
    title: "早期教育",
    fields: [
      { name: "urbanSubdistricts", label: L.urbanSubdistricts, unit: "个", help: "B04" },
      {
        name: "urbanSubdistrictsWithGuidance",
        label: L.urbanSubdistrictsWithGuidance,
        unit: "个",
        help: "B04",
      },
      {
        name: "parentingSessionsPerFamily",
        label: L.parentingSessionsPerFamily,
        unit: "次/年",
        precision: 2,
        help: "B05",
      },
    ],
  },
  {
    title: "经费与工资（财政、人社部门）",
    fields: [
      { name: "educationSpending", label: L.educationSpending, unit: "元", help: "B39、B40" },
      { name: "gdp", label: L.gdp, unit: "元", help: "B41" },
      { name: "teacherAveragePay", label: L.teacherAveragePay, unit: "元", help: "B42" },
      { name: "civilServantAveragePay", label: L.civilServantAveragePay, unit: "元", help: "B42" },
    ],
  },
];

/**
 * 区级数据填报: the figures schools cannot report (population, disabilities, spending, pay …),
 * checked by the domain in the browser (the form sends every figure) and by the API; every
 * issue shows on its field.
 */
export function DistrictInputsPage({ district }: { district: { id: string; name: string } }) {
  const [schoolYear, setSchoolYear] = useState(currentSchoolYear);
  const { data, isLoading, error, refetch } = useDistrictInputs(district.id, schoolYear);
  const save = useSaveDistrictInputs(district.id);
  return (
    <PageCard
      title="区级数据填报"
      subtitle={`${district.name} · 学校年报无法提供的数据，由区教育局会同统计、财政、人社等部门填报`}
      extra={<ReportingYearSelect value={schoolYear} onChange={setSchoolYear} testId="inputs-year" />}
    >
      {error && <Alert type="error" showIcon title={error.message} />}
      {isLoading || data === undefined ? (
        !error && <Skeleton active />
      ) : (
        <FiguresForm
          key={schoolYear}
          testId="district-inputs"
          groups={GROUPS}
          record={data}
          validate={(values) => districtInputsIssues({ ...values, schoolYear })}
          onSave={(values, version) =>
            save.mutateAsync({ ...(values as Partial<DistrictInputsInput>), schoolYear, version })
          }
          onReload={() => refetch()}
        />
      )}
    </PageCard>
  );
}

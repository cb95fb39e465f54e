import { cityInputsIssues, CITY_INPUT_LABELS as L } from "@edu2035/domain";
import type { CityInputsInput } from "@edu2035/graphql";
import { currentSchoolYear, type FigureGroup, FiguresForm, PageCard, ReportingYearSelect } from "@edu2035/ui";
import { Alert, Skeleton } from "antd";
import { useState } from "react";
import { useCityInputs, useSaveCityInputs } from "../api/cityInputs.ts";

const GROUPS: FigureGroup[] = [
  {
    title: "人社、统计部门",
    fields: [
      {
        name: "newLabourUpperSecondaryRate",
        label: L.newLabourUpperSecondaryRate,
        unit: "%",
        precision: 2,
        help: "A10",
      },
      {
        name: "communityEducationRate",
        label: L.communityEducationRate,
        unit: "%",
        precision: 2,
        help: "B30",
      },
      { name: "gdp", label: L.gdp, unit: "元", help: "B41" },
    ],
  },
  {
    title: "财政部门",
    fields: [
      {
        name: "cityEducationSpending",
        label: L.cityEducationSpending,
        unit: "元",
        help: "B39—B41（与各区合计）",
      },
      { name: "teacherAveragePay", label: L.teacherAveragePay, unit: "元", help: "B42" },
      { name: "civilServantAveragePay", label: L.civilServantAveragePay, unit: "元", help: "B42" },
    ],
  },
];

/**
 * 市级数据填报: the city's own figures of a school year (人社、统计、财政), checked by the domain
 * in the browser and by the API; every issue shows on its field.
 */
export function CityInputsPage() {
  const [schoolYear, setSchoolYear] = useState(currentSchoolYear);
  const { data, isLoading, error, refetch } = useCityInputs(schoolYear);
  const save = useSaveCityInputs();
  return (
    <PageCard
      title="市级数据填报"
      subtitle="学校和区无法提供的全市数据（人社、统计、财政部门）"
      extra={<ReportingYearSelect value={schoolYear} onChange={setSchoolYear} testId="city-inputs-year" />}
    >
      {error && <Alert type="error" showIcon title={error.message} />}
      {isLoading || data === undefined ? (
        !error && <Skeleton active />
      ) : (
        <FiguresForm
          key={schoolYear}
          testId="city-inputs"
          groups={GROUPS}
          record={data}
          validate={(values) => cityInputsIssues({ ...values, schoolYear })}
          onSave={(values, version) =>
            save.mutateAsync({ ...(values as Partial<CityInputsInput>), schoolYear, version })
          }
          onReload={() => refetch()}
        />
      )}
    </PageCard>
  );
}

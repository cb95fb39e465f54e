import type { OrgUnitInput } from "@edu2035/graphql";
import { useQuery } from "@tanstack/react-query";
import { Select, Space } from "antd";
import { districtsQuery, schoolsQuery } from "./queries.ts";
import { useToken } from "./session.tsx";

/**
 * Picks the org unit a page looks at. City mode (no `district`): 全市 or a district, then a
 * school of it. District mode (`district` given): the district itself or one of its schools —
 * only the schools the API returns in the viewer's scope.
 */
export function UnitPicker({
  value,
  onChange,
  district,
}: {
  value: OrgUnitInput;
  onChange: (unit: OrgUnitInput) => void;
  /** Fixes the district (the district app). */
  district?: { id: string; name: string };
}) {
  const token = useToken();
  const districts = useQuery({ ...districtsQuery(token), enabled: !district });
  const selectedDistrictId =
    district?.id ??
    (value.level === "DISTRICT"
      ? value.id
      : value.level === "SCHOOL"
        ? districts.data?.find((d) => d.schools.some((s) => s.id === value.id))?.id
        : undefined);
  const schools = useQuery({
    ...schoolsQuery(token, selectedDistrictId),
    enabled: Boolean(selectedDistrictId),
  });

  return (
    <Space wrap>
      {!district && (
        <Select<string>
          aria-label="区"
          data-testid="district-picker"
          style={{ width: 180 }}
          allowClear
          placeholder="全市"
          loading={districts.isLoading}
          value={selectedDistrictId ?? undefined}
          onChange={(id) => onChange(id ? { level: "DISTRICT", id } : { level: "CITY" })}
          options={(districts.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
        />
      )}
      <Select<string>
        aria-label="学校"
        data-testid="school-picker"
        virtual={false}
        style={{ width: 280 }}
        allowClear
        showSearch={{ optionFilterProp: "label" }}
        disabled={!selectedDistrictId}
        placeholder={selectedDistrictId ? `全区（${district?.name ?? "所选区"}所有学校）` : "先选择区"}
        loading={schools.isLoading}
        value={value.level === "SCHOOL" ? (value.id ?? undefined) : undefined}
        onChange={(id) =>
          onChange(id ? { level: "SCHOOL", id } : { level: "DISTRICT", id: selectedDistrictId ?? null })
        }
        options={(schools.data ?? []).map((s) => ({ value: s.id, label: s.name, title: s.typeLabel }))}
        notFoundContent="暂无学校"
      />
    </Space>
  );
}

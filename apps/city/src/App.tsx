import {
  BankOutlined,
  BookOutlined,
  DashboardOutlined,
  DatabaseOutlined,
  FileSearchOutlined,
  FundOutlined,
  HistoryOutlined,
  IdcardOutlined,
  PieChartOutlined,
  TeamOutlined,
} from "@ant-design/icons";
import type { OrgUnitInput } from "@edu2035/graphql";
import { type AppMenuItem, AppShell, SessionGate, useHashRoute } from "@edu2035/ui";
import { useState } from "react";
import { AuditPage } from "./features/audit/components/AuditPage.tsx";
import { BalanceOverviewPage } from "./features/balance/components/BalanceOverviewPage.tsx";
import { DashboardPage } from "./features/dashboard/components/DashboardPage.tsx";
import { CityInputsPage } from "./features/inputs/components/CityInputsPage.tsx";
import { ProgressPage } from "./features/progress/components/ProgressPage.tsx";
import { RegistersPage } from "./features/registers/components/RegistersPage.tsx";
import { ResearchersPage } from "./features/researchers/components/ResearchersPage.tsx";
import { SchoolsPage } from "./features/schools/components/SchoolsPage.tsx";
import { StaffingPage } from "./features/staffing/components/StaffingPage.tsx";
import { TargetsPage } from "./features/targets/components/TargetsPage.tsx";

/** 市教育局 app title. */
export const APP_TITLE = "乌海市教育局 · 教育现代化2035";

const PAGES = [
  "dashboard",
  "targets",
  "balance",
  "staffing",
  "researchers",
  "schools",
  "progress",
  "inputs",
  "registers",
  "audit",
] as const;
type Page = (typeof PAGES)[number];

const MENU: AppMenuItem<Page>[] = [
  { key: "dashboard", label: "指标总览", icon: <DashboardOutlined /> },
  { key: "targets", label: "规划指标", icon: <FundOutlined /> },
  { key: "balance", label: "优质均衡", icon: <PieChartOutlined /> },
  { key: "staffing", label: "三支队伍", icon: <TeamOutlined /> },
  { key: "researchers", label: "教研员名册", icon: <IdcardOutlined /> },
  { key: "schools", label: "学校", icon: <BankOutlined /> },
  { key: "progress", label: "数据报送情况", icon: <FileSearchOutlined /> },
  { key: "inputs", label: "市级数据填报", icon: <DatabaseOutlined /> },
  { key: "registers", label: "名录登记", icon: <BookOutlined /> },
  { key: "audit", label: "操作日志", icon: <HistoryOutlined /> },
];

function CityApp() {
  const [page, navigate] = useHashRoute(PAGES, "targets");
  // The unit and school year stay put when moving between pages.
  const [unit, setUnit] = useState<OrgUnitInput>({ level: "CITY" });
  const [schoolYear, setSchoolYear] = useState<number>();
  return (
    <AppShell appTitle={APP_TITLE} menu={MENU} selectedKey={page} onSelect={navigate}>
      {page === "dashboard" && <DashboardPage schoolYear={schoolYear} onSchoolYearChange={setSchoolYear} />}
      {page === "balance" && (
        <BalanceOverviewPage schoolYear={schoolYear} onSchoolYearChange={setSchoolYear} />
      )}
      {page === "targets" && (
        <TargetsPage
          unit={unit}
          onUnitChange={setUnit}
          schoolYear={schoolYear}
          onSchoolYearChange={setSchoolYear}
        />
      )}
      {page === "staffing" && (
        <StaffingPage
          unit={unit}
          onUnitChange={setUnit}
          schoolYear={schoolYear}
          onSchoolYearChange={setSchoolYear}
        />
      )}
      {page === "researchers" && <ResearchersPage />}
      {page === "schools" && <SchoolsPage />}
      {page === "progress" && <ProgressPage />}
      {page === "inputs" && <CityInputsPage />}
      {page === "registers" && <RegistersPage />}
      {page === "audit" && <AuditPage />}
    </AppShell>
  );
}

export function App() {
  return <SessionGate app="CITY">{() => <CityApp />}</SessionGate>;
}

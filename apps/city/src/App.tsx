import {
  ApartmentOutlined,
  BankOutlined,
  BookOutlined,
  CalendarOutlined,
  DashboardOutlined,
  DatabaseOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  FundOutlined,
  HistoryOutlined,
  IdcardOutlined,
  LineChartOutlined,
  PieChartOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  TeamOutlined,
} from "@ant-design/icons";
import type { OrgUnitInput } from "@edu2035/graphql";
import {
  type AppMenuItem,
  AppShell,
  type City,
  lazyPage,
  PageSuspense,
  SessionGate,
  TodoPanel,
  useCity,
  useHashRoute,
} from "@edu2035/ui";
import { useState } from "react";
import { SetupAlert } from "./features/org/components/SetupAlert.tsx";

// Each menu page is fetched the first time it is shown (its own chunk), not with the login page.
const AccountsPage = lazyPage(
  () => import("./features/accounts/components/AccountsPage.tsx"),
  "AccountsPage",
);
const AuditPage = lazyPage(() => import("./features/audit/components/AuditPage.tsx"), "AuditPage");
const BackfillPage = lazyPage(
  () => import("./features/backfill/components/BackfillPage.tsx"),
  "BackfillPage",
);
const BalanceOverviewPage = lazyPage(
  () => import("./features/balance/components/BalanceOverviewPage.tsx"),
  "BalanceOverviewPage",
);
const DashboardPage = lazyPage(
  () => import("./features/dashboard/components/DashboardPage.tsx"),
  "DashboardPage",
);
const CityInputsPage = lazyPage(
  () => import("./features/inputs/components/CityInputsPage.tsx"),
  "CityInputsPage",
);
const MonitoringReportPage = lazyPage(
  () => import("./features/monitoringReport/components/MonitoringReportPage.tsx"),
  "MonitoringReportPage",
);
const OrgPage = lazyPage(() => import("./features/org/components/OrgPage.tsx"), "OrgPage");
const ProgressPage = lazyPage(
  () => import("./features/progress/components/ProgressPage.tsx"),
  "ProgressPage",
);
const RegistersPage = lazyPage(
  () => import("./features/registers/components/RegistersPage.tsx"),
  "RegistersPage",
);
const ResearchersPage = lazyPage(
  () => import("./features/researchers/components/ResearchersPage.tsx"),
  "ResearchersPage",
);
const SchoolsPage = lazyPage(() => import("./features/schools/components/SchoolsPage.tsx"), "SchoolsPage");
const StaffingPage = lazyPage(
  () => import("./features/staffing/components/StaffingPage.tsx"),
  "StaffingPage",
);
const YearsPage = lazyPage(() => import("./features/years/components/YearsPage.tsx"), "YearsPage");
const ProjectionPage = lazyPage(
  () => import("./features/projection/components/ProjectionPage.tsx"),
  "ProjectionPage",
);
const TargetsPage = lazyPage(() => import("./features/targets/components/TargetsPage.tsx"), "TargetsPage");

/** 市教育局 app title, from the city record: 「<市>教育局 · 教育现代化2035」. */
export function appTitle(city: City | null): string {
  return city ? `${city.bureauName} · 教育现代化2035` : "市教育局 · 教育现代化2035";
}

const PAGES = [
  "dashboard",
  "targets",
  "balance",
  "staffing",
  "projection",
  "report",
  "researchers",
  "schools",
  "progress",
  "inputs",
  "registers",
  "org",
  "backfill",
  "years",
  "accounts",
  "audit",
] as const;
type Page = (typeof PAGES)[number];
const isPage = (key: string): key is Page => (PAGES as readonly string[]).includes(key);

const MENU: AppMenuItem<Page>[] = [
  { key: "dashboard", label: "指标总览", icon: <DashboardOutlined /> },
  { key: "targets", label: "规划指标", icon: <FundOutlined /> },
  { key: "balance", label: "优质均衡", icon: <PieChartOutlined /> },
  { key: "staffing", label: "三支队伍", icon: <TeamOutlined /> },
  { key: "projection", label: "学龄人口预测", icon: <LineChartOutlined /> },
  { key: "report", label: "监测报告", icon: <FileTextOutlined /> },
  { key: "researchers", label: "教研员名册", icon: <IdcardOutlined /> },
  { key: "schools", label: "学校", icon: <BankOutlined /> },
  { key: "progress", label: "数据报送情况", icon: <FileSearchOutlined /> },
  { key: "inputs", label: "市级数据填报", icon: <DatabaseOutlined /> },
  { key: "registers", label: "名录登记", icon: <BookOutlined /> },
  { key: "org", label: "机构管理", icon: <ApartmentOutlined /> },
  { key: "backfill", label: "补录管理", icon: <ScheduleOutlined /> },
  { key: "years", label: "学年管理", icon: <CalendarOutlined /> },
  { key: "accounts", label: "账号管理", icon: <SafetyCertificateOutlined /> },
  { key: "audit", label: "操作日志", icon: <HistoryOutlined /> },
];

function CityApp() {
  const [page, navigate] = useHashRoute(PAGES, "targets");
  // The unit and school year stay put when moving between pages.
  const [unit, setUnit] = useState<OrgUnitInput>({ level: "CITY" });
  const [schoolYear, setSchoolYear] = useState<number>();
  const city = useCity();
  return (
    <AppShell appTitle={appTitle(city)} menu={MENU} selectedKey={page} onSelect={navigate}>
      {/* a city with no district yet: where to start (not over the pages that set it up) */}
      {page !== "org" && page !== "accounts" && <SetupAlert onNavigate={navigate} />}
      {/* 待办 on the home page (the page after login) */}
      {page === "targets" && (
        <TodoPanel onNavigate={(link, query) => isPage(link) && navigate(link, query)} />
      )}
      <PageSuspense key={page}>
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
        {page === "projection" && <ProjectionPage />}
        {page === "report" && (
          <MonitoringReportPage schoolYear={schoolYear} onSchoolYearChange={setSchoolYear} />
        )}
        {page === "researchers" && <ResearchersPage />}
        {page === "schools" && <SchoolsPage />}
        {page === "progress" && <ProgressPage />}
        {page === "inputs" && <CityInputsPage />}
        {page === "registers" && <RegistersPage />}
        {page === "org" && <OrgPage />}
        {page === "backfill" && <BackfillPage />}
        {page === "years" && <YearsPage />}
        {page === "accounts" && <AccountsPage />}
        {page === "audit" && <AuditPage />}
      </PageSuspense>
    </AppShell>
  );
}

export function App() {
  return <SessionGate app="CITY">{() => <CityApp />}</SessionGate>;
}

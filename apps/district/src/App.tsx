import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  DashboardOutlined,
  DatabaseOutlined,
  FileTextOutlined,
  FundOutlined,
  HistoryOutlined,
  IdcardOutlined,
  LineChartOutlined,
  PieChartOutlined,
  RetweetOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
} from "@ant-design/icons";
import type { OrgUnitInput } from "@edu2035/graphql";
import {
  type AppMenuItem,
  AppShell,
  lazyPage,
  PageSuspense,
  SessionGate,
  TodoPanel,
  useHashRoute,
  type Viewer,
} from "@edu2035/ui";
import { Alert } from "antd";
import { useState } from "react";

// Each menu page is fetched the first time it is shown (its own chunk), not with the login page.
const AccountsPage = lazyPage(
  () => import("./features/accounts/components/AccountsPage.tsx"),
  "AccountsPage",
);
const AuditPage = lazyPage(() => import("./features/audit/components/AuditPage.tsx"), "AuditPage");
const BalancePage = lazyPage(() => import("./features/balance/components/BalancePage.tsx"), "BalancePage");
const DashboardPage = lazyPage(
  () => import("./features/dashboard/components/DashboardPage.tsx"),
  "DashboardPage",
);
const DistrictInputsPage = lazyPage(
  () => import("./features/inputs/components/DistrictInputsPage.tsx"),
  "DistrictInputsPage",
);
const MonitoringReportPage = lazyPage(
  () => import("./features/monitoringReport/components/MonitoringReportPage.tsx"),
  "MonitoringReportPage",
);
const ResearchersPage = lazyPage(
  () => import("./features/researchers/components/ResearchersPage.tsx"),
  "ResearchersPage",
);
const ReviewPage = lazyPage(() => import("./features/review/components/ReviewPage.tsx"), "ReviewPage");
const RolloverPage = lazyPage(
  () => import("./features/rollover/components/RolloverPage.tsx"),
  "RolloverPage",
);
const SchoolManagePage = lazyPage(
  () => import("./features/org/components/SchoolManagePage.tsx"),
  "SchoolManagePage",
);
const SchoolsPage = lazyPage(() => import("./features/schools/components/SchoolsPage.tsx"), "SchoolsPage");
const StaffingPage = lazyPage(
  () => import("./features/staffing/components/StaffingPage.tsx"),
  "StaffingPage",
);
const ProjectionPage = lazyPage(
  () => import("./features/projection/components/ProjectionPage.tsx"),
  "ProjectionPage",
);
const TargetsPage = lazyPage(() => import("./features/targets/components/TargetsPage.tsx"), "TargetsPage");

const PAGES = [
  "dashboard",
  "targets",
  "balance",
  "staffing",
  "projection",
  "report",
  "researchers",
  "rollover",
  "schools",
  "schoolManage",
  "review",
  "inputs",
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
  { key: "rollover", label: "名册结转", icon: <RetweetOutlined /> },
  { key: "schools", label: "学校", icon: <BankOutlined /> },
  { key: "schoolManage", label: "学校管理", icon: <ApartmentOutlined /> },
  { key: "review", label: "年报审核", icon: <AuditOutlined /> },
  { key: "inputs", label: "区级数据填报", icon: <DatabaseOutlined /> },
  { key: "accounts", label: "账号管理", icon: <SafetyCertificateOutlined /> },
  { key: "audit", label: "操作日志", icon: <HistoryOutlined /> },
];

function DistrictApp({ district }: { district: { id: string; name: string } }) {
  const [page, navigate] = useHashRoute(PAGES, "targets");
  const [unit, setUnit] = useState<OrgUnitInput>({ level: "DISTRICT", id: district.id });
  const [schoolYear, setSchoolYear] = useState<number>();
  const pageProps = { district, unit, onUnitChange: setUnit, schoolYear, onSchoolYearChange: setSchoolYear };
  return (
    <AppShell appTitle={`${district.name}教育局`} menu={MENU} selectedKey={page} onSelect={navigate}>
      {/* 待办 on the home page (the page after login) */}
      {page === "targets" && (
        <TodoPanel onNavigate={(link, query) => isPage(link) && navigate(link, query)} />
      )}
      <PageSuspense key={page}>
        {page === "dashboard" && <DashboardPage {...pageProps} />}
        {page === "targets" && <TargetsPage {...pageProps} />}
        {page === "balance" && <BalancePage {...pageProps} />}
        {page === "staffing" && <StaffingPage {...pageProps} />}
        {page === "projection" && <ProjectionPage />}
        {page === "report" && (
          <MonitoringReportPage
            district={district}
            schoolYear={schoolYear}
            onSchoolYearChange={setSchoolYear}
          />
        )}
        {page === "researchers" && <ResearchersPage district={district} />}
        {page === "rollover" && <RolloverPage district={district} />}
        {page === "schools" && <SchoolsPage district={district} />}
        {page === "schoolManage" && <SchoolManagePage district={district} />}
        {page === "review" && <ReviewPage district={district} />}
        {page === "inputs" && <DistrictInputsPage district={district} />}
        {page === "accounts" && <AccountsPage district={district} />}
        {page === "audit" && <AuditPage district={district} />}
      </PageSuspense>
    </AppShell>
  );
}

function Main({ viewer }: { viewer: Viewer }) {
  // an Alert, not a Result: Result's illustrations would weigh on every app's first load
  if (!viewer.district) {
    return <Alert type="error" showIcon title="此账号未关联区教育局" style={{ margin: 48 }} role="alert" />;
  }
  return <DistrictApp district={viewer.district} />;
}

export function App() {
  return <SessionGate app="DISTRICT">{(viewer) => <Main viewer={viewer} />}</SessionGate>;
}

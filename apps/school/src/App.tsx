import {
  FormOutlined,
  FundOutlined,
  IdcardOutlined,
  PieChartOutlined,
  TeamOutlined,
} from "@ant-design/icons";
import {
  type AppMenuItem,
  AppShell,
  COMPULSORY_SCHOOL_TYPES,
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
const BalancePage = lazyPage(() => import("./features/balance/components/BalancePage.tsx"), "BalancePage");
const ReportPage = lazyPage(() => import("./features/report/components/ReportPage.tsx"), "ReportPage");
const RosterPage = lazyPage(() => import("./features/roster/components/RosterPage.tsx"), "RosterPage");
const StaffingPage = lazyPage(
  () => import("./features/staffing/components/StaffingPage.tsx"),
  "StaffingPage",
);
const TargetsPage = lazyPage(() => import("./features/targets/components/TargetsPage.tsx"), "TargetsPage");

const PAGES = ["targets", "balance", "staffing", "report", "roster"] as const;
type Page = (typeof PAGES)[number];
const isPage = (key: string): key is Page => (PAGES as readonly string[]).includes(key);

const MENU: AppMenuItem<Page>[] = [
  { key: "targets", label: "规划指标", icon: <FundOutlined /> },
  { key: "balance", label: "优质均衡", icon: <PieChartOutlined /> },
  { key: "staffing", label: "三支队伍", icon: <TeamOutlined /> },
  { key: "report", label: "年报填报", icon: <FormOutlined /> },
  { key: "roster", label: "教职工名册", icon: <IdcardOutlined /> },
];

function SchoolApp({ school }: { school: NonNullable<Viewer["school"]> }) {
  const [page, navigate] = useHashRoute(PAGES, "targets");
  const [schoolYear, setSchoolYear] = useState<number>();
  const pageProps = { school, schoolYear, onSchoolYearChange: setSchoolYear };
  // 优质均衡 is assessed for compulsory-education schools only
  const compulsory = (COMPULSORY_SCHOOL_TYPES as readonly string[]).includes(school.type);
  const menu = compulsory ? MENU : MENU.filter((m) => m.key !== "balance");
  return (
    <AppShell appTitle={school.name} menu={menu} selectedKey={page} onSelect={navigate}>
      {/* 待办 on the home page (the page after login) */}
      {page === "targets" && (
        <TodoPanel onNavigate={(link, query) => isPage(link) && navigate(link, query)} />
      )}
      <PageSuspense key={page}>
        {page === "targets" && <TargetsPage {...pageProps} />}
        {page === "balance" && compulsory && <BalancePage {...pageProps} />}
        {page === "staffing" && <StaffingPage {...pageProps} />}
        {page === "report" && <ReportPage school={school} />}
        {page === "roster" && <RosterPage school={school} />}
      </PageSuspense>
    </AppShell>
  );
}

function Main({ viewer }: { viewer: Viewer }) {
  // an Alert, not a Result: Result's illustrations would weigh on every app's first load
  if (!viewer.school) {
    return <Alert type="error" showIcon title="此账号未关联学校" style={{ margin: 48 }} role="alert" />;
  }
  return <SchoolApp school={viewer.school} />;
}

export function App() {
  return <SessionGate app="SCHOOL">{(viewer) => <Main viewer={viewer} />}</SessionGate>;
}

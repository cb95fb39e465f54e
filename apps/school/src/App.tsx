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
  SessionGate,
  useHashRoute,
  type Viewer,
} from "@edu2035/ui";
import { Result } from "antd";
import { useState } from "react";
import { BalancePage } from "./features/balance/components/BalancePage.tsx";
import { ReportPage } from "./features/report/components/ReportPage.tsx";
import { RosterPage } from "./features/roster/components/RosterPage.tsx";
import { StaffingPage } from "./features/staffing/components/StaffingPage.tsx";
import { TargetsPage } from "./features/targets/components/TargetsPage.tsx";

const PAGES = ["targets", "balance", "staffing", "report", "roster"] as const;
type Page = (typeof PAGES)[number];

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
      {page === "targets" && <TargetsPage {...pageProps} />}
      {page === "balance" && compulsory && <BalancePage {...pageProps} />}
      {page === "staffing" && <StaffingPage {...pageProps} />}
      {page === "report" && <ReportPage school={school} />}
      {page === "roster" && <RosterPage school={school} />}
    </AppShell>
  );
}

function Main({ viewer }: { viewer: Viewer }) {
  if (!viewer.school) return <Result status="403" title="此账号未关联学校" />;
  return <SchoolApp school={viewer.school} />;
}

export function App() {
  return <SessionGate app="SCHOOL">{(viewer) => <Main viewer={viewer} />}</SessionGate>;
}

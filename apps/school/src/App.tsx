import { FormOutlined, FundOutlined, IdcardOutlined, TeamOutlined } from "@ant-design/icons";
import { type AppMenuItem, AppShell, SessionGate, useHashRoute, type Viewer } from "@edu2035/ui";
import { Result } from "antd";
import { useState } from "react";
import { ReportPage } from "./features/report/components/ReportPage.tsx";
import { RosterPage } from "./features/roster/components/RosterPage.tsx";
import { StaffingPage } from "./features/staffing/components/StaffingPage.tsx";
import { TargetsPage } from "./features/targets/components/TargetsPage.tsx";

const PAGES = ["targets", "staffing", "report", "roster"] as const;
type Page = (typeof PAGES)[number];

const MENU: AppMenuItem<Page>[] = [
  { key: "targets", label: "规划指标", icon: <FundOutlined /> },
  { key: "staffing", label: "三支队伍", icon: <TeamOutlined /> },
  { key: "report", label: "年报填报", icon: <FormOutlined /> },
  { key: "roster", label: "教职工名册", icon: <IdcardOutlined /> },
];

function SchoolApp({ school }: { school: NonNullable<Viewer["school"]> }) {
  const [page, navigate] = useHashRoute(PAGES, "targets");
  const [schoolYear, setSchoolYear] = useState<number>();
  const pageProps = { school, schoolYear, onSchoolYearChange: setSchoolYear };
  return (
    <AppShell appTitle={school.name} menu={MENU} selectedKey={page} onSelect={navigate}>
      {page === "targets" && <TargetsPage {...pageProps} />}
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

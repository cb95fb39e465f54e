/**
 * 学年名册结转 (roster rollover) in the roster editor: the Alert a roster shows while the
 * current school year's roster is empty and last year's has people (with a primary button
 * 从{上一学年}结转), the toolbar button 学年名册结转 (with a confirm dialog: it may be run
 * again, people already on this year's roster are kept), and the texts the district's 名册结转
 * page shares. Data: rosterRolloverStatus and carryOverRoster (see ./api.ts).
 */
import { RetweetOutlined } from "@ant-design/icons";
import { schoolYearLabel } from "@edu2035/domain";
import type { CarryOverRosterMutation } from "@edu2035/graphql";
import { Alert, App, Button, Tooltip, Typography } from "antd";
import type { ReactNode } from "react";
import { useCarryOverRoster, useRosterRollover } from "./api.ts";
import { type RosterUnit, rolloverUnit } from "./unit.ts";

/** The payload of carryOverRoster. */
export type RolloverPayload = CarryOverRosterMutation["carryOverRoster"];

/**
 * The result message of a rollover, e.g. “已结转 215 人（2025—2026学年 → 2026—2027学年，28 个名册）；
 * 3 人已在本学年名册中，保持不变”. Counts in persons.
 */
export function rolloverResultText(r: RolloverPayload): string {
  const rosters = r.units.length > 1 ? `，${r.units.length} 个名册` : "";
  const head = `已结转 ${r.carried} 人（${schoolYearLabel(r.fromSchoolYear)} → ${schoolYearLabel(r.schoolYear)}${rosters}）`;
  return r.alreadyOnRoster > 0 ? `${head}；${r.alreadyOnRoster} 人已在本学年名册中，保持不变` : head;
}

/**
 * What a rollover into `schoolYear` does, for its confirm dialog: 在岗人员按上学年信息结转；
 * 调出、退休人员不结转；本学年已登记的人员保持不变 (so it may be run again), then what to do next.
 * `extra` (e.g. the counts) is shown first.
 */
export function RolloverExplanation({ schoolYear, extra }: { schoolYear: number; extra?: ReactNode }) {
  const from = schoolYearLabel(schoolYear - 1);
  return (
    <div data-testid="rollover-explanation">
      {extra}
      <ul style={{ paddingLeft: 20, margin: "8px 0" }}>
        <li>
          {from}名册中的在岗人员按上学年信息（岗位、学段、学科、学历、职称、骨干、继续教育学时等）结转到
          {schoolYearLabel(schoolYear)}名册；
        </li>
        <li>调出、退休人员不结转，仍作为历史记录保留在{from}名册中；</li>
        <li>本学年已登记的人员保持不变，不会被覆盖或重复登记（可重复执行）。</li>
      </ul>
      <Typography.Text type="secondary">
        结转后请在本学年名册中登记新入职人员，并为已调出、退休的人员办理“调出/退休”。
      </Typography.Text>
    </div>
  );
}

/**
 * The rollover of one roster (a school's, or a 教研室's alone) into the current school year
 * `schoolYear`: its status (last year's 在岗, this year's records) and the action with the
 * result message. `onDone` runs after a successful rollover (e.g. to show the current year).
 */
export function useRosterRolloverAction(unit: RosterUnit, schoolYear: number, onDone?: () => void) {
  const { message, modal } = App.useApp();
  const orgUnit = rolloverUnit(unit);
  const status = useRosterRollover(orgUnit, schoolYear);
  const carry = useCarryOverRoster();
  const row = status.data?.[0];

  async function run() {
    try {
      const r = await carry.mutateAsync({ unit: orgUnit, schoolYear });
      message.success(rolloverResultText(r));
      onDone?.();
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  }

  function confirm() {
    modal.confirm({
      title: `学年名册结转：${schoolYearLabel(schoolYear - 1)} → ${schoolYearLabel(schoolYear)}`,
      width: 560,
      okText: "确定结转",
      cancelText: "取消",
      content: (
        <RolloverExplanation
          schoolYear={schoolYear}
          extra={
            row && (
              <Typography.Paragraph style={{ marginBottom: 0 }}>
                {unit.name}：上学年在岗 <b>{row.previousActive}</b> 人，本学年已登记 <b>{row.current}</b> 人。
              </Typography.Paragraph>
            )
          }
        />
      ),
      onOk: run,
    });
  }

  return { status: row, loading: status.isLoading, pending: carry.isPending, run, confirm };
}

/**
 * The Alert a roster shows while people 在岗 on last year's roster are not yet on this year's
 * (rosterRolloverStatus.toCarry > 0, the rule of the 待办 结转教职工名册): how many, what a rollover does, and the primary button 从{上一学年}结转 (no further
 * confirmation: the Alert says it). Renders nothing otherwise.
 */
export function RosterRolloverAlert({
  schoolYear,
  action,
  canImport = false,
}: {
  schoolYear: number;
  action: ReturnType<typeof useRosterRolloverAction>;
  /** The roster also takes an Excel import (a school's). */
  canImport?: boolean;
}) {
  const s = action.status;
  // the API's one rule (toCarry), as the 待办 结转教职工名册: shown until all are carried over
  if (!s || s.toCarry === 0) return null;
  const from = schoolYearLabel(schoolYear - 1);
  const started = s.current > 0;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="rollover-alert"
      style={{ marginBottom: 12 }}
      title={
        started
          ? `本学年（${schoolYearLabel(schoolYear)}）名册尚未完成结转`
          : `本学年（${schoolYearLabel(schoolYear)}）名册尚未建立`
      }
      description={`${from}名册有在岗人员 ${s.previousActive} 人${started ? `，其中 ${s.toCarry} 人尚未结转到本学年名册（也未登记调出、退休）` : ""}。可从上一学年结转：在岗人员按上学年信息结转，调出、退休人员不结转；结转后再登记新入职人员、办理调出/退休。也可直接新增人员${canImport ? "或导入 Excel" : ""}。`}
      action={
        <Button type="primary" icon={<RetweetOutlined />} loading={action.pending} onClick={action.run}>
          从{from}结转
        </Button>
      }
    />
  );
}

/** The toolbar button 学年名册结转 (confirm dialog first); disabled when last year had no one 在岗. */
export function RosterRolloverButton({ action }: { action: ReturnType<typeof useRosterRolloverAction> }) {
  const none = action.status?.previousActive === 0;
  const button = (
    <Button
      icon={<RetweetOutlined />}
      loading={action.pending}
      disabled={action.loading || none}
      onClick={action.confirm}
    >
      学年名册结转
    </Button>
  );
  return none ? <Tooltip title="上一学年名册没有在岗人员，无可结转">{button}</Tooltip> : button;
}

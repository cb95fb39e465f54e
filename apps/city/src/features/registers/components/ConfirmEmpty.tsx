import { FIRST_SCHOOL_YEAR } from "@edu2035/domain";
import type { RegisterKind } from "@edu2035/graphql";
import { currentSchoolYear, formatDateTime } from "@edu2035/ui";
import { Alert, Button, Popconfirm, Select, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { useConfirmRegisterEmpty, useRegisterConfirmations } from "../api/registers.ts";

/** "2025—2026学年". */
const yearLabel = (y: number) => `${y}—${y + 1}学年`;

/**
 * 确认本年度无此类事项 of one register kind: pick a 学年; with no entry counted in it, the city
 * confirms the register empty (its targets then read 0, not 无数据) or withdraws a confirmation
 * while the year is open. `countedIn` tells whether an entry of the kind counts in a year. A
 * confirmation stored beside an entry (the API withdraws it when an entry is written; one made
 * before that rule may remain) is shown as it is, with 撤回确认, never hidden behind the entry.
 */
export function ConfirmEmpty({
  kind,
  kindLabel,
  countedIn,
}: {
  kind: RegisterKind;
  kindLabel: string;
  countedIn: (schoolYear: number) => boolean;
}) {
  const now = currentSchoolYear();
  const [schoolYear, setSchoolYear] = useState(now);
  const confirmations = useRegisterConfirmations(schoolYear);
  const save = useConfirmRegisterEmpty();
  const confirmed = confirmations.data?.find((c) => c.kind === kind);
  const years = Array.from({ length: now - FIRST_SCHOOL_YEAR + 1 }, (_, i) => now - i);
  const withdraw = (
    <Button
      size="small"
      loading={save.isPending}
      onClick={() => save.mutate({ kind, schoolYear, confirm: false })}
    >
      撤回确认
    </Button>
  );
  return (
    <Space wrap style={{ marginBottom: 12 }} data-testid="register-confirm-empty">
      <Typography.Text>学年：</Typography.Text>
      <Select<number>
        aria-label="确认学年"
        style={{ width: 160 }}
        value={schoolYear}
        onChange={setSchoolYear}
        options={years.map((y) => ({ value: y, label: yearLabel(y) }))}
      />
      {countedIn(schoolYear) ? (
        <>
          <Tag color="green">该学年已有登记</Tag>
          {confirmed && (
            <>
              <Tag color="red" data-testid="register-confirmed">
                另有“本年度无此类事项”的确认（{formatDateTime(confirmed.confirmedAt)}），与登记不符
              </Tag>
              {withdraw}
            </>
          )}
        </>
      ) : confirmed ? (
        <>
          <Tag color="blue" data-testid="register-confirmed">
            已确认本年度无此类事项（{formatDateTime(confirmed.confirmedAt)}）
          </Tag>
          {withdraw}
        </>
      ) : (
        <>
          <Tag color="orange">本年度尚无登记，也未确认无此类事项（相关指标显示无数据）</Tag>
          <Popconfirm
            title={`确认${yearLabel(schoolYear)}没有“${kindLabel}”？确认后相关指标按 0 计算。`}
            okText="确认"
            cancelText="取消"
            onConfirm={() => save.mutateAsync({ kind, schoolYear, confirm: true })}
          >
            <Button size="small" loading={save.isPending}>
              确认本年度无此类事项
            </Button>
          </Popconfirm>
        </>
      )}
      {save.error && <Alert type="error" showIcon title={save.error.message} />}
    </Space>
  );
}

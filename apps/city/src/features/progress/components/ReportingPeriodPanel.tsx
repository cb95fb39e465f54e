import { CalendarOutlined, EditOutlined, ReloadOutlined } from "@ant-design/icons";
import { censusDate, schoolYearLabel } from "@edu2035/domain";
import type { ReportingPeriodFieldsFragment } from "@edu2035/graphql";
import {
  appNow,
  CONFLICT_MESSAGE,
  formatDateTime,
  formErrorFields,
  issuesOf,
  isVersionConflict,
} from "@edu2035/ui";
import { Alert, App, Button, Descriptions, Form, Input, Modal, Space, Tag, Typography } from "antd";
import { useRef, useState } from "react";
import { type PeriodDates, useFreshReportingPeriod, useSetReportingPeriod } from "../api/progress.ts";

type Period = ReportingPeriodFieldsFragment;

const beijingDay = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** An ISO instant as its Beijing-time date "YYYY-MM-DD" (the value of a date input). */
export function beijingDate(iso: string): string {
  return beijingDay.format(new Date(iso));
}

/** Whole days from now until an instant, rounded up (0 on the day itself). */
function daysUntil(iso: string, now = appNow().getTime()): number {
  return Math.max(0, Math.ceil((new Date(iso).getTime() - now) / 86_400_000));
}

/** 已截止 (red) or 距截止还有 N 天 (blue; orange within a week). */
function DeadlineTag({ period }: { period: Period }) {
  if (period.deadlinePassed)
    return (
      <Tag color="error" data-testid="deadline-state">
        已截止
      </Tag>
    );
  const days = daysUntil(period.deadline);
  return (
    <Tag color={days <= 7 ? "warning" : "processing"} data-testid="deadline-state">
      距截止还有 {days} 天
    </Tag>
  );
}

/**
 * 报送截止日期 of a school year, as the city set it (reportingPeriod): the deadline (Beijing
 * time) with 已截止 or the days left, when reporting opened, and who set it last; or a warning
 * that none is set (nothing then counts as 逾期). The button opens the form to set or change it.
 */
export function ReportingPeriodPanel({
  schoolYear,
  period,
  loading,
}: {
  schoolYear: number;
  /** null: the city has not set one; undefined: still loading. */
  period: Period | null | undefined;
  loading?: boolean;
}) {
  const [editing, setEditing] = useState(false);
  const label = schoolYearLabel(schoolYear);
  const button = (
    <Button
      type={period ? "default" : "primary"}
      icon={period ? <EditOutlined /> : <CalendarOutlined />}
      onClick={() => setEditing(true)}
      disabled={period === undefined}
    >
      {period ? "修改截止日期" : "设置截止日期"}
    </Button>
  );
  return (
    <div data-testid="reporting-period" style={{ marginBottom: 16 }}>
      {period === null ? (
        <Alert
          type="warning"
          showIcon
          data-testid="period-not-set"
          title={`${label}尚未设置报送截止日期`}
          description="设置后，截止日期后提交、或截止日期已过仍未提交年报的学校计为逾期；未设置时不统计逾期。"
          action={button}
        />
      ) : (
        <Descriptions
          size="small"
          bordered
          column={{ xs: 1, md: 2, xl: 4 }}
          extra={period && button}
          title={<span style={{ fontSize: 14 }}>{label}填报期</span>}
          items={[
            {
              key: "deadline",
              label: "报送截止日期",
              children: period ? (
                <Space size={8}>
                  <Typography.Text strong data-testid="period-deadline">
                    {formatDateTime(period.deadline)}
                  </Typography.Text>
                  <DeadlineTag period={period} />
                </Space>
              ) : loading ? (
                "…"
              ) : (
                "—"
              ),
            },
            {
              key: "opened",
              label: "填报开始",
              children: period ? formatDateTime(period.openedAt) : "—",
            },
            { key: "tz", label: "时间口径", children: "北京时间" },
            {
              key: "updated",
              label: "最后设置",
              children: period ? `${period.updatedBy ?? "—"} · ${formatDateTime(period.updatedAt)}` : "—",
            },
          ]}
        />
      )}
      {editing && period !== undefined && (
        <PeriodModal schoolYear={schoolYear} period={period} onClose={() => setEditing(false)} />
      )}
    </div>
  );
}

/**
 * The form to set or change the deadline (setReportingPeriod): 报送截止日期 (on time until 23:59
 * Beijing time that day) and 填报开始日期 (default 统计时点 1 September). The save names the
 * version the form was opened on; if someone changed the period since, the API answers
 * CONFLICT, nothing is saved and the conflict is shown with a reload. The API's
 * BAD_USER_INPUT shows on its field.
 */
function PeriodModal({
  schoolYear,
  period,
  onClose,
}: {
  schoolYear: number;
  period: Period | null;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<PeriodDates>();
  const [base, setBase] = useState(period);
  const [conflict, setConflict] = useState<{ now: Period | null } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const inFlight = useRef(false);
  const fresh = useFreshReportingPeriod();
  const save = useSetReportingPeriod();
  const census = censusDate(schoolYear);
  const initial = (p: Period | null): PeriodDates => ({
    deadline: p ? beijingDate(p.deadline) : "",
    openedAt: p ? beijingDate(p.openedAt) : census,
  });

  async function submit() {
    // a second click while the first save runs does nothing (it would answer CONFLICT); 保存 shows
    // loading from the click on, the form's check included, so no click is ignored unseen
    if (inFlight.current) return;
    inFlight.current = true;
    setSaving(true);
    setFailure(null);
    try {
      let values: PeriodDates;
      try {
        values = await form.validateFields();
      } catch {
        return;
      }
      await save.mutateAsync({
        schoolYear,
        version: base?.version ?? null,
        deadline: values.deadline,
        // the default opening is sent as none, so it follows the 统计时点
        openedAt: values.openedAt && values.openedAt !== census ? values.openedAt : null,
      });
      message.success(`${schoolYearLabel(schoolYear)}报送截止日期已保存`);
      onClose();
    } catch (e) {
      if (isVersionConflict(e)) {
        setConflict({ now: await fresh.fetch(schoolYear).catch(() => null) });
        void fresh.refresh(schoolYear);
      } else {
        const issues = issuesOf(e);
        if (issues.length) form.setFields(formErrorFields(issues, form.getFieldsError()) as never);
        else setFailure(e instanceof Error ? e.message : String(e));
      }
    } finally {
      inFlight.current = false;
      setSaving(false);
    }
  }

  return (
    <Modal
      open
      title={`${period ? "修改" : "设置"}报送截止日期 · ${schoolYearLabel(schoolYear)}`}
      okText="保存"
      onOk={submit}
      confirmLoading={saving}
      okButtonProps={{ disabled: conflict !== null }}
      onCancel={onClose}
      destroyOnHidden
    >
      {conflict && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="period-conflict"
          title={CONFLICT_MESSAGE}
          description={
            conflict.now
              ? `${conflict.now.updatedBy ?? "其他用户"}已于 ${formatDateTime(conflict.now.updatedAt)} 将报送截止日期设为 ${formatDateTime(conflict.now.deadline)}，您的修改未保存。`
              : "该学年的填报期已被他人修改，您的修改未保存。"
          }
          action={
            <Button
              icon={<ReloadOutlined />}
              onClick={() => {
                setBase(conflict.now);
                form.resetFields();
                form.setFieldsValue(initial(conflict.now));
                setConflict(null);
              }}
            >
              重新加载
            </Button>
          }
        />
      )}
      {failure && <Alert type="error" showIcon closable title={failure} style={{ marginBottom: 12 }} />}
      <Form<PeriodDates>
        form={form}
        layout="vertical"
        disabled={saving}
        initialValues={initial(period)}
        data-testid="period-form"
      >
        <Form.Item
          name="deadline"
          label="报送截止日期"
          dependencies={["openedAt"]}
          extra="截止日期当天 23:59（北京时间）前提交的年报为按时报送；之后提交、或届时仍未提交的计为逾期。"
          rules={[
            { required: true, message: "请选择报送截止日期" },
            ({ getFieldValue }) => ({
              validator: (_, v: string) => {
                const opened = (getFieldValue("openedAt") as string | null) || census;
                return !v || v >= opened
                  ? Promise.resolve()
                  : Promise.reject(new Error("报送截止日期应晚于填报开始日期"));
              },
            }),
          ]}
        >
          <Input type="date" aria-label="报送截止日期" min={census} max={`${schoolYear + 2}-12-31`} />
        </Form.Item>
        <Form.Item name="openedAt" label="填报开始日期" extra={`默认为统计时点 ${census}。`}>
          <Input type="date" aria-label="填报开始日期" max={`${schoolYear + 2}-12-31`} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

import type { StatisticalYearFieldsFragment } from "@edu2035/graphql";
import { Alert, App, Form, Input, Modal } from "antd";
import { useEffect, useState } from "react";
import { useExemptReports, usePublishYear, useReopenYear } from "../api/years.ts";
import { yearFormError } from "./yearErrors.ts";

/** The longest 豁免原因 / 重新开放原因 the API takes. */
export const REASON_MAX = 200;

/** A required reason of at most REASON_MAX characters: the Chinese problem, or null. */
function reasonProblem(reason: string | undefined, what: string): string | null {
  const r = (reason ?? "").trim();
  if (!r) return `请填写${what}`;
  if (r.length > REASON_MAX) return `${what}不能超过 ${REASON_MAX} 个字`;
  return null;
}

/**
 * 豁免: the selected pending schools exempted from the year's 年报 with a required reason
 * (≤ 200 characters); they then count as expected but not reported. Sends exemptReports.
 */
export function ExemptModal({
  schoolYear,
  label,
  schools,
  onClose,
  onDone,
}: {
  schoolYear: number;
  label: string;
  /** The schools to exempt (null: closed). */
  schools: { id: string; name: string }[] | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason?: string }>();
  const [alert, setAlert] = useState<string | null>(null);
  const exempt = useExemptReports();
  const open = schools !== null;

  useEffect(() => {
    if (!open) return;
    setAlert(null);
    form.resetFields();
  }, [open, form]);

  async function onOk() {
    const reason = form.getFieldValue("reason") as string | undefined;
    const problem = reasonProblem(reason, "豁免原因");
    form.setFields([{ name: "reason", errors: problem ? [problem] : [] }]);
    if (problem || !schools) return;
    setAlert(null);
    try {
      await exempt.mutateAsync({
        schoolYear,
        schoolIds: schools.map((s) => s.id),
        reason: (reason ?? "").trim(),
      });
      message.success(`已豁免 ${schools.length} 所学校的${label}年报`);
      onDone();
    } catch (e) {
      setAlert(yearFormError(e, form, ["reason"]));
    }
  }

  const names = (schools ?? []).map((s) => s.name);
  return (
    <Modal
      open={open}
      title={`豁免${label}年报`}
      okText="豁免"
      cancelText="取消"
      onOk={onOk}
      onCancel={onClose}
      confirmLoading={exempt.isPending}
      forceRender
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title={`豁免 ${names.length} 所学校：${names.slice(0, 5).join("、")}${names.length > 5 ? " 等" : ""}`}
        description="豁免后，该学年发布时不再等待这些学校的年报；其数据计为未报送（应报不减），相关指标按数据覆盖情况标注。"
      />
      {alert && (
        <Alert type="error" showIcon title={alert} style={{ marginBottom: 12 }} data-testid="exempt-alert" />
      )}
      <Form form={form} layout="vertical" data-testid="exempt-form">
        <Form.Item name="reason" label="豁免原因" required>
          <Input.TextArea
            rows={3}
            maxLength={REASON_MAX}
            showCount
            aria-label="豁免原因"
            placeholder="如：学校已于学年中停办，无法报送年报"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * 发布 confirm: explains that the year's rosters, reports and inputs get locked and its figures
 * stored as vN+1, with an optional 发布说明. Sends publishSchoolYear with the version read.
 */
export function PublishModal({
  year,
  onClose,
}: {
  /** The year to publish (null: closed). */
  year: StatisticalYearFieldsFragment | null;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note?: string }>();
  const [alert, setAlert] = useState<string | null>(null);
  const publish = usePublishYear();
  const next = (year?.publishedVersion ?? 0) + 1;

  const open = year !== null;
  useEffect(() => {
    if (!open) return;
    setAlert(null);
    form.resetFields();
  }, [open, form]);

  async function onOk() {
    if (!year) return;
    const note = ((form.getFieldValue("note") as string | undefined) ?? "").trim();
    setAlert(null);
    try {
      const published = await publish.mutateAsync({
        schoolYear: year.schoolYear,
        version: year.version,
        note: note || null,
      });
      message.success(`${year.label}已发布（v${published.publishedVersion ?? next}）`);
      onClose();
    } catch (e) {
      setAlert(yearFormError(e, form, ["note"]));
    }
  }

  return (
    <Modal
      open={open}
      title={`发布${year?.label ?? ""}（v${next}）`}
      okText="确认发布"
      cancelText="取消"
      onOk={onOk}
      onCancel={onClose}
      confirmLoading={publish.isPending}
      forceRender
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 12 }}
        title="发布（封账）后数据将被锁定"
        description={`发布后，${year?.label ?? "该学年"}的教职工名册、年报和市级填报数据均变为只读，各项指标的数值存档为 v${next} 正式数据，指标页默认显示最近发布学年。如需修改，须由市教育局重新开放该学年。`}
      />
      {alert && (
        <Alert type="error" showIcon title={alert} style={{ marginBottom: 12 }} data-testid="publish-alert" />
      )}
      <Form form={form} layout="vertical" data-testid="publish-form">
        <Form.Item name="note" label="发布说明（选填）">
          <Input.TextArea
            rows={3}
            maxLength={REASON_MAX}
            showCount
            aria-label="发布说明"
            placeholder="如：2026年度教育事业统计数据"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * 重新开放: a published year made writable again with a required reason (≤ 200 characters);
 * its figures are 预览 until it is published again. Sends reopenSchoolYear with the version read.
 */
export function ReopenModal({
  year,
  onClose,
}: {
  /** The year to reopen (null: closed). */
  year: StatisticalYearFieldsFragment | null;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason?: string }>();
  const [alert, setAlert] = useState<string | null>(null);
  const reopen = useReopenYear();

  const open = year !== null;
  useEffect(() => {
    if (!open) return;
    setAlert(null);
    form.resetFields();
  }, [open, form]);

  async function onOk() {
    if (!year) return;
    const reason = form.getFieldValue("reason") as string | undefined;
    const problem = reasonProblem(reason, "重新开放原因");
    form.setFields([{ name: "reason", errors: problem ? [problem] : [] }]);
    if (problem) return;
    setAlert(null);
    try {
      await reopen.mutateAsync({
        schoolYear: year.schoolYear,
        version: year.version,
        reason: (reason ?? "").trim(),
      });
      message.success(`${year.label}已重新开放`);
      onClose();
    } catch (e) {
      setAlert(yearFormError(e, form, ["reason"]));
    }
  }

  return (
    <Modal
      open={open}
      title={`重新开放${year?.label ?? ""}`}
      okText="重新开放"
      okButtonProps={{ danger: true }}
      cancelText="取消"
      onOk={onOk}
      onCancel={onClose}
      confirmLoading={reopen.isPending}
      forceRender
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 12 }}
        title={`重新开放后，v${year?.publishedVersion ?? 1} 保留为历史版本`}
        description="该学年的名册、年报和填报数据恢复可编辑（本学年，或往年经补录开放），指标显示为预览，直至再次发布为新版本。"
      />
      {alert && (
        <Alert type="error" showIcon title={alert} style={{ marginBottom: 12 }} data-testid="reopen-alert" />
      )}
      <Form form={form} layout="vertical" data-testid="reopen-form">
        <Form.Item name="reason" label="重新开放原因" required>
          <Input.TextArea
            rows={3}
            maxLength={REASON_MAX}
            showCount
            aria-label="重新开放原因"
            placeholder="如：某校教职工名册漏报，需更正"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

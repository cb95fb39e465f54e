import { schoolYearLabel } from "@edu2035/domain";
import { appNow, beijingToday, currentSchoolYear, orgFormError, useManagedDistricts } from "@edu2035/ui";
import { Alert, App, Form, Input, Modal, Select } from "antd";
import { useEffect, useState } from "react";
import { useOpenBackfill, useSchoolsOfYear } from "../api/backfill.ts";

/** The first school year a bureau may bring in (the platform's history starts there). */
const FIRST_BACKFILL_YEAR = 2020;

interface Values {
  schoolYear?: number;
  districtIds: string[];
  schoolIds: string[];
  /** Beijing time, "YYYY-MM-DDTHH:mm" (a datetime-local input). */
  closesAt?: string;
  reason?: string;
}

/** A Beijing local date-time "YYYY-MM-DDTHH:mm" as an ISO instant. */
export function beijingLocalToIso(local: string): string {
  return new Date(`${local}:00+08:00`).toISOString();
}

/** "YYYY-MM-DDTHH:mm" in Beijing time, `days` from now at 18:00. */
function beijingLocalIn(days: number): string {
  return `${beijingToday(new Date(appNow().getTime() + days * 86_400_000))}T18:00`;
}

/**
 * 开放补录: a past school year (2020 … last year) opened to whole districts (multi) and/or single
 * schools (multi, searchable among the schools open that year), until a 截止时间 (Beijing time,
 * date and time), with a 原因. Sends openBackfill; the API's issues are shown on their fields.
 */
export function OpenBackfillModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [alert, setAlert] = useState<string | null>(null);
  const districts = useManagedDistricts();
  const schoolYear = Form.useWatch("schoolYear", form);
  const schools = useSchoolsOfYear(schoolYear);
  const openBackfill = useOpenBackfill();
  const now = currentSchoolYear();
  const years: number[] = [];
  for (let y = now - 1; y >= FIRST_BACKFILL_YEAR; y--) years.push(y);

  useEffect(() => {
    if (!open) return;
    setAlert(null);
    form.resetFields();
    form.setFieldsValue({
      schoolYear: now - 1,
      districtIds: [],
      schoolIds: [],
      closesAt: beijingLocalIn(30),
    });
  }, [open, form, now]);

  async function onOk() {
    const v = form.getFieldsValue(true) as Values;
    const missing: { name: string[]; errors: string[] }[] = [];
    if (!v.schoolYear) missing.push({ name: ["schoolYear"], errors: ["请选择学年"] });
    if (!v.districtIds?.length && !v.schoolIds?.length)
      missing.push({ name: ["schoolIds"], errors: ["请至少选择一个区或一所学校"] });
    if (!v.closesAt) missing.push({ name: ["closesAt"], errors: ["请填写截止时间"] });
    else if (new Date(beijingLocalToIso(v.closesAt)).getTime() <= appNow().getTime())
      missing.push({ name: ["closesAt"], errors: ["截止时间应晚于现在"] });
    if (!v.reason?.trim()) missing.push({ name: ["reason"], errors: ["请填写补录原因"] });
    form.setFields([
      ...missing,
      ...form
        .getFieldsError()
        .filter((f) => f.errors.length && !missing.some((m) => m.name[0] === f.name[0]))
        .map((f) => ({ name: f.name, errors: [] })),
    ] as never);
    if (missing.length) return;
    setAlert(null);
    try {
      const windows = await openBackfill.mutateAsync({
        schoolYear: v.schoolYear as number,
        districtIds: v.districtIds ?? [],
        schoolIds: v.schoolIds ?? [],
        closesAt: beijingLocalToIso(v.closesAt as string),
        reason: (v.reason ?? "").trim(),
      });
      message.success(`已开放${schoolYearLabel(v.schoolYear as number)}补录（${windows.length} 个范围）`);
      onClose();
    } catch (e) {
      setAlert(orgFormError(e, form));
    }
  }

  return (
    <Modal
      open={open}
      title="开放补录"
      width={640}
      okText="开放补录"
      cancelText="取消"
      onOk={onOk}
      onCancel={onClose}
      confirmLoading={openBackfill.isPending}
      forceRender
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title="补录期间，所选区的全部学校或所选学校可录入、导入该学年的教职工名册并填报年报，按常规流程审核。"
      />
      {alert && (
        <Alert
          type="error"
          showIcon
          title={alert}
          style={{ marginBottom: 12 }}
          data-testid="backfill-form-alert"
        />
      )}
      <Form<Values> form={form} layout="vertical" data-testid="backfill-form">
        <Form.Item name="schoolYear" label="学年" required>
          <Select
            aria-label="学年"
            options={years.map((y) => ({ value: y, label: schoolYearLabel(y) }))}
            onChange={() => form.setFieldValue("schoolIds", [])}
          />
        </Form.Item>
        <Form.Item name="districtIds" label="区（整区开放）">
          <Select
            aria-label="区"
            mode="multiple"
            allowClear
            placeholder="可多选"
            options={(districts.data ?? [])
              .filter((d) => !d.closedOn)
              .map((d) => ({ value: d.id, label: d.name }))}
          />
        </Form.Item>
        <Form.Item name="schoolIds" label="学校" extra="可多选，输入名称或标识码搜索；仅列出该学年在办的学校">
          <Select
            aria-label="学校"
            mode="multiple"
            allowClear
            loading={schools.isFetching}
            placeholder="可多选"
            showSearch={{ optionFilterProp: "label" }}
            options={(schools.data ?? []).map((s) => ({
              value: s.id,
              label: `${s.name}（${s.district.name} ${s.code}）`,
            }))}
          />
        </Form.Item>
        <Form.Item name="closesAt" label="截止时间" required extra="北京时间">
          <Input type="datetime-local" aria-label="截止时间" />
        </Form.Item>
        <Form.Item name="reason" label="补录原因" required>
          <Input.TextArea
            rows={2}
            maxLength={200}
            aria-label="补录原因"
            placeholder="如：平台启用前的历史数据补录"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

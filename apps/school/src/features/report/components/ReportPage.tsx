import { ExclamationCircleFilled, ReloadOutlined, SaveOutlined, SendOutlined } from "@ant-design/icons";
import {
  censusDate,
  type SchoolType as DomainSchoolType,
  isPrimaryOrSecondarySchool,
  REPORT_FIELD_LABELS as L,
  reportCompletenessIssues,
  reportIssues,
  schoolTypeReports,
} from "@edu2035/domain";
import type { SchoolReportFieldsFragment, SchoolType } from "@edu2035/graphql";
import {
  CONFLICT_MESSAGE,
  currentSchoolYear,
  ExcelActions,
  type FieldIssue,
  formatDateTime,
  formErrorFields,
  issuesOf,
  isVersionConflict,
  PageCard,
  PrintReportButton,
  ReportDeadline,
  ReportingYearSelect,
  ReportStatusTag,
  staffingSummaryQuery,
  useToken,
  useViewer,
} from "@edu2035/ui";
import { useQuery } from "@tanstack/react-query";
import {
  Alert,
  App,
  Badge,
  Button,
  Col,
  Descriptions,
  Form,
  type FormInstance,
  Input,
  InputNumber,
  Popconfirm,
  Radio,
  Row,
  Skeleton,
  Space,
  Table,
  Tabs,
  Typography,
} from "antd";
import { type ReactNode, useEffect, useMemo, useRef, useState } from "react";
import { useReportExcel, useSaveReportDraft, useSchoolReport, useSubmitReport } from "../api/report.ts";
import {
  type Draft,
  draftOf,
  formValuesOf,
  type GradeRow,
  gradeRowLabel,
  type ReportFormValues,
  TABS,
  type TabKey,
  tabOf,
  toDomainType,
  toFormField,
} from "./reportForm.ts";

interface School {
  id: string;
  name: string;
  code?: string;
  type: SchoolType;
  typeLabel: string;
}

/** 年报填报: the school's annual report of a school year, section by section. */
export function ReportPage({ school }: { school: School }) {
  const [schoolYear, setSchoolYear] = useState(currentSchoolYear);
  const { data: report, isLoading, error, refetch, isFetching } = useSchoolReport(school.id, schoolYear);
  return (
    <PageCard
      title="年报填报"
      subtitle={`${school.name} · 统计时点 ${censusDate(schoolYear).replace(/^(\d+)-0?(\d+)-0?(\d+)$/, "$1年$2月$3日")}`}
      extra={
        <Space size={12}>
          <ReportDeadline schoolYear={schoolYear} />
          <ReportingYearSelect value={schoolYear} onChange={setSchoolYear} />
          {report && <PrintReportButton report={report} />}
        </Space>
      }
    >
      {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 12 }} />}
      {isLoading || report === undefined ? (
        !error && <Skeleton active />
      ) : (
        <ReportEditor
          key={`${schoolYear}`}
          school={school}
          schoolYear={schoolYear}
          report={report}
          reloading={isFetching}
          onReload={() => refetch()}
        />
      )}
    </PageCard>
  );
}

function ReportEditor({
  school,
  schoolYear,
  report,
  reloading,
  onReload,
}: {
  school: School;
  schoolYear: number;
  report: SchoolReportFieldsFragment | null;
  reloading: boolean;
  onReload: () => Promise<unknown>;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<ReportFormValues>();
  const [tab, setTab] = useState<TabKey>("enrolment");
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [conflict, setConflict] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const save = useSaveReportDraft();
  const submit = useSubmitReport();
  const domainType = toDomainType(school.type);
  const readOnly = report?.status === "SUBMITTED" || report?.status === "APPROVED";
  /**
   * The action running (保存草稿 or 提交审核, from the click to its last answer, the browser's
   * checks included): both buttons show it (loading on its own, disabled on the other, the
   * Popconfirm does not open), so a click is never ignored unseen.
   */
  const [running, setRunning] = useState<"save" | "submit" | null>(null);
  const busy = running !== null;
  const excel = useReportExcel(school.id, schoolYear, report?.version ?? null);

  /** The form's values as last loaded or saved: unsaved edits are what differs from them. */
  const savedValues = useRef<string | null>(null);
  const markSaved = () => {
    savedValues.current = JSON.stringify(form.getFieldsValue(true));
  };
  /**
   * Save and submit run once at a time: a second click in the same frame as the first (before
   * the buttons show {@link running}) does not send twice.
   */
  const inFlight = useRef(false);

  /**
   * The version of the report the form's content is based on (null = none yet), what a save sends
   * to be checked: set when the form is loaded and by a save's answer, which can come before the
   * saved report is rendered (a submit at once after a save sends the saved version).
   */
  const formVersion = useRef<number | null>(report?.version ?? null);

  // the form shows the stored report whenever a new version arrives
  useEffect(() => {
    formVersion.current = report?.version ?? null;
    form.resetFields();
    form.setFieldsValue(formValuesOf(school.type, report));
    markSaved();
  }, [report?.id, report?.version]);

  // reloading or closing the tab with unsaved edits asks first (the browser's own prompt)
  useEffect(() => {
    if (readOnly) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (savedValues.current === null || JSON.stringify(form.getFieldsValue(true)) === savedValues.current)
        return;
      e.preventDefault();
      // older browsers show the prompt only when returnValue is set
      e.returnValue = "年报有未保存的修改，离开后将丢失。确定离开吗？";
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [readOnly, form]);

  /** Show issues whose fields are form paths (grades.<form row>.x). */
  function showIssues(list: FieldIssue[]) {
    form.setFields(formErrorFields(list, form.getFieldsError()) as never);
    setIssues(list);
    const first = list[0];
    if (first) setTab(tabOf(first.field));
  }

  function handleError(e: unknown, formIndex: readonly number[]) {
    if (isVersionConflict(e)) {
      setConflict(CONFLICT_MESSAGE);
      return;
    }
    const list = issuesOf(e).map((i) => ({ ...i, field: toFormField(i.field, formIndex) }));
    if (list.length) {
      showIssues(list);
      message.error("年报有需要修改的内容，请查看标红的字段");
      return;
    }
    setFailure(e instanceof Error ? e.message : String(e));
  }

  /** The domain's issues of the form content (field paths of the form), completeness too when submitting. */
  function localIssues(draft: Draft, submitting: boolean): FieldIssue[] {
    const content = reportIssues(draft.domain, { schoolType: domainType });
    const missing =
      submitting && !content.length ? reportCompletenessIssues(draft.domain, { schoolType: domainType }) : [];
    return [
      ...draft.rowIssues,
      ...[...content, ...missing].map((i) => ({ ...i, field: toFormField(i.field, draft.formIndex) })),
    ];
  }

  /** Check in the browser, then save; the saved report (or null when refused). */
  async function saveDraft(): Promise<SchoolReportFieldsFragment | null> {
    setFailure(null);
    const draft = draftOf(form.getFieldsValue(true), domainType);
    const local = localIssues(draft, false);
    if (local.length) {
      showIssues(local);
      message.error("年报有需要修改的内容，请查看标红的字段");
      return null;
    }
    try {
      const saved = await save.mutateAsync({
        ...draft.input,
        schoolId: school.id,
        schoolYear,
        version: formVersion.current,
      });
      formVersion.current = saved.version;
      markSaved();
      showIssues([]);
      return saved;
    } catch (e) {
      handleError(e, draft.formIndex);
      return null;
    }
  }

  /** Run `action` as the one running action (see {@link running}). */
  async function runAlone(kind: "save" | "submit", action: () => Promise<void>) {
    if (inFlight.current) return;
    inFlight.current = true;
    setRunning(kind);
    try {
      await action();
    } finally {
      inFlight.current = false;
      setRunning(null);
    }
  }

  const onSave = () =>
    runAlone("save", async () => {
      if (await saveDraft()) message.success("草稿已保存");
    });

  const onSubmit = () => runAlone("submit", saveAndSubmit);

  async function saveAndSubmit() {
    const local = localIssues(draftOf(form.getFieldsValue(true), domainType), true);
    if (local.length) {
      showIssues(local);
      message.error(`还有 ${local.length} 处需要填写或修改，不能提交`);
      return;
    }
    const saved = await saveDraft();
    if (!saved) return;
    try {
      await submit.mutateAsync({ schoolId: school.id, schoolYear, version: saved.version });
      message.success("已提交区教育局审核");
    } catch (e) {
      handleError(e, []);
    }
  }

  const issueCount = useMemo(() => {
    const n = new Map<TabKey, number>();
    for (const i of issues) n.set(tabOf(i.field), (n.get(tabOf(i.field)) ?? 0) + 1);
    return n;
  }, [issues]);

  const required = isPrimaryOrSecondarySchool(domainType);
  const panes: Record<TabKey, ReactNode> = {
    basic: <BasicInfo school={school} schoolYear={schoolYear} report={report} />,
    enrolment: <GradesTable form={form} readOnly={readOnly} schoolType={domainType} />,
    staff: <StaffCounts schoolId={school.id} schoolYear={schoolYear} />,
    buildings: (
      <Row gutter={24}>
        <NumberField name="teachingAuxiliaryArea" unit="m²" decimals help="含室内体育用房（C4）" />
        <NumberField name="indoorSportsArea" unit="m²" decimals />
        <NumberField name="outdoorSportsArea" unit="m²" decimals help="C5 生均体育运动场馆面积" />
      </Row>
    ),
    equipment: (
      <Row gutter={24}>
        <NumberField name="equipmentValue" unit="元" decimals help="C6 生均教学仪器设备值" />
        <NumberField name="multimediaClassrooms" unit="间" help="C7" />
        <NumberField name="innovationLabs" unit="个" help="B19" />
        <YesNoField name="wirelessFullCoverage" label={`B37 ${L.wirelessFullCoverage}`} />
      </Row>
    ),
    // a school type that does not report 体质健康 (幼儿园) sees why, not the fields
    health: !schoolTypeReports(domainType, "healthTested") ? (
      <Alert
        type="info"
        showIcon
        data-testid="health-not-reported"
        title={`${school.typeLabel}不填报体质健康测试人数：《国家学生体质健康标准》适用于小学及以上学生，不含幼儿。`}
      />
    ) : (
      <>
        {!required && <NotRequired typeLabel={school.typeLabel} />}
        <Row gutter={24}>
          <NumberField name="healthTested" unit="人" label="参加测试人数" help="B11、B12" />
          <NumberField name="healthPassed" unit="人" label="合格及以上人数" />
          <NumberField name="healthGoodOrExcellent" unit="人" label="良好及优秀人数" />
        </Row>
      </>
    ),
    planItems: (
      <>
        {!required && <NotRequired typeLabel={school.typeLabel} />}
        <Row gutter={24}>
          <YesNoField name="meetsPeHygieneStandard" label={`B06 ${L.meetsPeHygieneStandard}`} />
          <YesNoField name="implementsCurriculumStandards" label={`B07 ${L.implementsCurriculumStandards}`} />
          <YesNoField name="hasSportsBrand" label={`B09 ${L.hasSportsBrand}`} />
          <YesNoField name="implementsHealthStandard" label={`B10 ${L.implementsHealthStandard}`} />
          <YesNoField name="heldSportsMeeting" label={`B13 ${L.heldSportsMeeting}`} />
          <YesNoField name="footballFeatureSchool" label={`B14 ${L.footballFeatureSchool}`} />
          <NumberField name="footballLessonsPerWeek" unit="节/周" label={`B14 ${L.footballLessonsPerWeek}`} />
          <YesNoField name="heldArtsFestival" label={`B15 ${L.heldArtsFestival}`} />
        </Row>
      </>
    ),
    notes: (
      <Form.Item name="notes" label="备注" help="如数据较上年变化较大，请在此说明原因">
        <Input.TextArea rows={5} maxLength={2000} showCount placeholder="选填" />
      </Form.Item>
    ),
  };

  return (
    <div data-testid="report-editor">
      <StatusBanner report={report} />
      {conflict && (
        <Alert
          type="error"
          showIcon
          data-testid="report-conflict"
          style={{ marginBottom: 12 }}
          title={conflict}
          description="其他人已保存了这份年报，您的修改未保存。重新加载后可在最新内容上继续编辑。"
          action={
            <Button
              icon={<ReloadOutlined />}
              loading={reloading}
              onClick={async () => {
                await onReload();
                setConflict(null);
              }}
            >
              重新加载
            </Button>
          }
        />
      )}
      {failure && <Alert type="error" showIcon closable title={failure} style={{ marginBottom: 12 }} />}
      {issues.length > 0 && (
        <Alert
          type="error"
          showIcon
          data-testid="report-issues"
          style={{ marginBottom: 12 }}
          title={`有 ${issues.length} 处需要填写或修改`}
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {issues.slice(0, 12).map((i) => (
                <li key={`${i.field}:${i.message}`}>
                  <Typography.Link onClick={() => setTab(tabOf(i.field))}>{i.message}</Typography.Link>
                </li>
              ))}
              {issues.length > 12 && <li>……另有 {issues.length - 12} 处</li>}
            </ul>
          }
        />
      )}
      <Form<ReportFormValues> form={form} layout="vertical" disabled={readOnly || busy} requiredMark={false}>
        <Tabs
          activeKey={tab}
          onChange={(k) => setTab(k as TabKey)}
          items={TABS.map((t) => ({
            key: t.key,
            forceRender: true,
            label: (
              <Badge count={issueCount.get(t.key) ?? 0} size="small" offset={[8, -2]}>
                <span>{t.label}</span>
              </Badge>
            ),
            children: panes[t.key],
          }))}
        />
      </Form>
      {!readOnly && (
        <Space style={{ marginTop: 8 }}>
          <Button
            icon={<SaveOutlined />}
            onClick={onSave}
            loading={running === "save"}
            disabled={running === "submit"}
          >
            保存草稿
          </Button>
          <Popconfirm
            title="提交审核"
            description="提交后年报将锁定，区教育局审核或退回前不能修改。确定提交吗？"
            okText="提交"
            cancelText="取消"
            disabled={busy}
            // the 提交 button shows loading until the submit (or the browser's refusal) is done
            onConfirm={onSubmit}
          >
            <Button
              type="primary"
              icon={<SendOutlined />}
              loading={running === "submit"}
              disabled={running === "save"}
            >
              提交审核
            </Button>
          </Popconfirm>
          <ExcelActions what="年报" {...excel} />
          <Typography.Text type="secondary">可随时保存草稿；提交前请检查各栏目均已填写。</Typography.Text>
        </Space>
      )}
    </div>
  );
}

function StatusBanner({ report }: { report: SchoolReportFieldsFragment | null }) {
  if (!report) {
    return (
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title="本学年年报尚未填报"
        description="填写后点击“保存草稿”即创建年报；全部栏目填写完整后“提交审核”。"
      />
    );
  }
  const meta = (
    <Space size="large" wrap data-testid="report-meta">
      <span>
        状态：
        <ReportStatusTag status={report.status} />
      </span>
      <span>版本：{report.version}</span>
      <span>
        最后保存：{formatDateTime(report.updatedAt)}
        {report.updatedBy ? `（${report.updatedBy}）` : ""}
      </span>
      {report.submittedAt && <span>提交时间：{formatDateTime(report.submittedAt)}</span>}
    </Space>
  );
  return (
    <>
      <div style={{ marginBottom: 12 }}>{meta}</div>
      {report.status === "RETURNED" && (
        <Alert
          type="warning"
          showIcon
          icon={<ExclamationCircleFilled />}
          data-testid="return-comment"
          style={{ marginBottom: 12, borderWidth: 2 }}
          title={<Typography.Text strong>区教育局已退回本年报，请按意见修改后重新提交</Typography.Text>}
          description={
            <>
              <div style={{ fontSize: 15, margin: "4px 0" }}>
                退回意见：{report.reviewComment ?? "（无）"}
              </div>
              <Typography.Text type="secondary">
                {report.reviewedBy ?? "区教育局"} · {formatDateTime(report.reviewedAt)}
              </Typography.Text>
            </>
          }
        />
      )}
      {report.status === "SUBMITTED" && (
        <Alert
          type="info"
          showIcon
          data-testid="report-locked"
          style={{ marginBottom: 12 }}
          title="年报已提交，等待区教育局审核"
          description="审核通过或退回前不能修改（只读）。"
        />
      )}
      {report.status === "APPROVED" && (
        <Alert
          type="success"
          showIcon
          data-testid="report-locked"
          style={{ marginBottom: 12 }}
          title="年报已审核通过，数据已计入规划指标"
          description={
            report.reviewComment ? `审核意见：${report.reviewComment}` : "如需更正，请联系区教育局重新打开。"
          }
        />
      )}
    </>
  );
}

function BasicInfo({
  school,
  schoolYear,
  report,
}: {
  school: School;
  schoolYear: number;
  report: SchoolReportFieldsFragment | null;
}) {
  // the account's own district, before any report exists
  const viewer = useViewer();
  return (
    <Descriptions bordered size="small" column={2}>
      <Descriptions.Item label="学校名称">{school.name}</Descriptions.Item>
      <Descriptions.Item label="学校标识码">{report?.school.code ?? school.code ?? "—"}</Descriptions.Item>
      <Descriptions.Item label="学校类别">{school.typeLabel}</Descriptions.Item>
      <Descriptions.Item label="所属区">
        {report?.school.district.name ?? viewer.district?.name ?? "—"}
      </Descriptions.Item>
      <Descriptions.Item label="统计学年">
        {schoolYear}—{schoolYear + 1}学年
      </Descriptions.Item>
      <Descriptions.Item label="统计时点">{censusDate(schoolYear)}</Descriptions.Item>
      <Descriptions.Item label="在校生总数">{report ? `${report.totalStudents} 人` : "—"}</Descriptions.Item>
      <Descriptions.Item label="说明">
        学校基本信息来自学校名录，如有错误请联系区教育局更正。
      </Descriptions.Item>
    </Descriptions>
  );
}

/**
 * 教职工: staff and full-time teachers (persons) as the school reports them, beside the roster's
 * active full-time teachers of the same school year (the district sees a mismatch flagged).
 */
function StaffCounts({ schoolId, schoolYear }: { schoolId: string; schoolYear: number }) {
  const token = useToken();
  const roster = useQuery(staffingSummaryQuery(token, { level: "SCHOOL", id: schoolId }, schoolYear));
  const teachers = roster.data?.fullTimeTeachers;
  return (
    <>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        data-testid="report-roster-hint"
        title={
          roster.data
            ? `本学年教职工花名册：在岗 ${roster.data.total} 人，其中专任教师 ${teachers} 人。专任教师数与花名册不一致时，区教育局审核时会提示核对。`
            : "正在读取本学年教职工花名册……"
        }
      />
      <Row gutter={24}>
        <NumberField name="staffTotal" unit="人" help="含专任教师、行政、教辅、工勤等全部在编在岗人员" />
        <NumberField name="fullTimeTeachers" unit="人" help="不超过教职工数" />
      </Row>
    </>
  );
}

function NotRequired({ typeLabel }: { typeLabel: string }) {
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 12 }}
      title={`${typeLabel}不要求填写本栏目（中小学必填），如有数据可选填。`}
    />
  );
}

type FieldName = Exclude<keyof ReportFormValues, "grades">;

function NumberField({
  name,
  unit,
  label,
  help,
  decimals,
}: {
  name: FieldName;
  unit: string;
  label?: string;
  help?: string;
  decimals?: boolean;
}) {
  return (
    <Col xs={24} md={12} xl={8}>
      <Form.Item name={name} label={label ?? L[name as keyof typeof L]} extra={help}>
        <InputNumber<number>
          aria-label={label ?? L[name as keyof typeof L]}
          style={{ width: "100%" }}
          min={0}
          precision={decimals ? 2 : 0}
          suffix={unit}
          placeholder="请输入"
        />
      </Form.Item>
    </Col>
  );
}

function YesNoField({ name, label }: { name: FieldName; label: string }) {
  return (
    <Col xs={24} md={12}>
      <Form.Item name={name} label={label}>
        <Radio.Group aria-label={label}>
          <Radio value={true}>是</Radio>
          <Radio value={false}>否</Radio>
        </Radio.Group>
      </Form.Item>
    </Col>
  );
}

const GRADE_COLUMNS = [
  ["students", "在校生数（人）"],
  ["classes", "班级数（个）"],
  ["largeClasses", "大班额（56—65人）班数"],
  ["oversizedClasses", "超大班额（66人及以上）班数"],
  ["disabledStudents", "随班就读残疾学生（人）"],
] as const;

/** 分年级在校生、班级数和大班额/超大班额, one row per grade of the school type. */
function GradesTable({
  form,
  readOnly,
  schoolType,
}: {
  form: FormInstance<ReportFormValues>;
  readOnly: boolean;
  schoolType: DomainSchoolType;
}) {
  const rows = Form.useWatch("grades", { form, preserve: true }) as GradeRow[] | undefined;
  // a kindergarten reports no 大班额/超大班额 (its classes are judged on 《幼儿园工作规程》 sizes)
  const columns = GRADE_COLUMNS.filter(([k]) => schoolTypeReports(schoolType, k));
  const bands = schoolTypeReports(schoolType, "largeClasses");
  const total = (k: (typeof GRADE_COLUMNS)[number][0]) =>
    (rows ?? []).reduce((a, r) => a + (Number(r?.[k]) || 0), 0);
  return (
    <>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {bands
          ? "按统计时点（9月1日）的实有人数填写。大班额指 56—65 人的班级，超大班额指 66 人及以上的班级；没有的年级留空。"
          : "按统计时点（9月1日）的实有人数填写；没有的年级留空。幼儿园班额按《幼儿园工作规程》核对（小班 25 人、中班 30 人、大班 35 人、混合班 30 人），不填报大班额。"}
      </Typography.Paragraph>
      <Form.List name="grades">
        {(fields) => (
          <div data-testid="grades-table">
            <Table
              tableLayout="fixed"
              rowKey="key"
              size="small"
              bordered
              pagination={false}
              dataSource={fields}
              columns={[
                {
                  title: "年级",
                  key: "label",
                  width: 130,
                  render: (_, f) => gradeRowLabel(rows?.[f.name]),
                },
                ...columns.map(([k, title]) => ({
                  title,
                  key: k,
                  render: (_: unknown, f: { name: number }) => (
                    <Form.Item name={[f.name, k]} style={{ margin: 0 }}>
                      <InputNumber<number>
                        aria-label={`${gradeRowLabel(rows?.[f.name])}${title}`}
                        min={0}
                        precision={0}
                        style={{ width: "100%" }}
                        disabled={readOnly}
                      />
                    </Form.Item>
                  ),
                })),
              ]}
              summary={() => (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0}>
                    <Typography.Text strong>合计</Typography.Text>
                  </Table.Summary.Cell>
                  {columns.map(([k], i) => (
                    <Table.Summary.Cell key={k} index={i + 1}>
                      <Typography.Text strong data-testid={`grades-total-${k}`}>
                        {total(k)}
                      </Typography.Text>
                    </Table.Summary.Cell>
                  ))}
                </Table.Summary.Row>
              )}
            />
          </div>
        )}
      </Form.List>
    </>
  );
}

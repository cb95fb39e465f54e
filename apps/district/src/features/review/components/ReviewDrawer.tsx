import { CheckOutlined, RollbackOutlined, UnlockOutlined, WarningFilled } from "@ant-design/icons";
import type { ReportQueueQuery } from "@edu2035/graphql";
import {
  CONFLICT_MESSAGE,
  formatDateTime,
  issuesOf,
  isVersionConflict,
  PrintReportButton,
  ReportDescriptions,
  ReportStatusTag,
} from "@edu2035/ui";
import {
  Alert,
  App,
  Button,
  Descriptions,
  Drawer,
  Form,
  Input,
  Modal,
  Skeleton,
  Space,
  Typography,
} from "antd";
import { useRef, useState } from "react";
import { type ReviewAction, useReviewReport, useSchoolReport } from "../api/review.ts";

type Entry = ReportQueueQuery["reportQueue"]["entries"][number];
type Kind = ReviewAction["kind"];

const ACTIONS: Record<Kind, { title: string; label: string; field: string; required: boolean; ok: string }> =
  {
    approve: {
      title: "审核通过",
      label: "审核意见（选填）",
      field: "comment",
      required: false,
      ok: "审核通过",
    },
    return: {
      title: "退回修改",
      label: "退回意见（学校可见）",
      field: "comment",
      required: true,
      ok: "退回",
    },
    reopen: {
      title: "重新打开",
      label: "重新打开的原因（学校可见）",
      field: "reason",
      required: true,
      ok: "重新打开",
    },
  };

/** One school's report, read-only, with 审核通过 / 退回 / 重新打开 as its status allows. */
export function ReviewDrawer({
  entry,
  schoolYear,
  onClose,
}: {
  entry: Entry | null;
  schoolYear: number;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const { data: report, isLoading, error, refetch } = useSchoolReport(entry?.school.id ?? null, schoolYear);
  const review = useReviewReport();
  const [kind, setKind] = useState<Kind | null>(null);
  const [text, setText] = useState("");
  const [textError, setTextError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  /**
   * True while a review request is in flight: the OK button shows loading from the click on (not
   * from the mutation's next notification), and a second click in the same frame does nothing.
   */
  const inFlight = useRef(false);
  const [sending, setSending] = useState(false);

  function openAction(k: Kind) {
    setKind(k);
    setText("");
    setTextError(null);
  }

  async function confirm() {
    if (!kind || !report || !entry || inFlight.current) return;
    const a = ACTIONS[kind];
    const value = text.trim();
    if (a.required && !value) return setTextError(`请填写${a.label.replace(/（.*）/, "")}`);
    if (value.length > 500) return setTextError("不能超过 500 字");
    const action: ReviewAction =
      kind === "approve"
        ? { kind, comment: value || null }
        : kind === "return"
          ? { kind, comment: value }
          : { kind, reason: value };
    inFlight.current = true;
    setSending(true);
    try {
      await review.mutateAsync({ schoolId: entry.school.id, schoolYear, version: report.version, action });
      message.success(`${entry.school.name}：已${a.ok}`);
      setKind(null);
    } catch (e) {
      setKind(null);
      if (isVersionConflict(e)) return setConflict(CONFLICT_MESSAGE);
      const issues = issuesOf(e);
      if (issues.length) return void message.error(issues[0]?.message);
      setConflict(e instanceof Error ? e.message : String(e));
    } finally {
      inFlight.current = false;
      setSending(false);
    }
  }

  return (
    <Drawer
      open={entry !== null}
      onClose={() => {
        setConflict(null);
        onClose();
      }}
      size={980}
      title={entry ? `${entry.school.name} · ${schoolYear}—${schoolYear + 1}学年年报` : ""}
      extra={
        report && (
          <Space>
            <PrintReportButton report={report} />
            {report.status === "SUBMITTED" && (
              <>
                <Button danger icon={<RollbackOutlined />} onClick={() => openAction("return")}>
                  退回
                </Button>
                <Button type="primary" icon={<CheckOutlined />} onClick={() => openAction("approve")}>
                  审核通过
                </Button>
              </>
            )}
            {report.status === "APPROVED" && (
              <Button icon={<UnlockOutlined />} onClick={() => openAction("reopen")}>
                重新打开
              </Button>
            )}
          </Space>
        )
      }
    >
      <div data-testid="review-drawer">
        {error && <Alert type="error" showIcon title={error.message} />}
        {conflict && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 12 }}
            title={conflict}
            action={
              <Button
                onClick={async () => {
                  await refetch();
                  setConflict(null);
                }}
              >
                刷新
              </Button>
            }
          />
        )}
        {isLoading && <Skeleton active />}
        {report && (
          <>
            <Descriptions size="small" column={3} style={{ marginBottom: 12 }}>
              <Descriptions.Item label="状态">
                <ReportStatusTag status={report.status} />
              </Descriptions.Item>
              <Descriptions.Item label="提交时间">{formatDateTime(report.submittedAt)}</Descriptions.Item>
              <Descriptions.Item label="版本">{report.version}</Descriptions.Item>
              <Descriptions.Item label="最后修改">
                {report.updatedBy ?? "—"} {formatDateTime(report.updatedAt)}
              </Descriptions.Item>
              {/* reviewedBy/At record the last review action: the approval, or an earlier return */}
              <Descriptions.Item label={report.status === "APPROVED" ? "审核人" : "上次处理人"}>
                {report.reviewedBy ?? "—"}
              </Descriptions.Item>
              <Descriptions.Item label={report.status === "APPROVED" ? "审核时间" : "上次处理时间"}>
                {formatDateTime(report.reviewedAt)}
              </Descriptions.Item>
            </Descriptions>
            {report.reviewComment && (
              <Alert
                type={report.status === "RETURNED" ? "warning" : "info"}
                showIcon
                style={{ marginBottom: 12 }}
                title={`${report.status === "APPROVED" ? "审核意见" : report.status === "SUBMITTED" ? "上次退回意见 / 重新打开原因" : "退回意见 / 重新打开原因"}：${report.reviewComment}`}
              />
            )}
            {entry && entry.flags.length > 0 && (
              <Alert
                type="warning"
                showIcon
                icon={<WarningFilled />}
                style={{ marginBottom: 12 }}
                title="数据疑点（请核实，不影响审核）"
                description={
                  <ul style={{ margin: 0, paddingLeft: 18 }}>
                    {entry.flags.map((f) => (
                      <li key={`${f.kind}:${f.field}:${f.message}`}>{f.message}</li>
                    ))}
                  </ul>
                }
              />
            )}
            <ReportDescriptions report={report} />
          </>
        )}
      </div>
      <Modal
        open={kind !== null}
        title={kind ? ACTIONS[kind].title : ""}
        okText={kind ? ACTIONS[kind].ok : "确定"}
        cancelText="取消"
        okButtonProps={{ danger: kind === "return", loading: sending }}
        onOk={confirm}
        onCancel={() => setKind(null)}
      >
        {kind && (
          <Form layout="vertical" data-testid="review-form">
            {kind === "approve" && (
              <Typography.Paragraph type="secondary">
                审核通过后年报锁定，数据计入规划指标。
              </Typography.Paragraph>
            )}
            {kind === "reopen" && (
              <Typography.Paragraph type="secondary">
                重新打开后年报退回学校更正，审核通过前其数据不计入规划指标。
              </Typography.Paragraph>
            )}
            <Form.Item
              label={ACTIONS[kind].label}
              required={ACTIONS[kind].required}
              validateStatus={textError ? "error" : undefined}
              help={textError ?? undefined}
            >
              <Input.TextArea
                aria-label={ACTIONS[kind].label}
                rows={4}
                maxLength={500}
                showCount
                value={text}
                onChange={(e) => {
                  setText(e.target.value);
                  setTextError(null);
                }}
              />
            </Form.Item>
          </Form>
        )}
      </Modal>
    </Drawer>
  );
}

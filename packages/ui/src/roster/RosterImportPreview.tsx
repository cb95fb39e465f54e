import { LogoutOutlined } from "@ant-design/icons";
import type { ImportStaffExcelMutation, RosterMemberFieldsFragment } from "@edu2035/graphql";
import { Alert, Button, List, Table, Typography } from "antd";
import type { ExcelImportMode } from "../excel/ExcelActions.tsx";

/** What importStaffExcel answers (the ImportStaffExcel operation). */
export type StaffImportOutcome = ImportStaffExcelMutation["importStaffExcel"];

/** The roster import's two ways: only new people (default), or the file updates the roster. */
export const STAFF_IMPORT_MODES: readonly ExcelImportMode[] = [
  { value: "ADD_ONLY", label: "仅新增人员" },
  { value: "UPDATE", label: "按文件更新花名册" },
];

type Change = StaffImportOutcome["changes"][number];
type NewPerson = StaffImportOutcome["addedPeople"][number];

/**
 * An UPDATE import of a roster file, checked (dry run) or saved: 新增 N / 修改 M / 未变 / 文件中没有
 * K; the new people by row (行, 姓名, 岗位); every changed item of every person (行, 姓名, 项目, 原值 → 新值); the people on duty who are
 * not in the file, kept on the roster (never deleted) — once the import is saved, each with a
 * 办理调出/退休 button that opens the roster's 调出/退休 dialog (`onLeave`). Null for an ADD_ONLY
 * outcome (the dialog's default line).
 */
export function RosterImportPreview({
  outcome,
  saved,
  onLeave,
}: {
  outcome: StaffImportOutcome;
  saved: boolean;
  onLeave: (member: RosterMemberFieldsFragment) => void;
}) {
  if (outcome.mode !== "UPDATE") return null;
  return (
    <div data-testid="roster-import-preview">
      <Alert
        type={saved ? "success" : "info"}
        showIcon
        style={{ marginBottom: 12 }}
        data-testid="roster-import-summary"
        title={`${saved ? "已导入" : "检查通过"}：新增 ${outcome.added} 人 / 修改 ${outcome.changed} 人 / 未变 ${outcome.unchanged} 人 / 文件中没有 ${outcome.missingCount} 人${outcome.skipped ? ` / 已离岗未处理 ${outcome.skipped} 行` : ""}`}
        description={saved ? undefined : "点击“确认导入”将新增和修改一次保存；文件中没有的人员不会被删除。"}
      />
      {outcome.addedPeople.length > 0 && (
        <>
          <Typography.Title level={5}>新增（{outcome.added} 人）</Typography.Title>
          <Table<NewPerson>
            size="small"
            bordered
            data-testid="roster-import-added"
            rowKey={(p) => String(p.row)}
            dataSource={[...outcome.addedPeople]}
            pagination={{ defaultPageSize: 10, hideOnSinglePage: true }}
            style={{ marginBottom: 12 }}
            columns={[
              { title: "行", dataIndex: "row", width: 60 },
              { title: "姓名", dataIndex: "name", width: 140 },
              { title: "岗位", dataIndex: "roleLabel" },
            ]}
          />
        </>
      )}
      {outcome.changes.length > 0 && (
        <>
          <Typography.Title level={5}>修改（{outcome.changed} 人，每人每项 原值 → 新值）</Typography.Title>
          <Table<Change>
            size="small"
            bordered
            data-testid="roster-import-changes"
            rowKey={(c) => `${c.row}:${c.field}`}
            dataSource={[...outcome.changes]}
            pagination={{ defaultPageSize: 10, hideOnSinglePage: true }}
            columns={[
              { title: "行", dataIndex: "row", width: 60 },
              { title: "姓名", key: "name", width: 100, render: (_, c) => c.staff.name },
              { title: "项目", dataIndex: "label", width: 120 },
              {
                title: "原值 → 新值",
                key: "diff",
                render: (_, c) => `${c.before ?? "（空）"} → ${c.after ?? "（空）"}`,
              },
            ]}
          />
        </>
      )}
      {outcome.missing.length > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 12 }}>
            文件中没有（{outcome.missingCount} 人，仍保留在花名册中）
          </Typography.Title>
          <Typography.Paragraph type="secondary">
            {saved
              ? "如已离开本校，可逐人办理调出或退休。"
              : "确认导入后，可逐人办理调出或退休；导入不会删除这些人员。"}
          </Typography.Paragraph>
          <List
            size="small"
            bordered
            data-testid="roster-import-missing"
            dataSource={outcome.missing.map((m) => m.staff)}
            renderItem={(m) => (
              <List.Item
                actions={
                  saved
                    ? [
                        <Button
                          key="leave"
                          size="small"
                          danger
                          icon={<LogoutOutlined />}
                          onClick={() => onLeave(m)}
                        >
                          办理调出/退休
                        </Button>,
                      ]
                    : []
                }
              >
                {m.name}（{m.roleLabel}
                {m.subjectLabel ? `，${m.subjectLabel}` : ""}，{m.titleLabel}）
              </List.Item>
            )}
          />
        </>
      )}
    </div>
  );
}

import { DownloadOutlined, ExportOutlined, UploadOutlined } from "@ant-design/icons";
import type { ExcelFileFieldsFragment, ExcelImportErrorFieldsFragment } from "@edu2035/graphql";
import { Alert, App, Button, Modal, Radio, Space, Table, Typography, Upload } from "antd";
import { type ReactNode, useState } from "react";
import { isVersionConflict } from "../reports/apiErrors.ts";

/** Save a base64 .xlsx the API answered as a download. */
export function downloadExcel(file: ExcelFileFieldsFragment): void {
  const bytes = Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.contentType }));
  const a = document.createElement("a");
  a.href = url;
  a.download = file.filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file's bytes, base64-encoded. */
async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** What an import answers (staff or report). */
export interface ExcelImportOutcome {
  rows: number;
  saved: boolean;
  errors: readonly ExcelImportErrorFieldsFragment[];
}

/** A way an import reads the file (e.g. 仅新增人员 / 按文件更新花名册), chosen in the dialog. */
export interface ExcelImportMode {
  value: string;
  label: string;
}

/**
 * 下载模板 / 导入 / 导出 for an Excel-backed screen. 导入 first checks the file (dry run) and
 * shows every problem row by row; only a clean file can then be saved. With `importModes` the
 * dialog offers them as a choice (the file is checked again on a change, and the mode is passed
 * to `importFile`); `renderOutcome` shows a clean file's dry run (or its saved result) instead
 * of the line 检查通过, and a saved outcome it renders keeps the dialog open until 关闭. When the
 * confirmation is refused because the data changed since the check (CONFLICT), the checked
 * outcome is stale: 确认导入 is disabled and the dialog offers 重新预览 (the same file checked
 * again against the current data) instead of repeating the refused confirmation.
 */
export function ExcelActions<O extends ExcelImportOutcome = ExcelImportOutcome>({
  what,
  template,
  exportFile,
  importFile,
  disabled,
  disabledReason,
  importInto,
  importModes,
  renderOutcome,
}: {
  /** e.g. 教职工花名册, 年报. */
  what: string;
  template: () => Promise<ExcelFileFieldsFragment>;
  exportFile?: () => Promise<ExcelFileFieldsFragment>;
  /**
   * Check (dryRun) or save a file; `mode` is the chosen one of `importModes`, and `checked` (when
   * saving) the dry run's outcome the user confirmed.
   */
  importFile?: (contentBase64: string, dryRun: boolean, mode?: string, checked?: O) => Promise<O>;
  /** Disables 导入 (the downloads stay available). */
  disabled?: boolean;
  /** Why 导入 is disabled, shown on hover. */
  disabledReason?: string;
  /** Where the rows go, named at the top of the import dialog (e.g. 2024—2025学年名册). */
  importInto?: string;
  /** Ways to read the file, the first the default (a Radio in the dialog). */
  importModes?: readonly ExcelImportMode[];
  /**
   * A clean file's outcome (dry run, or `saved`), or null for the default line; `close` closes
   * the dialog (e.g. before opening another one).
   */
  renderOutcome?: (outcome: O, state: { saved: boolean; close: () => void }) => ReactNode;
}) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  const [mode, setMode] = useState<string | undefined>(importModes?.[0]?.value);
  const [checked, setChecked] = useState<{
    name: string;
    content: string;
    outcome: O;
    /** The outcome is of the confirmed import (the dialog then only closes). */
    saved?: boolean;
    /** The confirmation was refused as the data changed after this check: check again first. */
    stale?: string;
  } | null>(null);
  const custom =
    checked && !checked.outcome.errors.length
      ? renderOutcome?.(checked.outcome, {
          saved: !!checked.saved,
          close: () => setChecked(null),
        })
      : null;

  async function run(key: string, f: () => Promise<void>) {
    setBusy(key);
    try {
      await f();
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  }

  return (
    <>
      <Space.Compact>
        <Button
          icon={<DownloadOutlined />}
          loading={busy === "template"}
          onClick={() => run("template", async () => downloadExcel(await template()))}
        >
          下载模板
        </Button>
        {importFile && (
          <Upload
            accept=".xlsx"
            showUploadList={false}
            disabled={disabled}
            beforeUpload={(file) => {
              void run("import", async () => {
                const content = await toBase64(file);
                const outcome = await importFile(content, true, mode);
                setChecked({ name: file.name, content, outcome });
              });
              return false;
            }}
          >
            <Button
              icon={<UploadOutlined />}
              loading={busy === "import"}
              disabled={disabled}
              title={disabled ? disabledReason : undefined}
            >
              导入
            </Button>
          </Upload>
        )}
        {exportFile && (
          <Button
            icon={<ExportOutlined />}
            loading={busy === "export"}
            onClick={() => run("export", async () => downloadExcel(await exportFile()))}
          >
            导出
          </Button>
        )}
      </Space.Compact>
      <Modal
        open={checked !== null}
        width={860}
        title={`导入${what}：${checked?.name ?? ""}`}
        onCancel={() => setChecked(null)}
        okText="确认导入"
        cancelText={checked?.saved ? "关闭" : "取消"}
        okButtonProps={{
          disabled: !checked || checked.outcome.errors.length > 0 || !!checked.stale || busy === "check",
          loading: busy === "save",
          style: checked?.saved ? { display: "none" } : undefined,
        }}
        onOk={() =>
          run("save", async () => {
            if (!checked || !importFile || checked.stale) return;
            let outcome: O;
            try {
              outcome = await importFile(checked.content, false, mode, checked.outcome);
            } catch (e) {
              if (!isVersionConflict(e)) throw e;
              return setChecked({ ...checked, stale: e instanceof Error ? e.message : String(e) });
            }
            if (outcome.errors.length) return setChecked({ ...checked, outcome });
            if (!outcome.saved && outcome.rows > 0) message.info(`文件与当前${what}一致，没有需要保存的修改`);
            else message.success(`已导入${what}（${outcome.rows} 行）`);
            if (renderOutcome?.(outcome, { saved: true, close: () => {} }))
              return setChecked({ ...checked, outcome, saved: true });
            setChecked(null);
          })
        }
      >
        {importInto && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            data-testid="excel-import-into"
            title={`导入到 ${importInto}`}
          />
        )}
        {checked?.stale && importFile && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            data-testid="excel-import-stale"
            title={`${checked.stale}：检查之后数据已被修改，下面的检查结果已过期，确认导入未执行`}
            description={`请点击“重新预览”，按当前${what}重新检查这个文件，核对修改后再确认导入。`}
            action={
              <Button
                type="primary"
                loading={busy === "check"}
                disabled={busy !== null && busy !== "check"}
                onClick={() =>
                  run("check", async () => {
                    const outcome = await importFile(checked.content, true, mode);
                    setChecked({ name: checked.name, content: checked.content, outcome });
                  })
                }
              >
                重新预览
              </Button>
            }
          />
        )}
        {importModes && importFile && checked && !checked.saved && (
          <Radio.Group
            data-testid="excel-import-mode"
            style={{ marginBottom: 12 }}
            optionType="button"
            value={mode}
            disabled={busy !== null}
            options={importModes.map((m) => ({ value: m.value, label: m.label }))}
            onChange={(e) => {
              const next = e.target.value as string;
              setMode(next);
              // the same file checked again the chosen way
              void run("check", async () => {
                const outcome = await importFile(checked.content, true, next);
                setChecked({ ...checked, outcome });
              });
            }}
          />
        )}
        {checked &&
          (checked.outcome.errors.length ? (
            <div data-testid="excel-errors">
              <Alert
                type="error"
                showIcon
                style={{ marginBottom: 12 }}
                title={`文件有 ${checked.outcome.errors.length} 处问题，未导入任何数据；请修改后重新导入`}
              />
              <Table<ExcelImportErrorFieldsFragment>
                size="small"
                bordered
                rowKey={(e) => `${e.sheet}:${e.row}:${e.field}:${e.message}`}
                dataSource={[...checked.outcome.errors]}
                pagination={{ defaultPageSize: 10 }}
                columns={[
                  { title: "工作表", dataIndex: "sheet", width: 90 },
                  { title: "行", dataIndex: "row", width: 60 },
                  { title: "列", key: "col", width: 120, render: (_, e) => e.column ?? "整行" },
                  { title: "单元格", dataIndex: "cell", width: 70, render: (v: string | null) => v ?? "—" },
                  { title: "问题", dataIndex: "message" },
                ]}
              />
            </div>
          ) : (
            (custom ?? (
              <Typography.Paragraph>
                检查通过：共 {checked.outcome.rows} 行数据。点击“确认导入”保存。
              </Typography.Paragraph>
            ))
          ))}
      </Modal>
    </>
  );
}

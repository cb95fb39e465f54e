import { DownloadOutlined } from "@ant-design/icons";
import type { CreateSchoolAccountsMutation } from "@edu2035/graphql";
import { Alert, App, Button, Modal, Space, Table, Tag, Typography } from "antd";
import { useEffect, useMemo, useState } from "react";
import { downloadExcel } from "../excel/ExcelActions.tsx";
import type { AccountRow } from "./AccountTable.tsx";
import { useAccountWrites } from "./api.ts";

/** A school that can get an account: what the picker shows. */
export interface BatchSchool {
  id: string;
  code: string;
  name: string;
  district?: { name: string } | null;
}

/** What 批量开通 answered. */
export type BatchResult = CreateSchoolAccountsMutation["createSchoolAccounts"];

/**
 * 批量开通: pick schools (those without any account preselected), 确认 creates one account each
 * (账号 s + 学校标识码) in one go; the result lists the new accounts with their one-time
 * passwords, the schools skipped (they had theirs already), and 下载账号清单 saves the .xlsx the
 * API made, under the file name it gave.
 */
export function BatchAccountsModal({
  schools,
  accounts,
  open,
  onClose,
  showDistrict = false,
}: {
  schools: readonly BatchSchool[];
  /** The school accounts there are: a school with one is not preselected. */
  accounts: readonly AccountRow[];
  open: boolean;
  onClose: () => void;
  /** Show the 区 column (the city's list spans districts). */
  showDistrict?: boolean;
}) {
  const { message } = App.useApp();
  const { createForSchools } = useAccountWrites();
  const accountsBySchool = useMemo(() => {
    const m = new Map<string, string[]>();
    for (const a of accounts) {
      if (a.level !== "SCHOOL" || !a.orgUnit.id) continue;
      m.set(a.orgUnit.id, [...(m.get(a.orgUnit.id) ?? []), a.username]);
    }
    return m;
  }, [accounts]);
  // schools without an account first: they are the ones to open
  const ordered = useMemo(
    () =>
      [...schools].sort(
        (a, b) =>
          Number(accountsBySchool.has(a.id)) - Number(accountsBySchool.has(b.id)) ||
          a.code.localeCompare(b.code),
      ),
    [schools, accountsBySchool],
  );
  const [selected, setSelected] = useState<string[]>([]);
  const [result, setResult] = useState<BatchResult | null>(null);

  // each time it opens, preselect the schools that have no account yet
  useEffect(() => {
    if (open) setSelected(schools.filter((s) => !accountsBySchool.has(s.id)).map((s) => s.id));
  }, [open, schools, accountsBySchool]);

  async function confirm() {
    try {
      setResult(await createForSchools.mutateAsync(selected));
      onClose();
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <>
      <Modal
        title="批量开通学校账号"
        open={open}
        width={820}
        onCancel={onClose}
        onOk={confirm}
        okText={`确认开通（${selected.length} 所）`}
        okButtonProps={{ disabled: selected.length === 0 }}
        cancelText="取消"
        confirmLoading={createForSchools.isPending}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">
          为勾选的每所学校开通一个账号（账号为 s + 10 位学校标识码），并生成初始密码；
          已有该账号的学校将跳过。默认勾选尚无账号的学校。
        </Typography.Paragraph>
        <div data-testid="batch-schools">
          <Table<BatchSchool>
            rowKey="id"
            size="small"
            bordered
            dataSource={ordered}
            rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]) }}
            pagination={{ defaultPageSize: 10, showTotal: (t) => `共 ${t} 所` }}
            columns={[
              { title: "学校标识码", dataIndex: "code", width: 130 },
              { title: "学校名称", dataIndex: "name" },
              ...(showDistrict
                ? [
                    {
                      title: "区",
                      key: "district",
                      width: 100,
                      render: (_: unknown, s: BatchSchool) => s.district?.name,
                    },
                  ]
                : []),
              {
                title: "已有账号",
                key: "accounts",
                width: 200,
                render: (_, s) => {
                  const names = accountsBySchool.get(s.id);
                  return names ? names.join("、") : <Tag color="orange">无</Tag>;
                },
              },
            ]}
          />
        </div>
      </Modal>
      <BatchResultModal result={result} onClose={() => setResult(null)} />
    </>
  );
}

/** The outcome of 批量开通: new accounts with their one-time passwords, skipped schools, the list to download. */
function BatchResultModal({ result, onClose }: { result: BatchResult | null; onClose: () => void }) {
  return (
    <Modal
      title="批量开通结果"
      open={result !== null}
      width={820}
      onCancel={onClose}
      maskClosable={false}
      footer={
        <Space>
          {result && result.created.length > 0 && (
            <Button
              type="primary"
              icon={<DownloadOutlined />}
              onClick={() => downloadExcel(result.file)}
              data-testid="batch-download"
            >
              下载账号清单
            </Button>
          )}
          <Button onClick={onClose}>关闭</Button>
        </Space>
      }
      destroyOnHidden
    >
      {result && (
        <div data-testid="batch-result">
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            title={`已开通 ${result.created.length} 个账号${result.skipped.length ? `，跳过 ${result.skipped.length} 所学校` : ""}`}
            description="初始密码只显示这一次，请下载账号清单妥善分发；各校首次登录须修改密码。"
          />
          {result.created.length > 0 && (
            <Table
              rowKey={(r) => r.account.id}
              size="small"
              bordered
              pagination={false}
              scroll={{ y: 360 }}
              dataSource={result.created}
              columns={[
                { title: "学校", key: "unit", render: (_, r) => r.account.orgUnit.name },
                { title: "账号", key: "username", width: 160, render: (_, r) => r.account.username },
                {
                  title: "初始密码",
                  key: "password",
                  width: 200,
                  render: (_, r) => (
                    <Typography.Text
                      code
                      copyable={{ text: r.oneTimePassword, tooltips: ["复制", "已复制"] }}
                    >
                      {r.oneTimePassword}
                    </Typography.Text>
                  ),
                },
              ]}
            />
          )}
          {result.skipped.length > 0 && (
            <Typography.Paragraph style={{ marginTop: 12 }} data-testid="batch-skipped">
              已有账号而跳过：{result.skipped.map((s) => `${s.name}（${s.code}）`).join("、")}
            </Typography.Paragraph>
          )}
        </div>
      )}
    </Modal>
  );
}

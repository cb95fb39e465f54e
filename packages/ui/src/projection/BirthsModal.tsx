import { useQuery } from "@tanstack/react-query";
import { App, Button, InputNumber, Modal, Space, Table } from "antd";
import { useEffect, useState } from "react";
import { appNow } from "../clock.ts";
import { useToken } from "../session.tsx";
import { districtBirthsQuery, useProjectionWrites } from "./api.ts";

interface Row {
  year: number;
  births: number | null;
  version: number | null;
  stored: number | null;
}

/**
 * 出生人口录入 of one district: each entered year editable, a year added before the first or after
 * the last; only changed years are sent (with the version read), so a concurrent edit answers
 * 已被他人修改 instead of being overwritten.
 */
export function BirthsModal({
  open,
  districtId,
  districtName,
  onClose,
}: {
  open: boolean;
  districtId: string;
  districtName: string;
  onClose: () => void;
}) {
  const token = useToken();
  const { message } = App.useApp();
  const { saveBirths } = useProjectionWrites();
  const births = useQuery({ ...districtBirthsQuery(token, districtId), enabled: open });
  const [rows, setRows] = useState<Row[]>([]);
  useEffect(() => {
    if (births.data)
      setRows(
        births.data.map((b) => ({ year: b.year, births: b.births, version: b.version, stored: b.births })),
      );
  }, [births.data]);

  const addYear = (year: number) =>
    setRows((rs) =>
      [...rs, { year, births: null, version: null, stored: null }].sort((a, b) => a.year - b.year),
    );
  const first = rows[0]?.year ?? appNow().getFullYear() - 1;
  const last = rows[rows.length - 1]?.year ?? first - 1;

  async function save() {
    const entries = rows
      .filter((r) => r.births !== r.stored && !(r.version == null && r.births == null))
      .map((r) => ({ year: r.year, births: r.births, version: r.version }));
    if (!entries.length) return onClose();
    try {
      await saveBirths.mutateAsync({ districtId, entries });
      message.success("出生人口已保存");
      onClose();
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <Modal
      title={`出生人口录入 · ${districtName}`}
      open={open}
      onOk={save}
      onCancel={onClose}
      okText="保存"
      cancelText="取消"
      confirmLoading={saveBirths.isPending}
      width={480}
      destroyOnHidden
    >
      <Space style={{ marginBottom: 8 }}>
        <Button onClick={() => addYear(first - 1)}>添加 {first - 1} 年</Button>
        <Button onClick={() => addYear(last + 1)}>添加 {last + 1} 年</Button>
      </Space>
      <Table<Row>
        size="small"
        rowKey="year"
        loading={births.isLoading}
        pagination={false}
        scroll={{ y: 360 }}
        dataSource={rows}
        columns={[
          { title: "出生年份", dataIndex: "year", width: 120 },
          {
            title: "出生人口（人）",
            dataIndex: "births",
            render: (_v, r) => (
              <InputNumber
                aria-label={`${r.year}年出生人口`}
                min={0}
                max={10_000_000}
                precision={0}
                value={r.births}
                onChange={(v) =>
                  setRows((rs) => rs.map((x) => (x.year === r.year ? { ...x, births: v ?? null } : x)))
                }
              />
            ),
          },
        ]}
      />
    </Modal>
  );
}

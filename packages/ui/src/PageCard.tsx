import { Card, Space, Typography } from "antd";
import type { ReactNode } from "react";

/** A page section: a card with a title, an optional subtitle and controls on the right. */
export function PageCard({
  title,
  subtitle,
  extra,
  children,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  extra?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card
      style={{ marginBottom: 16 }}
      title={
        <Space orientation="vertical" size={0}>
          <span>{title}</span>
          {subtitle && (
            <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: "normal" }}>
              {subtitle}
            </Typography.Text>
          )}
        </Space>
      }
      extra={extra}
    >
      {children}
    </Card>
  );
}

import { Alert, Button, Card, List, Space, Tag, Typography } from "antd";
import { formatDateTime } from "../reports/formatTime.ts";
import { useTodos } from "./api.ts";
import { DeadlineTag } from "./DeadlineTag.tsx";

/** A 待办 link split into its route key and query: "review?schoolYear=2025" → ["review", "schoolYear=2025"]. */
const routeOf = (link: string): [string, string | undefined] => {
  const [route, query] = link.split("?");
  return [route ?? link, query];
};

/**
 * 待办 on the home page after login: what the viewer's unit has to do in the reporting cycle
 * (from the API's `todos`, worked out on each request), each with its count, deadline (days left
 * or 逾期), details (a return's comment, the schools concerned) and 去处理, which opens the app
 * page the item names (`link`, a route key of the app, with an optional query such as
 * `review?schoolYear=2025` for the school year the item concerns).
 */
export function TodoPanel({ onNavigate }: { onNavigate: (route: string, query?: string) => void }) {
  const { data, isLoading, error } = useTodos();
  return (
    <Card
      size="small"
      title="待办"
      style={{ marginBottom: 16 }}
      data-testid="todo-panel"
      extra={
        data?.deadline ? (
          <Space size={6}>
            <Typography.Text type="secondary">年报截止时间：{formatDateTime(data.deadline)}</Typography.Text>
            <DeadlineTag deadline={data.deadline} />
          </Space>
        ) : null
      }
    >
      {error && <Alert type="error" showIcon title={error.message} />}
      <List
        loading={isLoading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: "暂无待办事项" }}
        renderItem={(item) => (
          <List.Item
            data-testid="todo-item"
            data-kind={item.kind}
            actions={[
              <Button key="go" type="link" onClick={() => onNavigate(...routeOf(item.link))}>
                去处理
              </Button>,
            ]}
          >
            <List.Item.Meta
              title={
                <Space size={6} wrap>
                  <span>{item.title}</span>
                  {item.count > 1 && <Tag>{item.count}</Tag>}
                  {item.deadline && <DeadlineTag deadline={item.deadline} />}
                </Space>
              }
              description={
                <>
                  {item.detail && <div style={{ whiteSpace: "pre-wrap" }}>{item.detail}</div>}
                  {item.deadline && <div>截止时间：{formatDateTime(item.deadline)}</div>}
                  {item.entries.length > 0 && (
                    <div>
                      {item.entries.slice(0, 10).map((e) => (
                        <Tag key={`${e.id}-${e.schoolYear ?? ""}`} style={{ marginTop: 4 }}>
                          {e.name}
                          {e.detail ? `（${e.detail}）` : ""}
                        </Tag>
                      ))}
                      {item.entries.length > 10 && <span>等 {item.entries.length} 个</span>}
                    </div>
                  )}
                </>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}

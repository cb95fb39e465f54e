import type { OneTimePasswordFieldsFragment } from "@edu2035/graphql";
import { Alert, Descriptions, Modal, Typography } from "antd";

/**
 * Shows an account's one-time password (初始密码) once, after 新建账号 or 重置密码: the account,
 * the password with a copy button, and a warning that it is shown only this once (the API
 * keeps only its hash).
 */
export function OneTimePasswordModal({
  title,
  result,
  onClose,
}: {
  /** e.g. 账号已创建, 密码已重置. */
  title: string;
  result: OneTimePasswordFieldsFragment | null;
  onClose: () => void;
}) {
  return (
    <Modal
      title={title}
      open={result !== null}
      onCancel={onClose}
      onOk={onClose}
      okText="我已记下"
      cancelButtonProps={{ style: { display: "none" } }}
      maskClosable={false}
      destroyOnHidden
    >
      {result && (
        <div data-testid="one-time-password">
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title="初始密码只显示这一次，请立即复制并交给使用人；首次登录须修改密码。"
          />
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label="所属单位">{result.account.orgUnit.name}</Descriptions.Item>
            <Descriptions.Item label="账号">{result.account.username}</Descriptions.Item>
            <Descriptions.Item label="名称">{result.account.displayName}</Descriptions.Item>
            <Descriptions.Item label="初始密码">
              <Typography.Text
                code
                strong
                style={{ fontSize: 16 }}
                copyable={{ text: result.oneTimePassword, tooltips: ["复制", "已复制"] }}
                data-testid="one-time-password-value"
              >
                {result.oneTimePassword}
              </Typography.Text>
            </Descriptions.Item>
          </Descriptions>
        </div>
      )}
    </Modal>
  );
}

import { InfoCircleOutlined } from "@ant-design/icons";
import { APPROVED_ONLY_LABEL, INCLUDE_SUBMITTED_LABEL } from "@edu2035/domain";
import { Alert, Space, Switch, Tooltip, Typography } from "antd";

/**
 * The switch's label (count submitted, not yet reviewed annual reports as well) and the default
 * 统计口径 shown while it is off: the domain's words, as the API's 指标总览 Excel says them.
 */
export { APPROVED_ONLY_LABEL, INCLUDE_SUBMITTED_LABEL };

/** What the switch changes (tooltip): the targets computed from the schools' annual reports. */
const EXPLANATION =
  "默认仅统计经区教育局审核通过（已审核）的学校年报。打开后，已提交、尚未审核的年报也计入" +
  "年报类指标（B06—B15、B17、B19、B37，及A01、A05、A06、B01、B32、B40的在校生数），" +
  "用于审核完成前预览，正式监测结果以审核后数据为准。";

/**
 * 统计口径 of the targets computed from annual reports: off (the default) counts approved
 * reports only (仅统计已审核年报); on counts submitted reports not yet reviewed as well — the
 * `includeSubmitted` argument of the API's targetResults and targetDashboard.
 */
export function IncludeSubmittedSwitch({
  value,
  onChange,
  disabled,
}: {
  /** true: approved and submitted reports; false: approved reports only. */
  value: boolean;
  onChange: (includeSubmitted: boolean) => void;
  disabled?: boolean;
}) {
  return (
    <Space size={6} data-testid="include-submitted-control">
      <Switch
        size="small"
        checked={value}
        onChange={onChange}
        disabled={disabled}
        aria-label={INCLUDE_SUBMITTED_LABEL}
        data-testid="include-submitted"
      />
      <Typography.Text style={{ cursor: "pointer" }} onClick={() => !disabled && onChange(!value)}>
        {INCLUDE_SUBMITTED_LABEL}
      </Typography.Text>
      <Tooltip title={EXPLANATION}>
        <InfoCircleOutlined style={{ color: "rgba(0,0,0,0.45)", cursor: "help" }} aria-label="统计口径说明" />
      </Tooltip>
      {!value && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="approved-only">
          （{APPROVED_ONLY_LABEL}）
        </Typography.Text>
      )}
    </Space>
  );
}

/** The warning shown above figures computed with submitted reports included (a preview, not the result). */
export function IncludeSubmittedNotice() {
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="include-submitted-notice"
      style={{ marginBottom: 12 }}
      title="预览口径：已计入已提交、尚未经区教育局审核的学校年报，数值可能随审核变化，正式结果以审核后为准。"
    />
  );
}

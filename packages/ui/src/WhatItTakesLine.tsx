import { Typography } from "antd";

/**
 * 达成路径 under a 滞后于进度 / 未达标 status (issue 13): the API's sentence of what it takes on the
 * roster (TargetResult.whatItTakes), e.g. "按 2025 年目标值 95% 测算，需现有 175 名专科及以下学历
 * 专任教师中 24 人完成本科学历提升；或新增本科及以上学历专任教师 461 人。", as small secondary text
 * read on the page, on a touch screen and on paper (not in a tooltip).
 */
export function WhatItTakesLine({ text }: { text: string }) {
  return (
    <div data-what-it-takes={text} style={{ fontSize: 12, lineHeight: 1.5, marginTop: 4 }}>
      <Typography.Text strong style={{ fontSize: 12, color: "#d46b08" }}>
        达成路径：
      </Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {text}
      </Typography.Text>
    </div>
  );
}

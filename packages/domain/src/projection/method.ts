/**
 * The projection's method in Chinese (预测方法说明), shown beside every projection and in the Excel
 * export, so a reader can redo the arithmetic. One text for the API, the apps and the workbook.
 */
import { CLASS_SIZE_NOTE } from "./norms.ts";
import { RETIREMENT_RULE_LABELS } from "./retirement.ts";

export const PROJECTION_METHOD: readonly string[] = [
  "队列要素法：某学年某年级人数 = 上一学年下一级年级人数 × 该转换的升级（升学）率；幼儿园小班 = 3年前出生人口 × 入园率，小学一年级 = 6年前出生人口 × 入学率；普通高中一年级 = 上一学年初三人数 × 普通高中升学率，中职一年级 = 上一学年初三人数 × 升入中职比例。各年级人数逐年取整。",
  "比率来自已审核年报的分年级在校生：升级率 = 次年下一年级人数 ÷ 当年本年级人数，对每一对相邻学年求比值后取算术平均（列出所用学年）；入学率 = 当年入学年级人数 ÷ 对应年份出生人口。情景可覆盖任一比率、出生人口年变化率和初中毕业生升学率（初三 → 高一与中职一年级合计；不是按15—17周岁人口计的高中阶段毛入学率）。",
  CLASS_SIZE_NOTE,
  "所需教师：小学1:19、初中1:13.5、普通高中1:12.5（中央编办发〔2014〕72号），幼儿园每班2名专任教师（教师〔2013〕1号）；小学、初中同时按优质均衡每百名学生标准（C1高于规定学历教师4.2/5.3、C2骨干教师1.0、C3体育艺术教师0.9，教督〔2017〕6号）计，取较大者。",
  `教师供给 = 基准学年花名册中的专任教师，扣除到各学年9月1日已达法定退休年龄者（渐进式延迟退休：${RETIREMENT_RULE_LABELS.male}；${RETIREMENT_RULE_LABELS.female_cadre}；女教师为专业技术人员，适用55周岁规则）；不计调动和其他离岗。`,
  "需补充教师：基准学年为实际数，不计补充；从基准学年的下一学年（已过去时从当前学年）起，累计补充 = 历年（所需 − 供给）的最大值，当年补充 = 累计补充的增加；假定新补充教师到2035年在岗、均为本科及以上学历（A08），幼儿园新教师均受过学前教育专业教育（A07）。",
];

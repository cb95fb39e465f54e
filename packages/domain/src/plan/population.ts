/**
 * The population each target counts (统计口径：统计对象与统计时点), written once beside the target
 * so that the displayed applicability (applicability.ts), the 统计口径 the apps show (targets.ts
 * measuredFrom, which ends with the entry's `statement`) and the API's SQL (apps/api
 * indicators/measures.ts, balance/service.ts) cannot differ. Every A/B/C target has one entry,
 * checked against its definition and source (issue 16):
 * - roster ratios (A07–A09, B08, B33–B35, B43, C1–C3): which roles, 专任 or not, which
 *   subjects and 任教学段, at the schools of which types, on the roster at 1 September;
 * - report measures (B06–B15, B17, B19, B37, C4–C7; the enrolment of A01, A05, A06, B01, B32,
 *   B40): the approved (已审核) reports of which school types, which stages' pupils;
 * - district and city figures (A02, A03, A10, B04, B05, B30, B39–B42; the population bands of
 *   A01, A05, A06) and the city's registers (A04, B02, B03, B16, B18, B20–B29, B31, B36, B38).
 */
import { SCHOOL_TYPES, type SchoolType, type Stage } from "../org.ts";
import type { StaffRole, Subject } from "../staff.ts";
import { ROSTER_STATISTICS_DATE_STATEMENT } from "../statisticsDate.ts";
import { PRIMARY_AND_SECONDARY_TYPES } from "../validation/report.ts";
import type { BalanceStage } from "./balance.ts";
import type { TargetId } from "./targets.ts";

/** Which roster rows a staff measure counts (SQL over `staff`, apps/api staffPopulationSql). */
export interface StaffPopulation {
  /** The roles counted (教师 for every teacher ratio; 教研员 for B16). */
  roles: readonly StaffRole[];
  /** 专任 only (教育事业统计 counts 兼职、外聘 apart): SQL `full_time`. */
  fullTimeOnly: boolean;
  /** The subjects (任教学科) the rows are restricted to (A09 专业课, B08 体育), or null for any. */
  subjects: readonly Subject[] | null;
  /** The 任教学段 the rows are restricted to (A08/B43 小学、初中), or null for any. */
  stages: readonly Stage[] | null;
}

/**
 * When a target's figures are taken (统计时点 / 统计期间): the roster on 1 September, the year's
 * approved 年报 (its enrolment as at 1 September), a figure a district or the city reports for
 * the year, a finance figure, or the register entries valid in the year.
 */
export type StatisticsDateKind =
  | "roster"
  | "report"
  | "district_input"
  | "city_input"
  | "finance"
  | "register";

/** The sentence each kind of date adds to a target's statement (统计口径), in Chinese. */
export const STATISTICS_DATE_STATEMENTS: Readonly<Record<StatisticsDateKind, string>> = {
  roster: ROSTER_STATISTICS_DATE_STATEMENT,
  report: "按该学年已审核年报计（在校生数、班级数为统计时点当年9月1日数）",
  district_input: "按各区填报的该学年数据计",
  city_input: "按市级填报的该学年数据计",
  finance: "按各区（市本级）财政填报的该学年对应年度数据计",
  register: "按该学年内有效的登记记录计（起始学年≤该学年≤终止学年）",
};

/** A target's population: the schools whose figures count, the staff, the date, the source. */
export interface TargetPopulation {
  /**
   * The school types whose reports or rosters are counted (every other type: 不适用, not
   * counted); null when no school's figures are counted (a district's or the city's own
   * figure, a register the city keeps).
   */
  schoolTypes: readonly SchoolType[] | null;
  /** Only public schools (公办) of those types (B31 公办幼儿园). */
  publicOnly?: boolean;
  /** For roster measures: which staff (null for report, input and register measures). */
  staff: StaffPopulation | null;
  /** For enrolment figures: the stages (学段) of the reports' grades summed, or null for all. */
  reportStages?: readonly Stage[] | null;
  /** C1–C7: the school types assessed in each stage (a 完全中学 in 初中 only). */
  stageSchoolTypes?: Readonly<Record<BalanceStage, readonly SchoolType[]>>;
  /** A resident-population band the figure divides by (A01 3—5岁常住人口), reported by the districts. */
  residents?: string;
  /** When the figures are taken. */
  date: StatisticsDateKind;
  /**
   * The population and date in Chinese, as the apps show it at the end of the target's 统计口径
   * (targets.ts appends it to measuredFrom; a domain test checks it is there verbatim).
   */
  statement: string;
  /** Why this population (the definition and its source), and how an ambiguity was decided. */
  source: string;
}

/** 中等职业学校 and 高等职业院校 (职业院校). */
const VOCATIONAL: readonly SchoolType[] = ["secondary_vocational", "higher_vocational"];
const KINDERGARTEN: readonly SchoolType[] = ["kindergarten"];
/** Schools with compulsory grades (小学、初中、九年一贯制、完全中学的初中年级). */
const COMPULSORY: readonly SchoolType[] = ["primary", "junior_secondary", "nine_year", "complete_secondary"];
/** Schools teaching upper-secondary grades (高中阶段: 完全中学、普通高中、中等职业学校). */
const UPPER_SECONDARY: readonly SchoolType[] = [
  "complete_secondary",
  "senior_secondary",
  "secondary_vocational",
];
/** Every school type (B37 无线网络, B40 在校学生). */
const ALL_TYPES: readonly SchoolType[] = SCHOOL_TYPES;
/** The 优质均衡 groups (教督〔2017〕6号): 小学 = 小学、九年一贯制; 初中 = 初中、九年一贯制、完全中学. */
const BALANCE_STAGE_TYPES: Readonly<Record<BalanceStage, readonly SchoolType[]>> = {
  primary: ["primary", "nine_year"],
  junior_secondary: ["junior_secondary", "nine_year", "complete_secondary"],
};
const BALANCE_TYPES: readonly SchoolType[] = [
  "primary",
  "junior_secondary",
  "nine_year",
  "complete_secondary",
];

/** 专任教师 of any subject and stage. */
const FULL_TIME_TEACHERS: StaffPopulation = {
  roles: ["teacher"],
  fullTimeOnly: true,
  subjects: null,
  stages: null,
};

/** The statement of a population: who is counted, then when (统计时点). */
const says = (who: string, date: StatisticsDateKind) =>
  `统计对象：${who}；${STATISTICS_DATE_STATEMENTS[date]}`;

/** A population whose figures a district reports (区级填报): no school's data is counted. */
function districtFigure(who: string, source: string): TargetPopulation {
  return {
    schoolTypes: null,
    staff: null,
    date: "district_input",
    statement: says(who, "district_input"),
    source,
  };
}
/** A population the city reports (市级填报). */
function cityFigure(who: string, source: string): TargetPopulation {
  return { schoolTypes: null, staff: null, date: "city_input", statement: says(who, "city_input"), source };
}
/** A count of the city's register entries (登记册). */
function register(who: string, source: string): TargetPopulation {
  return { schoolTypes: null, staff: null, date: "register", statement: says(who, "register"), source };
}
/** A share of schools whose approved report answers a question (B06 …). */
function reportShare(types: readonly SchoolType[], who: string, source: string): TargetPopulation {
  return { schoolTypes: types, staff: null, date: "report", statement: says(who, "report"), source };
}
/** A staff ratio over the roster at 1 September. */
function rosterRatio(
  types: readonly SchoolType[],
  staff: StaffPopulation,
  who: string,
  source: string,
): TargetPopulation {
  return { schoolTypes: types, staff, date: "roster", statement: says(who, "roster"), source };
}

const HEALTH_SOURCE =
  "规划三(一)3：“100%的中小学实施《国家学生体质健康标准》，学生体质健康合格率保持在90%以上……”，合格率、优良率与“中小学实施”同句，统计对象为中小学学生；《国家学生体质健康标准》（教体艺〔2014〕5号）适用于小学至大学，不含幼儿；中等职业学校不在规划所写“中小学”之内，不计入";
const HEALTH_WHO =
  "中小学（小学、初中、九年一贯制、完全中学、普通高中）已审核年报中的参测学生，不含幼儿园、职业院校和特殊教育学校";
const SCHOOL_SPORTS_SOURCE =
  "规划三(一)3（中小学体育、美育）：所列学校均为中小学，幼儿园、职业院校和特殊教育学校不计入";
const VOCATIONAL_REGISTER_SOURCE =
  "规划框5、框6、三(三)4（职业教育）：市级登记的职业院校专业、课程、集团、基地与院校";
const BALANCE_SOURCE =
  "教督〔2017〕6号《县域义务教育优质均衡发展督导评估办法》第七条：资源配置7项指标按小学、初中分别逐校计算；九年一贯制学校分别计入小学、初中，完全中学按其初中部计入初中，特殊教育学校和不足50人的教学点不参评；教师按专任教师计（教育事业统计口径）";
const BALANCE_TEACHERS_WHO =
  "小学（小学、九年一贯制学校小学部）、初中（初中、九年一贯制学校初中部、完全中学初中部）任教的专任教师，按任教学段分别计算，不含兼职、外聘教师、校长等非专任人员及教研员";
const BALANCE_FACILITIES_WHO =
  "参评的小学、初中、九年一贯制学校和完全中学（初中部）已审核年报的设施与在校生，一校多学段的按各学段学生数比例分摊";

/** The population of every target (A01–A10, B01–B43, C1–C7). */
export const TARGET_POPULATIONS: Readonly<Record<TargetId, TargetPopulation>> = {
  A01: {
    schoolTypes: KINDERGARTEN,
    staff: null,
    reportStages: ["preschool"],
    residents: "3—5岁常住人口",
    date: "report",
    statement: says("幼儿园已审核年报的在园幼儿（学前学段）；分母为各区填报的该学年3—5岁常住人口", "report"),
    source: "规划主要预期指标表 A01；教育事业统计：毛入园率 = 在园幼儿数 ÷ 3—5岁适龄人口数",
  },
  A02: districtFigure(
    "各区填报的当年初中毕业生数及九年前该届小学一年级入学人数（不取学校年报）",
    "规划主要预期指标表 A02；教育事业统计：巩固率 = 初中毕业班学生数 ÷ 该届入小学一年级时学生数",
  ),
  A03: districtFigure(
    "各区填报的适龄残疾儿童少年数及其中已入学（特殊教育学校、随班就读、送教上门）人数",
    "规划主要预期指标表 A03；《“十四五”特殊教育发展提升行动计划》：适龄残疾儿童少年义务教育入学率",
  ),
  A04: register(
    "以登记册中通过国家义务教育优质均衡发展督导评估认定的区计，分母为全市的区数",
    "规划主要预期指标表 A04；教督〔2017〕6号：以区（县）为单位认定",
  ),
  A05: {
    schoolTypes: UPPER_SECONDARY,
    staff: null,
    reportStages: ["senior_secondary", "secondary_vocational"],
    residents: "15—17岁常住人口",
    date: "report",
    statement: says(
      "完全中学、普通高中、中等职业学校已审核年报的高中阶段（普通高中、中职）在校生；分母为各区填报的该学年15—17岁常住人口",
      "report",
    ),
    source: "规划主要预期指标表 A05；教育事业统计：高中阶段毛入学率 = 高中阶段在校生数 ÷ 15—17岁人口数",
  },
  A06: {
    schoolTypes: ["higher_vocational"],
    staff: null,
    reportStages: ["higher_vocational"],
    residents: "常住人口",
    date: "report",
    statement: says("高等职业院校已审核年报的高等教育在校生；分母为各区填报的该学年常住人口之和", "report"),
    source: "规划主要预期指标表 A06；教育事业统计：每十万人口高等教育在校生数",
  },
  A07: rosterRatio(
    KINDERGARTEN,
    FULL_TIME_TEACHERS,
    "幼儿园专任教师（不含兼职、外聘教师及园长等非专任人员）；持幼儿园教师资格证而非学前教育专业毕业者计为受过专业教育",
    "规划主要预期指标表 A07；教育事业统计：幼儿园专任教师。“受过专业教育”国家统计未作界定：平台将学前教育专业毕业者与持幼儿园教师资格证者（《教师资格条例》《幼儿园教师专业标准（试行）》教师〔2012〕1号：取得幼儿园教师资格须通过国家教师资格考试的保教知识与能力科目，即受过学前教育专业训练）均计入",
  ),
  A08: rosterRatio(
    COMPULSORY,
    { ...FULL_TIME_TEACHERS, stages: ["primary", "junior_secondary"] },
    "小学、初中学段专任教师（不含兼职、外聘教师）",
    "规划主要预期指标表 A08；教育事业统计：小学、初中专任教师（完全中学、九年一贯制学校按任教学段计入）",
  ),
  A09: rosterRatio(
    VOCATIONAL,
    { ...FULL_TIME_TEACHERS, subjects: ["specialty"] },
    "职业院校专任教师中的专业课教师（兼职、外聘教师及校长等非专任人员不计入分子和分母）",
    "规划主要预期指标表 A09；教育事业统计：专任教师 → 其中专业课教师 → 其中双师型教师，兼职、外聘教师另行统计",
  ),
  A10: cityFigure(
    "人社、统计部门提供的当年新增劳动力（市级填报比例）",
    "规划主要预期指标表 A10：数据来自人社、统计部门，教育系统不采集",
  ),
  B01: {
    schoolTypes: KINDERGARTEN,
    staff: null,
    reportStages: ["preschool"],
    date: "report",
    statement: says("全部幼儿园已审核年报的在园幼儿，其中公办园与认定的普惠性民办园幼儿计入分子", "report"),
    source:
      "规划二(三)、三(二)1；教育部：普惠性幼儿园覆盖率 = (公办园 + 普惠性民办园)在园幼儿数 ÷ 在园幼儿总数",
  },
  B02: register(
    "全市各区中，以登记册中通过国家义务教育优质均衡发展督导评估认定的区计",
    "规划二(三)；教督〔2017〕6号：以区（县）为单位认定",
  ),
  B03: register(
    "全市各区中，以登记册中建有早期教养指导服务中心（站）的区计",
    "规划二(三)、三(三)1“实现各区早期教养指导服务中心（站）全覆盖”：以区为单位",
  ),
  B04: districtFigure(
    "各区填报的城镇（街道）数及其中开展早期教养指导服务的城镇（街道）数",
    "规划框4“全市城镇开展早期教养指导服务率达到100%”：以城镇（街道）为单位，由各区填报",
  ),
  B05: districtFigure(
    "各区填报的为常住人口适龄幼儿家庭提供的公益免费科学育儿指导次数（每户）",
    "规划三(二)1“每年为适龄幼儿家庭提供6次以上公益免费科学育儿指导服务”：按常住人口家庭，由各区填报",
  ),
  B06: reportShare(
    PRIMARY_AND_SECONDARY_TYPES,
    "中小学（小学、初中、九年一贯制、完全中学、普通高中）已审核年报",
    "规划三(一)3；《国家学校体育卫生条件试行基本标准》（教体艺〔2008〕5号）适用于中小学",
  ),
  B07: reportShare(
    PRIMARY_AND_SECONDARY_TYPES,
    "中小学（小学、初中、九年一贯制、完全中学、普通高中）已审核年报",
    "规划三(一)3；国家和自治区课程标准（义务教育、普通高中课程方案）针对中小学",
  ),
  B08: rosterRatio(
    PRIMARY_AND_SECONDARY_TYPES,
    { ...FULL_TIME_TEACHERS, subjects: ["physical_education"] },
    "中小学（小学、初中、九年一贯制、完全中学、普通高中）的体育与健康专任教师（兼职、外聘教师不计）",
    "规划三(一)3“配齐体育专职教师”；专职即专任（教育事业统计：专任教师按任教学科）",
  ),
  B09: reportShare(
    PRIMARY_AND_SECONDARY_TYPES,
    "中小学（小学、初中、九年一贯制、完全中学、普通高中）已审核年报",
    SCHOOL_SPORTS_SOURCE,
  ),
  B10: reportShare(
    PRIMARY_AND_SECONDARY_TYPES,
    "中小学（小学、初中、九年一贯制、完全中学、普通高中）已审核年报",
    HEALTH_SOURCE,
  ),
  B11: reportShare(PRIMARY_AND_SECONDARY_TYPES, HEALTH_WHO, HEALTH_SOURCE),
  B12: reportShare(PRIMARY_AND_SECONDARY_TYPES, HEALTH_WHO, HEALTH_SOURCE),
  B13: reportShare(
    PRIMARY_AND_SECONDARY_TYPES,
    "中小学（小学、初中、九年一贯制、完全中学、普通高中）已审核年报",
    SCHOOL_SPORTS_SOURCE,
  ),
  B14: reportShare(
    PRIMARY_AND_SECONDARY_TYPES,
    "已审核年报中填报为国家级足球特色学校的中小学",
    "规划三(一)3（中小学体育）；全国青少年校园足球特色学校为中小学",
  ),
  B15: reportShare(
    PRIMARY_AND_SECONDARY_TYPES,
    "中小学（小学、初中、九年一贯制、完全中学、普通高中）已审核年报",
    SCHOOL_SPORTS_SOURCE,
  ),
  B16: {
    schoolTypes: null,
    staff: { roles: ["researcher"], fullTimeOnly: false, subjects: null, stages: null },
    date: "roster",
    statement: says(
      "各区（市）教研室教研员名册中的蒙汉双语教研员（专职、兼职均计，每个教研室不超过其核定岗位数）",
      "roster",
    ),
    source: "规划三(二)2“配齐专兼职蒙授教研员”：专职、兼职均计；岗位数为登记册中的核定岗位",
  },
  B17: reportShare(
    PRIMARY_AND_SECONDARY_TYPES,
    "中小学已审核年报的班级；幼儿园按《幼儿园工作规程》班额另行核对，不计入",
    "国发〔2016〕40号：56人以上为大班额、66人以上为超大班额，针对中小学班级；幼儿园班额依《幼儿园工作规程》（小班25人、中班30人、大班35人）",
  ),
  B18: register(
    "登记册中全市幼儿园课程领导力提升工程已完成的轮次",
    "规划三(三)1：以全市幼儿园为对象的提升工程，按轮次登记",
  ),
  B19: reportShare(
    PRIMARY_AND_SECONDARY_TYPES,
    "中小学（小学、初中、九年一贯制、完全中学、普通高中）已审核年报的设施",
    "规划框3：“全市每所中小学校都建立至少一个创新实验室”",
  ),
  B20: register("登记册中认定为市级一流职业院校示范专业的专业", VOCATIONAL_REGISTER_SOURCE),
  B21: register("登记册中在内蒙古乃至全国有重要影响的职业院校品牌专业", VOCATIONAL_REGISTER_SOURCE),
  B22: register("登记册中的职业教育品牌专业课程", VOCATIONAL_REGISTER_SOURCE),
  B23: register("登记册中的高水平职业教育专业教学试点专业", VOCATIONAL_REGISTER_SOURCE),
  B24: register("登记册中跨行业、跨部门的职业教育集团", VOCATIONAL_REGISTER_SOURCE),
  B25: register("登记册中的特色化校企合作品牌", VOCATIONAL_REGISTER_SOURCE),
  B26: register("登记册中校企共同投入的产教融合示范性实训基地", VOCATIONAL_REGISTER_SOURCE),
  B27: register("登记册中政府与企业共建的职业院校", VOCATIONAL_REGISTER_SOURCE),
  B28: register("登记册中乌海职业技术学院升格为本科层次的记录", "规划三(三)4：市级里程碑，按登记记录计"),
  B29: register("登记册中2020年后新建成的高水平职业院校", "规划三(三)4：市级里程碑，按登记记录计"),
  B30: cityFigure("城市常住居民（市级填报比例）", "规划三(三)5：社区教育参与率由市级统计"),
  B31: {
    schoolTypes: KINDERGARTEN,
    publicOnly: true,
    staff: null,
    date: "register",
    statement: says("区域内的公办幼儿园（民办园不计），其中登记册认定为优质（示范性）的计入分子", "register"),
    source: "规划三(五)1“公办优质幼儿园占比”：分母为公办幼儿园，民办园不计入",
  },
  B32: {
    schoolTypes: KINDERGARTEN,
    staff: null,
    reportStages: ["preschool"],
    date: "report",
    statement: says("全部幼儿园已审核年报的在园幼儿，其中登记册认定为优质的幼儿园的幼儿计入分子", "report"),
    source: "规划三(五)1“优质园幼儿占比”：分母为全部在园幼儿",
  },
  B33: rosterRatio(
    KINDERGARTEN,
    FULL_TIME_TEACHERS,
    "幼儿园专任教师（不含兼职、外聘教师及园长等非专任人员）",
    "规划三(六)1；教育事业统计：幼儿园专任教师",
  ),
  B34: rosterRatio(
    PRIMARY_AND_SECONDARY_TYPES,
    FULL_TIME_TEACHERS,
    "中小学专任教师（不含兼职、外聘教师、校长等非专任人员及教研员）",
    "规划三(六)2“完成全市中小学专任教师的全员心理健康培训”；教育事业统计：中小学专任教师",
  ),
  B35: rosterRatio(
    PRIMARY_AND_SECONDARY_TYPES,
    FULL_TIME_TEACHERS,
    "中小学专任教师（不含兼职、外聘教师、校长等非专任人员及教研员）",
    "规划三(六)2“中小学教师……心理辅导素养”：按专任教师计（教育事业统计：中小学专任教师），与B34同一口径",
  ),
  B36: register("登记册中市级认定的智慧教育标杆学校", "规划框10：智慧教育标杆学校由市级认定"),
  B37: reportShare(
    ALL_TYPES,
    "全部学校（含幼儿园、职业院校、特殊教育学校）已审核年报的设施",
    "规划三(七)1“实现无线网络全覆盖”：未限定学校类别",
  ),
  B38: register("登记册中的教育现代化试验区", "规划框11：教育现代化试验区由市级确定"),
  B39: {
    schoolTypes: null,
    staff: null,
    date: "finance",
    statement: says("各区一般公共预算教育支出，市级为各区之和加市本级", "finance"),
    source: "规划三(八)3、框12；《教育法》第五十五条“两个只增不减”",
  },
  B40: {
    schoolTypes: ALL_TYPES,
    staff: null,
    reportStages: null,
    date: "finance",
    statement: says("一般公共预算教育支出（区，市级含市本级）÷ 全部学校已审核年报的在校学生", "finance"),
    source: "规划三(八)3、框12；《教育法》第五十五条：按在校学生人数平均的一般公共预算教育支出逐年只增不减",
  },
  B41: {
    schoolTypes: null,
    staff: null,
    date: "finance",
    statement: says("各区与市本级一般公共预算教育支出之和 ÷ 市级填报的全市地区生产总值", "finance"),
    source: "规划一（发展形势）：教育支出占GDP比重",
  },
  B42: {
    schoolTypes: null,
    staff: null,
    date: "finance",
    statement: says(
      "区（市）财政填报的中小学教师（含校长，不含教研员）年平均工资与当地公务员年平均工资",
      "finance",
    ),
    source:
      "规划三(六)3；《教师法》第二十五条“教师的平均工资水平应当不低于或者高于当地公务员的平均工资水平”，由财政、人社部门统计，平台不取教师名册",
  },
  B43: rosterRatio(
    COMPULSORY,
    { ...FULL_TIME_TEACHERS, stages: ["primary", "junior_secondary"] },
    "小学、初中学段专任教师（不含兼职、外聘教师），与A08同一口径",
    "规划三(六)2；教师〔2011〕1号：中小学教师每五年一周期不少于360学时，按义务教育专任教师统计",
  ),
  C1: {
    schoolTypes: BALANCE_TYPES,
    stageSchoolTypes: BALANCE_STAGE_TYPES,
    staff: FULL_TIME_TEACHERS,
    date: "roster",
    statement: says(BALANCE_TEACHERS_WHO, "roster"),
    source: BALANCE_SOURCE,
  },
  C2: {
    schoolTypes: BALANCE_TYPES,
    stageSchoolTypes: BALANCE_STAGE_TYPES,
    staff: FULL_TIME_TEACHERS,
    date: "roster",
    statement: says(BALANCE_TEACHERS_WHO, "roster"),
    source: BALANCE_SOURCE,
  },
  C3: {
    schoolTypes: BALANCE_TYPES,
    stageSchoolTypes: BALANCE_STAGE_TYPES,
    staff: { ...FULL_TIME_TEACHERS, subjects: ["physical_education", "music", "fine_art"] },
    date: "roster",
    statement: says(`${BALANCE_TEACHERS_WHO}；其中体育、音乐、美术学科专任教师计入分子`, "roster"),
    source: BALANCE_SOURCE,
  },
  C4: balanceFacilities(),
  C5: balanceFacilities(),
  C6: balanceFacilities(),
  C7: balanceFacilities(),
};

/** C4–C7: facilities per pupil from the approved reports of the assessed schools. */
function balanceFacilities(): TargetPopulation {
  return {
    schoolTypes: BALANCE_TYPES,
    stageSchoolTypes: BALANCE_STAGE_TYPES,
    staff: null,
    reportStages: ["primary", "junior_secondary"],
    date: "report",
    statement: says(BALANCE_FACILITIES_WHO, "report"),
    source: BALANCE_SOURCE,
  };
}

/** The population of a target. */
export function populationOfTarget(id: TargetId): TargetPopulation {
  return TARGET_POPULATIONS[id];
}

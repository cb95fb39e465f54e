/**
 * The demo school catalogue of Wuhai (乌海市): which schools exist, in which district, of
 * which type, how large. Names follow the local pattern (乌海市第N中学 for city-run secondary
 * schools, 海勃湾区第N小学 for district-run ones, town names such as 拉僧庙 for mining-area
 * schools); the catalogue depends only on `scale`, never on the seed, so demo account names
 * and school codes stay put.
 */
import type { AreaType, Ownership, SchoolType, Stage } from "@edu2035/domain";
import { WUHAI_DISTRICTS } from "@edu2035/domain";
import { Random } from "./random.ts";

export type DistrictCode = (typeof WUHAI_DISTRICTS)[number]["code"];
export const HAIBOWAN = "150302";
export const HAINAN = "150303";
export const WUDA = "150304";

/** Login name of each district bureau's demo account. */
export const DISTRICT_USERNAMES: Record<DistrictCode, string> = {
  "150302": "haibowan",
  "150303": "hainan",
  "150304": "wuda",
};

/** One school of the demo city, before it gets database ids. */
export interface CatalogueSchool {
  /** 10-digit 学校标识码 (synthetic). */
  code: string;
  name: string;
  districtCode: DistrictCode;
  type: SchoolType;
  ownership: Ownership;
  inclusive: boolean;
  ethnic: boolean;
  area: AreaType;
  teachingPoint: boolean;
  /** Pupils per grade in 2020 before scaling to the city's cohorts, by stage. */
  size: Partial<Record<Stage, number>>;
  /** Yearly change of the school's share of its stage's pupils (e.g. -0.04 for a shrinking mining school). */
  trend: number;
  /** Largest class size in 2020 for schools with 大班额 (0 = none); shrinks by ~3.5 a year. */
  crowdPeak: number;
}

interface Spec {
  name: string;
  type: SchoolType;
  size: Partial<Record<Stage, number>>;
  ownership?: Ownership;
  inclusive?: boolean;
  ethnic?: boolean;
  area?: AreaType;
  teachingPoint?: boolean;
  trend?: number;
  crowdPeak?: number;
}

const CN_DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** 1 → 一, 12 → 十二, 25 → 二十五 (ordinals in school names). */
export function chineseNumber(n: number): string {
  if (n < 10) return CN_DIGITS[n]!;
  if (n < 20) return `十${n % 10 ? CN_DIGITS[n % 10] : ""}`;
  const tens = Math.floor(n / 10);
  return `${CN_DIGITS[tens]}十${n % 10 ? CN_DIGITS[n % 10] : ""}`;
}

const PRIVATE_KG_WORDS = [
  "阳光",
  "金太阳",
  "童心",
  "小天使",
  "蓝天",
  "启明星",
  "爱心",
  "博雅",
  "育英",
  "星星",
  "彩虹",
  "贝贝",
  "七色花",
  "小博士",
  "快乐宝贝",
  "东方之星",
  "新蕾",
  "春蕾",
  "睿智",
  "智慧树",
  "小精灵",
  "明德",
  "格林",
  "小橙子",
  "向日葵",
  "童乐",
  "艺术",
  "双语",
  "晨曦",
  "苗苗",
  "小太阳",
  "卓越",
  "金钥匙",
  "青苹果",
  "嘉禾",
  "百灵鸟",
  "小海豚",
  "红枫",
  "育苗",
  "欢乐谷",
  "小雨点",
  "天骄",
  "思源",
  "馨园",
  "朝阳",
  "启航",
  "书香",
  "博文",
  "德馨",
  "童梦",
  "未来星",
  "小荷",
  "金色童年",
  "乐童",
  "萌芽",
];

function s(
  name: string,
  type: SchoolType,
  size: Partial<Record<Stage, number>>,
  extra: Omit<Spec, "name" | "type" | "size"> = {},
): Spec {
  return { name, type, size, ...extra };
}

/** The named and the generic schools of one district, generic series cut to `scale`. */
function districtSpecs(code: DistrictCode, scale: number, rng: Random): Spec[] {
  const n = (count: number, min = 1) => Math.max(min, Math.round(count * scale));
  const specs: Spec[] = [];
  const kgPublic = (name: string, area: AreaType = "urban", big = false) =>
    specs.push(
      s(
        name,
        "kindergarten",
        { preschool: big ? rng.int(110, 150) : rng.int(55, 115) },
        { area, trend: area === "urban" ? 0 : -0.04 },
      ),
    );
  const kgPrivate = (district: string, count: number, offset: number) => {
    for (let i = 0; i < count; i++) {
      const word = PRIVATE_KG_WORDS[(offset + i) % PRIVATE_KG_WORDS.length]!;
      const round = Math.floor((offset + i) / PRIVATE_KG_WORDS.length);
      specs.push(
        s(
          `${district}${word}${round ? chineseNumber(round + 1) : ""}幼儿园`,
          "kindergarten",
          { preschool: rng.int(22, 80) },
          {
            ownership: "private",
            inclusive: rng.chance(0.65),
            trend: rng.range(-0.05, 0.01),
          },
        ),
      );
    }
  };
  const primary = (name: string, perGrade: number, extra: Omit<Spec, "name" | "type" | "size"> = {}) =>
    specs.push(s(name, "primary", { primary: perGrade }, extra));

  if (code === HAIBOWAN) {
    kgPublic("乌海市第一幼儿园", "urban", true);
    kgPublic("乌海市第二幼儿园", "urban", true);
    kgPublic("乌海市机关幼儿园", "urban", true);
    specs.push(s("乌海市蒙古族幼儿园", "kindergarten", { preschool: 60 }, { ethnic: true }));
    for (let i = 1; i <= n(10); i++) kgPublic(`海勃湾区第${chineseNumber(i)}幼儿园`);
    kgPrivate("海勃湾区", n(28), 0);
    primary("海勃湾区实验小学", 330, { crowdPeak: 68, trend: 0.01 });
    for (let i = 1; i <= n(11); i++)
      primary(`海勃湾区第${chineseNumber(i)}小学`, rng.int(150, 300), {
        crowdPeak: i === 1 ? 62 : i === 3 ? 58 : 0,
        trend: rng.range(-0.01, 0.02),
      });
    primary("海勃湾区千里山小学", 70, { area: "mining", trend: -0.04 });
    for (const [name, size, crowdPeak] of [
      ["乌海市第四中学", 420, 64],
      ["乌海市第七中学", 380, 0],
      ["乌海市第八中学", 330, 0],
      ["乌海市第十一中学", 300, 0],
      ["乌海市第十五中学", 260, 0],
    ] as const)
      specs.push(s(name, "junior_secondary", { junior_secondary: size }, { crowdPeak }));
    specs.push(s("乌海市蒙古族学校", "nine_year", { primary: 45, junior_secondary: 40 }, { ethnic: true }));
    specs.push(
      s(
        "海勃湾区千里山学校",
        "nine_year",
        { primary: 60, junior_secondary: 55 },
        { area: "mining", trend: -0.03 },
      ),
    );
    specs.push(s("海勃湾区新华学校", "nine_year", { primary: 150, junior_secondary: 130 }, { trend: 0.02 }));
    specs.push(
      s(
        "乌海市第十中学",
        "complete_secondary",
        { junior_secondary: 280, senior_secondary: 300 },
        { crowdPeak: 60 },
      ),
    );
    specs.push(s("乌海市第一中学", "senior_secondary", { senior_secondary: 720 }, { crowdPeak: 58 }));
    specs.push(s("乌海市第二中学", "senior_secondary", { senior_secondary: 480 }));
    specs.push(
      s("乌海市育才高级中学", "senior_secondary", { senior_secondary: 140 }, { ownership: "private" }),
    );
    specs.push(s("乌海市第一职业中学", "secondary_vocational", { secondary_vocational: 800 }));
    specs.push(s("乌海职业技术学院", "higher_vocational", { higher_vocational: 1 }));
    specs.push(s("乌海市特殊教育学校", "special", { special: 16 }));
  } else if (code === WUDA) {
    for (let i = 1; i <= n(6); i++) kgPublic(`乌达区第${chineseNumber(i)}幼儿园`);
    kgPublic("乌达区苏海图幼儿园", "mining");
    kgPrivate("乌达区", n(15), 28);
    primary("乌达区实验小学", 260, { crowdPeak: 60 });
    for (let i = 1; i <= n(6); i++)
      primary(`乌达区第${chineseNumber(i)}小学`, rng.int(110, 220), { trend: rng.range(-0.02, 0.01) });
    for (const [name, size] of [
      ["乌海市第九中学", 330],
      ["乌海市第十二中学", 280],
      ["乌海市第十三中学", 220],
    ] as const)
      specs.push(
        s(
          name,
          "junior_secondary",
          { junior_secondary: size },
          { crowdPeak: name === "乌海市第九中学" ? 57 : 0 },
        ),
      );
    specs.push(
      s(
        "乌达区苏海图学校",
        "nine_year",
        { primary: 70, junior_secondary: 60 },
        { area: "mining", trend: -0.04 },
      ),
    );
    specs.push(
      s(
        "乌达区五虎山学校",
        "nine_year",
        { primary: 50, junior_secondary: 45 },
        { area: "mining", trend: -0.05 },
      ),
    );
    specs.push(s("乌海市第五中学", "complete_secondary", { junior_secondary: 200, senior_secondary: 220 }));
    specs.push(s("乌海市第六中学", "senior_secondary", { senior_secondary: 460 }));
    specs.push(s("乌海市第二职业中学", "secondary_vocational", { secondary_vocational: 520 }));
    specs.push(s("乌达区特殊教育学校", "special", { special: 7 }));
  } else {
    for (let i = 1; i <= n(4); i++) kgPublic(`海南区第${chineseNumber(i)}幼儿园`);
    kgPublic("海南区拉僧庙幼儿园", "mining");
    kgPublic("海南区巴音陶亥幼儿园", "rural");
    kgPrivate("海南区", n(8), 43);
    for (let i = 1; i <= n(3); i++) primary(`海南区第${chineseNumber(i)}小学`, rng.int(120, 200));
    primary("海南区西卓子山小学", 55, { area: "mining", trend: -0.05 });
    primary("海南区赛汗乌素教学点", 6, { area: "rural", teachingPoint: true, trend: -0.06 });
    specs.push(s("海南区第二中学", "junior_secondary", { junior_secondary: 230 }));
    specs.push(s("海南区第三中学", "junior_secondary", { junior_secondary: 150 }));
    specs.push(
      s(
        "海南区拉僧庙学校",
        "nine_year",
        { primary: 80, junior_secondary: 70 },
        { area: "mining", trend: -0.03 },
      ),
    );
    specs.push(
      s(
        "海南区公乌素学校",
        "nine_year",
        { primary: 55, junior_secondary: 50 },
        { area: "mining", trend: -0.04 },
      ),
    );
    specs.push(
      s(
        "海南区巴音陶亥学校",
        "nine_year",
        { primary: 35, junior_secondary: 30 },
        { area: "rural", trend: -0.05 },
      ),
    );
    specs.push(s("海南区第一中学", "complete_secondary", { junior_secondary: 160, senior_secondary: 180 }));
    specs.push(s("乌海市第三中学", "senior_secondary", { senior_secondary: 300 }));
    specs.push(s("海南区职业技术学校", "secondary_vocational", { secondary_vocational: 260 }));
  }
  return specs;
}

/** The schools the plan names; the generator always includes them. */
export const NAMED_SCHOOLS = [
  "乌海市第一中学",
  "乌海市第六中学",
  "乌海市第十中学",
  "乌海职业技术学院",
] as const;

/**
 * The demo school catalogue for `scale` (1 = Wuhai's real size, ~135 schools). Codes are
 * "2" + the 6-digit district code + a 3-digit number ("4…" for the
 * higher-vocational college), unique and stable.
 */
export function buildCatalogue(scale = 1): CatalogueSchool[] {
  const rng = new Random(150300);
  const out: CatalogueSchool[] = [];
  for (const d of WUHAI_DISTRICTS) {
    const specs = districtSpecs(d.code, scale, rng);
    specs.forEach((spec, i) => {
      const prefix = spec.type === "higher_vocational" ? "4" : "2";
      out.push({
        code: `${prefix}${d.code}${String(i + 1).padStart(3, "0")}`,
        name: spec.name,
        districtCode: d.code,
        type: spec.type,
        ownership: spec.ownership ?? "public",
        inclusive: spec.inclusive ?? false,
        ethnic: spec.ethnic ?? false,
        area: spec.area ?? "urban",
        teachingPoint: spec.teachingPoint ?? false,
        size: spec.size,
        trend: spec.trend ?? 0,
        crowdPeak: spec.crowdPeak ?? 0,
      });
    });
  }
  return out;
}

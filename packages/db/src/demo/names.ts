/**
 * Made-up names for synthetic people: a common surname and one or two given-name characters
 * drawn at random, or a Mongolian given name for 蒙古族 staff. They describe nobody.
 */
import type { Gender } from "@edu2035/domain";
import type { Random } from "./random.ts";

const SURNAMES = [
  ..."王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文庞樊兰殷施陶洪翟安颜倪严牛温芦季俞章鲁葛伍韦申尤毕聂焦向柳邢岳齐梅莫庄辛管祝左涂谷祁时舒耿牟卜路詹关苗凌费纪靳盛童欧甄项曲成游阳裴席卫查屈鲍位覃霍翁隋植甘景薄单包司柏宁柯阮桂闵解强柴华车冉房边",
];

const GIVEN_FEMALE = [
  ..."丽娜静敏燕艳娟霞芳玲婷雪慧丹红梅秀英华琳颖洁晶莉琴云莹倩蕾萍佳欣怡悦瑶璐蓉菲楠薇妍月露岚宁媛婧琪瑾茜嘉馨雯彤诗涵梦晓凤秋春玉",
];
const GIVEN_MALE = [
  ..."伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林洋峰建国庆东亮志文博成康晨阳海振兴立新永俊豪瑞翔毅锋彬峻",
];

const MONGOLIAN_FEMALE = [
  "其其格",
  "乌云",
  "萨仁",
  "斯琴",
  "娜仁",
  "图雅",
  "苏日娜",
  "敖登",
  "高娃",
  "塔娜",
  "琪琪格",
  "乌兰",
  "格日勒",
  "阿如娜",
  "萨如拉",
  "诺敏",
  "额尔德尼",
  "娜布其",
];
const MONGOLIAN_MALE = [
  "巴特尔",
  "额尔敦",
  "宝音",
  "那仁",
  "阿拉坦",
  "巴图",
  "朝鲁",
  "孟和",
  "乌力吉",
  "苏和",
  "特木尔",
  "满都拉",
  "毕力格",
  "哈斯",
  "巴雅尔",
  "布和",
  "格日乐图",
  "吉日嘎拉",
];
const MONGOLIAN_SURNAMES = ["包", "白", "韩", "吴", "陈", "奇", "鲍", "云", "宝", "何"];

/** A synthetic person name for the given gender and ethnicity. */
export function syntheticName(rng: Random, gender: Gender, ethnicity: string): string {
  if (ethnicity === "蒙古族" && rng.chance(0.7)) {
    const given = rng.pick(gender === "female" ? MONGOLIAN_FEMALE : MONGOLIAN_MALE);
    return rng.chance(0.5) ? given : rng.pick(MONGOLIAN_SURNAMES) + given;
  }
  const pool = gender === "female" ? GIVEN_FEMALE : GIVEN_MALE;
  const surname = rng.pick(SURNAMES);
  const given = rng.chance(0.72) ? rng.pick(pool) + rng.pick(pool) : rng.pick(pool);
  return surname + given;
}

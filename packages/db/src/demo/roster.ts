/**
 * The demo staff roster (三支队伍): people hired, ageing, upgrading their education and
 * certificates, retiring (女 55, 男 60) or transferring out, year by year from 2020 to 2025.
 *
 * Each school's teaching posts follow its enrolment; every school has a principal and one to
 * three vice-principals; the city 教研室 and each district's 教研室 have their 教研员.
 * The plan's staff indicators are steered to their 2020 baselines and then upward by
 * "calibrations": after each year's turnover, just enough people of the indicator's scope are
 * upgraded (e.g. 专科→本科 by in-service study, a kindergarten certificate obtained) — or, when
 * the new hires alone overshoot, a few new hires are drawn with the lower qualification — so
 * the city value lands on the path in {@link STAFF_TARGETS}. Upgrades favour 海勃湾区 and
 * spare 海南区, so the districts differ.
 */
import {
  ageAtCensus,
  type BackboneLevel,
  type EducationLevel,
  type Gender,
  isBachelorOrAbove,
  STAGES_OF_SCHOOL_TYPE,
  type StaffRole,
  type StaffStatus,
  type Stage,
  type Subject,
  type TeacherCertificate,
  type Title,
} from "@edu2035/domain";
import { type CatalogueSchool, type DistrictCode, HAIBOWAN, HAINAN, WUDA } from "./catalogue.ts";
import { DEMO_YEARS, FIRST_YEAR, type GradeFigures, LAST_YEAR } from "./enrolment.ts";
import { protectIdNumber, syntheticIdNumber } from "./idNumber.ts";
import { syntheticName } from "./names.ts";
import type { Random } from "./random.ts";

/** City values (%) the staff indicators are steered to, 2020..2025. */
export const STAFF_TARGETS = {
  /** A07 kindergarten full-time teachers with a preschool major or kindergarten certificate. */
  A07: [78.0, 79.8, 81.5, 83.0, 84.5, 86.0],
  /** A08 primary + junior full-time teachers with 本科 or above. */
  A08: [83.7, 86.0, 88.4, 90.6, 92.6, 94.3],
  /** A09 双师型 among vocational specialty-course teachers. */
  A09: [41.9, 43.6, 45.5, 47.3, 49.2, 51.0],
  /** B33 kindergarten full-time teachers with 本科 or above. */
  B33: [72.5, 76.0, 80.5, 82.0, 83.5, 85.0],
  /** B34 primary and secondary full-time teachers trained in mental health. */
  B34: [60.0, 82.0, 100, 100, 100, 100],
  /** B35 primary and secondary full-time teachers with a counselling certificate. */
  B35: [10.0, 13.5, 17.5, 22.0, 26.5, 31.0],
} as const;

/** A synthetic person (the `people` row). */
export interface DemoPerson {
  id: string;
  name: string;
  gender: Gender;
  birthDate: string;
  ethnicity: string;
  idNumberHash: string;
  idNumberTail: string;
}

/** One staff row before ids of schools and districts are attached. */
export interface DemoStaffRow {
  id: string;
  personId: string;
  schoolYear: number;
  schoolCode: string | null;
  districtCode: DistrictCode | null;
  role: StaffRole;
  status: StaffStatus;
  leftOn: string | null;
  fullTime: boolean;
  stage: Stage | null;
  subject: Subject | null;
  education: EducationLevel;
  preschoolMajor: boolean;
  teacherCertificate: TeacherCertificate;
  title: Title;
  dualQualified: boolean;
  backboneLevel: BackboneLevel;
  mentalHealthTrained: boolean;
  counsellingCertificate: boolean;
  bilingual: boolean;
  trainingHours: number;
}

/** A post group: the teachers of one stage of a school, its principal, its vice-principals, or a 教研室. */
interface Group {
  key: string;
  school: CatalogueSchool | null;
  districtCode: DistrictCode | null;
  role: StaffRole;
  stage: Stage | null;
  /** Posts to fill in a school year. */
  target(year: number): number;
}

/** A person's state while the simulation runs. */
interface Member {
  person: DemoPerson;
  group: Group;
  subject: Subject | null;
  stage: Stage | null;
  fullTime: boolean;
  education: EducationLevel;
  preschoolMajor: boolean;
  certificate: TeacherCertificate;
  titleOffset: number;
  seniorDraw: number;
  neverRated: boolean;
  dualQualified: boolean;
  backboneDraw: number;
  backboneLevelDraw: number;
  mentalHealthTrained: boolean;
  counsellingCertificate: boolean;
  bilingual: boolean;
  trainingRate: number;
  serviceStart: number;
  hiredIn: number;
  retireAge: number;
  leaving: { status: StaffStatus; leftOn: string } | null;
}

const FEMALE_SHARE: Record<Stage, number> = {
  preschool: 0.98,
  primary: 0.82,
  junior_secondary: 0.7,
  senior_secondary: 0.6,
  secondary_vocational: 0.55,
  higher_vocational: 0.55,
  special: 0.8,
};

const SUBJECT_MIX: Record<Stage, Partial<Record<Subject, number>>> = {
  preschool: { preschool: 1 },
  primary: {
    chinese: 30,
    mathematics: 24,
    english: 9,
    science: 5,
    morality_law: 5,
    physical_education: 8.5,
    music: 6,
    fine_art: 5.5,
    information_technology: 3,
    mental_health: 1,
    labour: 1,
    other: 2,
  },
  junior_secondary: {
    chinese: 15,
    mathematics: 15,
    english: 14,
    morality_law: 6,
    history: 6,
    geography: 5,
    physics: 7,
    chemistry: 5,
    biology: 5,
    physical_education: 8,
    music: 3.5,
    fine_art: 3.5,
    information_technology: 3,
    mental_health: 1,
    other: 1.5,
  },
  senior_secondary: {
    chinese: 14,
    mathematics: 14,
    english: 13,
    morality_law: 7,
    history: 7,
    geography: 6,
    physics: 9,
    chemistry: 8,
    biology: 8,
    physical_education: 6,
    music: 2,
    fine_art: 2,
    information_technology: 3,
    mental_health: 1,
  },
  secondary_vocational: { vocational_general: 40, specialty: 55, physical_education: 5 },
  higher_vocational: { vocational_general: 33, specialty: 62, physical_education: 5 },
  special: { special_education: 80, physical_education: 5, music: 5, fine_art: 5, other: 5 },
};

const CERTIFICATE_OF_STAGE: Record<Stage, TeacherCertificate> = {
  preschool: "kindergarten",
  primary: "primary",
  junior_secondary: "junior_secondary",
  senior_secondary: "senior_secondary",
  secondary_vocational: "secondary_vocational",
  higher_vocational: "higher_education",
  special: "primary",
};

/** Share of associate-or-lower degrees among 2020 staff by stage (before calibration). */
const ASSOCIATE_2020: Record<Stage, number> = {
  preschool: 0.27,
  primary: 0.21,
  junior_secondary: 0.09,
  senior_secondary: 0.015,
  secondary_vocational: 0.08,
  higher_vocational: 0,
  special: 0.22,
};
const POSTGRADUATE_2020: Record<Stage, number> = {
  preschool: 0.01,
  primary: 0.03,
  junior_secondary: 0.06,
  senior_secondary: 0.14,
  secondary_vocational: 0.1,
  higher_vocational: 0.55,
  special: 0.03,
};

/** Weight of a district when choosing whom to upgrade (海南区 lags, 海勃湾区 leads). */
const UPGRADE_BIAS: Record<DistrictCode, number> = { [HAIBOWAN]: 1.25, [WUDA]: 1.0, [HAINAN]: 0.7 };
/** Multiplier of the chance of a lower qualification in 2020, by district. */
const LAG: Record<DistrictCode, number> = { [HAIBOWAN]: 0.88, [WUDA]: 1.03, [HAINAN]: 1.3 };

/** Is a stage one of 中小学 (primary and secondary), the scope of B34 and B35? */
function isSchoolStage(stage: Stage | null): boolean {
  return (
    stage === "primary" ||
    stage === "junior_secondary" ||
    stage === "senior_secondary" ||
    stage === "secondary_vocational" ||
    stage === "special"
  );
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

/** Headcount of teachers a stage of a school needs for its pupils and classes in a year. */
function teacherPosts(
  school: CatalogueSchool,
  stage: Stage,
  grades: readonly GradeFigures[],
  year: number,
): number {
  const mine = grades.filter((g) => g.stage === stage);
  const students = mine.reduce((s, g) => s + g.students, 0);
  const classes = mine.reduce((s, g) => s + g.classes, 0);
  const t = year - FIRST_YEAR;
  if (students === 0) return 0;
  switch (stage) {
    case "preschool":
      return Math.max(
        2,
        Math.round(classes * (school.ownership === "private" ? 1.4 + 0.05 * t : 1.75 + 0.04 * t)),
      );
    case "primary":
      if (school.teachingPoint) return 2;
      return Math.max(
        6,
        Math.round(Math.max(students / (school.type === "nine_year" ? 16.5 : 18.5), classes * 1.7)),
      );
    case "junior_secondary":
      return Math.max(6, Math.round(Math.max(students / 13.5, classes * 2.1)));
    case "senior_secondary":
      return Math.max(8, Math.round(Math.max(students / 13, classes * 2.5)));
    case "secondary_vocational":
      return Math.round(students / 15);
    case "higher_vocational":
      return Math.round(students / 19);
    default:
      return Math.max(4, Math.round(students / 3.2));
  }
}

/** Options of the roster simulation. */
export interface RosterInput {
  schools: readonly CatalogueSchool[];
  enrolment: Map<string, Map<number, GradeFigures[]>>;
  scale: number;
  rng: Random;
}

/** The simulated people and their staff rows for 2020..2025. */
export function buildRoster({ schools, enrolment, scale, rng }: RosterInput): {
  people: DemoPerson[];
  staff: DemoStaffRow[];
} {
  const people: DemoPerson[] = [];
  const staff: DemoStaffRow[] = [];
  const usedIds = new Set<string>();
  const groups: Group[] = [];

  // ---- post groups -------------------------------------------------------------------------
  for (const school of schools) {
    const years = enrolment.get(school.code)!;
    const teacherGroups: Group[] = [];
    for (const stage of STAGES_OF_SCHOOL_TYPE[school.type]) {
      const g: Group = {
        key: `${school.code}|teacher|${stage}`,
        school,
        districtCode: school.districtCode,
        role: "teacher",
        stage,
        target: (y) => teacherPosts(school, stage, years.get(y) ?? [], y),
      };
      teacherGroups.push(g);
    }
    const stage0 = STAGES_OF_SCHOOL_TYPE[school.type][0]!;
    groups.push({
      key: `${school.code}|principal`,
      school,
      districtCode: school.districtCode,
      role: "principal",
      stage: stage0,
      target: () => 1,
    });
    groups.push({
      key: `${school.code}|vice`,
      school,
      districtCode: school.districtCode,
      role: "vice_principal",
      stage: stage0,
      target: (y) => {
        const teachers = teacherGroups.reduce((s, g) => s + g.target(y), 0);
        return teachers < 15 ? 1 : teachers < 60 ? 2 : 3;
      },
    });
    groups.push(...teacherGroups);
  }
  const researcherPosts: [DistrictCode | null, number][] = [
    [null, 30],
    [HAIBOWAN, 18],
    [WUDA, 13],
    [HAINAN, 10],
  ];
  for (const [districtCode, posts] of researcherPosts) {
    const n = Math.max(3, Math.round(posts * scale));
    groups.push({
      key: `${districtCode ?? "city"}|researcher`,
      school: null,
      districtCode,
      role: "researcher",
      stage: null,
      // 海南区 adds a 蒙授教研员 post in 2023 (B16)
      target: (y) => n + (districtCode === HAINAN && y >= 2023 ? 1 : 0),
    });
  }

  // ---- people ------------------------------------------------------------------------------
  const RESEARCH_STAGES: Partial<Record<Stage, number>> = {
    preschool: 3,
    primary: 9,
    junior_secondary: 8,
    senior_secondary: 6,
    secondary_vocational: 2,
    special: 1,
  };

  function newPerson(group: Group, year: number, age: number, gender: Gender, ethnicity: string): DemoPerson {
    const month = rng.int(1, 12);
    const day = rng.int(1, 28);
    const afterCensus = month > 9 || (month === 9 && day > 1);
    const birthYear = year - age - (afterCensus ? 1 : 0);
    const birthDate = `${birthYear}-${pad2(month)}-${pad2(day)}`;
    const home = group.districtCode ?? HAIBOWAN;
    const region = rng.chance(0.75) ? home : rng.pick([HAIBOWAN, HAINAN, WUDA]);
    let idNumber = syntheticIdNumber(rng, region, birthDate, gender);
    while (usedIds.has(idNumber)) idNumber = syntheticIdNumber(rng, region, birthDate, gender);
    usedIds.add(idNumber);
    const person: DemoPerson = {
      id: rng.uuid(),
      name: syntheticName(rng, gender, ethnicity),
      gender,
      birthDate,
      ethnicity,
      ...protectIdNumber(idNumber),
    };
    people.push(person);
    return person;
  }

  function drawEthnicity(group: Group): string {
    if (group.school?.ethnic) return rng.chance(0.8) ? "蒙古族" : "汉族";
    return rng.weighted({
      汉族: 91.5,
      蒙古族: 5.6,
      回族: 1.5,
      满族: 1.0,
      达斡尔族: 0.2,
      朝鲜族: 0.1,
      鄂温克族: 0.1,
    });
  }

  function drawAge(group: Group, initial: boolean, retireAge: number): number {
    const cap = retireAge - 1;
    // out-of-range draws are redrawn uniformly, so no age piles up just below retirement
    const clamp = (a: number, lo: number) => {
      const r = Math.round(a);
      return r >= lo && r <= cap ? r : rng.int(lo, cap);
    };
    if (group.role === "principal")
      return initial ? clamp(rng.range(42, 58), 38) : clamp(rng.range(40, 50), 38);
    if (group.role === "vice_principal")
      return initial ? clamp(rng.range(36, 55), 32) : clamp(rng.range(35, 46), 32);
    if (group.role === "researcher")
      return initial ? clamp(rng.range(34, 58), 30) : clamp(rng.range(32, 44), 30);
    if (!initial) return rng.chance(0.85) ? clamp(rng.normal(24.5, 2), 21) : clamp(rng.range(29, 45), 21);
    if (group.stage === "preschool" && group.school?.ownership === "private")
      return clamp(rng.normal(30, 7), 19);
    return clamp(rng.normal(39, 9.5), 21);
  }

  function drawSubject(group: Group, taken: Subject[]): Subject | null {
    if (group.role === "principal" || group.role === "vice_principal") return null;
    const stage = group.stage!;
    // small schools still get their PE, music and art teachers (B08, 优质均衡 C3)
    if (stage === "primary" || stage === "junior_secondary" || stage === "senior_secondary") {
      for (const must of ["physical_education", "music", "fine_art"] as const)
        if (!taken.includes(must) && (must === "physical_education" || taken.length >= 5)) return must;
      if (group.school?.ethnic && rng.chance(0.15)) return "mongolian";
    }
    return rng.weighted(SUBJECT_MIX[stage]);
  }

  function createMember(group: Group, year: number, initial: boolean, taken: Subject[]): Member {
    let stage = group.stage;
    if (group.role === "researcher") stage = rng.weighted(RESEARCH_STAGES);
    const femaleShare =
      group.role === "teacher" ? FEMALE_SHARE[stage!] : group.role === "researcher" ? 0.6 : 0.45;
    const gender: Gender = rng.chance(femaleShare) ? "female" : "male";
    const retireAge = gender === "female" ? 55 : 60;
    const age = drawAge(group, initial, retireAge);
    let ethnicity = drawEthnicity(group);
    const needsMongolianResearcher =
      group.role === "researcher" &&
      (group.districtCode !== HAINAN || year >= 2023) &&
      !members(group).some((m) => m.bilingual);
    if (needsMongolianResearcher) ethnicity = "蒙古族";
    const person = newPerson(group, year, age, gender, ethnicity);
    const subject =
      group.role === "researcher" ? rng.weighted(SUBJECT_MIX[stage!]) : drawSubject(group, taken);
    const privateSchool = group.school?.ownership === "private";
    const lag = group.districtCode ? LAG[group.districtCode] : 0.8;
    const isTeacher = group.role === "teacher";

    let education: EducationLevel;
    if (!isTeacher)
      education = rng.chance(0.2) ? "postgraduate" : rng.chance(0.97) ? "bachelor" : "associate";
    else if (initial) {
      const older = 0.55 + (1.1 * Math.max(0, age - 22)) / 33;
      const pAssoc = ASSOCIATE_2020[stage!] * lag * older * (privateSchool ? 1.3 : 1);
      if (rng.chance(pAssoc))
        education = rng.chance(stage === "preschool" && privateSchool ? 0.12 : 0.02)
          ? "high_school_or_below"
          : "associate";
      else
        education = rng.chance(POSTGRADUATE_2020[stage!] * (age < 40 ? 1.5 : 0.5))
          ? "postgraduate"
          : "bachelor";
    } else if (stage === "higher_vocational") education = rng.chance(0.8) ? "postgraduate" : "bachelor";
    else if (stage === "preschool")
      education = rng.chance(privateSchool ? 0.25 : 0.12) ? "associate" : "bachelor";
    else education = rng.chance(0.03) ? "associate" : rng.chance(0.12) ? "postgraduate" : "bachelor";

    let preschoolMajor = false;
    let certificate: TeacherCertificate = "none";
    if (stage === "preschool" && isTeacher) {
      preschoolMajor = rng.chance(initial ? (age < 35 ? 0.62 : 0.42) / Math.sqrt(lag) : 0.72);
      const pCert = preschoolMajor ? 0.88 : initial ? 0.5 / lag : 0.6;
      certificate = rng.chance(pCert) ? "kindergarten" : rng.chance(0.3) ? "primary" : "none";
    } else if (stage) {
      const pCert = !isTeacher ? 0.99 : privateSchool ? 0.85 : 0.96;
      certificate = rng.chance(pCert) ? CERTIFICATE_OF_STAGE[stage] : "none";
    }

    const specialty = subject === "specialty";
    const fullTime =
      isTeacher &&
      (specialty || rng.chance(privateSchool ? 0.88 : stage === "higher_vocational" ? 0.92 : 0.97));
    const bilingual =
      needsMongolianResearcher ||
      subject === "mongolian" ||
      (ethnicity === "蒙古族" && rng.chance(group.school?.ethnic ? 0.85 : 0.08));
    const inB34 = isTeacher && fullTime && isSchoolStage(stage);
    return {
      person,
      group,
      subject,
      stage,
      fullTime,
      education,
      preschoolMajor,
      certificate,
      titleOffset: rng.normal(0, 3.5),
      seniorDraw: rng.next(),
      neverRated: privateSchool && rng.chance(0.6),
      dualQualified: specialty && rng.chance(initial ? 0.42 / lag : 0.35),
      backboneDraw: rng.next(),
      backboneLevelDraw: rng.next(),
      mentalHealthTrained: initial
        ? rng.chance(inB34 ? 0.6 / lag : 0.35)
        : year >= 2022 && inB34
          ? true
          : rng.chance(0.5),
      counsellingCertificate: rng.chance(initial ? 0.1 / lag : 0.08),
      bilingual,
      trainingRate: fullTime ? Math.min(150, Math.max(24, rng.normal(76, 18))) : 40,
      serviceStart: initial ? year - Math.max(0, age - 23) : year,
      hiredIn: year,
      retireAge,
      leaving: null,
    };
  }

  // ---- simulation --------------------------------------------------------------------------
  const active = new Map<string, Member[]>();
  const members = (g: Group) => active.get(g.key) ?? [];

  for (const year of DEMO_YEARS) {
    const t = year - FIRST_YEAR;
    // 1. fill the posts: the 2020 roster, then new hires for vacancies
    for (const g of groups) {
      const list = members(g);
      active.set(g.key, list);
      const target = g.target(year);
      const taken = list.map((m) => m.subject).filter((s): s is Subject => s !== null);
      while (list.length < target) {
        const m = createMember(g, year, year === FIRST_YEAR, taken);
        list.push(m);
        if (m.subject) taken.push(m.subject);
      }
    }
    // 2. who leaves during the year: retirement, transfers, and posts that close next year
    for (const g of groups) {
      const list = members(g);
      for (const m of list) {
        const birth = m.person.birthDate;
        if (ageAtCensus(birth, year + 1) >= m.retireAge) {
          const [by, bm, bd] = birth.split("-");
          m.leaving = { status: "retired", leftOn: `${Number(by) + m.retireAge}-${bm}-${bd}` };
          continue;
        }
        const pTransfer = g.school?.ownership === "private" ? 0.09 : g.role === "teacher" ? 0.012 : 0.02;
        if (rng.chance(pTransfer)) m.leaving = { status: "transferred_out", leftOn: transferDate(year) };
      }
      if (year < LAST_YEAR) {
        const staying = list.filter((m) => !m.leaving);
        const excess = staying.length - g.target(year + 1);
        for (const m of rng.sample(staying, excess))
          m.leaving = { status: "transferred_out", leftOn: transferDate(year) };
      }
    }
    // 3. steer the staff indicators
    const all = groups.flatMap((g) => members(g)).filter((m) => !m.leaving);
    const ft = (m: Member) => m.group.role === "teacher" && m.fullTime;
    const fresh = (m: Member) => year === FIRST_YEAR || m.hiredIn === year;
    const bias = (m: Member) => (m.group.districtCode ? UPGRADE_BIAS[m.group.districtCode] : 1);
    const ageOf = (m: Member) => ageAtCensus(m.person.birthDate, year);
    calibrate(rng, all, STAFF_TARGETS.A08[t]!, {
      scope: (m) => ft(m) && (m.stage === "primary" || m.stage === "junior_secondary"),
      has: (m) => isBachelorOrAbove(m.education),
      canGrant: (m) => m.education === "associate",
      grant: (m) => {
        m.education = "bachelor";
      },
      canRevoke: (m) => fresh(m) && m.education === "bachelor",
      revoke: (m) => {
        m.education = "associate";
      },
      grantWeight: (m) => bias(m) * (ageOf(m) < 45 ? 1.6 : 0.6),
      revokeWeight: (m) => (1 / bias(m)) * (ageOf(m) >= 40 ? 2 : 0.5),
    });
    calibrate(rng, all, STAFF_TARGETS.B33[t]!, {
      scope: (m) => ft(m) && m.stage === "preschool",
      has: (m) => isBachelorOrAbove(m.education),
      canGrant: (m) => m.education === "associate",
      grant: (m) => {
        m.education = "bachelor";
      },
      canRevoke: (m) => fresh(m) && m.education === "bachelor",
      revoke: (m) => {
        m.education = "associate";
      },
      grantWeight: (m) => bias(m) ** 2 * (m.group.school?.ownership === "private" ? 0.6 : 1.2),
      revokeWeight: (m) => (1 / bias(m)) * (m.group.school?.ownership === "private" ? 2 : 0.7),
    });
    calibrate(rng, all, STAFF_TARGETS.A07[t]!, {
      scope: (m) => ft(m) && m.stage === "preschool",
      has: (m) => m.preschoolMajor || m.certificate === "kindergarten",
      canGrant: () => true,
      grant: (m) => {
        m.certificate = "kindergarten";
      },
      canRevoke: (m) => fresh(m),
      revoke: (m) => {
        m.preschoolMajor = false;
        if (m.certificate === "kindergarten") m.certificate = "none";
      },
      grantWeight: (m) => bias(m) ** 2 * (m.group.school?.ownership === "private" ? 0.7 : 1.2),
      revokeWeight: (m) => (1 / bias(m)) * (m.group.school?.ownership === "private" ? 2 : 0.7),
    });
    calibrate(rng, all, STAFF_TARGETS.A09[t]!, {
      scope: (m) => m.group.role === "teacher" && m.subject === "specialty",
      has: (m) => m.dualQualified,
      canGrant: () => true,
      grant: (m) => {
        m.dualQualified = true;
      },
      canRevoke: (m) => fresh(m),
      revoke: (m) => {
        m.dualQualified = false;
      },
      grantWeight: (m) => bias(m) * (ageOf(m) < 50 ? 1.2 : 0.5),
      revokeWeight: (m) => 1 / bias(m),
    });
    const schoolTeacher = (m: Member) => ft(m) && isSchoolStage(m.stage);
    calibrate(rng, all, STAFF_TARGETS.B34[t]!, {
      scope: schoolTeacher,
      has: (m) => m.mentalHealthTrained,
      canGrant: () => true,
      grant: (m) => {
        m.mentalHealthTrained = true;
      },
      canRevoke: () => year === FIRST_YEAR,
      revoke: (m) => {
        m.mentalHealthTrained = false;
      },
      grantWeight: bias,
      revokeWeight: (m) => 1 / bias(m),
    });
    calibrate(rng, all, STAFF_TARGETS.B35[t]!, {
      scope: schoolTeacher,
      has: (m) => m.counsellingCertificate,
      canGrant: () => true,
      grant: (m) => {
        m.counsellingCertificate = true;
      },
      canRevoke: (m) => fresh(m),
      revoke: (m) => {
        m.counsellingCertificate = false;
      },
      grantWeight: (m) => bias(m) * (m.subject === "mental_health" ? 20 : 1),
      revokeWeight: (m) => (m.subject === "mental_health" ? 0.05 : 1 / bias(m)),
    });

    // 4. the year's rows
    for (const g of groups) {
      for (const m of members(g)) {
        const age = ageAtCensus(m.person.birthDate, year);
        staff.push({
          id: rng.uuid(),
          personId: m.person.id,
          schoolYear: year,
          schoolCode: g.school?.code ?? null,
          districtCode: g.districtCode,
          role: g.role,
          status: m.leaving?.status ?? "active",
          leftOn: m.leaving?.leftOn ?? null,
          fullTime: m.fullTime,
          stage: m.stage,
          subject: m.subject,
          education: m.education,
          preschoolMajor: m.preschoolMajor,
          teacherCertificate: m.certificate,
          title: titleOf(m, age),
          dualQualified: m.dualQualified,
          backboneLevel: backboneOf(m, age, year),
          mentalHealthTrained: m.mentalHealthTrained,
          counsellingCertificate: m.counsellingCertificate,
          bilingual: m.bilingual,
          trainingHours: trainingHours(m, year),
        });
      }
    }

    // 5. roll over: leavers go; the others slowly gain what outside the steered scopes
    for (const g of groups) {
      const staying = members(g).filter((m) => !m.leaving);
      active.set(g.key, staying);
      for (const m of staying) {
        if (!m.mentalHealthTrained && rng.chance(0.3)) m.mentalHealthTrained = true;
        if (m.stage !== "preschool" && m.certificate === "none" && m.fullTime && rng.chance(0.3))
          m.certificate = m.stage ? CERTIFICATE_OF_STAGE[m.stage] : "none";
        const steered = m.stage === "preschool" || m.stage === "primary" || m.stage === "junior_secondary";
        if (!steered && m.education === "associate" && rng.chance(0.1)) m.education = "bachelor";
        if (m.education === "high_school_or_below" && rng.chance(0.15)) m.education = "associate";
      }
    }
  }

  function transferDate(year: number): string {
    // most transfers take effect in the summer holiday
    const month = rng.chance(0.6) ? rng.pick([7, 8]) : rng.pick([9, 10, 11, 12, 1, 2, 3, 4, 5, 6]);
    const y = month >= 9 ? year : year + 1;
    const day = month === 9 ? rng.int(2, 28) : rng.int(1, 28);
    return `${y}-${pad2(month)}-${pad2(day)}`;
  }

  return { people, staff };
}

/** Professional title at an age: 二级 from the mid-twenties, 一级 from ~31, 高级 for ~40 % from ~43. */
function titleOf(m: Member, age: number): Title {
  if (m.neverRated || m.group.role === "researcher")
    return m.group.role === "researcher" ? "senior" : "unrated";
  const e = age + m.titleOffset;
  if (e < 24.5) return m.stage === "primary" ? "third" : "unrated";
  if (e < 31) return "second";
  if (e < 43 || m.seniorDraw > 0.42) return "first";
  if (e >= 50 && m.seniorDraw < 0.02) return "senior_full";
  return "senior";
}

/** Backbone level (骨干教师): about a fifth of experienced full-time teachers, growing, fewer in 海南区. */
function backboneOf(m: Member, age: number, year: number): BackboneLevel {
  if (m.group.role !== "teacher" || !m.fullTime || age < 30) return "none";
  const district = m.group.districtCode;
  let share = 0.28 + 0.015 * (year - FIRST_YEAR);
  share *= district === HAINAN ? 0.7 : district === WUDA ? 0.95 : 1.08;
  if (m.stage === "preschool") share *= 0.45;
  if (m.group.school?.ownership === "private") share *= 0.2;
  if (m.backboneDraw >= share) return "none";
  const d = m.backboneLevelDraw;
  return d < 0.02 ? "national" : d < 0.12 ? "region" : d < 0.45 ? "city" : "district";
}

/** Continuing-education hours in the current five-year cycle (2016–2020, then 2021–2025). */
function trainingHours(m: Member, year: number): number {
  const cycleStart = year <= 2020 ? 2016 : 2021;
  const years = year - Math.max(cycleStart, m.serviceStart) + 1;
  return Math.min(2000, Math.max(0, Math.round(m.trainingRate * years)));
}

interface Calibration {
  scope(m: Member): boolean;
  has(m: Member): boolean;
  canGrant(m: Member): boolean;
  grant(m: Member): void;
  canRevoke(m: Member): boolean;
  revoke(m: Member): void;
  grantWeight(m: Member): number;
  revokeWeight(m: Member): number;
}

/** Upgrade (or, among fresh records, downgrade) just enough people of the scope to reach `targetPct`. */
function calibrate(rng: Random, all: readonly Member[], targetPct: number, c: Calibration): void {
  const scope = all.filter((m) => c.scope(m));
  const wanted = Math.round((targetPct / 100) * scope.length);
  const current = scope.filter((m) => c.has(m)).length;
  if (current < wanted) {
    const candidates = scope.filter((m) => !c.has(m) && c.canGrant(m));
    for (const m of rng.sample(candidates, wanted - current, c.grantWeight)) c.grant(m);
  } else if (current > wanted) {
    const candidates = scope.filter((m) => c.has(m) && c.canRevoke(m));
    for (const m of rng.sample(candidates, current - wanted, c.revokeWeight)) c.revoke(m);
  }
}

import type { Activity } from "../roadmap/types";
import { normalizeSchoolName } from "../results/school-key";

/**
 * Which activities of a district roadmap a school takes part in: those whose responsible parties are the
 * schools in general («ОО», «руководители ОО», «образовательные организации», «школы», «учителя-предметники»)
 * or that school by name. A district roadmap names its own bodies beside them («Управление образования»,
 * «ИМЦ», «методисты РМК»): those activities are the district's, not the school's.
 */
export type Participation = "all-schools" | "named" | null;

const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/\u00a0/g, " ");

/**
 * «ОО» / «ОУ» as a word. «ОО АПГО СК» (отдел образования администрации …) is a body: an abbreviation
 * right after it names whose «ОО» it is, which the schools' plural never has.
 */
const SCHOOLS_ABBREVIATION = /(?:^|[^а-яa-z0-9])(?:оо|оу)(?![а-яa-z0-9])/;
const BODY_ABBREVIATION = /(?:^|[^А-ЯЁа-яё])(?:ОО|ОУ)\s+[А-ЯЁ]{2,}/;
const SCHOOLS_WORDS = [
  /(?:^|[^а-я])школ(?:ы|ам|ами|ах)(?![а-я])/, // plural: «школы», «руководители школ»
  /(?:^|[^а-я])школ(?![а-я])/,
  /общеобразовательн[а-я]*\s+(?:организац|учрежден)/,
  /образовательн[а-я]*\s+(?:организац|учрежден)/,
  /(?:^|[^а-я])шнор(?![а-я])/,
  /школ[а-я]*[-\s]участни/,
];
/** School staff named as a group: they work in every school. */
const SCHOOL_STAFF = [
  /(?:^|[^а-я])директор[а-я]*(?!\s+(?:мку|мбу|центр|имц|рмк|департамент|управлени))/,
  /заместител[а-я]*\s+директор/,
  /(?:^|[^а-я])завуч/,
  /учител[а-я]*/,
  /классн[а-я]*\s+руководител/,
  /педагог[а-я]*\s+(?:оо|оу|школ)/,
];
/**
 * District bodies and their staff: an activity of theirs is not a school's even when «школ» appears in the name
 * («кураторы школ» are the district's people assigned to schools).
 */
const DISTRICT_ONLY =
  /(управлени[ея]\s+образован|отдел[а-я]*\s+образован|комитет[а-я]*\s+(?:по\s+)?образован|(?:^|[^а-я])(?:имц|имс|рмк|ммц|уо|оуо|ко)(?![а-я])|методическ[а-я]*\s+(?:центр|служб|кабинет)|муниципальн[а-я]*\s+координатор|куратор)/;

/** True when a party's name stands for the schools in general (or their staff). */
export function isSchoolsInGeneral(partyName: string): boolean {
  const n = norm(partyName);
  if (SCHOOLS_ABBREVIATION.test(n) && !BODY_ABBREVIATION.test(partyName)) return true;
  if (DISTRICT_ONLY.test(n)) return false;
  if (SCHOOLS_WORDS.some((re) => re.test(n))) return !isOneNamedSchool(partyName);
  return SCHOOL_STAFF.some((re) => re.test(n));
}

/** «МБОУ «СОШ № 1»», «школа № 5», «Гимназия №3»: one school, not all of them. */
function isOneNamedSchool(name: string): boolean {
  return /№\s*\d/.test(name) || /[«"][^»"]+[»"]/.test(name);
}

/** Type words and org forms dropped so «МБОУ «СОШ № 1»» meets «СОШ №1» and «школа № 1» meets «СОШ № 1» only by number+type. */
const ORG_FORMS = /(?:^|\s)(?:[мг][бка]?оу|моу|маоу|мбоу|мкоу|гбоу|гоу|чоу|му|мб?у)(?=\s|$)/g;

const MATCH_KEYS = new Map<string, string>();

/** Words of a school name that tell it apart: its number and its proper words (not «сош», «мбоу»). Memoised. */
export function schoolMatchKey(name: string): string {
  const cached = MATCH_KEYS.get(name);
  if (cached !== undefined) return cached;
  const key = normalizeSchoolName(name).replace(ORG_FORMS, " ").replace(/\s+/g, " ").trim();
  if (MATCH_KEYS.size > 50_000) MATCH_KEYS.clear();
  MATCH_KEYS.set(name, key);
  return key;
}

/** A party that names this school («МБОУ «СОШ № 1»», «СОШ №1»). */
export function namesSchool(partyName: string, school: string): boolean {
  const party = schoolMatchKey(partyName);
  const key = schoolMatchKey(school);
  if (!party || !key) return false;
  if (party === key) return true;
  // «СОШ № 1» inside «МБОУ СОШ № 1 г. Энска» (but never «СОШ № 1» inside «СОШ № 11»).
  const within = (a: string, b: string) => new RegExp(`(?:^|[\\s«"(])${escapeRe(a)}(?![0-9а-яa-z])`).test(b);
  return party.length >= 4 && key.length >= 4 && (within(party, key) || within(key, party));
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function participationOf(
  activity: Pick<Activity, "responsible" | "responsibleRaw">,
  school: string,
): Participation {
  const names = activity.responsible.length ? activity.responsible.map((p) => p.name) : [activity.responsibleRaw];
  if (names.some((n) => n && namesSchool(n, school))) return "named";
  if (names.some((n) => n && isSchoolsInGeneral(n))) return "all-schools";
  return null;
}

/** The activities a school takes part in, in roadmap order; `extraIds` are the ones the user ticked. */
export function activitiesForSchool<A extends Pick<Activity, "id" | "responsible" | "responsibleRaw">>(
  activities: readonly A[],
  school: string,
  extraIds: ReadonlySet<string> = new Set(),
): A[] {
  return activities.filter((a) => extraIds.has(a.id) || participationOf(a, school) !== null);
}

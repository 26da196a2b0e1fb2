import { parseTarget, type Target } from "./targets";

/** Where a numerator or denominator comes from: contingent data, exam results, or the school count. */
export type MetricRef = `contingent.${string}` | "exam.below" | "exam.participants" | "schools.count";

/** A target indicator of the programme, as listed in its passport. */
export interface TargetSpec {
  readonly id: string;
  readonly text: string;
  readonly target: Target | null;
  readonly numerator: MetricRef | null;
  readonly denominator: MetricRef | null;
}

const SECTION = /основные\s+показатели\s*\(индикаторы\)|целевые\s+(показатели|индикаторы)/i;

function cleanItem(html: string): string {
  return html.replace(/<[^>]+>/g, " ").replace(/&nbsp;/g, " ").replace(/\s+/g, " ").trim();
}

/** Guesses the data behind an indicator from its words; the user corrects it in «Целевые показатели». */
function guessSources(text: string): Pick<TargetSpec, "numerator" | "denominator"> {
  const t = text.toLowerCase();
  if (/(огэ|егэ|гиа)/.test(t) && /(ниже\s+миним|не\s+преодол)/.test(t)) return { numerator: "exam.below", denominator: "exam.participants" };
  if (/педагог/.test(t) && /(категори)/.test(t)) return { numerator: "contingent.teachersTopCategory", denominator: "contingent.teachers" };
  if (/педагог/.test(t) && /(кпк|повышени[а-яё]*\s+квалификац)/.test(t)) return { numerator: "contingent.teachersTrained", denominator: "contingent.teachers" };
  if (/дополнительн[а-яё]*\s+образован/.test(t) && /(доля|охват)\s+обучающ/.test(t)) return { numerator: "contingent.studentsExtraEd", denominator: "contingent.students" };
  if (/педагог/.test(t) && /%/.test(t)) return { numerator: null, denominator: "contingent.teachers" };
  if (/(школ|оу|оо)[а-яё]*/.test(t) && /%/.test(t)) return { numerator: null, denominator: "schools.count" };
  return { numerator: null, denominator: null };
}

/**
 * The target indicators of a passport: the numbered items after «Основные показатели (индикаторы)»
 * (an HTML list pasted from Word, or plain numbered lines).
 */
export function extractTargets(text: string): TargetSpec[] {
  const m = SECTION.exec(text);
  if (!m) return [];
  const after = text.slice(m.index + m[0].length);
  const items = /<li[^>]*>/i.test(after.slice(0, 2000))
    ? [...after.slice(0, after.search(/<\/(ol|ul)>/i) >>> 0).matchAll(/<li[^>]*>([\s\S]*?)<\/li>/gi)].map((x) => cleanItem(x[1]))
    : after.split(/\n/).map((l) => l.trim()).filter((l) => /^\d{1,2}[.)]\s/.test(l)).slice(0, 50);
  return items.map((raw, i) => {
    const text = raw.replace(/^\d{1,2}[.)]\s*/, "").replace(/\.$/, "");
    return { id: String(i + 1), text, target: parseTarget(text), ...guessSources(text) };
  });
}

/** Бодайбо's passport list (seeds/bodaibo-2020-2023.txt), the default prefill of «Целевые показатели». */
export const BODAIBO_TARGET_TEXTS: readonly string[] = [
  "Доля ОУ, образовательная среда которых соответствует требованиям современных образовательных стандартов не менее 90 %",
  "Доля ОУ, где система работы выстроена на выявлении и ликвидации квалификационных дефицитов педагогов (предметных, метапредметных, методических, психолого-педагогических) не менее 90%",
  "100% школ охвачены тьюторской поддержкой при разработке и реализации школьных программ повышения качества образования, организованы выездные методические десанты для оказания методической помощи",
  "Проведено не менее 20 семинаров, ориентированных на потребности педагогов, управленческой команды",
  "80% педагогов школ - участники сетевых профессиональных сообществ и сетевых районных методических объединений",
  "Доля обучающихся, получивших по итогам ОГЭ и ЕГЭ по обязательным предметам количество баллов ниже минимума, установленного Рособрнадзором, не более 5 %",
  "В 100% ОУ выстроена система работы по развитию качества образования на основе анализа данных оценочных процедур",
  "100% школ осуществляют партнерское взаимодействие по повышению качества образования в рамках договоров с учреждениями-партнерами",
  "100% нерезидентных школ переведены в зону устойчивости",
  "100% школ отражают процесс реализации программы по повышению качества образования в открытых информационных источниках (сайты образовательных учреждений, управления образования, образовательные порталы и сетевые сообщества)",
  "100% школ достигли положительной динамики вовлечения обучающихся в программы дополнительного образования",
  "50% школ достигли положительной динамики результатов участия в олимпиадах, конкурсах школьного и муниципального уровня",
];

export const DEFAULT_TARGETS: readonly TargetSpec[] = extractTargets(
  "Основные показатели (индикаторы)\n" + BODAIBO_TARGET_TEXTS.map((t, i) => `${i + 1}. ${t}.`).join("\n"),
);

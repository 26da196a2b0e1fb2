import type { Activity, ActivityStatus } from "../roadmap/types";
import { ACTIVITY_STATUSES } from "../roadmap/types";
import type { ActivityTracking } from "../sheets/roadmap";

const STATUS_HEADER = /^(статус|состояние|отметка о выполнении|выполнение|исполнение)/i;

/** Words schools write in a status column → our five statuses. */
const STATUS_WORDS: readonly [RegExp, ActivityStatus][] = [
  [/^не\s*выполн/i, "не выполнено"],
  [/^(выполн|исполн|сделано|завершен)/i, "выполнено"],
  [/^(в\s*работе|в\s*процессе|выполняется|начат|частично)/i, "в работе"],
  [/^(перенес|отложен)/i, "перенесено"],
  [/^(запланир|не\s*начат|план)/i, "запланировано"],
];

export function statusOfText(text: string): ActivityStatus | undefined {
  const t = text.trim().toLowerCase().replace(/ё/g, "е");
  if (!t) return undefined;
  if ((ACTIVITY_STATUSES as readonly string[]).includes(t)) return t as ActivityStatus;
  return STATUS_WORDS.find(([re]) => re.test(t))?.[1];
}

/**
 * A school's roadmap often carries its own «Статус» column: that is the execution record as the
 * school reported it. Edits made later in «Мероприятия» still win (they come as tracking).
 */
export function trackingFromDocument(activities: readonly Activity[]): Map<string, ActivityTracking> {
  const out = new Map<string, ActivityTracking>();
  for (const a of activities) {
    const entry = Object.entries(a.extra ?? {}).find(([header]) => STATUS_HEADER.test(header.trim()));
    const status = entry ? statusOfText(entry[1]) : undefined;
    if (status) out.set(a.id, { status });
  }
  return out;
}

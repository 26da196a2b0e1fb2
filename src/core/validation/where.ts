import type { Activity } from "../roadmap/types";
import { finding, type Finding, type Severity } from "../findings";
import { MESSAGES_RU, type MessageParams, type ValidationCode } from "./messages";

/** «Мероприятие 2.8 (строка 43)»: the number as written, else the stable id. */
export function activityLabel(a: Activity): string {
  const num = a.number.replace(/\.+$/, "") || a.id;
  const row = a.sourceRows[0];
  return row ? `Мероприятие ${num} (строка ${row})` : `Мероприятие ${num}`;
}

export function activityFinding(
  code: ValidationCode,
  severity: Severity,
  a: Activity,
  params: Omit<MessageParams, "where"> = {},
  data?: Finding["data"],
): Finding {
  const message = MESSAGES_RU[code]({ where: activityLabel(a), ...params });
  return finding(code, severity, message, { activityId: a.id, ...(a.sourceRows[0] ? { row: a.sourceRows[0] } : {}), ...(data ? { data } : {}) });
}

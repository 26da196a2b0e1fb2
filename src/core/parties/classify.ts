import { ROLE_STEMS, SCHOOL_OPENINGS } from "./directory";
import type { PartyKind } from "./types";
import { INITIALS, LOWER, SURNAME, UPPER } from "./person-patterns";

/** «Жбанникова О.А.», «О.А. Жбанникова», «Иванова Мария Петровна». */
const PERSON = new RegExp(
  `^(?:${SURNAME}\\s+${INITIALS}|${INITIALS}\\s*${SURNAME}|${SURNAME}\\s+${UPPER}${LOWER}+\\s+${UPPER}${LOWER}+(?:вич|вна|чна|ична|ич))$`,
);
const ROLE = new RegExp(`^(?:\\S+\\s+)?(?:${ROLE_STEMS.join("|")})`, "i");

/** body (an organisation or its unit), role (a post), school (one named school), person. */
export function classifyParty(name: string): PartyKind {
  const s = name.trim();
  if (PERSON.test(s)) return "person";
  if (SCHOOL_OPENINGS.test(s)) return "school";
  if (ROLE.test(s)) return "role";
  return "body";
}

import { BUILTIN_DIRECTORY } from "./directory";
import { classifyParty } from "./classify";
import { matcherFor } from "./matcher";
import { normalizePartyName, partyKey } from "./normalize";
import { rejoinTails, splitGlued, splitOnSeparators } from "./split";
import type { DirectoryEntry } from "./types";

/**
 * Names that stand alone in some cell of the document («ОО АПГО СК», «Ресурсный центр») become
 * directory entries, so the cells where they are glued to others can be cut at them.
 * Shorter chunks are learned first: a chunk that is made only of already-known names is glued, not a name.
 */
export function learnDirectory(responsibleCells: readonly string[], base: readonly DirectoryEntry[] = BUILTIN_DIRECTORY): DirectoryEntry[] {
  const known = new Set(base.flatMap((e) => [e.name, ...e.aliases, ...(e.expansion ? [e.expansion] : [])].map(partyKey)));
  const chunks = new Map<string, string>();
  for (const cell of responsibleCells) {
    const baseMatcher = matcherFor(base);
    for (const name of rejoinTails(splitOnSeparators(String(cell ?? "")).map((c) => normalizePartyName(c)), baseMatcher)) {
      if (/[А-ЯЁа-яё]{2}/.test(name) && !known.has(partyKey(name)) && !chunks.has(partyKey(name))) chunks.set(partyKey(name), name);
    }
  }
  const learned: DirectoryEntry[] = [];
  const sorted = [...chunks.values()].sort((a, b) => a.split(" ").length - b.split(" ").length || a.length - b.length);
  for (const name of sorted) {
    const directory = [...base, ...learned];
    if (splitGlued(name, matcherFor(directory)).length > 1) continue;
    learned.push({ name, kind: classifyParty(name), aliases: [] });
  }
  return [...base, ...learned];
}

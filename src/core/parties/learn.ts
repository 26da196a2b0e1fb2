import { BUILTIN_DIRECTORY } from "./directory";
import { classifyParty } from "./classify";
import { partsOfName } from "./name-parts";
import { lemmaKey } from "./lemma";
import { matcherFor } from "./matcher";
import { partyKey } from "./normalize";
import { cellChunks, splitGlued } from "./split";
import type { DirectoryEntry } from "./types";

function namesOf(e: DirectoryEntry): string[] {
  return [e.name, ...e.aliases, ...(e.expansion ? [e.expansion] : [])];
}

/**
 * «Управление образования администрации района (далее – УО)»: the short name is the entry, the long
 * one its expansion and alias, so «УО» elsewhere in the document is the same party.
 */
function aliasDefinitions(responsibleCells: readonly string[], base: readonly DirectoryEntry[]): Map<string, { name: string; full: string }> {
  const defs = new Map<string, { name: string; full: string }>();
  const matcher = matcherFor(base);
  for (const cell of responsibleCells) {
    for (const chunk of cellChunks(String(cell ?? ""), matcher)) {
      const parts = partsOfName(chunk);
      if (parts.short && !defs.has(partyKey(parts.short))) defs.set(partyKey(parts.short), { name: parts.short, full: parts.name });
    }
  }
  return defs;
}

/**
 * Names that stand alone in some cell of the document («ОО АПГО СК», «Ресурсный центр») become
 * directory entries, so the cells where they are glued to others can be cut at them.
 * Shorter chunks are learned first: a chunk that is made only of already-known names is glued, not a name.
 * A name written another way than a known one («куратор школы» beside «Кураторы школ») becomes an
 * alias of that entry; «(далее – X)» makes X the entry and the long name its alias.
 */
export function learnDirectory(responsibleCells: readonly string[], base: readonly DirectoryEntry[] = BUILTIN_DIRECTORY): DirectoryEntry[] {
  const entries: DirectoryEntry[] = [...base];
  const byShort = aliasDefinitions(responsibleCells, base);
  for (const { name, full } of byShort.values()) {
    const i = entries.findIndex((e) => namesOf(e).some((n) => partyKey(n) === partyKey(name)));
    if (i >= 0) {
      const e = entries[i];
      if (!namesOf(e).some((n) => partyKey(n) === partyKey(full))) entries[i] = { ...e, aliases: [...e.aliases, full] };
    } else {
      entries.push({ name, kind: classifyParty(full), aliases: [full], expansion: full });
    }
  }
  const known = new Set(entries.flatMap(namesOf).map(partyKey));
  const chunks = new Map<string, string>();
  // A copy: matchers are cached per array, and `entries` grows below.
  const baseMatcher = matcherFor([...entries]);
  for (const cell of responsibleCells) {
    for (const chunk of cellChunks(String(cell ?? ""), baseMatcher)) {
      // A qualifier is not part of the name; a post before a person leaves the person as the name.
      const { name } = partsOfName(chunk);
      if (/[А-ЯЁа-яё]{2}/.test(name) && !known.has(partyKey(name)) && !chunks.has(partyKey(name))) chunks.set(partyKey(name), name);
    }
  }
  const sorted = [...chunks.values()].sort((a, b) => a.split(" ").length - b.split(" ").length || a.length - b.length);
  const byLemma = new Map<string, number>();
  entries.forEach((e, i) => namesOf(e).forEach((n) => byLemma.has(lemmaKey(n)) || byLemma.set(lemmaKey(n), i)));
  for (const name of sorted) {
    const same = byLemma.get(lemmaKey(name));
    if (same !== undefined) {
      // One party written two ways: the new spelling joins the entry as an alias.
      const e = entries[same];
      entries[same] = { ...e, aliases: [...e.aliases, name] };
      continue;
    }
    if (splitGlued(name, matcherFor([...entries])).length > 1) continue;
    entries.push({ name, kind: classifyParty(name), aliases: [] });
    byLemma.set(lemmaKey(name), entries.length - 1);
  }
  return entries;
}

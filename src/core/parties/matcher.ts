import { lemmaKey } from "./lemma";
import { partyKey } from "./normalize";
import type { DirectoryEntry } from "./types";

export interface NameMatcher {
  /** Directory entry whose name, alias or expansion equals the text. */
  lookup(name: string): { entry: DirectoryEntry; exact: boolean } | null;
  /** Every known name inside the text, longest first at each place, not overlapping. */
  findAll(text: string): { index: number; end: number }[];
}

const cache = new WeakMap<readonly DirectoryEntry[], NameMatcher>();

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
}

/** Built once per directory: splitting every cell of a 100,000-row table must not recompile it. */
export function matcherFor(directory: readonly DirectoryEntry[]): NameMatcher {
  const hit = cache.get(directory);
  if (hit) return hit;
  const byKey = new Map<string, { entry: DirectoryEntry; exact: boolean }>();
  // «куратор школы» finds «Кураторы школ»: the same name up to case and number endings.
  const byLemma = new Map<string, { entry: DirectoryEntry; exact: boolean }>();
  for (const e of directory) {
    for (const n of [e.name, ...e.aliases]) {
      if (!byKey.has(partyKey(n))) byKey.set(partyKey(n), { entry: e, exact: true });
      if (!byLemma.has(lemmaKey(n))) byLemma.set(lemmaKey(n), { entry: e, exact: true });
    }
    if (e.expansion && !byKey.has(partyKey(e.expansion))) byKey.set(partyKey(e.expansion), { entry: e, exact: false });
  }
  const names = [...new Set(directory.flatMap((e) => [e.name, ...e.aliases, ...(e.expansion ? [e.expansion] : [])]))];
  names.sort((a, b) => b.length - a.length);
  const re = names.length
    ? new RegExp(`(?<![а-яёА-ЯЁA-Za-z0-9])(?:${names.map(escape).join("|")})(?![а-яёА-ЯЁA-Za-z0-9])`, "gi")
    : null;
  const matcher: NameMatcher = {
    lookup: (name) => byKey.get(partyKey(name)) ?? byLemma.get(lemmaKey(name)) ?? null,
    findAll(text) {
      if (!re) return [];
      const out: { index: number; end: number }[] = [];
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) out.push({ index: m.index, end: m.index + m[0].length });
      return out;
    },
  };
  cache.set(directory, matcher);
  return matcher;
}

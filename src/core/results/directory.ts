import type { Finding } from "../findings";
import { type Where, resultFindings as F } from "./messages";
import { type SchoolChoice, targetKeyOf } from "./school-choices";
import type { ContingentRecord, ResultTable, SchoolAlias, SchoolCounts } from "./types";

interface Entry {
  key: string;
  name: string;
  code: string | null;
  aliases: Set<string>;
  mergedByCode: boolean;
  /** Where this spelling was first seen: a merge finding points there. */
  where?: Where;
}

const whereOf = (sheet: string | undefined, row: number | undefined): Where | undefined =>
  row === undefined ? undefined : { sheet: sheet ?? "таблица", row };

const LEGAL_FORM = /^(мбоу|мкоу|маоу|моу|гбоу|гоу|чоу|оу)\s+/;

/**
 * «Заречная средняя общеобразовательная школа» and «МКОУ «Заречная СОШ»»: without the legal form the
 * names meet. Merged only when exactly one coded school has that name, and the user confirms in «Школы».
 */
function looseMatches(byKey: Map<string, Entry>): [string, string][] {
  const loose = (k: string) => k.replace(LEGAL_FORM, "");
  const coded = new Map<string, string[]>();
  for (const e of byKey.values()) if (e.code) coded.set(loose(e.key), [...(coded.get(loose(e.key)) ?? []), e.key]);
  const out: [string, string][] = [];
  for (const e of byKey.values()) {
    const hits = e.code ? undefined : coded.get(loose(e.key));
    if (hits && hits.length === 1 && hits[0] !== e.key) out.push([e.key, hits[0]]);
  }
  return out;
}

/**
 * One school, one key across every table: names are already normalised; a «(sch…)» code joins two
 * spellings the normalisation could not (reported, and confirmed by the user in «Школы»).
 */
export function unifySchools(
  tables: readonly ResultTable[],
  contingent: readonly ContingentRecord[],
  choices: readonly SchoolChoice[] = [],
): { tables: ResultTable[]; contingent: ContingentRecord[]; schools: SchoolAlias[]; findings: Finding[] } {
  const byKey = new Map<string, Entry>();
  const keyOfCode = new Map<string, string>();
  const findings: Finding[] = [];
  const remap = new Map<string, string>();
  // «нет» on the «Школы» sheet: the spellings matched to that school by code or loose name stay apart.
  const refused = new Set(choices.filter((c) => c.confirmed === false).map((c) => c.schoolKey));
  const resolve = (key: string) => {
    let k = key;
    for (let i = 0; i < 20 && remap.has(k) && remap.get(k) !== k; i++) k = remap.get(k) as string;
    return k;
  };
  const visit = (name: string, code: string | null, key: string, where?: Where) => {
    let target = key;
    const known = code ? keyOfCode.get(code) : undefined;
    if (known && known !== key && !refused.has(known) && !refused.has(key)) {
      target = known;
      if (!remap.has(key)) findings.push(F.schoolMerged(byKey.get(known)?.name ?? name, name, code ?? "", where));
      remap.set(key, known);
    } else if (remap.has(key)) target = resolve(key);
    let e = byKey.get(target);
    if (!e) byKey.set(target, (e = { key: target, name, code, aliases: new Set(), mergedByCode: false, where }));
    if (code && !e.code) e.code = code;
    e.where ??= where;
    if (code && !keyOfCode.has(code)) keyOfCode.set(code, target);
    e.aliases.add(name);
    if (target !== key) e.mergedByCode = true;
    return target;
  };
  const fix = (s: SchoolCounts): SchoolCounts => {
    const key = visit(s.school, s.schoolCode, s.schoolKey);
    return key === s.schoolKey ? s : { ...s, schoolKey: key };
  };
  // Coded rows first, so a code seen anywhere can claim an uncoded spelling seen earlier.
  const order = tables.flatMap((t) => t.schools.map((s) => ({ s, where: whereOf(t.source, s.sourceRows[0]) })));
  order.sort((a, b) => Number(!!b.s.schoolCode) - Number(!!a.s.schoolCode));
  for (const { s, where } of order) visit(s.school, s.schoolCode, s.schoolKey, where);
  for (const c of contingent) visit(c.school, c.schoolCode, c.schoolKey, whereOf(c.source, c.sourceRow));
  for (const [from, to] of looseMatches(byKey)) {
    if (refused.has(to) || refused.has(from)) continue;
    const e = byKey.get(from) as Entry;
    const target = byKey.get(to) as Entry;
    remap.set(from, to);
    e.aliases.forEach((a) => target.aliases.add(a));
    target.mergedByCode = true;
    byKey.delete(from);
    findings.push(F.schoolMergedByName(target.name, e.name, e.where));
  }
  // «Объединить с» on the «Школы» sheet: the user's merges, whatever the names say.
  for (const c of choices) {
    if (!c.mergeWith || !byKey.has(c.schoolKey)) continue;
    const to = targetKeyOf(c.mergeWith, new Set(byKey.keys()));
    if (!to || to === c.schoolKey) {
      findings.push(F.mergeTargetUnknown(c.mergeWith, byKey.get(c.schoolKey)?.name ?? c.schoolKey));
      continue;
    }
    const e = byKey.get(c.schoolKey) as Entry;
    const target = byKey.get(to) as Entry;
    remap.set(c.schoolKey, to);
    e.aliases.forEach((a) => target.aliases.add(a));
    target.mergedByCode = true;
    byKey.delete(c.schoolKey);
    findings.push(F.schoolMergedByUser(target.name, e.name));
  }
  const outTables = tables.map((t) => ({ ...t, schools: t.schools.map(fix) }));
  const outContingent = contingent.map((c) => {
    const key = visit(c.school, c.schoolCode, c.schoolKey);
    return key === c.schoolKey ? c : { ...c, schoolKey: key };
  });
  const schools = [...byKey.values()].map((e) => ({
    schoolKey: e.key, name: e.name, code: e.code, aliases: [...e.aliases], mergedByCode: e.mergedByCode,
  }));
  return { tables: outTables, contingent: outContingent, schools, findings };
}

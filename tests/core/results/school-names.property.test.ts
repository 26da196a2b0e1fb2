import fc from "fast-check";
import { normalizeSchoolName, readResults, readSchoolChoices, splitSchoolCode } from "../../../src/core/results";
import { tsv } from "./tsv";

const FORMS = ["МБОУ", "МКОУ", "МАОУ", "МОУ", "ГБОУ"] as const;
const KINDS = ["СОШ", "ООШ", "Гимназия", "Лицей", "НОШ", "Школа-интернат"] as const;
const PLACES = ["г.Энска", "с.Озёрное", "п.Лесной", "д.Берёзовка", "г.Заречный", "с.Ивановка"] as const;

interface School {
  readonly form: (typeof FORMS)[number];
  readonly kind: (typeof KINDS)[number];
  readonly num: number | null;
  readonly place: (typeof PLACES)[number] | null;
}

const school = fc.record({
  form: fc.constantFrom(...FORMS),
  kind: fc.constantFrom(...KINDS),
  num: fc.option(fc.integer({ min: 1, max: 130 }), { nil: null }),
  place: fc.option(fc.constantFrom(...PLACES), { nil: null }),
});

/** One school written as officials do: quotes of any kind, «№1» / «№ 1», «г.» / «г », ё / е, case, spaces, a leading code. */
const spelling = (s: School) =>
  fc.record({
    quote: fc.constantFrom(["«", "»"], ['"', '"'], ["“", "”"], ["", ""]),
    numSpace: fc.constantFrom("№", "№ ", "№  "),
    placeSep: fc.constantFrom(".", ". ", " "),
    yo: fc.boolean(),
    upper: fc.boolean(),
    spaces: fc.constantFrom(" ", "  ", "\u00a0"),
    code: fc.constantFrom("", "(sch640101) ", "", "640101 "),
    codeTail: fc.constantFrom("", "(edu990201)"),
  }).map((o) => {
    let name = `${s.kind}${s.num !== null ? ` ${o.numSpace}${s.num}` : ""}`;
    if (s.place) name += ` ${s.place.replace(".", o.placeSep)}`;
    let text = `${o.code}${s.form}${o.spaces}${o.quote[0]}${name}${o.quote[1]}${o.codeTail}`;
    if (!o.yo) text = text.replace(/ё/g, "е");
    if (o.upper) text = text.toUpperCase();
    return text;
  });

const key = (raw: string) => normalizeSchoolName(splitSchoolCode(raw).name);
const same = (a: School, b: School) => a.form === b.form && a.kind === b.kind && a.num === b.num && a.place === b.place;

describe("school names: spellings of one school meet, two schools never merge", () => {
  it("any two spellings of the same school give one key", () => {
    fc.assert(fc.property(school.chain((s) => fc.tuple(spelling(s), spelling(s))), ([a, b]) => key(a) === key(b)));
  });

  it("two different schools never give one key", () => {
    fc.assert(
      fc.property(
        fc.tuple(school, school).filter(([a, b]) => !same(a, b)).chain(([a, b]) => fc.tuple(spelling(a), spelling(b))),
        ([a, b]) => key(a) !== key(b),
      ),
    );
  });

  it.each([
    ["МБОУ «СОШ № 1»", "МБОУ «СОШ № 11»"],
    ["МБОУ «СОШ №2 г.Энска»", "МБОУ «СОШ №2 с.Озёрное»"],
    ["МБОУ «Гимназия № 3»", "МБОУ «Лицей № 3»"],
    ["МБОУ СОШ № 1", "МБОУ СОШ № 1 с. Ивановка"],
  ])("%s ≠ %s", (a, b) => expect(key(a)).not.toBe(key(b)));

  it.each([
    ["МБОУ «СОШ №2 г.Энска»(edu990201)", 'МБОУ "СОШ № 2 г Энска"'],
    ["640101 МБОУ СОШ №1", "МБОУ «СОШ № 1»"],
    ["мбоу «сош №1 с. озёрное»", "МБОУ СОШ № 1 с.Озерное"],
  ])("%s ≡ %s", (a, b) => expect(key(a)).toBe(key(b)));
});

describe("the user's merges and splits on the «Школы» sheet", () => {
  const T = (rows: string) => tsv(`ОО\tВсего участников\t5\t4\t3\t2\n${rows}`);
  const A = T("(sch640101) МБОУ «СОШ № 1»\t10\t1\t2\t3\t4\nМБОУ «Школа-интернат»\t5\t1\t1\t1\t2");
  const B = T("(sch640101) МБОУ «Средняя школа № 1 пос. Лесной»\t8\t2\t2\t2\t2\nМБОУ «Интернат п. Лесной»\t6\t1\t1\t2\t2");

  it("a code joins two spellings; «нет» keeps them apart on the next run", () => {
    const merged = readResults([A, B]);
    const target = merged.schools?.find((s) => s.aliases.length === 2);
    expect(target).toBeDefined();
    const sheet = [["Справочник школ"], [], ["Школа", "Ключ", "Код ФИС ОКО", "Написания", "Сопоставлено", "Подтверждение", "Объединить с"],
      [target?.name ?? "", target?.schoolKey ?? "", "sch640101", "", "", "нет", ""]];
    const split = readResults([A, B], { schoolChoices: readSchoolChoices(sheet) });
    expect(split.schools?.every((s) => s.aliases.length === 1)).toBe(true);
    expect(split.schools).toHaveLength(4);
  });

  it("«Объединить с» merges two schools whatever their names", () => {
    const first = readResults([A, B]);
    const internat = first.schools?.find((s) => /Интернат п/.test(s.name));
    const sheet = [["Школа", "Ключ", "Подтверждение", "Объединить с"], [internat?.name ?? "", internat?.schoolKey ?? "", "", "МБОУ «Школа-интернат»"]];
    const again = readResults([A, B], { schoolChoices: readSchoolChoices(sheet) });
    const one = again.schools?.find((s) => /интернат/i.test(s.name));
    expect(one?.aliases).toEqual(expect.arrayContaining(["МБОУ «Школа-интернат»", "МБОУ «Интернат п. Лесной»"]));
    const keys = new Set(again.tables.flatMap((t) => t.schools.filter((s) => /нтернат/.test(s.school)).map((s) => s.schoolKey)));
    expect(keys.size).toBe(1);
  });

  it("an unknown «Объединить с» target is a finding, nothing merged", () => {
    const sheet = [["Школа", "Ключ", "Объединить с"], ["x", "мбоу школа-интернат", "Нет такой школы"]];
    const r = readResults([A], { schoolChoices: readSchoolChoices(sheet) });
    expect(r.findings.map((f) => f.code)).toContain("results.school-merge-unknown");
  });

  it("an untouched sheet changes nothing", () => {
    expect(readSchoolChoices([["Школа", "Ключ", "Подтверждение"], ["a", "a", ""]])).toEqual([]);
  });
});

describe("the «Школы» sheet we write is the one we read back", () => {
  it("«нет» typed into «Подтверждение» of our own sheet splits the merge on the next run", async () => {
    const { buildSchoolsSheet } = await import("../../../src/core/sheets/indicators/schools-sheet");
    const T = (rows: string) => tsv(`ОО\tВсего участников\t5\t4\t3\t2\n${rows}`);
    const tables = [T("(sch640101) МБОУ «СОШ № 1»\t10\t1\t2\t3\t4"), T("(sch640101) МБОУ «Средняя школа № 1 пос. Лесной»\t8\t2\t2\t2\t2")];
    const first = readResults(tables);
    const plan = buildSchoolsSheet(first.schools ?? []);
    const table = plan.tables?.[0];
    const header = table?.columns.map((c) => c.header) ?? [];
    const rows = (table?.rows ?? []).map((r) => r.map((c) => (c === null ? "" : String(c))));
    const merged = rows.findIndex((r) => r[3].includes(";"));
    rows[merged][header.indexOf("Подтверждение")] = "нет";
    const again = readResults(tables, { schoolChoices: readSchoolChoices([["Справочник школ"], [], header, ...rows]) });
    expect(again.schools).toHaveLength(2);
  });
});

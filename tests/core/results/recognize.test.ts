import { detectLayout, guessColumns, headerSignature, mappingText, parseUserColumns, readResults } from "../../../src/core/results";
import { profileColumn, scoreRoles } from "../../../src/core/results/column-types";
import { tsv } from "./tsv";

describe("column types from values", () => {
  it.each([
    ["school", "Учр.", ["МБОУ «СОШ № 1»", "МКОУ Озёрная ООШ", "Гимназия № 3", "(edu990201) Лицей"]],
    ["className", "Кл", ["4 В", "5А", "5 б", "11А"]],
    ["mark", "Итог", ["2", "3", "н", "5", "4", "неявка"]],
    ["score", "Рез.", ["71", "22", "88", "45", "0"]],
    ["subject", "Дисц.", ["Русский язык", "Математика (профильный уровень)", "Физика"]],
    ["student", "Уч-к", ["Иванов И.И.", "Петрова Анна", "Сидоров П."]],
  ])("%s from its values whatever the header", (role, header, values) => {
    const [best] = scoreRoles(header, profileColumn(values));
    expect(best.role).toBe(role);
    expect(best.reasons.join(" ")).toMatch(/\d+ %|балл|фамилии/);
  });

  it("a header synonym and values agree: the score adds up and both reasons are given", () => {
    const [best] = scoreRoles("Итоговая оценка", profileColumn(["4", "5", "3"]));
    expect(best).toMatchObject({ role: "mark" });
    expect(best.reasons).toHaveLength(2);
  });
});

describe("a table read by the shape its columns form", () => {
  it("a per-student list in words no list knows", () => {
    const t = tsv("Учр.\tКл\tУч-к\tИтог\nМБОУ СОШ 1\t5А\tИванов И.И.\t4\nМБОУ СОШ 1\t5А\tПетрова Анна\t5\nМБОУ СОШ 2\t5Б\tСидоров П.\t2");
    expect(detectLayout(t)).toMatchObject({ layout: "students", byContent: true });
    const r = readResults([t]);
    expect(r.tables[0].schools.map((s) => [s.school, s.participants])).toEqual([["МБОУ СОШ 1", 2], ["МБОУ СОШ 2", 1]]);
    expect(r.findings.find((f) => f.code === "results.recognized")?.message).toMatch(/«Итог» — отметка/);
  });

  it("a roadmap is not a result table", () => {
    expect(detectLayout(tsv("№\tМероприятие\tСроки\tОтветственные\n1.1\tСеминар для МБОУ СОШ № 1\tмарт 2024\tИМС\n1.2\tВебинар\t2024\tМБОУ СОШ 2")).layout).toBe("unknown");
  });

  it("task numbers are tasks, not marks («Выполнение заданий»)", () => {
    expect(detectLayout(tsv("группа участников\tколичество участников\t1\t2\t3\t4\t5\t6\nМБОУ СОШ 1\t20\t50\t60\t70\t80\t90\t40")).layout).toBe("unknown");
  });
});

describe("the user's mapping", () => {
  const UNCLEAR = tsv("Название\tИтог\tКомментарий\nРомашка\t4\t\nРомашка\t5\tхорошо\nБерёзка\t2\t");
  it("guesses columns and writes the mapping the CLI suggests", () => {
    const g = guessColumns(UNCLEAR.cells);
    expect(mappingText(g)).toBe("Название=other;Итог=mark;Комментарий=other");
  });
  it("reads the table with it, percentages where the user says p2…p5", () => {
    const parsed = parseUserColumns("Название=school;Итог=mark");
    if ("error" in parsed) throw new Error(parsed.error);
    const r = readResults([UNCLEAR], { mappings: [parsed.columns] });
    expect(r.tables[0].schools.map((s) => [s.school, s.participants])).toEqual([["Ромашка", 2], ["Берёзка", 1]]);
    const pct = parseUserColumns("Школа=school;Всего=participants;А=p2;Б=p3;В=p4;Г=p5");
    if ("error" in pct) throw new Error(pct.error);
    const t = readResults([tsv("Школа\tВсего\tА\tБ\tВ\tГ\nСОШ 1\t20\t10\t40\t40\t10")], { mappings: [pct.columns] }).tables[0];
    expect(t.schools[0].marks).toEqual({ "2": 2, "3": 8, "4": 8, "5": 2 });
  });
  it("an unknown role is an error in Russian", () => {
    expect(parseUserColumns("Школа=школа")).toMatchObject({ error: expect.stringMatching(/неизвестная роль «школа»/) });
  });
  it("the header signature ignores case, quotes and spaces (the same shape pasted again)", () => {
    expect(headerSignature(["Школа", " «Итог» ", ""])).toBe(headerSignature(["школа", "Итог"]));
  });
});

describe("the message when nothing was read", () => {
  it("names the --columns headers the table does not have", async () => {
    const { noSchoolsMessage } = await import("../../../src/core/results");
    const t = tsv("Название\tИтог\nРомашка\t4\nБерёзка\t2");
    const parsed = parseUserColumns("Школа=school;Итог=mark");
    if ("error" in parsed) throw new Error(parsed.error);
    const msg = noSchoolsMessage("x.tsv", [t], readResults([t], { mappings: [parsed.columns] }), [parsed.columns]);
    expect(msg).toMatch(/нет столбцов «Школа» из --columns/);
    expect(msg).toMatch(/--columns "Название=other;Итог=mark"/);
  });
});

import { readResults } from "../../../src/core/results";
import { tsv } from "./tsv";

describe("per-student rows with alternating subjects", () => {
  it("count each subject's rows once, as separate tables would", () => {
    const rows = Array.from({ length: 12 }, (_, i) => `МБОУ СОШ № ${1 + (i % 2)}\t${i % 3 ? "Физика" : "Химия"}\t6${"аб"[i % 2]}\t${2 + (i % 4)}\t${2 + (i % 4)}`);
    const mixed = readResults([tsv(`ВПР 2024\nОО\tПредмет\tКласс\tОтметка\tОтметка по журналу\n${rows.join("\n")}`)]);
    const only = (subj: string) => rows.filter((r) => r.includes(subj)).map((r) => r.split("\t").filter((_, i) => i !== 1).join("\t"));
    const separate = ["Химия", "Физика"].map((s) => readResults([tsv(`ВПР 2024. Предмет: ${s}\nОО\tКласс\tОтметка\tОтметка по журналу\n${only(s).join("\n")}`)]));
    expect(mixed.tables.map((t) => t.subject)).toEqual(["Химия", "Физика"]);
    mixed.tables.forEach((t, i) => {
      const alone = separate[i].tables[0];
      expect(t.schools.map((s) => [s.schoolKey, s.marks, s.objectivity])).toEqual(alone.schools.map((s) => [s.schoolKey, s.marks, s.objectivity]));
    });
  });
});

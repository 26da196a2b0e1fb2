import fc from "fast-check";
import { DEFAULT_SETTINGS, computeIndicators } from "../../../src/core/indicators";
import { readResults } from "../../../src/core/results";
import type { SourceTable } from "../../../src/core/table/types";

const WORDS = ["ОО", "Кол-во уч.", "2", "3", "4", "5", "«5»", "Отметка", "Отметка по журналу", "Класс", "ФИО", "Предмет", "Тестовый балл",
  "Понизили (Отметка < Отметка по журналу) %", "Всего*", "Вся выборка", "МБОУ СОШ 1", "(sch640101) МБОУ «СОШ № 1»", "н", "6", "12,5", "1 234", "—", "",
  "Педагогов всего", "Обучающихся всего", "Распределение групп баллов в %", "ВПР 2024", "Предмет: Математика"];

const cellArb = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) });
const tableArb = fc.array(fc.array(cellArb, { minLength: 0, maxLength: 7 }), { maxLength: 25 });

describe("bad and random tables", () => {
  it("never throw; every finding names its sheet; no negative or NaN count", () => {
    fc.assert(
      fc.property(tableArb, (cells) => {
        const table: SourceTable = { cells, origin: { kind: "tsv", sheet: "Случайный", firstRow: 1, firstColumn: 1 } };
        const set = readResults([table]);
        for (const f of set.findings) expect(f.sheet ?? f.data?.school).toBeTruthy();
        for (const t of set.tables) for (const s of t.schools) {
          expect(Number.isFinite(s.participants) && s.participants >= 0).toBe(true);
        }
        const report = computeIndicators(set, DEFAULT_SETTINGS);
        for (const a of report.assessments) for (const s of a.schools) {
          for (const v of [s.successRate, s.qualityRate, s.sou, s.belowThresholdShare]) expect(v === null || (v >= 0 && v <= 1)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

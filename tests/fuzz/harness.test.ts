/**
 * The harness must turn a broken guarantee red: a thrown exception, a lost word, an unplaced finding,
 * a second run that differs. Each case runs a deliberately broken "reader" through fuzz().
 */
import fc from "fast-check";
import { fuzz } from "./harness";
import { lostCells, nondeterminism, unplacedFindings, words } from "./invariants";

const texts = fc.array(fc.constantFrom("Совещание руководителей", "Мониторинг 1.1.", "отчёт"), { minLength: 1, maxLength: 4 });
const quiet = { runs: 30, record: false };

describe("the fuzz harness fails when a guarantee breaks", () => {
  it("an exception escaping the reader", async () => {
    await expect(fuzz("_self", "throws", texts, () => { throw new Error("boom"); }, quiet)).rejects.toThrow(/boom/);
  });

  it("a word the reader drops", async () => {
    const dropLast = (cells: string[]) => cells.map((c) => c.split(" ").slice(0, -1).join(" "));
    await expect(fuzz("_self", "loses", texts, (cells) => {
      const loss = lostCells(cells, dropLast(cells));
      return { cells: loss.cells, lost: loss.lost };
    }, quiet)).rejects.toThrow(/cells lost: [1-9]/);
  });

  it("a finding with no row, activity or cell, and a second run that differs", async () => {
    expect(unplacedFindings([{ code: "x", severity: "info", message: "где-то" }])).toHaveLength(1);
    let n = 0;
    await expect(fuzz("_self", "differs", texts, (cells) => ({ cells: 0, lost: 0, problems: nondeterminism(cells, [...cells, String(n++)]) }), quiet)).rejects.toThrow(/different output/);
  });

  it("layout cleaning is not a loss; a changed word is", () => {
    const cell = "Руковод\u00ADители\u00A0ОО, «СОШ №1»<br>3. 10";
    expect(lostCells([cell], ["руководители оо сош № 1 3.10"]).lost).toBe(0);
    expect(lostCells([cell], ["руководители оо сош № 2 3.10"]).lost).toBe(1);
    expect(words("Ёлка")).toEqual(["елка"]);
    expect(words("<b3. Блок</b>")).toEqual(["b", "3", "блок"]);
    expect(words("кураторשלוםаы")).toEqual(["куратор", "שלום", "аы"]);
    expect(words('<ul') .concat(words('style="list-style-type: none"> <li>— Доля'))).toEqual(["доля"]);
  });
});

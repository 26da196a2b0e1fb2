/**
 * Party splitting under mutation: real «Ответственные» cells with glued names, odd characters and
 * formula signs. Every word of the cell must come back in some party (the conjunctions that only
 * separate names excepted), and the same cell must give the same parties.
 */
import fc from "fast-check";
import { BUILTIN_DIRECTORY, learnDirectory, splitParties, type Party } from "../../src/core/parties";
import { mutatedText, seedCells } from "../helpers/mutate";
import { fuzz } from "./harness";
import { lostCells, nondeterminism, words } from "./invariants";

const ENTRY = "parties.splitParties";
const PARTYISH = /(ОО|ОУ|УО|КО|руковод|специалист|методист|управлени|комитет|координатор|центр|служб|администрац|учител|педагог|заместител)/;
const SEEDS = seedCells((c) => c.length < 250 && PARTYISH.test(c));
const KINDS = new Set(["body", "role", "school", "person"]);
/** Words a splitter may drop: they join names, they are not names. */
const JOINERS = new Set(["и", "или", "а", "также"]);

function partyProblems(parties: readonly Party[]): string[] {
  return parties.flatMap((p) => [
    ...(KINDS.has(p.kind) ? [] : [`unknown kind ${p.kind}`]),
    ...(words(p.name).length > 0 ? [] : [`party without a name: ${JSON.stringify(p)}`]),
  ]);
}

describe("fuzz: splitParties", () => {
  const learned = learnDirectory(SEEDS);
  const directories = [BUILTIN_DIRECTORY, learned];

  it("has seed cells to mutate", () => expect(SEEDS.length).toBeGreaterThan(10));

  it("mutated responsible cells: no throw, no word lost, deterministic", async () => {
    await fuzz(ENTRY, "mutated cells", fc.tuple(mutatedText(SEEDS, 120), fc.constantFrom(0, 1)), ([raw, d]) => {
      const parties = splitParties(raw, directories[d]);
      const again = splitParties((" " + raw).slice(1), directories[d]);
      // Words with no letter (digits alone) are not names; a word in any letters («À», «שלום») is.
      const loss = lostCells([raw], parties.flatMap((p) => [p.raw, p.name]), { joins: true, ignore: JOINERS, only: /\p{L}/u });
      return { cells: loss.cells, lost: loss.lost, problems: [...loss.examples, ...partyProblems(parties), ...nondeterminism(parties, again)] };
    }, { file: "tests/fuzz/parties.test.ts" });
  });

  // Was a known issue: a name written only in letters outside A–Z/А–Я was dropped.
  it("keeps a name in other letters («Ärzte», «Σωμα»)", () => {
    expect(splitParties("Ärzte, Σωμα", BUILTIN_DIRECTORY).map((p) => p.name)).toHaveLength(2);
  });
});

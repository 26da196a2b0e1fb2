/**
 * Test inputs that live outside the repository: the real orders in ../shared (beside the checkout) and the
 * system tools (Chromium, LibreOffice, poppler). A test whose inputs are missing FAILS with the reason; it
 * never skips itself, so a green run means every test ran.
 */
import { existsSync } from "node:fs";
import * as path from "node:path";

export const REPO_ROOT = path.resolve(__dirname, "../..");
/** ../shared beside the checkout; SHARED_DIR overrides (e.g. in CI). */
export const SHARED_DIR = process.env.SHARED_DIR ?? path.resolve(REPO_ROOT, "../shared");
export const SEEDS_DIR = process.env.SEEDS_DIR ?? path.join(SHARED_DIR, "seeds");
export const sharedSeed = (name: string): string => path.join(SEEDS_DIR, name);

/** The paths among `required` that do not exist. */
export const missingInputs = (required: readonly string[]): string[] => required.filter((p) => !existsSync(p));

/**
 * `describe` when every input is there; otherwise one failing test naming what is missing (instead of
 * `describe.skip`, which would turn a missing input into a silent green).
 */
export function describeWithInputs(name: string, required: readonly string[], body: () => void): void {
  const missing = missingInputs(required);
  if (!missing.length) {
    describe(name, body);
    return;
  }
  describe(name, () => {
    it("has its inputs", () => {
      throw new Error(`Missing test inputs (install them or set SHARED_DIR / SEEDS_DIR): ${missing.join(", ")}`);
    });
  });
}

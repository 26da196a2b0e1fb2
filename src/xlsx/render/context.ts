import type { NormalizedWorkbookPlan } from "../../core/workbook";
import { resolveSheetRefs, uniqueSheetName } from "../../core/workbook";

/** What every element renderer needs: the actual sheet names by key (they may differ from the plan's). */
export interface RenderContext {
  readonly nameOfKey: ReadonlyMap<string, string>;
  /** Sheet names as written, for checking link targets. */
  readonly sheetNames: ReadonlySet<string>;
  /** Resolves `{{sheet:KEY}}` tokens to quoted actual names. */
  resolve(text: string): string;
  /** Hyperlinks written (sheet name → count) so the package step knows whether to clean them. */
  linkCount: number;
}

export function createContext(plan: NormalizedWorkbookPlan, taken: Iterable<string> = []): RenderContext {
  const used = [...taken];
  const nameOfKey = new Map<string, string>();
  for (const sheet of plan.sheets) {
    const name = uniqueSheetName(sheet.name, used);
    used.push(name);
    nameOfKey.set(sheet.key, name);
  }
  const ctx: RenderContext = {
    nameOfKey,
    sheetNames: new Set(nameOfKey.values()),
    resolve: (text) => resolveSheetRefs(text, (key) => nameOfKey.get(key)),
    linkCount: 0,
  };
  return ctx;
}

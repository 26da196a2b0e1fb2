/**
 * One paragraph of the analytic note: `item` is a bulleted list entry (`level` 2: nested under the item above),
 * `numbered` an entry of a numbered list (proposals) whose renderer writes `number` as a real list number.
 */
export interface NoteParagraph {
  readonly kind: "title" | "subtitle" | "heading" | "text" | "item" | "numbered";
  readonly text: string;
  readonly level?: 1 | 2;
  readonly number?: number;
}

/** One paragraph of the analytic note; `item` is a list entry (rendered with a dash). */
export interface NoteParagraph {
  readonly kind: "title" | "subtitle" | "heading" | "text" | "item";
  readonly text: string;
}

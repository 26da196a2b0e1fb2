import type { PastedContent } from "../../types";

/** The parts of a paste event we read: the DOM's DataTransfer in the pane, a plain object in tests. */
export interface ClipboardLike {
  getData(format: string): string;
}

/**
 * The clipboard's HTML is preferred: Word and Excel put a <table> there whose cells keep their line breaks,
 * while the text/plain flavour splits a multi-line cell into several rows.
 */
export function readClipboard(
  data: ClipboardLike | null | undefined,
): { pasted: PastedContent; display: string } | null {
  if (!data) return null;
  const html = data.getData("text/html");
  const text = data.getData("text/plain");
  if (html.trim()) return { pasted: { kind: "html", content: html }, display: text || html };
  if (text.trim()) return { pasted: { kind: "text", content: text }, display: text };
  return null;
}

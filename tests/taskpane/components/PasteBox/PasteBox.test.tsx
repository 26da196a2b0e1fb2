/** @jest-environment jsdom */
import * as React from "react";
import { fireEvent, render, screen } from "@testing-library/react";
import { PasteBox, readClipboard } from "../../../../src/taskpane/components";
import type { PastedContent } from "../../../../src/taskpane/types";

const clipboard = (data: Partial<Record<string, string>>) => ({ getData: (format: string) => data[format] ?? "" });
const WORD_HTML = "<table><tr><td>1.1.</td><td>Проведение<br>мониторинга</td></tr></table>";

describe("readClipboard", () => {
  it.each([
    { data: { "text/html": WORD_HTML, "text/plain": "1.1.\tПроведение" }, kind: "html", content: WORD_HTML },
    { data: { "text/plain": "1.1.\tПроведение\tЯнварь 2024" }, kind: "text", content: "1.1.\tПроведение\tЯнварь 2024" },
    { data: { "text/html": "   ", "text/plain": "а\tб" }, kind: "text", content: "а\tб" },
  ])("prefers HTML when there is any: $kind", ({ data, kind, content }) => {
    expect(readClipboard(clipboard(data))?.pasted).toEqual({ kind, content });
  });

  it.each([[null], [clipboard({})], [clipboard({ "text/plain": " \n " })]])(
    "returns null for an empty clipboard",
    (data) => {
      expect(readClipboard(data)).toBeNull();
    },
  );
});

function Harness({ onChange }: { onChange: (v: PastedContent | null) => void }) {
  const [value, setValue] = React.useState<PastedContent | null>(null);
  return (
    <PasteBox
      label="Или вставьте таблицу дорожной карты"
      value={value}
      onChange={(v) => {
        setValue(v);
        onChange(v);
      }}
    />
  );
}

describe("PasteBox", () => {
  it("keeps the clipboard's HTML and shows its text", () => {
    const onChange = jest.fn();
    render(<Harness onChange={onChange} />);
    const box = screen.getByRole("textbox", { name: "Или вставьте таблицу дорожной карты" }) as HTMLTextAreaElement;
    fireEvent.paste(box, {
      clipboardData: clipboard({ "text/html": WORD_HTML, "text/plain": "1.1.\tПроведение мониторинга" }),
    });
    expect(onChange).toHaveBeenLastCalledWith({ kind: "html", content: WORD_HTML });
    expect(box.value).toBe("1.1.\tПроведение мониторинга");
    expect(screen.getByText(/Получена таблица с разметкой/)).toBeTruthy();
  });

  it("takes typed or plain pasted text as text, and clears on empty", () => {
    const onChange = jest.fn();
    render(<Harness onChange={onChange} />);
    const box = screen.getByRole("textbox", { name: "Или вставьте таблицу дорожной карты" });
    fireEvent.paste(box, { clipboardData: clipboard({ "text/plain": "x" }) });
    expect(onChange).not.toHaveBeenCalled(); // the browser's own paste fires the change below
    fireEvent.change(box, { target: { value: "1.\tПлан\tмарт" } });
    expect(onChange).toHaveBeenLastCalledWith({ kind: "text", content: "1.\tПлан\tмарт" });
    fireEvent.change(box, { target: { value: "  " } });
    expect(onChange).toHaveBeenLastCalledWith(null);
  });
});

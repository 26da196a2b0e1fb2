/** @jest-environment jsdom */
import * as React from "react";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { FindingList } from "../../../../src/taskpane/components";
import type { PaneFinding } from "../../../../src/taskpane/types";

const inCell = (message: string, sheet: string, address: string): PaneFinding => ({
  code: "deadline.missing",
  severity: "warning",
  message,
  target: { sheet, address },
});

function renderList(findings: PaneFinding[], selectCell = jest.fn(async () => undefined), onError = jest.fn()) {
  render(
    <FluentProvider theme={webLightTheme}>
      <FindingList findings={findings} selectCell={selectCell} onError={onError} limit={3} />
    </FluentProvider>,
  );
  return { selectCell, onError };
}

describe("FindingList", () => {
  it("selects the finding's cell when the finding is clicked", () => {
    const { selectCell } = renderList([
      inCell("Срок не указан", "Мероприятия", "E7"),
      inCell("Ответственный не указан", "Мероприятия (2)", "G12"),
    ]);
    fireEvent.click(screen.getByRole("button", { name: /Ответственный не указан/ }));
    expect(selectCell).toHaveBeenCalledTimes(1);
    expect(selectCell).toHaveBeenCalledWith("Мероприятия (2)", "G12");
  });

  it("is reachable from the keyboard: each finding with a cell is a real button", () => {
    renderList([inCell("Срок не указан", "Мероприятия", "E7")]);
    const button = screen.getByRole("button", { name: /Срок не указан/ });
    expect(button.tagName).toBe("BUTTON");
    button.focus();
    expect(document.activeElement).toBe(button);
  });

  it("shows a finding without a cell as text, not as a button", () => {
    renderList([{ code: "row.unrecognized", severity: "info", message: "Строка 5 не распознана", row: 5 }]);
    expect(screen.getByText("Строка 5 не распознана")).toBeTruthy();
    expect(screen.queryByRole("button")).toBeNull();
    expect(screen.getByText("строка 5")).toBeTruthy();
  });

  it("counts every finding but draws only the first `limit`", () => {
    renderList(Array.from({ length: 7 }, (_, i) => inCell(`Замечание ${i + 1}`, "Мероприятия", `A${i + 2}`)));
    expect(screen.getByText("Замечания: 7 замечаний")).toBeTruthy();
    expect(screen.getAllByRole("button")).toHaveLength(3);
    expect(screen.getByText(/Показаны первые 3/)).toBeTruthy();
  });

  it("reports a failed selection (the sheet was deleted) instead of throwing", async () => {
    const failing = jest.fn(async () => {
      throw new Error("ItemNotFound");
    });
    const { onError } = renderList([inCell("Срок не указан", "Удалённый лист", "A1")], failing);
    fireEvent.click(screen.getByRole("button", { name: /Срок не указан/ }));
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
  });

  it("renders nothing when there are no findings", () => {
    const { container } = render(<FindingList findings={[]} selectCell={jest.fn()} />);
    expect(container.innerHTML).toBe("");
  });
});

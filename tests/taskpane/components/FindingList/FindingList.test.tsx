/** @jest-environment jsdom */
import * as React from "react";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { FindingList } from "../../../../src/taskpane/components";
import { groupFindings } from "../../../../src/taskpane/components/FindingList/groups";
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
    fireEvent.click(screen.getByRole("button", { name: /^Предупреждение.*Ответственный не указан/ }));
    expect(selectCell).toHaveBeenCalledTimes(1);
    expect(selectCell).toHaveBeenCalledWith("Мероприятия (2)", "G12");
  });

  it("is reachable from the keyboard: each finding with a cell is a real button", () => {
    renderList([inCell("Срок не указан", "Мероприятия", "E7")]);
    const button = screen.getByRole("button", { name: /^Предупреждение.*Срок не указан/ });
    expect(button.tagName).toBe("BUTTON");
    button.focus();
    expect(document.activeElement).toBe(button);
  });

  it("shows a finding without a cell as text, not as a button", () => {
    renderList([{ code: "row.unrecognized", severity: "info", message: "Строка 5 не распознана", row: 5 }]);
    expect(screen.getByText("Строка 5 не распознана")).toBeTruthy();
    expect(screen.queryByRole("button", { name: /^Сведения/ })).toBeNull();
    expect(screen.getByText("строка 5")).toBeTruthy();
  });

  it("counts every finding but draws only the first `limit` of a group", () => {
    renderList(Array.from({ length: 7 }, (_, i) => inCell(`Замечание ${i + 1}`, "Мероприятия", `A${i + 2}`)));
    expect(screen.getByText("Замечания: 7 замечаний")).toBeTruthy();
    expect(screen.getAllByRole("button", { name: /^Предупреждение/ })).toHaveLength(3);
    expect(screen.getByText(/Показаны первые 3/)).toBeTruthy();
  });

  it("groups by kind with counts, each group collapsible, the list filterable", () => {
    const overdue = (i: number): PaneFinding => ({ code: "deadline.overdue", severity: "warning", message: `Мероприятие ${i}: срок истёк`, target: { sheet: "Мероприятия", address: `B${i}` } });
    const noParty: PaneFinding = { code: "responsible.missing", severity: "warning", message: "Мероприятие 9: ответственный не указан", activityId: "9" };
    renderList([overdue(1), overdue(2), noParty, overdue(3)]);
    const header = screen.getByRole("button", { name: "Срок истёк — 3" });
    expect(screen.getByRole("button", { name: "Нет ответственного — 1" })).toBeTruthy();
    expect(screen.getByRole("list", { name: "Срок истёк" })).toBeTruthy();
    fireEvent.click(header);
    expect(screen.queryByRole("list", { name: "Срок истёк" })).toBeNull();
    fireEvent.change(screen.getByRole("textbox", { name: "Фильтр замечаний" }), { target: { value: "ответственный" } });
    expect(screen.queryByRole("button", { name: /Срок истёк/ })).toBeNull();
    expect(screen.getByRole("button", { name: "Нет ответственного — 1" })).toBeTruthy();
  });

  it("orders groups: errors first, then the larger", () => {
    const f = (code: string, severity: PaneFinding["severity"]): PaneFinding => ({ code, severity, message: code });
    const kinds = groupFindings([f("deadline.vague", "info"), f("deadline.overdue", "warning"), f("deadline.overdue", "warning"), f("number.duplicate", "error")]).map((g) => g.kind);
    expect(kinds).toEqual(["Номер повторяется", "Срок истёк", "Срок без даты"]);
  });

  it("reports a failed selection (the sheet was deleted) instead of throwing", async () => {
    const failing = jest.fn(async () => {
      throw new Error("ItemNotFound");
    });
    const { onError } = renderList([inCell("Срок не указан", "Удалённый лист", "A1")], failing);
    fireEvent.click(screen.getByRole("button", { name: /^Предупреждение.*Срок не указан/ }));
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
  });

  it("renders nothing when there are no findings", () => {
    const { container } = render(<FindingList findings={[]} selectCell={jest.fn()} />);
    expect(container.innerHTML).toBe("");
  });
});

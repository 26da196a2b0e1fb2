/** @jest-environment jsdom */
import * as React from "react";
import { fireEvent, render, screen } from "@testing-library/react";
import { WorkbookContents } from "../../../../src/taskpane/components";
import type { RoadmapForm, WorkbookContents as Contents } from "../../../../src/taskpane/types";

const FORM: RoadmapForm = { pasted: null, periodStart: "", periodEnd: "", asOf: "2025-03-01" };

describe("WorkbookContents («В этой книге»)", () => {
  it("lists the roadmaps and results an earlier session wrote, with their dates, linked to their sheets", async () => {
    const contents: Contents = {
      roadmaps: [
        {
          id: "rm1.activities",
          label: "Дорожная карта Подпорожского района (45 мероприятий)",
          writtenOn: "2025-02-14",
          sheet: "Мероприятия",
        },
      ],
      results: [
        {
          id: "workbook.results",
          label: "Результаты и показатели на листах «Показатели», «Результаты»",
          sheet: "Показатели",
        },
      ],
      problems: [],
    };
    const selected: [string, string][] = [];
    const loaded = jest.fn();
    render(
      <WorkbookContents
        jobs={{ openWorkbook: async () => contents }}
        form={FORM}
        onLoaded={loaded}
        selectCell={async (s, a) => void selected.push([s, a])}
      />,
    );
    await screen.findByText("В этой книге");
    expect(screen.getByText(/записано 14\.02\.2025/)).toBeTruthy();
    expect(screen.getByText(/дата записи не сохранена/)).toBeTruthy();
    fireEvent.click(screen.getByText("Дорожная карта Подпорожского района (45 мероприятий)"));
    expect(selected).toEqual([["Мероприятия", "A1"]]);
    expect(loaded).toHaveBeenCalledWith(contents);
  });

  it("shows nothing in a workbook without our sheets, and a Russian warning when reading fails", async () => {
    const { container, rerender } = render(
      <WorkbookContents
        jobs={{ openWorkbook: async () => ({ roadmaps: [], results: [], problems: [] }) }}
        form={FORM}
      />,
    );
    await new Promise((r) => setTimeout(r, 0));
    expect(container.innerHTML).toBe("");
    rerender(
      <WorkbookContents
        jobs={{ openWorkbook: async () => Promise.reject(new Error("Лист «Исходные данные» удалён")) }}
        form={FORM}
      />,
    );
    await screen.findByText(/Не удалось прочитать листы надстройки в книге: Лист «Исходные данные» удалён/);
  });
});

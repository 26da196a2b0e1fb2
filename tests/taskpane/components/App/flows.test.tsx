/** @jest-environment jsdom */
import * as React from "react";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../../../src/taskpane/components";
import type { JobOutcome, TaskpaneJobs } from "../../../../src/taskpane/types";
import { fakeHost } from "../../fake-host";

function fakeJobs(overrides: Partial<TaskpaneJobs> = {}): jest.Mocked<TaskpaneJobs> {
  const ok = (summary: string) => jest.fn(async (): Promise<JobOutcome> => ({ summary }));
  return {
    importRoadmapSelection: ok("Распознано"),
    importRoadmapPasted: ok("Распознано"),
    createRoadmapSheets: ok("Листы созданы"),
    recheckRoadmap: ok("Проверено снова"),
    remapRoadmapColumns: ok("Разобрано заново"),
    importResults: ok("Результаты импортированы"),
    computeIndicators: ok("Показатели рассчитаны"),
    buildReport: ok("Свод сформирован"),
    reportSources: jest.fn(() => ({ roadmaps: [], results: [] })),
    ...overrides,
  } as jest.Mocked<TaskpaneJobs>;
}

function renderApp(jobs: TaskpaneJobs, stored: Record<string, unknown> = {}) {
  const { host } = fakeHost();
  const saved: Record<string, unknown>[] = [];
  host.loadSettings = async () => stored;
  host.saveSettings = async (s) => void saved.push(s);
  render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} jobs={jobs} today="2024-03-15" />
    </FluentProvider>,
  );
  return { saved };
}

const COLUMNS = [
  { index: 0, header: "№ п/п", role: "number" as const },
  { index: 1, header: "Мероприятие", role: "activity" as const },
  { index: 2, header: "Планируемый результат", role: "result" as const },
];

describe("roadmap step: column roles", () => {
  it("shows a role per detected column and re-runs with the user's role", async () => {
    const jobs = fakeJobs({
      importRoadmapSelection: jest.fn(async () => ({ summary: "Распознано: 3 мероприятия", columns: COLUMNS })),
      remapRoadmapColumns: jest.fn(async (form) => ({
        summary: "Разобрано заново",
        columns: COLUMNS.map((c) => ({ ...c, role: (form.columnRoles?.[c.index] ?? c.role) as (typeof COLUMNS)[number]["role"] })),
      })),
    });
    renderApp(jobs);
    fireEvent.click(screen.getByRole("button", { name: "Импортировать выделенный диапазон" }));
    const select = (await screen.findByLabelText(/Столбец 3: Планируемый результат/)) as HTMLSelectElement;
    expect(select.value).toBe("result");
    fireEvent.change(select, { target: { value: "indicator" } });
    await screen.findByText("Разобрано заново");
    expect(jobs.remapRoadmapColumns.mock.calls[0][0].columnRoles).toEqual({ 2: "indicator" });
    expect((screen.getByLabelText(/Столбец 3/) as HTMLSelectElement).value).toBe("indicator");
    // A new import starts again from the detected roles.
    fireEvent.click(screen.getByRole("button", { name: "Импортировать выделенный диапазон" }));
    await waitFor(() => expect(jobs.importRoadmapSelection).toHaveBeenCalledTimes(2));
    expect(jobs.importRoadmapSelection.mock.calls[1][0].columnRoles).toEqual({});
  });
});

describe("settings kept with the document", () => {
  it("loads district, period, fixed as-of date and thresholds on start", async () => {
    const jobs = fakeJobs();
    renderApp(jobs, {
      district: "Энский район",
      periodStart: "2023-01-01",
      periodEnd: "2025-12-31",
      asOfMode: "fixed",
      asOf: "2024-01-31",
      thresholds: { failShare: 0.25 },
    });
    await waitFor(() => expect((screen.getByLabelText("Дата контроля") as HTMLInputElement).value).toBe("2024-01-31"));
    expect((screen.getByLabelText("Период программы: начало") as HTMLInputElement).value).toBe("2023-01-01");
    fireEvent.click(screen.getByRole("tab", { name: "Свод" }));
    expect((screen.getByLabelText("Район (муниципалитет)") as HTMLInputElement).value).toBe("Энский район");
    fireEvent.click(screen.getByRole("button", { name: "Сформировать свод" }));
    await screen.findByText("Свод сформирован");
    expect(jobs.buildReport.mock.calls[0][0]).toMatchObject({
      asOf: "2024-01-31",
      district: "Энский район",
      periodStart: "2023-01-01",
      settings: expect.objectContaining({ failShare: 0.25, belowDistrictPp: 15 }),
    });
  });

  it("saves an edited district and threshold, and ignores broken stored values", async () => {
    jest.useFakeTimers();
    try {
      const { saved } = renderApp(fakeJobs(), { asOfMode: "fixed", asOf: "31.01.2024", thresholds: { failShare: 7 } });
      await act(async () => undefined);
      expect((screen.getByLabelText("Дата контроля") as HTMLInputElement).value).toBe("2024-03-15");
      fireEvent.click(screen.getByRole("tab", { name: "Результаты" }));
      fireEvent.click(screen.getByRole("button", { name: "Пороги флагов риска" }));
      fireEvent.change(screen.getByLabelText("Доля «2», от (%)"), { target: { value: "20" } });
      fireEvent.click(screen.getByRole("tab", { name: "Свод" }));
      fireEvent.change(screen.getByLabelText("Район (муниципалитет)"), { target: { value: "Подпорожский район" } });
      await act(async () => void jest.advanceTimersByTime(1000));
      expect(saved).toHaveLength(1);
      expect(saved[0]).toMatchObject({ district: "Подпорожский район", asOfMode: "today", thresholds: { failShare: 0.2 } });
      expect(saved[0]).not.toHaveProperty("asOf");
    } finally {
      jest.useRealTimers();
    }
  });
});

describe("results step", () => {
  it("sends the paste and shows what was recognised", async () => {
    const jobs = fakeJobs({
      importResults: jest.fn(async () => ({
        summary: "Распознано: 1 таблица, 0 замечаний.",
        recognised: [{ assessment: "ВПР", subject: "Математика", grade: "5", year: "2024", schools: 9, references: ["Вся выборка"] }],
      })),
    });
    renderApp(jobs);
    fireEvent.click(screen.getByRole("tab", { name: "Результаты" }));
    fireEvent.change(screen.getByRole("textbox", { name: "Или вставьте таблицу результатов" }), { target: { value: "ОО\tКол-во уч." } });
    fireEvent.click(screen.getByRole("button", { name: "Разобрать вставленные результаты" }));
    const region = await screen.findByRole("region", { name: "Распознанные таблицы" });
    expect(region.textContent).toMatch(/Математика.*5.*2024.*9 школ.*Вся выборка/);
    expect(jobs.importResults.mock.calls[0][0].pasted).toEqual({ kind: "text", content: "ОО\tКол-во уч." });
  });
});

describe("report step", () => {
  it("lists the session's sources as checkboxes and sends only the ticked ones", async () => {
    const jobs = fakeJobs({
      reportSources: jest.fn(() => ({
        roadmaps: [
          { id: "rm1", label: "Дорожная карта района", inWorkbook: true },
          { id: "rm2", label: "Дорожная карта школы № 1", inWorkbook: false },
        ],
        results: [{ id: "results-1", label: "ВПР, Математика", inWorkbook: true }],
      })),
    });
    renderApp(jobs);
    fireEvent.click(screen.getByRole("tab", { name: "Свод" }));
    expect(screen.getByRole("checkbox", { name: /школы № 1 — ещё не записано в книгу/ })).toBeTruthy();
    fireEvent.click(screen.getByRole("checkbox", { name: /Дорожная карта района/ }));
    fireEvent.click(screen.getByRole("button", { name: "Сформировать свод" }));
    await screen.findByText("Свод сформирован");
    expect(jobs.buildReport.mock.calls[0][0]).toMatchObject({ roadmapIds: ["rm2"], resultIds: ["results-1"], newWorkbook: false });
  });
});

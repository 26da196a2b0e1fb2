/** @jest-environment jsdom */
import * as React from "react";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../../../src/taskpane/components";
import type { JobOutcome, TaskpaneJobs } from "../../../../src/taskpane/types";
import { fakeHost } from "../../fake-host";

function fakeJobs(overrides: Partial<TaskpaneJobs> = {}): jest.Mocked<TaskpaneJobs> {
  const ok = (summary: string) => jest.fn(async (): Promise<JobOutcome> => ({ summary }));
  return {
    importRoadmapSelection: ok("Распознано: 3 мероприятия"),
    importRoadmapPasted: ok("Распознано из вставки"),
    createRoadmapSheets: ok("Листы созданы"),
    recheckRoadmap: ok("Проверено снова"),
    importResults: ok("Результаты импортированы"),
    computeIndicators: ok("Показатели рассчитаны"),
    buildReport: ok("Свод сформирован"),
    remapRoadmapColumns: ok("Разобрано с новыми ролями"),
    reportSources: jest.fn(() => ({ roadmaps: [], results: [] })),
    ...overrides,
  } as jest.Mocked<TaskpaneJobs>;
}

function renderApp(jobs = fakeJobs()) {
  const { host, calls } = fakeHost();
  render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} jobs={jobs} today="2024-03-15" />
    </FluentProvider>,
  );
  return { jobs, calls };
}

describe("App shell", () => {
  it("shows the Russian header and the three steps as tabs", () => {
    renderApp();
    expect(screen.getByRole("heading", { name: "Монитор дорожных карт" })).toBeTruthy();
    expect(screen.getAllByRole("tab")).toHaveLength(3);
    for (const name of ["Дорожная карта", "Результаты", "Свод"]) expect(screen.getByRole("tab", { name })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Дорожная карта" }).getAttribute("aria-selected")).toBe("true");
  });

  it("switches panels with the tabs and keeps each panel's buttons", () => {
    renderApp();
    expect(screen.getByRole("button", { name: "Импортировать выделенный диапазон" })).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: "Результаты" }));
    expect(screen.getByRole("button", { name: "Рассчитать показатели" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Импортировать выделенный диапазон" })).toBeNull();
    fireEvent.click(screen.getByRole("tab", { name: "Свод" }));
    expect(screen.getByRole("button", { name: "Сформировать свод" })).toBeTruthy();
  });

  it("passes the form to the job and shows its outcome, period and findings", async () => {
    const jobs = fakeJobs({
      importRoadmapSelection: jest.fn(async () => ({
        summary: "Распознано: 45 мероприятий",
        period: { start: "2023-01-01", end: "2025-12-31" },
        findings: [
          {
            code: "deadline.missing",
            severity: "warning" as const,
            message: "Срок не указан",
            target: { sheet: "Лист1", address: "C9" },
          },
        ],
      })),
    });
    const { calls } = renderApp(jobs);
    fireEvent.click(screen.getByRole("button", { name: "Импортировать выделенный диапазон" }));
    await screen.findByText("Распознано: 45 мероприятий");
    expect(jobs.importRoadmapSelection.mock.calls[0][0]).toMatchObject({ asOf: "2024-03-15", pasted: null });
    expect((screen.getByLabelText("Период программы: начало") as HTMLInputElement).value).toBe("2023-01-01");
    expect((screen.getByLabelText("Окончание") as HTMLInputElement).value).toBe("2025-12-31");
    fireEvent.click(screen.getByRole("button", { name: /^Предупреждение.*Срок не указан/ }));
    await waitFor(() => expect(calls.selectCell).toEqual([["Лист1", "C9"]]));
  });

  it("sends the edited period and as-of date with «Создать лист»", async () => {
    const jobs = fakeJobs();
    renderApp(jobs);
    fireEvent.change(screen.getByLabelText("Период программы: начало"), { target: { value: "2022-09-01" } });
    fireEvent.change(screen.getByLabelText("Окончание"), { target: { value: "2024-08-31" } });
    fireEvent.change(screen.getByLabelText("Дата контроля"), { target: { value: "2024-06-01" } });
    fireEvent.click(screen.getByRole("button", { name: "Создать лист" }));
    await screen.findByText("Листы созданы");
    expect(jobs.createRoadmapSheets.mock.calls[0][0]).toMatchObject({
      periodStart: "2022-09-01",
      periodEnd: "2024-08-31",
      asOf: "2024-06-01",
    });
  });

  it("shows a failing job's message and what to do next, and lets the user close it", async () => {
    const jobs = fakeJobs({
      recheckRoadmap: jest.fn(async () => {
        throw new Error("Лист «Мероприятия» не найден.");
      }),
    });
    renderApp(jobs);
    fireEvent.click(screen.getByRole("button", { name: "Проверить снова" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Не удалось: проверить снова");
    expect(alert.textContent).toContain("Лист «Мероприятия» не найден.");
    expect(alert.textContent).toContain("Повторите действие");
    fireEvent.click(screen.getByRole("button", { name: "Закрыть" }));
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("shows progress with its label while a job runs and disables the buttons", async () => {
    let finish: (o: JobOutcome) => void = () => undefined;
    const jobs = fakeJobs({
      buildReport: jest.fn((_form, progress) => {
        progress.report("Строю лист «Свод по району»…", 0.4);
        return new Promise<JobOutcome>((resolve) => (finish = resolve));
      }),
    });
    renderApp(jobs);
    fireEvent.click(screen.getByRole("tab", { name: "Свод" }));
    fireEvent.click(screen.getByRole("button", { name: "Сформировать свод" }));
    const bar = await screen.findByRole("progressbar");
    expect(bar.getAttribute("aria-valuenow")).toBe("0.4");
    expect(screen.getByText("Строю лист «Свод по району»…")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Сформировать свод" }) as HTMLButtonElement).disabled).toBe(true);
    finish({ summary: "Свод сформирован" });
    await screen.findByText("Свод сформирован");
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  it("runs one job at a time: a second click while writing is ignored", async () => {
    let finish: (o: JobOutcome) => void = () => undefined;
    const create = jest.fn(() => new Promise<JobOutcome>((resolve) => (finish = resolve)));
    renderApp(fakeJobs({ createRoadmapSheets: create, recheckRoadmap: create }));
    fireEvent.click(screen.getByRole("button", { name: "Создать лист" }));
    fireEvent.click(screen.getByRole("button", { name: "Проверить снова" }));
    fireEvent.click(screen.getByRole("button", { name: "Создать лист" }));
    finish({ summary: "Готово" });
    await screen.findByText("Готово");
    expect(create).toHaveBeenCalledTimes(1);
  });

  it("after «Отменить» says the workbook was not changed", async () => {
    let finish: (o: JobOutcome) => void = () => undefined;
    const create = jest.fn((_f, progress) => {
      progress.report("Записываю лист…", 0.5);
      return new Promise<JobOutcome>((resolve) => (finish = resolve));
    });
    renderApp(fakeJobs({ createRoadmapSheets: create }));
    fireEvent.click(screen.getByRole("button", { name: "Создать лист" }));
    fireEvent.click(await screen.findByRole("button", { name: "Отменить" }));
    expect(create.mock.calls[0][1].isCancelled()).toBe(true);
    finish({ summary: "Листы созданы" });
    await screen.findByText("Действие отменено; книга не изменена.");
  });

  it("disables the new-workbook option where Excel cannot create workbooks", () => {
    renderApp();
    fireEvent.click(screen.getByRole("tab", { name: "Свод" }));
    const box = screen.getByRole("checkbox", { name: /Открыть свод в новой книге/ }) as HTMLInputElement;
    expect(box.disabled).toBe(true);
  });
});

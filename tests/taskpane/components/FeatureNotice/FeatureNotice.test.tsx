/** @jest-environment jsdom */
import * as React from "react";
import { render, screen } from "@testing-library/react";
import { FeatureNotice } from "../../../../src/taskpane/components";
import type { FeatureSupport } from "../../../../src/excel/host-types";

const ALL: FeatureSupport = {
  charts: true,
  conditionalFormats: true,
  dataValidation: true,
  createWorkbook: true,
  suspendScreenUpdating: true,
};

describe("FeatureNotice", () => {
  it("says nothing when Excel supports everything that matters", () => {
    const { container } = render(
      <FeatureNotice features={{ ...ALL, createWorkbook: false, suspendScreenUpdating: false }} />,
    );
    expect(container.innerHTML).toBe("");
  });

  it.each([
    [{ charts: false }, "диаграммы в своде"],
    [{ conditionalFormats: false }, "цветовая подсветка сроков и замечаний"],
    [{ dataValidation: false, charts: false }, "выпадающие списки статусов, диаграммы в своде"],
  ])("names what is missing: %o", (missing, text) => {
    render(<FeatureNotice features={{ ...ALL, ...missing }} />);
    expect(screen.getByText("Эта версия Excel поддерживает не всё")).toBeTruthy();
    expect(screen.getByText(new RegExp(`Недоступно: ${text}\\.`))).toBeTruthy();
  });
});

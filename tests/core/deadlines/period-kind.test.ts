import { periodKindOf, snapPeriod } from "../../../src/core/deadlines";

describe("the pane's choice of calendar or school years", () => {
  it("reads the kind from the dates", () => {
    expect(periodKindOf("2023-09-01", "2024-08-31")).toBe("school");
    expect(periodKindOf("2023-01-01", "2025-12-31")).toBe("calendar");
    expect(periodKindOf("", "")).toBe("calendar");
  });

  it("moves the dates to the other kind and back", () => {
    expect(snapPeriod("school", "2023-01-01", "2024-12-31")).toEqual({ start: "2023-09-01", end: "2024-08-31", kind: "school" });
    expect(snapPeriod("calendar", "2023-09-01", "2024-08-31")).toEqual({ start: "2023-01-01", end: "2024-12-31", kind: "calendar" });
    expect(snapPeriod("school", "2024-01-01", "2024-12-31")).toEqual({ start: "2024-09-01", end: "2025-08-31", kind: "school" });
    expect(snapPeriod("school", "2023-09-01", "2026-08-31")).toEqual({ start: "2023-09-01", end: "2026-08-31", kind: "school" });
    expect(snapPeriod("school", "", "")).toBeNull();
  });
});

import { todayIso, waitForOffice } from "../../src/taskpane/boot";

const officeReporting = (host: unknown) => ({ Office: { onReady: () => Promise.resolve({ host }) } });

describe("waitForOffice", () => {
  it.each([
    { scope: {}, expected: "none", why: "office.js did not load (plain browser, offline)" },
    { scope: { Office: {} }, expected: "none", why: "Office without onReady" },
    { scope: officeReporting(null), expected: "none", why: "office.js loaded outside Office" },
    { scope: officeReporting("Excel"), expected: "excel", why: "inside Excel" },
    { scope: officeReporting("Word"), expected: "wrong-host", why: "inside Word" },
  ])("$why → $expected", async ({ scope, expected }) => {
    await expect(waitForOffice(scope, 1000)).resolves.toBe(expected);
  });

  it("treats a throwing onReady as no Office", async () => {
    const scope = {
      Office: {
        onReady: () => {
          throw new Error("boom");
        },
      },
    };
    await expect(waitForOffice(scope, 1000)).resolves.toBe("none");
  });

  it("falls back to the callback form of onReady", async () => {
    const scope = {
      Office: {
        onReady: (cb?: (i: { host: unknown }) => void) => {
          cb?.({ host: "Excel" });
        },
      },
    };
    await expect(waitForOffice(scope, 1000)).resolves.toBe("excel");
  });

  it("gives up after the time limit when the host never answers", async () => {
    const scope = { Office: { onReady: () => new Promise(() => undefined) } };
    await expect(waitForOffice(scope, 20)).resolves.toBe("none");
  });
});

describe("todayIso", () => {
  it.each([
    [new Date(2024, 0, 5, 23, 59), "2024-01-05"],
    [new Date(2025, 11, 31, 0, 0), "2025-12-31"],
  ])("%s → %s", (date, expected) => expect(todayIso(date)).toBe(expected));
});

/** @jest-environment jsdom */
import { readFileSync } from "node:fs";
import { join } from "node:path";

const SOURCE = readFileSync(join(__dirname, "../../src/taskpane/load-office.js"), "utf8");

/** Runs the loader as the page would and returns what it wrote (office.js tag) or null. */
function run(setup: () => void = () => undefined): string | null {
  document.head.innerHTML = '<script data-office-js="office-js/office.js"></script>';
  setup();
  const write = jest.spyOn(document, "write").mockImplementation(() => undefined);
  try {
    new Function(SOURCE)();
    return write.mock.calls[0]?.[0] ?? null;
  } finally {
    write.mockRestore();
  }
}

describe("load-office.js", () => {
  afterEach(() => {
    window.history.replaceState(null, "", "/taskpane.html");
    window.sessionStorage.clear();
    window.name = "";
  });

  it("loads nothing in a plain browser tab (no telemetry frame, no CSP error)", () => {
    expect(run()).toBeNull();
  });

  it.each([
    [
      "the _host_Info of the first load",
      () => window.history.replaceState(null, "", "/taskpane.html?_host_Info=Excel$Win32$16.01$ru-RU$$$$0"),
    ],
    [
      "the copy office.js keeps for reloads",
      () => window.sessionStorage.setItem("hostInfoValue", "Excel$Win32$16.01$ru-RU$$$$0"),
    ],
    ["window.name from the host", () => (window.name = JSON.stringify({ hostInfo: "Excel|Web|16.00|ru-RU" }))],
  ])("loads office.js when hosted: %s", (_why, setup) => {
    expect(run(setup)).toBe('<script src="office-js/office.js"></scr' + "ipt>");
  });
});

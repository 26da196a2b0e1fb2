/** What the page found itself in: Excel, another Office host, or a plain browser. */
export type OfficeState = "excel" | "wrong-host" | "none";

interface OfficeLike {
  onReady?: (callback?: (info: { host: unknown }) => void) => Promise<{ host: unknown }> | void;
}

/** office.js resolves onReady at once in a plain browser; the limit only guards against a host that never answers. */
const READY_TIMEOUT_MS = 10000;

/**
 * Waits for Office.onReady. Outside Office, `Office` is undefined (office.js failed to load) or onReady
 * reports no host; neither is an error, the pane then explains how to open the add-in in Excel.
 */
export function waitForOffice(scope: unknown = globalThis, timeoutMs = READY_TIMEOUT_MS): Promise<OfficeState> {
  const office = (scope as { Office?: OfficeLike }).Office;
  if (!office || typeof office.onReady !== "function") return Promise.resolve("none");
  const onReady = office.onReady.bind(office);
  return new Promise<OfficeState>((resolve) => {
    const timer = setTimeout(() => resolve("none"), timeoutMs);
    const settle = (info: { host: unknown } | undefined) => {
      clearTimeout(timer);
      const host = info?.host;
      resolve(host === "Excel" ? "excel" : host ? "wrong-host" : "none");
    };
    try {
      const ready = onReady();
      if (ready && typeof ready.then === "function") ready.then(settle, () => settle(undefined));
      else onReady(settle);
    } catch {
      settle(undefined);
    }
  });
}

/** Today's date in the user's time zone as ISO «2024-03-05»: the as-of date the pane starts with. */
export function todayIso(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

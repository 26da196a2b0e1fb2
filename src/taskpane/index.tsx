import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createOfficeHost } from "../excel";
import { todayIso, waitForOffice } from "./boot";
import { App, OutsideOffice } from "./components";
import { createPaneJobs } from "./jobs";
import type { WorkbookPlan } from "../core/workbook";

/**
 * «Открыть свод в новой книге»: Excel.createWorkbook takes a base64 .xlsx, so the plan is rendered by the
 * same ExcelJS renderer the CLI uses — loaded as a separate chunk only when the user asks for it.
 */
async function toXlsxBase64(plan: WorkbookPlan): Promise<string> {
  const { renderXlsx } = await import(/* webpackChunkName: "xlsx-renderer" */ "../xlsx");
  const bytes = await renderXlsx(plan);
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/* The only place that touches the real Office globals and the clock: everything below gets them as props. */
async function start(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) return;
  const root = createRoot(container);
  const state = await waitForOffice(globalThis);
  let content: React.ReactNode;
  if (state === "excel") {
    const host = createOfficeHost({ toXlsxBase64 });
    content = <App host={host} jobs={createPaneJobs(host)} today={todayIso(new Date())} />;
  } else {
    content = <OutsideOffice reason={state === "wrong-host" ? "wrong-host" : "no-office"} />;
  }
  root.render(<FluentProvider theme={webLightTheme}>{content}</FluentProvider>);
}

void start();

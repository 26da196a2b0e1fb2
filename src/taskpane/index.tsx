import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createOfficeHost } from "../excel";
import { todayIso, waitForOffice } from "./boot";
import { App, OutsideOffice } from "./components";
import { createPaneJobs } from "./jobs";

/* The only place that touches the real Office globals and the clock: everything below gets them as props. */
async function start(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) return;
  const root = createRoot(container);
  const state = await waitForOffice(globalThis);
  let content: React.ReactNode;
  if (state === "excel") {
    const host = createOfficeHost();
    content = <App host={host} jobs={createPaneJobs(host)} today={todayIso(new Date())} />;
  } else {
    content = <OutsideOffice reason={state === "wrong-host" ? "wrong-host" : "no-office"} />;
  }
  root.render(<FluentProvider theme={webLightTheme}>{content}</FluentProvider>);
}

void start();

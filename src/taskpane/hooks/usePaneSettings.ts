import * as React from "react";
import type { ExcelHost } from "../../excel/host-types";
import { defaultPaneSettings, readPaneSettings, storedPaneSettings, type PaneSettings } from "../settings";

export interface PaneSettingsState {
  readonly settings: PaneSettings;
  readonly loaded: boolean;
  readonly update: (patch: Partial<PaneSettings>) => void;
}

/** A pause after the last keystroke before saving, so typing a district name is one save, not thirty. */
const SAVE_DELAY_MS = 600;

/** Settings kept with the document: loaded once when the pane opens, saved shortly after each change. */
export function usePaneSettings(
  host: Pick<ExcelHost, "loadSettings" | "saveSettings">,
  today: string,
  onError: (error: unknown) => void,
): PaneSettingsState {
  const [settings, setSettings] = React.useState<PaneSettings>(() => defaultPaneSettings(today));
  const [loaded, setLoaded] = React.useState(false);
  const dirty = React.useRef(false);
  React.useEffect(() => {
    let alive = true;
    host.loadSettings().then(
      (raw) => alive && !dirty.current && setSettings(readPaneSettings(raw, today)),
      (e: unknown) => alive && onError(e),
    ).finally(() => alive && setLoaded(true));
    return () => void (alive = false);
    // Loaded once per pane: the host and the day do not change while it is open.
  }, []);
  React.useEffect(() => {
    if (!dirty.current) return undefined;
    const timer = setTimeout(() => host.saveSettings(storedPaneSettings(settings)).catch(onError), SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [settings]);
  const update = React.useCallback((patch: Partial<PaneSettings>) => {
    dirty.current = true;
    setSettings((s) => ({ ...s, ...patch }));
  }, []);
  return { settings, loaded, update };
}

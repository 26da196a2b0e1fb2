import * as React from "react";
import type { BusyState } from "../components/StatusArea";
import type { PaneError } from "../components/ErrorArea";
import { describeError } from "../errors";
import type { JobOutcome, JobProgress } from "../types";

/** Runs one job at a time: `action` is the Russian name of what the button does («создать лист»). */
export type RunJob = (
  action: string,
  job: (progress: JobProgress) => Promise<JobOutcome>,
) => Promise<JobOutcome | null>;

export interface JobRunner {
  readonly busy: BusyState | null;
  readonly summary: string;
  readonly error: PaneError | null;
  readonly run: RunJob;
  readonly cancel: () => void;
  readonly dismissError: () => void;
  /** Shows an error that did not come from a job (e.g. selecting a finding's cell failed). */
  readonly showError: (error: unknown, action: string) => void;
}

export function useJobRunner(): JobRunner {
  const [busy, setBusy] = React.useState<BusyState | null>(null);
  const [summary, setSummary] = React.useState("");
  const [error, setError] = React.useState<PaneError | null>(null);
  const cancelled = React.useRef(false);
  const running = React.useRef(false);

  const run = React.useCallback<RunJob>(async (action, job) => {
    // A second click while a job writes to the workbook would interleave two Excel.run batches.
    if (running.current) return null;
    running.current = true;
    cancelled.current = false;
    setError(null);
    setBusy({ label: `${action[0].toUpperCase()}${action.slice(1)}…` });
    const progress: JobProgress = {
      report: (label, fraction) => setBusy({ label, fraction }),
      isCancelled: () => cancelled.current,
    };
    try {
      const outcome = await job(progress);
      setSummary(cancelled.current ? "Действие отменено; книга не изменена." : outcome.summary);
      return outcome;
    } catch (e: unknown) {
      setError(describeError(e, action));
      return null;
    } finally {
      running.current = false;
      setBusy(null);
    }
  }, []);

  return {
    busy,
    summary,
    error,
    run,
    cancel: React.useCallback(() => {
      cancelled.current = true;
    }, []),
    dismissError: React.useCallback(() => setError(null), []),
    showError: React.useCallback((e: unknown, action: string) => setError(describeError(e, action)), []),
  };
}

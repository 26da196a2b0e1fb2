export interface BusyState {
  /** What is happening, in Russian: «Читаю выделенный диапазон…». */
  readonly label: string;
  /** 0…1; undefined shows an indeterminate bar. */
  readonly fraction?: number;
}

export interface StatusAreaProps {
  /** The running job, or null when idle. */
  readonly busy: BusyState | null;
  /** The last job's result sentence, shown when idle. */
  readonly summary?: string;
  /** Shown as «Отменить» while busy, when the job can stop between steps. */
  readonly onCancel?: () => void;
}

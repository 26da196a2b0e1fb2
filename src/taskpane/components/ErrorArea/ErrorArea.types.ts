/** An error as the user reads it: what happened and what to do next, both in plain Russian. */
export interface PaneError {
  readonly title: string;
  readonly message: string;
  /** What to do next: «Выделите таблицу вместе с заголовком и нажмите кнопку ещё раз.» */
  readonly hint: string;
}

export interface ErrorAreaProps {
  readonly error: PaneError | null;
  readonly onDismiss: () => void;
}

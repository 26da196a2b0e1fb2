import type { PastedContent } from "../../types";

export interface PasteBoxProps {
  /** Russian label of the field, e.g. «Или вставьте таблицу сюда». */
  readonly label: string;
  /** What was pasted; `null` clears the box. */
  readonly value: PastedContent | null;
  readonly onChange: (value: PastedContent | null) => void;
  readonly placeholder?: string;
  readonly disabled?: boolean;
}

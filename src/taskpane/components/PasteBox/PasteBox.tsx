import * as React from "react";
import { Field, Textarea } from "@fluentui/react-components";
import type { PasteBoxProps } from "./PasteBox.types";
import { readClipboard } from "./clipboard";
import { usePasteBoxStyles } from "./usePasteBoxStyles.styles";

/** A text box for a table copied from Word, a PDF or Excel; keeps the clipboard's HTML when there is one. */
export function PasteBox({ label, value, onChange, placeholder, disabled }: PasteBoxProps): React.JSX.Element {
  const styles = usePasteBoxStyles();
  const [display, setDisplay] = React.useState("");
  React.useEffect(() => {
    if (value === null) setDisplay("");
  }, [value]);

  const onPaste = (event: React.ClipboardEvent<HTMLTextAreaElement>) => {
    const read = readClipboard(event.clipboardData);
    if (!read || read.pasted.kind !== "html") return; // plain text: the textarea's own paste + onChange
    event.preventDefault();
    setDisplay(read.display);
    onChange(read.pasted);
  };
  const onType = (_: unknown, data: { value: string }) => {
    setDisplay(data.value);
    onChange(data.value.trim() ? { kind: "text", content: data.value } : null);
  };
  const hint =
    value?.kind === "html"
      ? "Получена таблица с разметкой: ячейки с переносами строк сохранятся целиком."
      : "Скопируйте таблицу в Word, PDF или Excel и вставьте сюда (Ctrl+V).";
  return (
    <Field label={label} hint={hint}>
      <Textarea
        className={styles.textarea}
        textarea={{ className: styles.textarea }}
        value={display}
        onChange={onType}
        onPaste={onPaste}
        placeholder={placeholder}
        disabled={disabled}
        resize="vertical"
      />
    </Field>
  );
}

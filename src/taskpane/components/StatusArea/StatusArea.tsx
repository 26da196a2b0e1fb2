import * as React from "react";
import { Button, Field, ProgressBar, Text } from "@fluentui/react-components";
import type { StatusAreaProps } from "./StatusArea.types";
import { useStatusAreaStyles } from "./useStatusAreaStyles.styles";

/** Progress of the running job (a labelled bar), or the last job's outcome; announced to screen readers. */
export function StatusArea({ busy, summary, onCancel }: StatusAreaProps): React.JSX.Element {
  const styles = useStatusAreaStyles();
  return (
    <div className={styles.root} role="status" aria-live="polite">
      {busy ? (
        <div className={styles.row}>
          <Field className={styles.field} label={busy.label}>
            <ProgressBar value={busy.fraction} thickness="large" />
          </Field>
          {onCancel && (
            <Button size="small" onClick={onCancel}>
              Отменить
            </Button>
          )}
        </div>
      ) : (
        summary && <Text className={styles.summary}>{summary}</Text>
      )}
    </div>
  );
}

import * as React from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { ErrorAreaProps } from "./ErrorArea.types";
import { useErrorAreaStyles } from "./useErrorAreaStyles.styles";

/** The last error, with what to do next; stays until the user closes it or the next job succeeds. */
export function ErrorArea({ error, onDismiss }: ErrorAreaProps): React.JSX.Element | null {
  const styles = useErrorAreaStyles();
  if (!error) return null;
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{error.title}</MessageBarTitle>
        {error.message}
        <span className={styles.hint}>{error.hint}</span>
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onDismiss}>
          Закрыть
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

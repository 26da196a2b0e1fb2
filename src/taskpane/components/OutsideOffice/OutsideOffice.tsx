import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { OutsideOfficeProps } from "./OutsideOffice.types";
import { useOutsideOfficeStyles } from "./useOutsideOfficeStyles.styles";

/** Shown instead of the pane when there is no Excel to work with; says how to open the add-in properly. */
export function OutsideOffice({ reason = "no-office" }: OutsideOfficeProps): React.JSX.Element {
  const styles = useOutsideOfficeStyles();
  const message =
    reason === "wrong-host"
      ? "Эта надстройка работает только в Excel."
      : "Страница открыта в обычном браузере, а не в Excel, поэтому работать с книгой нельзя.";
  return (
    <main className={styles.root}>
      <h1 className={styles.title}>Монитор дорожных карт</h1>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Откройте надстройку в Excel</MessageBarTitle>
          {message}
        </MessageBarBody>
      </MessageBar>
      <ol className={styles.steps}>
        <li>Откройте книгу в Excel (на компьютере или в Excel в браузере).</li>
        <li>На вкладке «Главная» нажмите кнопку «Монитор дорожных карт».</li>
        <li>Если кнопки нет, установите надстройку по инструкции в README (файл manifest.xml).</li>
      </ol>
    </main>
  );
}

import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { FeatureSupport } from "../../../excel/host-types";
import type { FeatureNoticeProps } from "./FeatureNotice.types";
import { useFeatureNoticeStyles } from "./useFeatureNoticeStyles.styles";

/** Features whose absence changes what the user gets; a new workbook is offered (or not) on the «Свод» tab. */
const FEATURE_RU: readonly [keyof FeatureSupport, string][] = [
  ["conditionalFormats", "цветовая подсветка сроков и замечаний"],
  ["dataValidation", "выпадающие списки статусов"],
  ["charts", "диаграммы в своде"],
  ["printLayout", "параметры печати (книжная/альбомная, заголовки на каждой странице)"],
  ["mergedAreas", "объединённые ячейки выделенной таблицы (их текст относится только к первой строке)"],
];

/** Older Excel versions lack some API sets: say which parts are skipped instead of failing on them. */
export function FeatureNotice({ features }: FeatureNoticeProps): React.JSX.Element | null {
  const styles = useFeatureNoticeStyles();
  const missing = FEATURE_RU.filter(([key]) => features[key] === false).map(([, label]) => label);
  if (missing.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>Эта версия Excel поддерживает не всё</MessageBarTitle>
        {`Недоступно: ${missing.join(", ")}. Остальное работает; обновите Excel, чтобы получить всё.`}
      </MessageBarBody>
    </MessageBar>
  );
}

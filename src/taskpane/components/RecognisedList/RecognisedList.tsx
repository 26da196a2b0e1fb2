import * as React from "react";
import { Text } from "@fluentui/react-components";
import { countRu } from "../../../core/findings";
import type { RecognisedTable } from "../../types";
import { useRecognisedListStyles } from "./useRecognisedListStyles.styles";

const SCHOOL_FORMS = ["школа", "школы", "школ"] as const;

export interface RecognisedListProps {
  readonly tables: readonly RecognisedTable[];
}

/** What the results import recognised: one line per table, so the user sees a wrong subject or grade at once. */
export function RecognisedList({ tables }: RecognisedListProps): React.JSX.Element | null {
  const styles = useRecognisedListStyles();
  if (tables.length === 0) return null;
  return (
    <section className={styles.root} aria-label="Распознанные таблицы">
      <Text weight="semibold">Распознано</Text>
      <ul className={styles.list}>
        {tables.map((t, i) => (
          <li key={i} className={styles.item}>
            <dl className={styles.dl}>
              <dt>Работа</dt>
              <dd>{t.assessment}</dd>
              <dt>Предмет</dt>
              <dd>{t.subject}</dd>
              <dt>Класс</dt>
              <dd>{t.grade}</dd>
              <dt>Год</dt>
              <dd>{t.year}</dd>
              <dt>Школ</dt>
              <dd>{countRu(t.schools, SCHOOL_FORMS)}</dd>
              <dt>Сравнение</dt>
              <dd>{t.references.length ? t.references.join("; ") : "нет строк сравнения"}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}

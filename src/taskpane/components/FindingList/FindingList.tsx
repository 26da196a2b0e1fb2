import * as React from "react";
import { Text, mergeClasses } from "@fluentui/react-components";
import { countRu } from "../../../core/findings";
import type { PaneFinding } from "../../types";
import type { FindingListProps } from "./FindingList.types";
import { useFindingListStyles } from "./useFindingListStyles.styles";

const SEVERITY_RU = { error: "Ошибка", warning: "Предупреждение", info: "Сведения" } as const;
const FINDING_FORMS = ["замечание", "замечания", "замечаний"] as const;

function whereText(f: PaneFinding): string {
  if (f.target) return `${f.target.sheet}!${f.target.address}`;
  if (f.activityId) return `мероприятие ${f.activityId}`;
  return f.row !== undefined ? `строка ${f.row}` : "";
}

/** Findings of the last job; a finding with a cell in Excel is a button that selects that cell. */
export function FindingList({
  findings,
  selectCell,
  onError,
  limit = 200,
}: FindingListProps): React.JSX.Element | null {
  const styles = useFindingListStyles();
  if (findings.length === 0) return null;
  const shown = findings.slice(0, limit);
  const select = (f: PaneFinding) => {
    if (f.target) selectCell(f.target.sheet, f.target.address).catch((e: unknown) => onError?.(e));
  };
  return (
    <section className={styles.root} aria-label="Замечания">
      <Text weight="semibold">{`Замечания: ${countRu(findings.length, FINDING_FORMS)}`}</Text>
      <ul className={styles.list}>
        {shown.map((f, i) => {
          const where = whereText(f);
          const body = (
            <>
              <span className={mergeClasses(styles.severity, styles[f.severity])}>{SEVERITY_RU[f.severity]}</span>
              <span>{f.message}</span>
              {where && <span className={styles.where}>{where}</span>}
            </>
          );
          return (
            <li key={`${f.code}-${i}`}>
              {f.target ? (
                <button
                  type="button"
                  className={mergeClasses(styles.item, styles.clickable)}
                  onClick={() => select(f)}
                  title="Перейти к ячейке"
                >
                  {body}
                </button>
              ) : (
                <div className={styles.item}>{body}</div>
              )}
            </li>
          );
        })}
      </ul>
      {findings.length > shown.length && (
        <Text className={styles.more}>{`Показаны первые ${shown.length}; все замечания — на листе «Проверка».`}</Text>
      )}
    </section>
  );
}

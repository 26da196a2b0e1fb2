import * as React from "react";
import { Link, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import type { StoredItem, WorkbookContents as Contents } from "../../types";
import type { WorkbookContentsProps } from "./WorkbookContents.types";
import { useWorkbookContentsStyles } from "./useWorkbookContentsStyles.styles";

const ru = (iso: string) => iso.split("-").reverse().join(".");

/**
 * «В этой книге»: the roadmaps and results earlier sessions wrote into the workbook, read once when the pane
 * opens. Each line links to its sheet; the roadmaps are already in the «Свод» list.
 */
export function WorkbookContents({
  jobs,
  form,
  onLoaded,
  selectCell,
}: WorkbookContentsProps): React.JSX.Element | null {
  const styles = useWorkbookContentsStyles();
  const [contents, setContents] = React.useState<Contents | null>(null);
  const [failed, setFailed] = React.useState<string | null>(null);
  const open = jobs.openWorkbook;
  React.useEffect(() => {
    if (!open) return;
    let live = true;
    open(form).then(
      (c) => {
        if (!live) return;
        setContents(c);
        onLoaded?.(c);
      },
      (e: unknown) => live && setFailed(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
    // Read once per pane (not on every form edit): later edits apply when the user re-checks or builds the report.
  }, [open]);

  if (failed) {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{`Не удалось прочитать листы надстройки в книге: ${failed}`}</MessageBarBody>
      </MessageBar>
    );
  }
  if (!contents || (!contents.roadmaps.length && !contents.results.length && !contents.problems.length)) return null;
  const line = (item: StoredItem) => (
    <li key={item.id} className={styles.item}>
      {selectCell ? (
        <Link onClick={() => void selectCell(item.sheet, "A1").catch(() => undefined)}>{item.label}</Link>
      ) : (
        item.label
      )}
      <span className={styles.date}>
        {item.writtenOn ? ` — записано ${ru(item.writtenOn)}` : " — дата записи не сохранена"}
      </span>
    </li>
  );
  return (
    <section className={styles.root} aria-label="В этой книге">
      <Text weight="semibold">В этой книге</Text>
      {contents.roadmaps.length > 0 && (
        <>
          <Text size={200}>
            Дорожные карты (их отметки о выполнении прочитаны с листов; импортировать заново не нужно):
          </Text>
          <ul className={styles.list}>{contents.roadmaps.map(line)}</ul>
        </>
      )}
      {contents.results.length > 0 && (
        <>
          <Text size={200}>Результаты:</Text>
          <ul className={styles.list}>{contents.results.map(line)}</ul>
        </>
      )}
      {contents.problems.map((p) => (
        <Text key={p} size={200}>
          {p}
        </Text>
      ))}
    </section>
  );
}

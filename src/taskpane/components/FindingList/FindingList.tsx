import * as React from "react";
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Input, Text, mergeClasses } from "@fluentui/react-components";
import { countRu } from "../../../core/findings";
import type { PaneFinding } from "../../types";
import type { FindingListProps } from "./FindingList.types";
import { filterFindings, groupFindings, type FindingGroup } from "./groups";
import { useFindingListStyles } from "./useFindingListStyles.styles";

const SEVERITY_RU = { error: "Ошибка", warning: "Предупреждение", info: "Сведения" } as const;
const FINDING_FORMS = ["замечание", "замечания", "замечаний"] as const;
/** Up to this many findings every group starts open; in a longer list the bulk kinds start collapsed. */
const OPEN_ALL_UP_TO = 30;
/** In a long list, groups this small (and groups with errors) start open: the rare problems stay in sight. */
const SMALL_GROUP = 5;

const startsOpen = (g: FindingGroup, total: number) =>
  total <= OPEN_ALL_UP_TO || g.findings.length <= SMALL_GROUP || g.findings.some((f) => f.severity === "error");

function whereText(f: PaneFinding): string {
  if (f.target) return `${f.target.sheet}!${f.target.address}`;
  if (f.activityId) return `мероприятие ${f.activityId}`;
  return f.row !== undefined ? `строка ${f.row}` : "";
}

function FindingItem(props: { finding: PaneFinding; onSelect: (f: PaneFinding) => void }): React.JSX.Element {
  const styles = useFindingListStyles();
  const f = props.finding;
  const where = whereText(f);
  const body = (
    <>
      <span className={mergeClasses(styles.severity, styles[f.severity])}>{SEVERITY_RU[f.severity]}</span>
      <span>{f.message}</span>
      {where && <span className={styles.where}>{where}</span>}
    </>
  );
  return f.target ? (
    <button type="button" className={mergeClasses(styles.item, styles.clickable)} onClick={() => props.onSelect(f)} title="Перейти к ячейке">
      {body}
    </button>
  ) : (
    <div className={styles.item}>{body}</div>
  );
}

function GroupPanel(props: { group: FindingGroup; limit: number; onSelect: (f: PaneFinding) => void }): React.JSX.Element {
  const styles = useFindingListStyles();
  const { group, limit } = props;
  const shown = group.findings.slice(0, limit);
  return (
    <AccordionPanel>
      <ul className={styles.list} aria-label={group.kind}>
        {shown.map((f, i) => (
          <li key={`${f.code}-${i}`}>
            <FindingItem finding={f} onSelect={props.onSelect} />
          </li>
        ))}
      </ul>
      {group.findings.length > shown.length && (
        <Text className={styles.more}>{`Показаны первые ${shown.length}; все замечания — на листе «Проверка».`}</Text>
      )}
    </AccordionPanel>
  );
}

/**
 * Findings of the last job, grouped by kind («Срок истёк — 41», «Нет ответственного — 3»): each group collapsible,
 * the whole list filterable by text; a finding with a cell in Excel is a button that selects that cell.
 */
export function FindingList({ findings, selectCell, onError, limit = 200 }: FindingListProps): React.JSX.Element | null {
  const styles = useFindingListStyles();
  const [filter, setFilter] = React.useState("");
  const groups = React.useMemo(() => groupFindings(filterFindings(findings, filter)), [findings, filter]);
  const [open, setOpen] = React.useState<readonly string[] | null>(null);
  if (findings.length === 0) return null;
  const openItems = open ?? groups.filter((g) => startsOpen(g, findings.length)).map((g) => g.kind);
  const select = (f: PaneFinding) => {
    if (f.target) selectCell(f.target.sheet, f.target.address).catch((e: unknown) => onError?.(e));
  };
  return (
    <section className={styles.root} aria-label="Замечания">
      <Text weight="semibold">{`Замечания: ${countRu(findings.length, FINDING_FORMS)}`}</Text>
      {findings.length > 1 && (
        <Input
          aria-label="Фильтр замечаний"
          placeholder="Фильтр: слово из замечания или вида"
          value={filter}
          onChange={(_, d) => setFilter(d.value)}
        />
      )}
      {groups.length === 0 && <Text className={styles.more}>Ни одно замечание не подходит под фильтр.</Text>}
      <Accordion multiple collapsible openItems={[...openItems]} onToggle={(_, d) => setOpen(d.openItems.map(String))}>
        {groups.map((g) => (
          <AccordionItem key={g.kind} value={g.kind}>
            <AccordionHeader>{`${g.kind} — ${g.findings.length}`}</AccordionHeader>
            <GroupPanel group={g} limit={limit} onSelect={select} />
          </AccordionItem>
        ))}
      </Accordion>
    </section>
  );
}

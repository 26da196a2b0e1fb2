import * as React from "react";
import { Button, Text } from "@fluentui/react-components";
import { FindingList } from "../FindingList";
import { PasteBox } from "../PasteBox";
import { RecognisedList } from "../RecognisedList";
import { ThresholdsForm } from "../ThresholdsForm";
import type { UserColumns, UserRole } from "../../../core/results";
import type { Job, PaneFinding, PastedContent, RecognisedTable, ResultColumnPreview, ResultsForm } from "../../types";
import { type KeyFields, ResultColumns } from "./ResultColumns";
import type { ResultsPanelProps } from "./ResultsPanel.types";
import { useResultsPanelStyles } from "./useResultsPanelStyles.styles";

/** «Результаты»: import a result table (ФИС ОКО, counts per school, student lists), then compute indicators. */
export function ResultsPanel(props: ResultsPanelProps): React.JSX.Element {
  const { jobs, run, busy } = props;
  const styles = useResultsPanelStyles();
  const [pasted, setPasted] = React.useState<PastedContent | null>(null);
  const [findings, setFindings] = React.useState<readonly PaneFinding[]>([]);
  const [recognised, setRecognised] = React.useState<readonly RecognisedTable[]>([]);
  const [columns, setColumns] = React.useState<readonly ResultColumnPreview[]>([]);
  const [fields, setFields] = React.useState<KeyFields>({ assessment: "", subject: "", grade: "", year: "" });
  /** The source of the last import (the paste, or null for the selection), re-read with the user's roles. */
  const [lastSource, setLastSource] = React.useState<PastedContent | null>(null);

  const start = async (action: string, job: Job<ResultsForm>, from: PastedContent | null, userColumns?: UserColumns) => {
    const form: ResultsForm = {
      pasted: from, asOf: props.asOf, settings: props.thresholds, key: fields, mappings: props.mappings,
      ...(userColumns ? { columns: userColumns } : {}),
    };
    const outcome = await run(action, (progress) => job(form, progress));
    if (!outcome) return;
    if (job === jobs.importResults) setLastSource(from);
    setFindings(outcome.findings ?? []);
    if (outcome.recognised) setRecognised(outcome.recognised);
    setColumns(outcome.resultColumns ?? []);
    if (outcome.savedMapping) props.onMappingSaved(outcome.savedMapping);
  };
  const userColumns = (): UserColumns | undefined =>
    columns.length ? columns.map((c) => [c.header, c.role] as const) : undefined;
  const setRole = (index: number, role: UserRole) => setColumns(columns.map((c) => (c.index === index ? { ...c, role } : c)));

  return (
    <div className={styles.root}>
      <Text className={styles.note}>
        Выделите на листе таблицу результатов (ВПР, ОГЭ, ЕГЭ, списки обучающихся) вместе с шапкой или вставьте её ниже.
      </Text>
      <Button
        appearance="primary"
        disabled={busy}
        onClick={() => start("импортировать выделенный диапазон результатов", jobs.importResults, null)}
      >
        Импортировать выделенные результаты
      </Button>
      <PasteBox label="Или вставьте таблицу результатов" value={pasted} onChange={setPasted} disabled={busy} />
      <div className={styles.actions}>
        <Button
          disabled={busy || !pasted}
          onClick={() => start("разобрать вставленные результаты", jobs.importResults, pasted)}
        >
          Разобрать вставленные результаты
        </Button>
        <Button
          appearance="primary"
          disabled={busy}
          onClick={() => start("рассчитать показатели", jobs.computeIndicators, null)}
        >
          Рассчитать показатели
        </Button>
      </div>
      {(columns.length > 0 || recognised.length > 0) && (
        <ResultColumns
          columns={columns}
          onRoleChange={setRole}
          fields={fields}
          onFieldsChange={setFields}
          disabled={busy}
          onApply={() => start("разобрать таблицу результатов заново", jobs.importResults, lastSource, userColumns())}
        />
      )}
      <ThresholdsForm value={props.thresholds} onChange={props.onThresholdsChange} disabled={busy} />
      <RecognisedList tables={recognised} />
      <FindingList findings={findings} selectCell={props.selectCell} onError={props.onSelectError} />
    </div>
  );
}

import * as React from "react";
import { Button, Text } from "@fluentui/react-components";
import { FindingList } from "../FindingList";
import { PasteBox } from "../PasteBox";
import type { Job, PaneFinding, PastedContent, ResultsForm } from "../../types";
import type { ResultsPanelProps } from "./ResultsPanel.types";
import { useResultsPanelStyles } from "./useResultsPanelStyles.styles";

/** «Результаты»: import a result table (ФИС ОКО, counts per school, student lists), then compute indicators. */
export function ResultsPanel(props: ResultsPanelProps): React.JSX.Element {
  const { jobs, run, busy } = props;
  const styles = useResultsPanelStyles();
  const [pasted, setPasted] = React.useState<PastedContent | null>(null);
  const [findings, setFindings] = React.useState<readonly PaneFinding[]>([]);

  const start = async (action: string, job: Job<ResultsForm>) => {
    const outcome = await run(action, (progress) => job({ pasted, asOf: props.asOf }, progress));
    if (outcome) setFindings(outcome.findings ?? []);
  };

  return (
    <div className={styles.root}>
      <Text className={styles.note}>
        Выделите на листе таблицу результатов (ВПР, ОГЭ, ЕГЭ, списки обучающихся) или вставьте её ниже.
      </Text>
      <PasteBox label="Таблица результатов" value={pasted} onChange={setPasted} disabled={busy} />
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={busy}
          onClick={() => start("импортировать результаты", jobs.importResults)}
        >
          Импортировать
        </Button>
        <Button disabled={busy} onClick={() => start("рассчитать показатели", jobs.computeIndicators)}>
          Рассчитать показатели
        </Button>
      </div>
      <FindingList findings={findings} selectCell={props.selectCell} onError={props.onSelectError} />
    </div>
  );
}

import * as React from "react";
import { Button, Field, Input } from "@fluentui/react-components";
import { FindingList } from "../FindingList";
import { PasteBox } from "../PasteBox";
import type { Job, JobOutcome, PaneFinding, PastedContent, RoadmapForm } from "../../types";
import type { RoadmapPanelProps } from "./RoadmapPanel.types";
import { useRoadmapPanelStyles } from "./useRoadmapPanelStyles.styles";

/** «Дорожная карта»: take a roadmap table (selection or paste), set the period, make and re-check the sheets. */
export function RoadmapPanel(props: RoadmapPanelProps): React.JSX.Element {
  const { jobs, run, busy, asOf } = props;
  const styles = useRoadmapPanelStyles();
  const [pasted, setPasted] = React.useState<PastedContent | null>(null);
  const [periodStart, setPeriodStart] = React.useState("");
  const [periodEnd, setPeriodEnd] = React.useState("");
  const [findings, setFindings] = React.useState<readonly PaneFinding[]>([]);
  const form: RoadmapForm = { pasted, periodStart, periodEnd, asOf };

  const start = async (action: string, job: Job<RoadmapForm>) => {
    const outcome: JobOutcome | null = await run(action, (progress) => job(form, progress));
    if (!outcome) return;
    setFindings(outcome.findings ?? []);
    if (outcome.period) {
      setPeriodStart(outcome.period.start);
      setPeriodEnd(outcome.period.end);
    }
  };

  return (
    <div className={styles.root}>
      <Button
        appearance="primary"
        className={styles.wide}
        disabled={busy}
        onClick={() => start("импортировать выделенный диапазон", jobs.importRoadmapSelection)}
      >
        Импортировать выделенный диапазон
      </Button>
      <PasteBox label="Или вставьте таблицу дорожной карты" value={pasted} onChange={setPasted} disabled={busy} />
      <Button
        disabled={busy || !pasted}
        onClick={() => start("разобрать вставленную таблицу", jobs.importRoadmapPasted)}
      >
        Разобрать вставленную таблицу
      </Button>
      <div className={styles.fields}>
        <Field className={styles.field} label="Период программы: начало">
          <Input type="date" value={periodStart} onChange={(_, d) => setPeriodStart(d.value)} />
        </Field>
        <Field className={styles.field} label="Окончание">
          <Input type="date" value={periodEnd} onChange={(_, d) => setPeriodEnd(d.value)} />
        </Field>
        <Field className={styles.field} label="Дата контроля" hint="Сроки до этой даты считаются наступившими.">
          <Input type="date" value={asOf} onChange={(_, d) => props.onAsOfChange(d.value)} />
        </Field>
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={() => start("создать лист", jobs.createRoadmapSheets)}>
          Создать лист
        </Button>
        <Button disabled={busy} onClick={() => start("проверить снова", jobs.recheckRoadmap)}>
          Проверить снова
        </Button>
      </div>
      <FindingList findings={findings} selectCell={props.selectCell} onError={props.onSelectError} />
    </div>
  );
}

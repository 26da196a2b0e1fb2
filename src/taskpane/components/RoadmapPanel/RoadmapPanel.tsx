import * as React from "react";
import { Button, Checkbox, Field, Input, Radio, RadioGroup } from "@fluentui/react-components";
import { periodKindOf, snapPeriod, type PeriodKind } from "../../../core/deadlines";
import type { ColumnChoice } from "../../../core/roadmap/types";
import { ColumnRoles } from "../ColumnRoles";
import { FindingList } from "../FindingList";
import { PasteBox } from "../PasteBox";
import type { ColumnPreview, Job, PaneFinding, PastedContent, RoadmapForm } from "../../types";
import type { RoadmapPanelProps } from "./RoadmapPanel.types";
import { useRoadmapPanelStyles } from "./useRoadmapPanelStyles.styles";

type Roles = Readonly<Record<number, ColumnChoice>>;

/** «Дорожная карта»: take a roadmap table (selection or paste), check its columns, set the period, write and re-check. */
export function RoadmapPanel(props: RoadmapPanelProps): React.JSX.Element {
  const { jobs, run, busy, asOf, periodStart, periodEnd } = props;
  const styles = useRoadmapPanelStyles();
  const [pasted, setPasted] = React.useState<PastedContent | null>(null);
  const [roles, setRoles] = React.useState<Roles>({});
  const [columns, setColumns] = React.useState<readonly ColumnPreview[]>([]);
  const [findings, setFindings] = React.useState<readonly PaneFinding[]>([]);

  const start = async (action: string, job: Job<RoadmapForm>, withRoles: Roles = roles) => {
    const form: RoadmapForm = { pasted, periodStart, periodEnd, asOf, columnRoles: withRoles };
    const outcome = await run(action, (progress) => job(form, progress));
    if (!outcome) return;
    setFindings(outcome.findings ?? []);
    if (outcome.columns) setColumns(outcome.columns);
    // The period found in the document fills the fields only where the user has not set one.
    if (outcome.period && !(periodStart && periodEnd)) props.onPeriodChange(outcome.period.start, outcome.period.end);
  };
  const importNew = (action: string, job: Job<RoadmapForm>) => {
    setRoles({});
    return start(action, job, {});
  };
  const changeRole = (index: number, role: ColumnChoice) => {
    const next = { ...roles, [index]: role };
    setRoles(next);
    void start("разобрать таблицу с новыми ролями столбцов", jobs.remapRoadmapColumns, next);
  };

  return (
    <div className={styles.root}>
      <Button
        appearance="primary"
        className={styles.wide}
        disabled={busy}
        onClick={() => importNew("импортировать выделенный диапазон", jobs.importRoadmapSelection)}
      >
        Импортировать выделенный диапазон
      </Button>
      <PasteBox label="Или вставьте таблицу дорожной карты" value={pasted} onChange={setPasted} disabled={busy} />
      <Button
        disabled={busy || !pasted}
        onClick={() => importNew("разобрать вставленную таблицу", jobs.importRoadmapPasted)}
      >
        Разобрать вставленную таблицу
      </Button>
      <ColumnRoles columns={columns} onChange={changeRole} disabled={busy} />
      <Field label="Период программы">
        <RadioGroup
          layout="horizontal"
          value={periodKindOf(periodStart, periodEnd)}
          onChange={(_, d) => {
            // A school plan runs 1 September – 31 August: the choice moves the dates, the core reads the kind from them.
            const snapped = snapPeriod(d.value as PeriodKind, periodStart, periodEnd);
            if (snapped) props.onPeriodChange(snapped.start, snapped.end);
          }}
          disabled={busy || !periodStart}
        >
          <Radio value="calendar" label="Календарные годы" />
          <Radio value="school" label="Учебные годы (1 сентября – 31 августа)" />
        </RadioGroup>
      </Field>
      <div className={styles.fields}>
        <Field className={styles.field} label="Период программы: начало">
          <Input type="date" value={periodStart} onChange={(_, d) => props.onPeriodChange(d.value, periodEnd)} />
        </Field>
        <Field className={styles.field} label="Окончание">
          <Input type="date" value={periodEnd} onChange={(_, d) => props.onPeriodChange(periodStart, d.value)} />
        </Field>
        <Field className={styles.field} label="Дата контроля" hint="Сроки до этой даты считаются наступившими.">
          <Input type="date" value={asOf} onChange={(_, d) => props.onAsOfChange(d.value)} />
        </Field>
      </div>
      <Checkbox
        label="Запомнить дату контроля в книге (иначе — сегодняшняя дата)"
        checked={props.asOfFixed}
        onChange={(_, d) => props.onAsOfFixedChange(d.checked === true)}
      />
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

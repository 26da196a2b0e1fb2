import * as React from "react";
import { Button, Checkbox, Field, Input, Text, Textarea } from "@fluentui/react-components";
import { FindingList } from "../FindingList";
import { ReturnsPanel } from "../ReturnsPanel";
import type { PaneFinding, ReportForm, ReportSource } from "../../types";
import type { ReportPanelProps } from "./ReportPanel.types";
import { useReportPanelStyles } from "./useReportPanelStyles.styles";

function SourceGroup(props: {
  title: string;
  empty: string;
  items: readonly ReportSource[];
  excluded: ReadonlySet<string>;
  onToggle: (id: string, on: boolean) => void;
  disabled: boolean;
}): React.JSX.Element {
  const styles = useReportPanelStyles();
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{props.title}</legend>
      {props.items.length === 0 && <Text className={styles.note}>{props.empty}</Text>}
      {props.items.map((s) => (
        <Checkbox
          key={s.id}
          label={`${s.label}${s.inWorkbook ? "" : " — ещё не записано в книгу"}`}
          checked={!props.excluded.has(s.id)}
          disabled={props.disabled}
          onChange={(_, d) => props.onToggle(s.id, d.checked === true)}
        />
      ))}
    </fieldset>
  );
}

/** «Свод»: the district report from the roadmaps and results of this session that the user ticks. */
export function ReportPanel(props: ReportPanelProps): React.JSX.Element {
  const { jobs, run, busy, canCreateWorkbook } = props;
  const styles = useReportPanelStyles();
  const [newWorkbook, setNewWorkbook] = React.useState(false);
  const [excluded, setExcluded] = React.useState<ReadonlySet<string>>(new Set());
  const [findings, setFindings] = React.useState<readonly PaneFinding[]>([]);
  const [targetsText, setTargetsText] = React.useState("");
  const sources = jobs.reportSources();
  const toggle = (id: string, on: boolean) =>
    setExcluded((s) => {
      const next = new Set(s);
      if (on) next.delete(id);
      else next.add(id);
      return next;
    });

  const build = async () => {
    const form: ReportForm = {
      asOf: props.asOf,
      newWorkbook: newWorkbook && canCreateWorkbook,
      district: props.district,
      periodStart: props.periodStart,
      periodEnd: props.periodEnd,
      roadmapIds: sources.roadmaps.filter((s) => !excluded.has(s.id)).map((s) => s.id),
      resultIds: sources.results.filter((s) => !excluded.has(s.id)).map((s) => s.id),
      settings: props.thresholds,
      targetsText,
    };
    const outcome = await run("сформировать свод", (progress) => jobs.buildReport(form, progress));
    if (outcome) setFindings(outcome.findings ?? []);
  };

  return (
    <div className={styles.root}>
      <Text className={styles.note}>
        Свод собирается из дорожных карт и результатов этой книги: импортированных сейчас и найденных на листах
        надстройки с прошлых раз (отметки о выполнении читаются с листов «Мероприятия»).
      </Text>
      <Field label="Район (муниципалитет)">
        <Input value={props.district} placeholder="Энский муниципальный район" onChange={(_, d) => props.onDistrictChange(d.value)} />
      </Field>
      <SourceGroup
        title="Дорожные карты"
        empty="Пока нет: импортируйте дорожную карту на шаге «Дорожная карта»."
        items={sources.roadmaps}
        excluded={excluded}
        onToggle={toggle}
        disabled={busy}
      />
      <SourceGroup
        title="Результаты"
        empty="Пока нет: импортируйте таблицы на шаге «Результаты»."
        items={sources.results}
        excluded={excluded}
        onToggle={toggle}
        disabled={busy}
      />
      <Field
        label="Целевые показатели программы"
        hint="Если в приказе их нет: по одному на строку, например «Успеваемость по ВПР не менее 90 %». Пусто — берутся из приказа."
      >
        <Textarea value={targetsText} resize="vertical" disabled={busy} onChange={(_, d) => setTargetsText(d.value)} />
      </Field>
      {props.returnsJobs && (
        <ReturnsPanel
          jobs={props.returnsJobs}
          run={run}
          busy={busy}
          asOf={props.asOf}
          selectCell={props.selectCell}
          onSelectError={props.onSelectError}
        />
      )}
      <Checkbox
        label={
          canCreateWorkbook
            ? "Открыть свод в новой книге"
            : "Открыть свод в новой книге (недоступно в этой версии Excel)"
        }
        checked={newWorkbook && canCreateWorkbook}
        disabled={busy || !canCreateWorkbook}
        onChange={(_, d) => setNewWorkbook(d.checked === true)}
      />
      <Button appearance="primary" disabled={busy} onClick={build}>
        Сформировать свод
      </Button>
      <FindingList findings={findings} selectCell={props.selectCell} onError={props.onSelectError} />
    </div>
  );
}

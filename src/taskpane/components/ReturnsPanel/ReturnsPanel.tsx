import * as React from "react";
import { Button, Field, Text, Textarea } from "@fluentui/react-components";
import { FindingList } from "../FindingList";
import type { PaneFinding, PickedFile } from "../../types";
import type { ReturnsPanelProps } from "./ReturnsPanel.types";
import { useReportPanelStyles } from "../ReportPanel/useReportPanelStyles.styles";
import { useReturnsPanelStyles } from "./useReturnsPanelStyles.styles";

const asPicked = (file: File): PickedFile => ({
  name: file.name,
  lastModified: file.lastModified,
  bytes: async () => new Uint8Array(await file.arrayBuffer()),
});

/**
 * «Ответы школ»: forms out (one per school, from the imported roadmap) and the filled forms back in. The report
 * built next takes the returns loaded here.
 */
export function ReturnsPanel(props: ReturnsPanelProps): React.JSX.Element {
  const { jobs, run, busy } = props;
  const styles = { ...useReportPanelStyles(), ...useReturnsPanelStyles() };
  const [schools, setSchools] = React.useState("");
  const [findings, setFindings] = React.useState<readonly PaneFinding[]>([]);
  const fileInput = React.useRef<HTMLInputElement>(null);
  const hasRoadmap = jobs.reportSources().roadmaps.length > 0;

  const fillFromResults = () => setSchools(jobs.knownSchools().join("\n"));
  const makeForms = () =>
    run("создать формы для школ", (progress) =>
      jobs.makeSchoolForms({ schools: schools.split(/\r?\n/), asOf: props.asOf }, progress),
    );
  const load = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    const picked = Array.from(files, asPicked);
    const outcome = await run("загрузить ответы школ", (progress) => jobs.loadReturns({ files: picked }, progress));
    if (outcome) setFindings(outcome.findings ?? []);
    if (fileInput.current) fileInput.current.value = "";
  };

  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>Ответы школ</legend>
      <Text className={styles.note}>
        Формы отчёта: по одной на школу, с мероприятиями дорожной карты, в которых школа участвует. Школы заполняют
        статус, дату, подтверждение и комментарий; ответы читаются по ID мероприятия, даже если файл переименован или
        строки переставлены.
      </Text>
      <Field label="Школы (по одной в строке)">
        <Textarea value={schools} resize="vertical" rows={4} onChange={(_, d) => setSchools(d.value)} disabled={busy} />
      </Field>
      <div className={styles.buttons}>
        <Button size="small" disabled={busy} onClick={fillFromResults}>
          Взять школы из результатов
        </Button>
        <Button appearance="primary" disabled={busy || !hasRoadmap || !schools.trim()} onClick={makeForms}>
          Создать формы для школ
        </Button>
      </div>
      {!hasRoadmap && <Text className={styles.note}>Сначала импортируйте дорожную карту района.</Text>}
      <input
        ref={fileInput}
        className={styles.hidden}
        type="file"
        multiple
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label="Файлы ответов школ"
        onChange={(e) => void load(e.currentTarget.files)}
      />
      <Button disabled={busy} onClick={() => fileInput.current?.click()}>
        Загрузить ответы школ…
      </Button>
      <FindingList findings={findings} selectCell={props.selectCell} onError={props.onSelectError} />
    </fieldset>
  );
}

import * as React from "react";
import { Button, Checkbox, Text } from "@fluentui/react-components";
import { FindingList } from "../FindingList";
import type { PaneFinding } from "../../types";
import type { ReportPanelProps } from "./ReportPanel.types";
import { useReportPanelStyles } from "./useReportPanelStyles.styles";

/** «Свод»: the district report from the roadmaps and results already in this workbook. */
export function ReportPanel(props: ReportPanelProps): React.JSX.Element {
  const { jobs, run, busy, canCreateWorkbook } = props;
  const styles = useReportPanelStyles();
  const [newWorkbook, setNewWorkbook] = React.useState(false);
  const [findings, setFindings] = React.useState<readonly PaneFinding[]>([]);

  const build = async () => {
    const form = { asOf: props.asOf, newWorkbook: newWorkbook && canCreateWorkbook };
    const outcome = await run("сформировать свод", (progress) => jobs.buildReport(form, progress));
    if (outcome) setFindings(outcome.findings ?? []);
  };

  return (
    <div className={styles.root}>
      <Text className={styles.note}>
        Свод собирается из листов дорожных карт и результатов, созданных надстройкой в этой книге.
      </Text>
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

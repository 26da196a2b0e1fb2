import * as React from "react";
import { Tab, TabList } from "@fluentui/react-components";
import { useJobRunner, usePaneSettings } from "../../hooks";
import { withMapping } from "../../settings";
import type { TabId } from "../../types";
import { ErrorArea } from "../ErrorArea";
import { FeatureNotice } from "../FeatureNotice";
import { ReportPanel } from "../ReportPanel";
import { ResultsPanel } from "../ResultsPanel";
import { RoadmapPanel } from "../RoadmapPanel";
import { StatusArea } from "../StatusArea";
import { WorkbookContents } from "../WorkbookContents";
import type { AppProps } from "./App.types";
import { useAppStyles } from "./useAppStyles.styles";

const TABS: readonly { id: TabId; label: string }[] = [
  { id: "roadmap", label: "Дорожная карта" },
  { id: "results", label: "Результаты" },
  { id: "report", label: "Свод" },
];

/** The pane: header, three steps as tabs, one status line and one error area shared by all steps. */
export function App({ host, jobs, today, initialTab = "roadmap" }: AppProps): React.JSX.Element {
  const styles = useAppStyles();
  const [tab, setTab] = React.useState<TabId>(initialTab);
  const runner = useJobRunner();
  const { settings, update } = usePaneSettings(host, today, (e) => runner.showError(e, "сохранить настройки в книге"));
  const asOf = settings.asOf;
  const busy = runner.busy !== null;
  const features = React.useMemo(() => host.features(), [host]);
  // Bumped when the workbook's own sheets have been read: the «Свод» list then shows their roadmaps.
  const [, setStoreRead] = React.useState(0);
  const common = {
    run: runner.run,
    busy,
    selectCell: host.selectCell.bind(host),
    onSelectError: (e: unknown) => runner.showError(e, "перейти к ячейке"),
    asOf,
  };
  const panel = (id: TabId, content: React.ReactNode) => (
    <div role="tabpanel" id={`panel-${id}`} aria-labelledby={`tab-${id}`} hidden={tab !== id}>
      {content}
    </div>
  );

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <img className={styles.logo} src="assets/icon-32.png" alt="" />
        <h1 className={styles.title}>Монитор дорожных карт</h1>
      </header>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={tab}
        onTabSelect={(_, d) => setTab(d.value as TabId)}
        aria-label="Шаги работы"
      >
        {TABS.map((t) => (
          <Tab key={t.id} id={`tab-${t.id}`} value={t.id} aria-controls={`panel-${t.id}`}>
            {t.label}
          </Tab>
        ))}
      </TabList>
      <FeatureNotice features={features} />
      <WorkbookContents
        jobs={jobs}
        form={{ pasted: null, asOf, periodStart: settings.periodStart, periodEnd: settings.periodEnd }}
        onLoaded={() => setStoreRead((n) => n + 1)}
        selectCell={host.selectCell.bind(host)}
      />
      <StatusArea busy={runner.busy} summary={runner.summary} onCancel={runner.cancel} />
      <ErrorArea error={runner.error} onDismiss={runner.dismissError} />
      {panel(
        "roadmap",
        <RoadmapPanel
          {...common}
          jobs={jobs}
          onAsOfChange={(value) => update({ asOf: value })}
          asOfFixed={settings.asOfMode === "fixed"}
          onAsOfFixedChange={(fixed) => update({ asOfMode: fixed ? "fixed" : "today" })}
          periodStart={settings.periodStart}
          periodEnd={settings.periodEnd}
          onPeriodChange={(periodStart, periodEnd) => update({ periodStart, periodEnd })}
        />,
      )}
      {panel(
        "results",
        <ResultsPanel
          {...common}
          jobs={jobs}
          thresholds={settings.thresholds}
          onThresholdsChange={(thresholds) => update({ thresholds })}
          mappings={settings.resultMappings}
          onMappingSaved={(m) => update({ resultMappings: withMapping(settings.resultMappings, m) })}
        />,
      )}
      {panel(
        "report",
        <ReportPanel
          {...common}
          jobs={jobs}
          returnsJobs={jobs}
          canCreateWorkbook={features.createWorkbook && host.renderPlanInNewWorkbook !== undefined}
          district={settings.district}
          onDistrictChange={(district) => update({ district })}
          periodStart={settings.periodStart}
          periodEnd={settings.periodEnd}
          thresholds={settings.thresholds}
        />,
      )}
    </main>
  );
}

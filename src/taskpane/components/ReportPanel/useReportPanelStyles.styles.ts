import { makeStyles, tokens } from "@fluentui/react-components";

export const useReportPanelStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  note: { color: tokens.colorNeutralForeground2 },
});

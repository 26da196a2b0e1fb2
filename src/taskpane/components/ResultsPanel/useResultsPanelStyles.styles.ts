import { makeStyles, tokens } from "@fluentui/react-components";

export const useResultsPanelStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  note: { color: tokens.colorNeutralForeground2 },
});

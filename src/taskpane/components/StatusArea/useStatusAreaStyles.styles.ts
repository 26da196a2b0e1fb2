import { makeStyles, tokens } from "@fluentui/react-components";

export const useStatusAreaStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minHeight: tokens.lineHeightBase300 },
  row: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  field: { flexGrow: 1, minWidth: 0 },
  summary: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
});

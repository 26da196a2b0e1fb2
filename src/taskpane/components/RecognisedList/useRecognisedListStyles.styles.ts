import { makeStyles, tokens } from "@fluentui/react-components";

export const useRecognisedListStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
  },
  dl: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    rowGap: "2px",
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    "& dt": { color: tokens.colorNeutralForeground3 },
    "& dd": { margin: 0, minWidth: 0, overflowWrap: "anywhere" },
  },
});

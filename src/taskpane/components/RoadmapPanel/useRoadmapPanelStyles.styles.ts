import { makeStyles, tokens } from "@fluentui/react-components";

export const useRoadmapPanelStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  fields: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  field: { flexGrow: 1, flexBasis: "8.5rem", minWidth: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  wide: { width: "100%" },
});

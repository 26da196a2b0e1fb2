import { makeStyles, tokens } from "@fluentui/react-components";

export const useThresholdsFormStyles = makeStyles({
  panel: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  field: { flexGrow: 1, flexBasis: "8rem", minWidth: 0 },
});

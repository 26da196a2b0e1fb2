import { makeStyles, tokens } from "@fluentui/react-components";

export const useColumnRolesStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  field: { minWidth: 0, wordBreak: "break-word" },
});

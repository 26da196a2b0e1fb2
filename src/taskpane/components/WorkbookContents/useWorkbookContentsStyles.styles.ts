import { makeStyles, tokens } from "@fluentui/react-components";

export const useWorkbookContentsStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalXS,
  },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  item: { overflowWrap: "anywhere" },
  date: { color: tokens.colorNeutralForeground3 },
});

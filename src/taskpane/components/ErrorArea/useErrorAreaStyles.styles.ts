import { makeStyles, tokens } from "@fluentui/react-components";

export const useErrorAreaStyles = makeStyles({
  body: { overflowWrap: "anywhere" },
  hint: { display: "block", marginTop: tokens.spacingVerticalXS },
});

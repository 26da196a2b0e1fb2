import { makeStyles, tokens } from "@fluentui/react-components";

/** What «Ответы школ» adds to the «Свод» step's styles (the fieldset, legend and notes are the step's own). */
export const useReturnsPanelStyles = makeStyles({
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hidden: { display: "none" },
});

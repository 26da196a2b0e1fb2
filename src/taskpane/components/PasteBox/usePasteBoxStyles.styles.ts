import { makeStyles } from "@fluentui/react-components";

export const usePasteBoxStyles = makeStyles({
  textarea: { width: "100%", minHeight: "6rem" },
});

import { makeStyles } from "@fluentui/react-components";

export const useFeatureNoticeStyles = makeStyles({
  body: { overflowWrap: "anywhere" },
});

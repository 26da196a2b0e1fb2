import { buildReport, writeAnalyticNote, noteToText } from "../../../src/core/report";
import { flaggedInput, calmInput } from "./fixtures";
it("peek", () => {
  for (const i of [flaggedInput, calmInput]) console.log(noteToText(writeAnalyticNote(buildReport(i))));
});

import type { ExcelHost } from "../../excel/host-types";
import type { TaskpaneJobs } from "../types";
import { createResultsJobs } from "./results-jobs";
import { createRoadmapJobs } from "./roadmap-jobs";

/** Every button's job over the real host. The report step waits for src/core/pipeline's runReportJob. */
export function createPaneJobs(host: ExcelHost): TaskpaneJobs {
  return {
    ...createRoadmapJobs(host),
    ...createResultsJobs(host),
    buildReport: async () => {
      throw new Error(
        "Формирование свода ещё не подключено в этой версии надстройки; используйте команду report в CLI.",
      );
    },
  };
}

export { documentFromPaste, documentFromRange, hasCells, withTargets } from "./sources";

import type { ExcelHost } from "../../../excel/host-types";
import type { PaneFinding } from "../../types";

export interface FindingListProps {
  /** Findings to show, already sorted (errors first). */
  readonly findings: readonly PaneFinding[];
  /** Selects the finding's cell in Excel; the pane passes `host.selectCell`. */
  readonly selectCell: ExcelHost["selectCell"];
  /** Called when selecting a cell fails (the sheet was deleted or renamed). */
  readonly onError?: (error: unknown) => void;
  /**
   * How many findings to render; the rest are counted, not drawn, so 10,000 findings stay fast.
   * @default 200
   */
  readonly limit?: number;
}

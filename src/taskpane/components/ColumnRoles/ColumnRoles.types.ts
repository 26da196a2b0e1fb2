import type { ColumnChoice } from "../../../core/roadmap/types";
import type { ColumnPreview } from "../../types";

export interface ColumnRolesProps {
  readonly columns: readonly ColumnPreview[];
  readonly onChange: (index: number, role: ColumnChoice) => void;
  readonly disabled?: boolean;
}

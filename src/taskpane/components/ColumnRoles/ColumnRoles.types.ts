import type { ColumnRole } from "../../../core/roadmap/types";
import type { ColumnPreview } from "../../types";

export interface ColumnRolesProps {
  readonly columns: readonly ColumnPreview[];
  readonly onChange: (index: number, role: ColumnRole) => void;
  readonly disabled?: boolean;
}

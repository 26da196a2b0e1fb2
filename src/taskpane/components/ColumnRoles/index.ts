export { ColumnRoles, ROLE_LABELS } from "./ColumnRoles";
export type { ColumnRolesProps } from "./ColumnRoles.types";

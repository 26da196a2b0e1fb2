export { StatusArea } from "./StatusArea";
export type { StatusAreaProps, BusyState } from "./StatusArea.types";

export { ErrorArea } from "./ErrorArea";
export type { ErrorAreaProps, PaneError } from "./ErrorArea.types";

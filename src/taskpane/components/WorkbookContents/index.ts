export { WorkbookContents } from "./WorkbookContents";
export type { WorkbookContentsProps } from "./WorkbookContents.types";

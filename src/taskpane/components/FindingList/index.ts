export { FindingList } from "./FindingList";
export type { FindingListProps } from "./FindingList.types";

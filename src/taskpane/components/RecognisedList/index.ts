export { RecognisedList, type RecognisedListProps } from "./RecognisedList";

export { PasteBox } from "./PasteBox";
export { readClipboard, type ClipboardLike } from "./clipboard";
export type { PasteBoxProps } from "./PasteBox.types";

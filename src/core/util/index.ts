export * from "./format-ru";

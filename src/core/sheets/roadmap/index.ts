export * from "./columns";
export * from "./keys";
export * from "./activities-sheet";
export * from "./findings-sheet";
export * from "./directory-sheet";
export * from "./original-sheet";
export * from "./tracking";
export * from "./owner-names";

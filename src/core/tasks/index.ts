export * from "./types";
export * from "./layout";
export * from "./analyse";
export * from "./mastery-table";

export * from "./finding";
export * from "./plural";

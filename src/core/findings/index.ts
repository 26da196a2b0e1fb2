export * from "./finding";
export * from "./plural";
export * from "./kinds";

export * from "./plan";
export * from "./a1";
export * from "./cells";
export * from "./sheet-names";
export * from "./normalize";
export * from "./sheet-refs";
export * from "./merge";
export * from "./header-footer";

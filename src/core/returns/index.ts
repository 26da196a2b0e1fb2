export * from "./form-meta";
export * from "./form-plan";
export * from "./participation";
export * from "./read-return";
export * from "./collect";
export * from "./merge";
export * from "./school-figures";
export * from "./district-edits";

export * from "./read";
export * from "./match";
export * from "./compute";
export * from "./sheet";

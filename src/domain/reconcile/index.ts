export * from "./types";
export * from "./describe";
export * from "./match";

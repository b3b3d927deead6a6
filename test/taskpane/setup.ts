/**
 * What a browser gives and jsdom does not: matchMedia and ResizeObserver (Fluent UI 9),
 * TextEncoder (the domain's SHA-256 for Nhật ký); and patience for findBy and waitFor. Import first
 * in each test.
 */
import { configure } from "@testing-library/dom";
import { TextDecoder, TextEncoder } from "node:util";

// findBy and waitFor wait for the engine to finish a step. On a busy machine (two jest workers
// beside other work) a check took longer than the library's default 1 s. Every task pane test
// waits up to 20 s, well inside jest's own timeout; one that needs longer says so where it waits.
configure({ asyncUtilTimeout: 20_000 });

if (typeof globalThis.TextEncoder === "undefined") {
  Object.assign(globalThis, { TextEncoder, TextDecoder });
}

if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

if (!("ResizeObserver" in window)) {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}

export {};

/** Unit, property and contract tests (no browser). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  // With every step's panel mounted, one whole-pane jsdom test took 30 s on a busy machine.
  testTimeout: 90000,
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/test/browser/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "test/tsconfig.json", diagnostics: false }],
  },
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.ts",
  },
};

// Unit, emulator and browser tests share one runner so `npm test` reports a single total.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  // "./storeData.js" in TypeScript means storeData.ts (a language's lazily loaded catalogues are imported so, as is
  // the reading on the calling thread, reading/fileReading.ts).
  moduleNameMapper: { "^\\./(pane|storeData|review|promotions|fileReading)\\.js$": "./$1" },
  // The pane's words in every language, as a command has them once it starts (src/wording's loadWords).
  setupFilesAfterEnv: ["<rootDir>/test/paneWords.ts"],
  transform: {
    // Type-checking is done once by `tsc --noEmit` in `npm test`; here TypeScript is only transpiled.
    "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
  },
  // Browser tests start Chromium; give them room on a 2-core machine.
  testTimeout: 30000,
  reporters: ["default", "<rootDir>/test/summaryReporter.js"],
};

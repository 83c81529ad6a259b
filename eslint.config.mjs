import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

const nodeGlobals = {
  require: "readonly",
  module: "writable",
  process: "readonly",
  __dirname: "readonly",
  console: "readonly",
  Buffer: "readonly",
  setTimeout: "readonly",
  URL: "readonly",
};

export default tseslint.config(
  { ignores: ["dist/", "build-tsc/", "build-bench/", "coverage/", "node_modules/", "test-results/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      eqeqeq: ["error", "always"],
      "no-console": ["error", { allow: ["warn", "error"] }],
    },
  },
  {
    // Microsoft's rules for Office.js: load before read, sync before read, no sync in a loop, null objects
    // tested with isNullObject. As errors: each one is a bug Excel shows only at run time.
    files: ["src/**/*.ts", "bench/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    // The conformance suite does on purpose what those rules forbid: it reads a property it never loaded to see
    // Excel refuse it, and runs its cases (each with its own syncs) one after another.
    files: [
      "src/conformance/cases.ts",
      "src/conformance/tableCases.ts",
      "src/conformance/strictHostCases.ts",
      "src/conformance/run.ts",
    ],
    rules: { "office-addins/load-object-before-read": "off", "office-addins/no-context-sync-in-loop": "off" },
  },
  {
    // The product's rules stay pure: no host, no DOM, no parser library, no clock, at any folder depth.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["papaparse", "@e965/*", "@microsoft/*", "office-addin-*"],
              message: "src/core holds the product's rules only: no libraries of the shell.",
            },
            {
              regex: "(^|/)(csv|commands|excel|taskpane|preview|emulator|spreadsheet|functions|wording)(/|$)",
              message: "src/core may not depend on the shell: pass plain data in.",
            },
            {
              // The language registry is data: the codes and the words of each language's folder.
              regex: "(^|/)i18n(/(?!languages$|pseudo$)|$)",
              message: "src/core reads the languages from src/i18n/languages.ts only; words are said by the shell.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        "window",
        "document",
        "Excel",
        "Office",
        "navigator",
        "performance",
        "localStorage",
        "fetch",
        "setTimeout",
        "setInterval",
      ],
      // Time is passed in, so that rules can be tested with a frozen "today".
      "no-restricted-syntax": [
        "error",
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "Pass the time in." },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: "Pass the time in.",
        },
      ],
    },
  },
  {
    // The languages are data core reads: the registry, the pseudo-locale's function and each language's folder
    // import no library, no shell and no DOM, so core stays pure through them.
    files: ["src/i18n/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: "^(?!\\.)", message: "A language's catalogues are data: no library." },
            {
              regex: "(^|/)(core|csv|commands|excel|taskpane|preview|emulator|spreadsheet|functions|wording)(/|$)",
              message: "A language's catalogues are data: they import only each other.",
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", "window", "document", "Excel", "Office", "navigator"],
    },
  },
  {
    // Commands are read → core → write: the reading and writing is src/excel's, so no Office.js calls here.
    files: ["src/commands/**/*.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "MemberExpression[property.name='workbook'][object.type='Identifier'][object.name=/^(context|ctx)$/]",
          message: "Office.js belongs in src/excel: call a helper there.",
        },
        {
          selector: "CallExpression[callee.property.name='sync']",
          message: "Office.js belongs in src/excel: call a helper there.",
        },
        {
          selector: "MemberExpression[object.name='Excel'][property.name='run']",
          message: "Office.js belongs in src/excel: call a helper there.",
        },
        {
          selector: "MemberExpression[object.name='Office']",
          message: "Office.js belongs in the shell (src/excel, src/taskpane).",
        },
        {
          selector: "TSQualifiedName[left.name='Excel']",
          message: "Office.js types belong in src/excel: take a WorkbookSession and pass it on.",
        },
      ],
    },
  },
  {
    // A rule, a reader's step or a pane's section is a function of its own, named for what it decides: a function
    // longer than this is holding several (and a command longer than this holds a rule that belongs in src/core).
    files: ["src/**/*.ts"],
    rules: { "max-lines-per-function": ["error", { max: 60, skipBlankLines: true, skipComments: true }] },
  },
  {
    // The benchmark reports its table on the console: that is its output.
    files: ["bench/**/*.ts"],
    rules: { "no-console": "off" },
  },
  {
    files: ["**/*.js", "**/*.cjs", "**/*.mjs"],
    languageOptions: { globals: nodeGlobals, sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { sourceType: "module" },
  }
);

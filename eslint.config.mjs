import js from "@eslint/js";
import tseslint from "typescript-eslint";

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
    // The product's rules stay pure: no host, no DOM, no parser library.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["papaparse", "@microsoft/*", "office-addin-*", "../excel/*", "../taskpane/*", "../preview/*", "../emulator/*"] }],
      "no-restricted-globals": ["error", "window", "document", "Excel", "Office", "navigator"],
      // Time is passed in, so that rules can be tested with a frozen "today".
      "no-restricted-syntax": [
        "error",
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "Pass the time in." },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: "Pass the time in." },
      ],
    },
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
  },
);

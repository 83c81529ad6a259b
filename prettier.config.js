// Microsoft's Office add-in configuration (office-addin-prettier-config: trailing commas where ES5 allows them), at
// a print width of 120: the width the code was written to, and what the 100 of that configuration would wrap a
// third of the lines for, lengthening every function past the 60 lines a rule may take (eslint.config.mjs).
const office = require("office-addin-prettier-config");

module.exports = { ...office, printWidth: 120 };

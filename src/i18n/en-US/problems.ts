/**
 * The English sentences for a refused value (core/problems.ts) and the joins every sentence uses (lists, sentences,
 * figures). They load with the page in every language: a custom function says them before the pane's words arrive,
 * and a command names a sheet's problems in the sheet's language. The Chinese catalogue must have the same keys.
 */
export const problems = {
  "problem.noMargin": "{field}: at a cost of {value} a unit sells at a loss before ads: no ad ROI pays for them.",
  "problem.notCalibrated":
    "{value} has no calibration: “Watch competitors” fits it once our shop has 14 days with both the index and its value. Give the function the Competition sheet's calibration table.",
  "problem.outsideCalibration":
    "{value} is more than 20% outside the calibrated range {from}–{to}: a curve fitted on our shop's days says nothing there.",
  "problem.cellsBelowTable":
    "The sheet “{value}” has cells under the table {field}, which the import would overwrite. Move them, then try again.",
  "problem.tooManyRows":
    "The data would pass Excel's 1,048,576 rows ({value} rows). Split the file, then import the parts.",
  "problem.cellTooLong": "{field}: a value is longer than the 32,767 characters a cell holds; it was cut ({value}).",
  "problem.extraCells":
    "This row has more cells than the header's {width} columns; the extra ones ({value}) were not imported.",
  "problem.cellsBesideTable":
    "The cells right of the table {field} ({address}) are in use, and the status columns would be added there. Move them, then try again.",
  "figure.points": "{value} pt",
  "problem.notDays": "{field}: “{value}” is not a set of days. Write Daily, Weekdays, Mon,Wed or 周一、周三.",
  "problem.notPriority": "{field}: “{value}” is not a priority. Write 1–5 (1 highest) or High, Medium, Low.",
  "problem.sheetProtected":
    "The sheet “{value}” is protected, so nothing was written. Unprotect it (Review › Unprotect Sheet), then try again.",
  "problem.noSchedule": "There is no schedule sheet for {value} (“{field}”). Generate the daily schedule first.",
  "problem.tooManyColumns":
    "The header has {value} columns; an Excel sheet holds 16,384. Export fewer columns, then import again.",
  // How a list and a run of sentences are joined: "a, b and c" / "a、b、c"; sentences one after another.
  "list.separator": ", ",
  "list.lastSeparator": " and ",
  "sentence.separator": " ",
  sentences: "{parts}",
  "problem.at": "{location}: {message}",
  "problem.noInput":
    "No {field} found: the workbook has no table named {table}, no sheet with that name, and the active sheet “{value}” does not have its headers. “Insert sample data” shows the layout.",
  "problem.severalInputs":
    "Several sheets could be the {field}: {sheets}. Keep one, or make the input an Excel table named {value}.",
  "problem.emptyInput": "The sheet “{field}” is empty. Type its header row in row 1: {headers}.",
  "problem.noHeader": "No header row found. The header is the first row with at least two filled cells.",
  "problem.mergedCells":
    "These cells are merged, so only the first of them holds a value and the rows they span cannot be read. Unmerge them (Home › Merge & Center), fill in each cell, then try again.",
  "problem.noRows": "There is a header row but no rows below it.",
  "problem.missingColumn": "The column “{field}” is missing. Headers found: {value}.",
  "problem.duplicateColumn": "“{value}” means the same as “{other}”. Keep one of the two columns.",
  "problem.required": "{field} is empty, and it is required.",
  "problem.notText": "{field}: “{value}” is not text.",
  "problem.notNumber": "{field}: “{value}” is not a number.",
  "problem.notWholeNumber": "{field}: “{value}” is not a whole number.",
  "problem.notRate": "{field}: “{value}” is not a rate. Write it as 0.6, 60% or 60 %.",
  "problem.successRateOver100":
    "{field}: {value} is more than 100%. Did you mean {meant}? A success rate is at most 100%.",
  "problem.negativeRate": "{field}: “{value}” is negative. A growth rate is 0% or more.",
  "problem.notDate": "{field}: “{value}” is not a date. Write it as 2026-11-24, 2026/11/24 or 2026年11月24日.",
  "problem.notTime": "{field}: “{value}” is not a time. Write it like {example}.",
  "problem.excelError": "{field} holds the Excel error {value}. Fix the formula or type the value.",
  "problem.outOfRange": "{field}: “{value}” is out of range. Allowed: {allowed}.",
  "problem.allowed.afterDayStart": "a time later than the day's start ({start})",
  "problem.noStoreMetrics":
    "There is no Store Metrics yet. Import the store's exports (Sycm shop overview, Qianniu orders, ad reports) in the Store data section first.",
} as const;

/** Keys of the words every page loads with it, in every language. */
export type ProblemKey = keyof typeof problems;

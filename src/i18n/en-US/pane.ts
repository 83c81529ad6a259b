/** Every English string the user sees. The Chinese catalogue must have the same keys (the compiler checks). */
export const pane = {
  "app.name": "Growth Ops",
  "app.tagline": "Rank growth points, check goals against store data, plan the day in half-hour slots.",
  "pane.languageLabel": "Language",
  "pane.start.title": "Get started",
  "pane.start.body":
    "The add-in reads four input sheets: Growth Points, Goals, Daily Tasks and Settings. Insert example data for a Taobao shop to see each one, then replace it with your own.",
  "pane.busy": "Working…",
  "command.insertSampleData": "Insert sample data",
  "command.rankGrowthPoints": "Rank growth points",
  "command.updateGoalStatus": "Update goal status",
  "command.generateDailySchedule": "Generate daily schedule",
  "command.notAvailable": "“{command}” is not available in this version yet. Update the add-in to use it.",
  "sample.done": "Sample data added: {sheets}.",
  "sample.renamed": "A sheet named “{wanted}” already exists and was left as it is; the sample went to “{actual}”.",
  "sample.tableRenamed": "A table named “{wanted}” already exists, so the sample table is “{actual}”.",
  "error.InvalidOperationInCellEditMode":
    "Excel is busy editing a cell. Press Enter or Esc to finish editing, then try again.",
  "error.ItemNotFound":
    "Something the add-in needs is no longer in the workbook (a sheet or table was deleted or renamed while it worked). Try again.",
  "error.AccessDenied":
    "Excel refused the change: the sheet or workbook is protected. Unprotect it (Review › Unprotect Sheet), then try again.",
  "error.ItemAlreadyExists": "A sheet or table with that name already exists. Rename it, then try again.",
  "error.InvalidArgument":
    "Excel refused the data the add-in sent. Nothing after that point was written; please report this with your workbook.",
  "error.RequestPayloadSizeLimitExceeded": "The data is too large for one request to Excel. Try again with fewer rows.",
  "error.ResponsePayloadSizeLimitExceeded":
    "Excel's answer was too large to send back at once (Excel on the web allows 5 MB), so the add-in stopped before writing anything. Make the sheet it reads smaller, or split it, then try again.",
  "error.RangeExceedsLimit":
    "That range holds more than the five million cells Excel lets an add-in read at once. Make the sheet the add-in reads smaller, then try again.",
  "error.GeneralException":
    "Excel could not finish the command. Try again; if it keeps failing, save and reopen the workbook.",
  "error.unknown": "Something went wrong: {detail}. Nothing more was written. Try again.",
  "pane.growth.title": "Growth points",
  "pane.growth.body":
    "Ranks the Growth Points sheet by success rate × growth rate and marks the one or two to focus on. Set goals for focus points then adds a goal for each ★ point that has none. Thresholds and the focus limit come from the Settings sheet.",
  "rank.done": "Ranked {count} growth {count|point|points} on “{sheet}”. Focus: {focus}.",
  "rank.doneNoFocus": "Ranked {count} growth {count|point|points} on “{sheet}”. None has a positive score to focus on.",
  "rank.skipped":
    "{count} {count|row was|rows were} not ranked; {count|it is|they are} listed under the table with their problems.",
  "rank.failed": "Nothing was ranked and nothing was written. Fix these problems, then try again:",
  "rank.note":
    "Success threshold {success}; growth threshold {growth}{median}; focus: the top {focus} with a positive score. Score = success rate × growth rate.",
  "rank.median": " (the median)",
  "rank.problemsTitle": "Not ranked: {count} {count|row|rows} with problems",
  "rank.problemCell": "Cell",
  "rank.problemValue": "Value",
  "rank.problemText": "Problem",
  "rank.chartTitle": "Success rate × growth rate",
  "rank.trackRecord": "{achieved}/{ended} achieved",
  "output.nameTaken": "“{wanted}” is a sheet of yours and was left as it is; the output went to “{actual}”.",
  "pane.import.title": "Store data",
  "pane.import.body":
    "Import exports as downloaded (.xls, .xlsx, CSV, TSV or TXT) from Sycm 生意参谋, Qianniu 千牛, ad reports and Alipay. Each kind gets its own table; a row imported again is updated. Store Metrics is rebuilt from them. Diagnose store data then lists what the numbers say, each with a suggested growth point.",
  "pane.import.file": "Import store data",
  "pane.import.keepPersonal": "Keep buyers' names, phones and addresses as exported (masked otherwise)",
  "pane.import.replace": "Replace what was imported before of the same kind",
  "pane.import.cancel": "Cancel import",
  "import.progress": "{file}: {rows} rows read ({rate} rows/s)",
  "problem.encodingBroken":
    "Line {value} (byte {byte}) is not {field}, the encoding the rest of the file is in: the file is damaged, or two encodings are mixed in it. Nothing was imported from this file: download it again, or save it in one encoding (UTF-8 or GBK), then import it.",
  "problem.workbookTooLargeUnpacked":
    "The workbook unpacks to {value}, more than the {limit} the add-in reads (a damaged file, or not a real export). Nothing was imported from it: export a shorter period, or save it as CSV, then import that.",
  "problem.otherShop":
    "This file is from the shop “{value}”, but this workbook belongs to the shop “{workbookShop}”. Nothing was imported from it: keep one workbook per shop, or change the Shop setting if this workbook is now for “{value}”.",
  "problem.severalShops":
    "This file names more than one shop ({value}). Nothing was imported from it: export each shop on its own and import it into that shop's workbook.",
  "problem.cellsBeyondSheet":
    "The file has a cell at {value}, beyond Excel's last column (XFD) or row (1,048,576), where no sheet can hold it. Nothing was imported from it: export fewer columns or a shorter period, then import that.",
  "problem.ambiguousHeader":
    "The column “{value}” could mean {meanings}. Nothing was imported from this file: rename the column to one of them, then import it.",
  "problem.cellsRightOfTable":
    "The sheet “{value}” has cells right of the table {field}, where this file's new columns ({columns}) would go. Nothing was imported from this file: move those cells, then import it again.",
  "problem.notCalibrated":
    "{value} has no calibration: “Watch competitors” fits it once our shop has 14 days with both the index and its value. Give the function the Competition sheet's calibration table.",
  "problem.outsideCalibration":
    "{value} is more than 20% outside the calibrated range {from}–{to}: a curve fitted on our shop's days says nothing there.",
  "problem.notCompetitorKind": "{field}: “{value}” is not a kind the add-in knows. Use one of: {allowed}.",
  "problem.repeatedCost": "“{value}” has a second cost here (the first is in {first}). Keep one row for it.",
  "problem.repeatedDay":
    "“{value}” has a second row for {day} (the first is {first}). Keep one row per day and subject, then run it again.",
  "problem.subjectBothSides":
    "“{value}” is marked as a rival here and as ours at {other} (or the other way round). Mark each subject one way, then run it again.",
  "problem.exportAtRowLimit":
    "The file has exactly {value} rows, where Sycm's self-service 取数 stops an export without a word: its last day is {lastDay}, and the rows after it may be missing. Export a shorter period, then import the days from {lastDay} on.",
  "problem.noDates":
    "No row names its day, and neither the file's first lines nor its name give one: its rows were imported, but no comparison of days can use them. Download the report by day (or keep the date in the file name, as Sycm names it) and import it again.",
  "problem.exportEndsEarly":
    "The file names the period {period}, but its rows stop at {value} although every day before has rows: it may have been cut short (Sycm's 取数 stops at 100,000 rows). Export the days after {value}, then import them.",
  "problem.notTextFile":
    "This is not a text file (it holds binary data). Export the report as CSV, TSV or TXT and import that.",
  "problem.cellsBelowTable":
    "The sheet “{value}” has cells under the table {field}, which the import would overwrite. Move them, then try again.",
  "problem.tooManyRows":
    "The data would pass Excel's 1,048,576 rows ({value} rows). Split the file, then import the parts.",
  "problem.cellTooLong": "{field}: a value is longer than the 32,767 characters a cell holds; it was cut ({value}).",
  "problem.extraCells":
    "This row has more cells than the header's {width} columns; the extra ones ({value}) were not imported.",
  "pane.goals.title": "Goals",
  "pane.goals.body":
    "Writes each goal's progress, time elapsed, status, days left and a note into the Goals table. A blank Current is taken from Store Metrics when the Metric names one.",
  "goals.done": "Updated {count} {count|goal|goals} on “{sheet}”: {summary}.",
  "goals.failed": "No goal status was written. Fix these problems, then try again:",
  "goals.note.targetEqualsBaseline": "Target equals baseline: there is nothing to progress towards.",
  "goals.note.deadlineBeforeStart": "The deadline is before the start.",
  "goals.note.noCurrent": "No current value: fill in Current, or name a store metric in Metric and import store data.",
  "goals.note.fromMetrics": "Current: 7 days to {date} ({days} with data).",
  "goals.projection.trend": "Projected: {count} on the 7-day trend.",
  "goals.projection.sinceStart": "Projected: {count} at their pace since start.",
  "problem.cellsBesideTable":
    "The cells right of the table {field} ({address}) are in use, and the status columns would be added there. Move them, then try again.",
  "pane.schedule.title": "Daily schedule",
  "pane.schedule.body":
    "Plans the day in slots from the Daily Tasks table and the Settings, then logs the day's report from the schedule sheet.",
  "pane.schedule.date": "Schedule date",
  "command.logDailyReport": "Log daily report",
  "schedule.done": "Planned “{sheet}”: {tasks} tasks in {slots} slots, {free} slots free.",
  "schedule.failed": "No schedule was written. Fix these problems, then try again:",
  "report.ready": "The report for {date} is ready ({chars} characters).",
  "command.copyDailyReport": "Copy daily report",
  "pane.review.period": "Review period",
  "pane.review.week": "{id} ({from} – {to})",
  "pane.review.month": "Month {id}",
  "pane.review.label": "Weekly report",
  "command.writeWeeklyReview": "Write weekly review",
  "command.copyWeeklyReport": "Copy weekly report",
  "pane.review.proposals": "Next week's goals: tick those to add",
  "command.planNextWeek": "Plan next week",
  "command.addTickedGoals": "Add ticked goals",
  "pane.report.label": "Daily report",
  "pane.report.copied": "Copied: paste it into WeChat or DingTalk.",
  "pane.report.copyFailed": "This pane may not copy by itself: select the text (Ctrl+A in the box) and copy it.",
  "schedule.carried": "Carried over from “{sheet}”, first in their priority: {tasks}.",
  "schedule.carriedTask": "{task} ({minutes} min)",
  "schedule.missedRecurring": "Missed on “{sheet}”: {tasks}. Planned once today.",
  "schedule.carriedThird": "Carried over a third time: {tasks}. Decide: do it first, give it to someone, or drop it.",
  "schedule.summary":
    "{tasks} tasks in {slots} slots of {size} minutes from {from} to {to}; {free} slots free; {unscheduled} unscheduled.",
  "schedule.unscheduledLine": "Unscheduled: {task}, {minutes} minutes short ({reason}).",
  "schedule.reason.doesNotFit": "not enough free time",
  "schedule.reason.overlapsFixed": "overlaps the fixed task {other}",
  "schedule.reason.inBreak": "its fixed time is in a break",
  "schedule.reason.outsideDay": "its fixed time is outside the working day",
  "report.added": "Logged {date}: {done} of {planned} slots done.",
  "report.updated": "Updated the log for {date}: {done} of {planned} slots done.",
  "report.failed": "Nothing was logged:",
  "report.notMade": "No report made:",
  // The day's report for WeChat or DingTalk (core/dailyReport.ts): short, read on a phone.
  "report.title": "Daily report {date}",
  "report.noMetrics": "No Store Metrics yet: import Sycm's shop overview to see GMV and visitors here.",
  "report.metric.gmv": "GMV",
  "report.metric.visitors": "Visitors",
  "report.metric.conversion": "Conversion",
  "report.metric.aov": "AOV",
  "report.metric.roi": "Ad ROI",
  "report.figure": "{metric} {value}",
  "report.figureVersus": "{metric} {value} ({versus})",
  "report.figureMissing": "{metric}: none for {date} (Store Metrics reaches {reaches})",
  "report.figureNever": "{metric}: not in Store Metrics",
  "report.roiProvisional": "{metric} {value} (provisional: 万相台 attributes sales to a click over {days} days)",
  "report.dayBefore": "vs the day before {change}",
  "report.weekBefore": "vs last {weekday} {change}",
  "figure.points": "{value} pt",
  "report.weekday.1": "Mon",
  "report.weekday.2": "Tue",
  "report.weekday.3": "Wed",
  "report.weekday.4": "Thu",
  "report.weekday.5": "Fri",
  "report.weekday.6": "Sat",
  "report.weekday.7": "Sun",
  "report.competitorMove":
    "Competitors: biggest move this week {subject}, est. {measure} {change} against the week before",
  "report.measure.gmv": "GMV",
  "report.measure.visitors": "visitors",
  "report.measure.tradeIndex": "trade index",
  "report.goals": "Goals behind or at risk: {goals}",
  "report.goal": "{name} ({status})",
  "report.slots": "Slots done: {done} of {planned}.",
  "report.unfinished": "Unfinished: {tasks}",
  "report.notes": "Notes: {notes}",
  "report.itemSeparator": ", ",
  "report.notesSeparator": "; ",
  "problem.notDays": "{field}: “{value}” is not a set of days. Write Daily, Weekdays, Mon,Wed or 周一、周三.",
  "problem.notPriority": "{field}: “{value}” is not a priority. Write 1–5 (1 highest) or High, Medium, Low.",
  "problem.sheetProtected":
    "The sheet “{value}” is protected, so nothing was written. Unprotect it (Review › Unprotect Sheet), then try again.",
  "problem.noSchedule": "There is no schedule sheet for {value} (“{field}”). Generate the daily schedule first.",
  "setup.created": "Created {sheets} with their headers. Fill in your own rows.",
  "setup.settingSaved": "Saved {name} = {value} in the Settings sheet.",
  "setup.settingRefused": "The setting was not saved:",
  "pane.empty.title": "This workbook has no Growth Ops inputs yet",
  "pane.empty.body":
    "Each job reads one input sheet. Create the sheets with just their headers and type your own rows, or insert a Taobao shop's example data to see everything work first.",
  "pane.input.growthPoints":
    "Growth Points: every idea to grow the shop, with your estimate of its success rate and growth rate.",
  "pane.input.goals": "Goals: a target with a deadline for each focus, like “main image CTR to 6% within the week”.",
  "pane.input.dailyTasks": "Daily Tasks: what you do each day, how long it takes, its priority and on which days.",
  "pane.input.settings": "Settings: working hours, breaks, slot length, focus limit and thresholds (all optional).",
  "pane.createSheets": "Create input sheets",
  "pane.createSheet": "Create {sheet}",
  "pane.settingsTitle": "Settings",
  "pane.settingsHint": "Saved in the workbook's Settings sheet, so they travel with the file.",
  "pane.setting.growthThreshold.median": "blank = median",
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
  "problem.unterminatedQuote":
    'A quote (") opened on line {value} is never closed, so the rest of the file would run into one cell. Nothing was imported from this file: close or remove that quote, then import it again.',
  "problem.scientificId":
    "{field}: “{value}” is an id Excel shortened to scientific notation, so its digits are lost. Export the file again (or open the original export) rather than a copy re-saved by Excel; the row was imported with the value as text.",
  "problem.periodNotSplit":
    "The file covers {value} and has no date column, so its rows cannot be split by day: they were imported with the period in “{field}”. Download one day at a time to get daily figures.",
  "problem.periodDisagrees":
    "{field}: the row's day {value} is outside the period the file says it covers ({period}). Check that you downloaded the period you meant.",
  "problem.footerMismatch":
    "{field}: the file's footer says {footerEntries} entries and {footerAmount} yuan, but the rows read add up to {entries} entries and {amount} yuan. Check that the file is complete and was not edited.",
  "problem.workbookTooLarge":
    "The workbook is larger than {value}, more than the pane can read at once. Export a shorter period, or save it as CSV, and import that.",
  "problem.workbookEncrypted":
    "The workbook is protected with a password, so it cannot be read. Open it in Excel, remove the password (File › Info › Protect Workbook), save, and import it again.",
  "problem.workbookCorrupt":
    "The workbook cannot be read: it is damaged, or not an Excel file. Download the export again, or open it in Excel and save it as .xlsx or CSV, then import that.",
  "problem.workbookStringsMissing":
    "The workbook cannot be read: its cells point into a table of texts (sharedStrings) that the file does not hold, so the file is damaged. Download the export again, or open it in Excel and save it as .xlsx or CSV, then import that.",
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
  "preview.title": "Growth Ops preview",
  "preview.note": "Preview: the real task pane working on an emulated workbook, without Excel.",
  "preview.ribbonGroup": "Growth Ops",
  "preview.openPane": "Open Growth Ops",
  "preview.sheets": "Sheets",
  "preview.grid": "Cells of {sheet}",
  "preview.rowsShown": "Showing rows 1–{shown} of {total}.",
  "taskpane.outsideOffice":
    "This page runs inside Excel. Sideload the add-in (see the README), or open the preview to try it in a browser.",
  "taskpane.openPreview": "Open the preview",
  "problem.noStoreMetrics":
    "There is no Store Metrics yet. Import the store's exports (Sycm shop overview, Qianniu orders, ad reports) in the Store data section first.",
  "problem.noDiagnosis":
    "There is no Diagnosis sheet with findings yet. Click “Diagnose store data” first; delete the rows you do not want, then add the rest.",
  "command.diagnoseStoreData": "Diagnose store data",
  "command.addSuggestions": "Add suggestions to growth points",
  "command.watchCompetitors": "Watch competitors",
  "diagnosis.afterImport":
    "Diagnosis: {count} {count|finding|findings} in the store's data. Click “Diagnose store data” to see them.",
  // The Diagnosis sheet's words (core/diagnosisText.ts): each rule's finding, its suggested growth point, its evidence.
  "suggestions.failed": "No growth point was added:",
  "suggestions.none": "All {count} suggested growth points are already listed in Growth Points; nothing was added.",
  "suggestions.done":
    "Added {count} growth {count|point|points} to “{sheet}”: {points}. Their Source says where each success rate came from; rank them to see where they stand.",
  "suggestions.skipped":
    "{count} {count|suggestion was|suggestions were} already listed and left as {count|it is|they are}.",
  "suggestions.source.record": "Diagnosis {day}; success rate from its track record ({achieved}/{ended} achieved)",
  "suggestions.source.estimate": "Diagnosis {day}; success rate estimated (no track record yet)",
  "command.setGoals": "Set goals for focus points",
  "setGoals.failed": "No goal was set:",
  "setGoals.noFocus":
    "No growth point has a positive score, so there is no focus point to set a goal for. Fill in success and growth rates, then rank again.",
  "setGoals.allOpen": "Every focus point already has an open goal ({points}); nothing was added.",
  "setGoals.done":
    "Added {count} {count|goal|goals} to “{sheet}” for {points}. Current comes from Store Metrics: run “Update goal status” to track them.",
  "setGoals.incomplete": "{point}: {note}",
  "goal.name.dated": "{point} by {by}",
  "goal.name.move": "{metric} {from} → {to} by {by}",
  "goal.note.capped": "Held to the best 7-day level, {level} (to {date}).",
  "goal.note.beyond": "A stretch: past the best 7-day level, {level} (to {date}).",
  "goal.note.noMetric": "No store metric recognised in the growth point's name: fill in Metric, Baseline and Target.",
  "goal.note.noData":
    "Store Metrics has no {metric} in the last 7 days: import the data that holds it, then fill in Baseline and Target.",
  "goals.statusCount": "{status} {count}",
  "goals.trends": "Goal Trends: a chart for each of {count} {count|goal|goals} with a store metric, on “{sheet}”.",
  "goals.trendsLeft":
    "{count} more {count|goal|goals} with a store metric {count|is|are} not charted: the sheet shows the first 20.",
  "preview.cell": "Cell",
  "preview.formula": "Formula or value for the cell (Enter writes it)",
  "preview.formulaHint": "=GROWTHOPS.SCORE(60%, 20%)",
} as const;

/** Keys of the words the pane loads with its page; the store-data commands bring theirs (storeData.en-US.ts). */
export type PaneKey = keyof typeof pane;

/**
 * The cases of what a strict host refuses or models beyond cell typing: large arrays, protection, the Text-cell
 * behaviours no page states, formulas, merged cells and navigation loads. Each is recorded like the rest.
 */
import type { ConformanceCase } from "./types";
import { PR, REF, json, outcome, valuesOf } from "./caseTools";

export const STRICT_HOST_CASES: readonly ConformanceCase[] = [
  {
    id: "array-size-large",
    behaviour: "A values array of 1,600 rows written to a 10-row range is refused whole, before any row is written",
    source: `${REF} Excel.Range.values; the client's own setRangePropertiesInBulk (_ValidateArraySize before row chunks)`,
    undocumented: true,
    expected: json({ sync: "InvalidArgument", a1: [[""]] }),
    run: async (excel, sheet) => {
      const sync = await outcome(
        excel.run(async (context) => {
          context.workbook.worksheets.getItem(sheet).getRange("A1:A10").values = Array.from(
            { length: 1_600 },
            (_, i) => [i]
          );
          await context.sync();
        })
      );
      return json({ sync, a1: await valuesOf(excel, sheet, "A1") });
    },
  },
  {
    id: "protected-format",
    behaviour: "A protected sheet refuses a fill; unprotected again, it takes it",
    source: `${REF} Excel.WorksheetProtection.protect, Excel.WorksheetProtectionOptions.allowFormatCells`,
    undocumented: true,
    expected: json({ protectedFill: "AccessDenied", unprotectedFill: "ok" }),
    run: async (excel, sheet) => {
      const fill = () =>
        outcome(
          excel.run(async (context) => {
            context.workbook.worksheets.getItem(sheet).getRange("A1").format.fill.color = "#FFFF00";
            await context.sync();
          })
        );
      await excel.run(async (context) => {
        context.workbook.worksheets.getItem(sheet).protection.protect();
        await context.sync();
      });
      const protectedFill = await fill();
      await excel.run(async (context) => {
        context.workbook.worksheets.getItem(sheet).protection.unprotect();
        await context.sync();
      });
      return json({ protectedFill, unprotectedFill: await fill() });
    },
  },
  {
    id: "sign-in-text-cell",
    behaviour: "Text led by = written into a Text (@) cell: a formula (the host's default variant) or text (its other)",
    source: `${REF} Excel.Range.values names no exception for a Text cell; host variant signInTextCell`,
    undocumented: true,
    expected: json({ values: [[2]], formulas: [["=1+1"]] }),
    run: (excel, sheet) =>
      excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem(sheet).getRange("A1");
        range.numberFormat = [["@"]];
        range.values = [["=1+1"]];
        range.load("values, formulas");
        await context.sync();
        return json({ values: range.values, formulas: range.formulas });
      }),
  },
  {
    id: "apostrophe-in-text-cell",
    behaviour:
      "A leading apostrophe written into a Text (@) cell stays part of the text (the host's default variant) or is the quote prefix (its other)",
    source: "No page says; host variant apostropheInTextCell",
    undocumented: true,
    expected: json([["'00123"]]),
    run: (excel, sheet) =>
      excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem(sheet).getRange("A1");
        range.numberFormat = [["@"]];
        range.values = [["'00123"]];
        range.load("values");
        await context.sync();
        return json(range.values);
      }),
  },
  {
    id: "not-a-formula",
    behaviour: "=SUM( is refused; text led by a minus that is no formula (-10% refunds) stays text",
    source: "No page says what Range.values does with a value Excel cannot read as a formula",
    undocumented: true,
    expected: json({ bad: "InvalidArgument", text: [["-10% refunds"]] }),
    run: async (excel, sheet) => {
      const bad = await outcome(
        excel.run(async (context) => {
          context.workbook.worksheets.getItem(sheet).getRange("A1").values = [["=SUM("]];
          await context.sync();
        })
      );
      const text = await excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem(sheet).getRange("B1");
        range.values = [["-10% refunds"]];
        range.load("values");
        await context.sync();
        return range.values;
      });
      return json({ bad, text });
    },
  },
  {
    id: "formula-recalculates",
    behaviour: "A formula's value follows its precedent when the precedent changes",
    source: "Excel's automatic calculation mode (Excel.Application.calculationMode, Automatic by default)",
    undocumented: true,
    expected: json([[5, 10]]),
    run: (excel, sheet) =>
      excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.getRange("A1:B1").formulas = [[1, "=A1*2"]];
        await context.sync();
        ws.getRange("A1").values = [[5]];
        const range = ws.getRange("A1:B1").load("values");
        await context.sync();
        return json(range.values);
      }),
  },
  {
    id: "merge-keeps-top-left",
    behaviour: "Merging keeps the top-left cell's value only, and the merged area is listed",
    source: `${REF} Excel.Range.merge (ExcelApi 1.2), Excel.Range.getMergedAreasOrNullObject (ExcelApi 1.13); support.microsoft.com "Merge and unmerge cells"`,
    undocumented: true,
    expected: json({ values: [["a", ""]], areas: "A1:B1" }),
    run: (excel, sheet) =>
      excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem(sheet).getRange("A1:B1");
        range.values = [["a", "b"]];
        range.merge();
        range.load("values");
        const areas = range.getMergedAreasOrNullObject().load("address");
        await context.sync();
        return json({ values: range.values, areas: areas.isNullObject ? null : areas.address.split("!").pop() });
      }),
  },
  {
    id: "load-navigation",
    behaviour: "load('format/font') loads the font's scalar properties",
    source: `${PR} docs/excel/excel-add-ins-advanced-concepts.md (Calling load without parameters)`,
    quote:
      "If you call the `load()` method on an object (or collection) without specifying any parameters, all scalar properties of the object (or all scalar properties of all objects in the collection) will be loaded.",
    expected: json({ bold: true, size: "number" }),
    run: (excel, sheet) =>
      excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem(sheet).getRange("A1");
        range.format.font.bold = true;
        // eslint-disable-next-line office-addins/no-navigational-load -- the case is what Excel does with this load
        range.load("format/font");
        await context.sync();
        return json({ bold: range.format.font.bold, size: typeof range.format.font.size });
      }),
  },
];

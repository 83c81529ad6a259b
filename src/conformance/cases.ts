/**
 * The emulator's pinned behaviours, as one suite that runs against whatever Excel it is given: the emulator (in
 * jest and in a browser) or a real Excel (conformance.html opened in Excel's task pane). Each case names where
 * the behaviour comes from. Where Excel's behaviour is undocumented the emulator models the harder one
 * (`undocumented: true`): a real Excel that differs there is not an emulator bug, as long as the add-in works
 * under both; every other difference is one, and the record in docs/conformance/ says where.
 *
 * Every case works on a sheet of its own, made for it and deleted after it, so the suite leaves the workbook
 * it runs in as it found it.
 */

import type { ConformanceCase, ExcelLike } from "./types";
import { PR, REF, SNIPPETS, json, outcome, valuesOf } from "./caseTools";
import { STRICT_HOST_CASES } from "./strictHostCases";
import { TABLE_CASES } from "./tableCases";

async function typed(
  excel: ExcelLike,
  sheet: string,
  input: (string | number | boolean)[][],
  format?: string
): Promise<string> {
  return excel.run(async (context) => {
    const range = context.workbook.worksheets
      .getItem(sheet)
      .getRangeByIndexes(0, 0, input.length, input[0]?.length ?? 1);
    if (format) range.numberFormat = input.map((row) => row.map(() => format));
    range.values = input;
    range.load("values, numberFormat");
    await context.sync();
    return json({ values: range.values, formats: range.numberFormat });
  });
}

export const CASES: readonly ConformanceCase[] = [
  {
    id: "not-loaded",
    behaviour: "Reading a property before load() and sync() throws PropertyNotLoaded",
    source: `${PR} docs/develop/application-specific-api-model.md (load)`,
    quote:
      "Before you can read the properties of a proxy object, you must explicitly load the properties to populate the proxy object with data from the Office document, and then call `context.sync()`.",
    expected: "PropertyNotLoaded",
    run: (excel, sheet) =>
      outcome(
        excel.run(async (context) => {
          const range = context.workbook.worksheets.getItem(sheet).getRange("A1");
          await context.sync();
          return range.values;
        })
      ),
  },
  {
    id: "load-sync",
    behaviour: "After load() and sync() the values are readable",
    source: `${PR} docs/develop/application-specific-api-model.md (sync)`,
    quote:
      "Before you can read the properties of a proxy object, you must explicitly load the properties to populate the proxy object with data from the Office document, and then call `context.sync()`.",
    expected: json([[7]]),
    run: (excel, sheet) =>
      excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem(sheet).getRange("A1");
        range.values = [[7]];
        range.load("values");
        await context.sync();
        return json(range.values);
      }),
  },
  {
    id: "first-failure",
    behaviour: "The first failing operation rejects the sync with its code; what ran before it stays applied",
    source: `${PR} docs/excel/excel-add-ins-error-handling.md`,
    undocumented: true,
    expected: json({ sync: "InvalidArgument", a1: [["kept"]] }),
    run: async (excel, sheet) => {
      const sync = await outcome(
        excel.run(async (context) => {
          const ws = context.workbook.worksheets.getItem(sheet);
          ws.getRange("A1").values = [["kept"]];
          ws.getRange("B1:C1").values = [["only one"]];
          await context.sync();
        })
      );
      return json({ sync, a1: await valuesOf(excel, sheet, "A1") });
    },
  },
  {
    id: "missing-item-unused",
    behaviour: "getItem of a missing sheet fails the next sync even when the object is never used",
    source: `${PR} docs/excel/excel-add-ins-advanced-concepts.md (proxy objects are created in the batch)`,
    undocumented: true,
    expected: "ItemNotFound",
    run: (excel) =>
      outcome(
        excel.run(async (context) => {
          context.workbook.worksheets.getItem("No such sheet, conformance");
          await context.sync();
        })
      ),
  },
  {
    id: "bad-address-unused",
    behaviour: "getRange with an address that is not one fails the next sync even when unused",
    source: `${REF} Excel.Worksheet.getRange`,
    undocumented: true,
    expected: "InvalidArgument",
    run: (excel, sheet) =>
      outcome(
        excel.run(async (context) => {
          context.workbook.worksheets.getItem(sheet).getRange("not an address");
          await context.sync();
        })
      ),
  },
  {
    id: "null-object",
    behaviour: "getItemOrNullObject of a missing sheet gives isNullObject = true after sync",
    source: `${PR} docs/develop/application-specific-api-model.md (*OrNullObject methods)`,
    quote:
      "Gets a worksheet object using its name or ID. If the worksheet does not exist, then this method returns an object with its `isNullObject` property set to `true`.",
    expected: "true",
    run: (excel) =>
      excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItemOrNullObject("No such sheet, conformance");
        await context.sync();
        return String(ws.isNullObject);
      }),
  },
  {
    id: "null-object-method",
    behaviour: "A method called on a null object does nothing",
    source: `${PR} docs/develop/application-specific-api-model.md (*OrNullObject methods)`,
    undocumented: true,
    expected: "ok",
    run: (excel) =>
      outcome(
        excel.run(async (context) => {
          context.workbook.worksheets.getItemOrNullObject("No such sheet, conformance").delete();
          await context.sync();
        })
      ),
  },
  {
    id: "load-items",
    behaviour: "load('items') on a collection loads its items with their properties",
    source: `${PR} docs/develop/application-specific-api-model.md (load, collections)`,
    quote:
      "If you call the `load()` method on an object (or collection) without specifying any parameters, all scalar properties of the object (or all scalar properties of all objects in the collection) will be loaded.",
    expected: "true",
    run: (excel, sheet) =>
      excel.run(async (context) => {
        const sheets = context.workbook.worksheets.load("items");
        await context.sync();
        return String(sheets.items.some((s) => s.name === sheet));
      }),
  },
  {
    id: "load-items-name",
    behaviour: "load('items/name') loads the name of every item",
    source: `${REF} Excel.WorksheetCollection.load`,
    undocumented: true,
    expected: "true",
    run: (excel, sheet) =>
      excel.run(async (context) => {
        const sheets = context.workbook.worksheets.load("items/name");
        await context.sync();
        return String(sheets.items.map((s) => s.name).includes(sheet));
      }),
  },
  {
    id: "custom-properties",
    behaviour: "Worksheet custom properties load as items, and stay with the sheet when it is renamed",
    source: `${REF} Excel.WorksheetCustomPropertyCollection (ExcelApi 1.12)`,
    undocumented: true,
    expected: json([["GrowthOps.Conformance", "yes"]]),
    run: (excel, sheet) =>
      excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.customProperties.add("GrowthOps.Conformance", "yes");
        ws.name = `${sheet} renamed`;
        const props = ws.customProperties.load("items/key, items/value");
        await context.sync();
        ws.name = sheet;
        await context.sync();
        return json(props.items.map((p) => [p.key, p.value]));
      }),
  },
  {
    id: "values-shape",
    behaviour: "A values array whose shape differs from the range fails with InvalidArgument",
    source: `${REF} Excel.Range.values`,
    undocumented: true,
    expected: "InvalidArgument",
    run: (excel, sheet) =>
      outcome(
        excel.run(async (context) => {
          context.workbook.worksheets.getItem(sheet).getRange("A1:B2").values = [[1, 2]];
          await context.sync();
        })
      ),
  },
  {
    id: "single-value-fills",
    behaviour: "A single value written to values fills every cell of the range",
    source: `${REF} Excel.Range.values ("If the argument is a single value, it will be applied to all cells")`,
    quote: "If the argument is a single value, it will be applied to all cells in the range.",
    expected: json([
      [5, 5],
      [5, 5],
    ]),
    run: (excel, sheet) =>
      excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem(sheet).getRange("A1:B2");
        (range as unknown as { values: number }).values = 5;
        range.load("values");
        await context.sync();
        return json(range.values);
      }),
  },
  {
    id: "text-number",
    behaviour: "Text that reads as a number is stored as a number",
    source: `${REF} Excel.Range.values (typed as if entered)`,
    undocumented: true,
    expected: json({ values: [[123]], formats: [["General"]] }),
    run: (excel, sheet) => typed(excel, sheet, [["123"]]),
  },
  {
    id: "text-percent",
    behaviour: "'60%' is stored as 0.6 with a percent format",
    source: `${REF} Excel.Range.values (typed as if entered)`,
    undocumented: true,
    expected: json({ values: [[0.6]], formats: [["0%"]] }),
    run: (excel, sheet) => typed(excel, sheet, [["60%"]]),
  },
  {
    id: "text-us-date",
    behaviour: "'1/1/2017' is stored as a date in an en-US Excel",
    source: `${SNIPPETS} samples/excel (dates written as text); en-US typing rules`,
    undocumented: true,
    expected: json({ values: [[42736]], formats: [["m/d/yyyy"]] }),
    run: (excel, sheet) => typed(excel, sheet, [["1/1/2017"]]),
  },
  {
    id: "text-currency",
    behaviour: "'$120' is stored as 120 with a currency format",
    source: "en-US typing rules (Excel stores typed currency as a number with a currency format)",
    undocumented: true,
    expected: json({ values: [[120]], formats: [["$#,##0"]] }),
    run: (excel, sheet) => typed(excel, sheet, [["$120"]]),
  },
  {
    id: "text-no-such-date",
    behaviour: "A date that does not exist ('2026-02-31') stays text",
    source: "Excel's typing rules: only real dates become serials",
    undocumented: true,
    expected: json({ values: [["2026-02-31"]], formats: [["General"]] }),
    run: (excel, sheet) => typed(excel, sheet, [["2026-02-31"]]),
  },
  {
    id: "text-formula",
    behaviour: "Text starting with '=' is a formula",
    source: `${REF} Excel.Range.values ("starts with a plus, minus or equal sign … interprets as a formula")`,
    quote:
      'If the provided value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this value as a formula.',
    expected: json("=1+1"),
    run: (excel, sheet) =>
      excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem(sheet).getRange("A1");
        range.values = [["=1+1"]];
        range.load("formulas");
        await context.sync();
        return json(range.formulas[0]?.[0]);
      }),
  },
  {
    id: "apostrophe",
    behaviour: "A leading apostrophe keeps the text as text, without the apostrophe",
    source: "Excel's typing rules (a leading apostrophe marks text)",
    undocumented: true,
    expected: json({ values: [["00123"]], formats: [["General"]] }),
    run: (excel, sheet) => typed(excel, sheet, [["'00123"]]),
  },
  {
    id: "fifteen-digits",
    behaviour: "Numbers keep 15 significant digits",
    source: "Excel specifications and limits (number precision, 15 digits)",
    undocumented: true,
    expected: json({ values: [[154839030206894000]], formats: [["General"]] }),
    run: (excel, sheet) => typed(excel, sheet, [["154839030206893571"]]),
  },
  {
    id: "text-format-text",
    behaviour: "Text written into a Text (@) cell stays as written",
    source: "Excel's typing rules (the @ format keeps typed text)",
    undocumented: true,
    expected: json({ values: [["00123"]], formats: [["@"]] }),
    run: (excel, sheet) => typed(excel, sheet, [["00123"]], "@"),
  },
  {
    id: "text-format-boolean",
    behaviour: "A Boolean written into a Text (@) cell becomes text (the harder of two undocumented behaviours)",
    source: "undocumented; modelled as the harder behaviour",
    undocumented: true,
    expected: json({ values: [["TRUE"]], formats: [["@"]] }),
    run: (excel, sheet) => typed(excel, sheet, [[true]], "@"),
  },
  ...TABLE_CASES,
  {
    id: "used-range-blank",
    behaviour: "getUsedRangeOrNullObject on a blank sheet is a null object",
    source: `${REF} Excel.Worksheet.getUsedRangeOrNullObject`,
    undocumented: true,
    expected: "true",
    run: (excel, sheet) =>
      excel.run(async (context) => {
        const used = context.workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(true);
        await context.sync();
        return String(used.isNullObject);
      }),
  },
  {
    id: "deleted-sheet",
    behaviour: "A proxy of a deleted sheet fails with ItemNotFound",
    source: `${PR} docs/excel/excel-add-ins-error-handling.md`,
    undocumented: true,
    expected: "ItemNotFound",
    run: (excel, sheet) =>
      outcome(
        excel.run(async (context) => {
          const extra = context.workbook.worksheets.add(`${sheet} x`);
          await context.sync();
          extra.delete();
          await context.sync();
          extra.getRange("A1").values = [[1]];
          await context.sync();
        })
      ),
  },
  {
    id: "delay-for-cell-edit",
    behaviour: "Excel.run accepts RunOptions with delayForCellEdit and runs at once when no cell is being edited",
    source: `${REF} Excel.RunOptions.delayForCellEdit (ExcelApi 1.9)`,
    quote: "Determines whether Excel will delay the batch request until the user exits cell edit mode.",
    expected: "ok",
    run: (excel, sheet) =>
      outcome(
        excel.run({ delayForCellEdit: true }, async (context) => {
          context.workbook.worksheets.getItem(sheet).getRange("A1").values = [[1]];
          await context.sync();
        })
      ),
  },
  {
    id: "request-limit",
    behaviour: "A request over 5 MB fails with RequestPayloadSizeLimitExceeded",
    source: `${PR} docs/concepts/resource-limits-and-performance-optimization.md (Excel add-ins)`,
    quote:
      "Excel on the web has a payload size limit for requests and responses of 5MB. `RichAPI.Error` will be thrown if that limit is exceeded.",
    webOnly: true,
    expected: "RequestPayloadSizeLimitExceeded",
    run: (excel, sheet) =>
      outcome(
        excel.run(async (context) => {
          const text = "x".repeat(30_000);
          context.workbook.worksheets.getItem(sheet).getRange("A1:A200").values = Array.from({ length: 200 }, () => [
            text,
          ]);
          await context.sync();
        })
      ),
  },
  {
    id: "read-cell-limit",
    behaviour: "A read of more than five million cells fails",
    source: `${PR} docs/concepts/resource-limits-and-performance-optimization.md (Excel add-ins: five million cells per get)`,
    quote: "A range is limited to five million cells for get operations.",
    webOnly: true,
    expected: "RangeExceedsLimit",
    run: (excel, sheet) =>
      outcome(
        excel.run(async (context) => {
          context.workbook.worksheets.getItem(sheet).getRange("A1:E1000001").load("values");
          await context.sync();
        })
      ),
  },
  {
    id: "response-limit",
    behaviour: "A response over 5 MB fails with ResponsePayloadSizeLimitExceeded",
    source: `${PR} docs/concepts/resource-limits-and-performance-optimization.md (Excel add-ins)`,
    quote:
      "Excel on the web has a payload size limit for requests and responses of 5MB. `RichAPI.Error` will be thrown if that limit is exceeded.",
    webOnly: true,
    expected: "ResponsePayloadSizeLimitExceeded",
    run: async (excel, sheet) => {
      const text = "y".repeat(20_000);
      for (let block = 0; block < 4; block++) {
        await excel.run(async (context) => {
          context.workbook.worksheets.getItem(sheet).getRangeByIndexes(block * 80, 0, 80, 1).values = Array.from(
            { length: 80 },
            () => [text]
          );
          await context.sync();
        });
      }
      return outcome(
        excel.run(async (context) => {
          context.workbook.worksheets.getItem(sheet).getRange("A1:A320").load("values");
          await context.sync();
        })
      );
    },
  },
  {
    id: "intersection",
    behaviour: "getIntersectionOrNullObject gives the shared cells, or a null object when there are none",
    source: `${REF} Excel.Range.getIntersectionOrNullObject (ExcelApi 1.4)`,
    quote:
      "Gets the range object that represents the rectangular intersection of the given ranges. If no intersection is found, then this method returns an object with its `isNullObject` property set to `true`.",
    expected: json({ shared: "B2:C3", none: true }),
    run: (excel, sheet) =>
      excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        const shared = ws.getRange("A1:C3").getIntersectionOrNullObject(ws.getRange("B2:D9")).load("address");
        const none = ws.getRange("A1:B2").getIntersectionOrNullObject(ws.getRange("D4:E5")).load("address");
        await context.sync();
        return json({ shared: shared.address.split("!").pop(), none: none.isNullObject });
      }),
  },
  {
    id: "range-used-range",
    behaviour: "Range.getUsedRangeOrNullObject gives the used cells within a range, or a null object when none is used",
    source: `${REF} Excel.Range.getUsedRangeOrNullObject (ExcelApi 1.4)`,
    quote:
      "If there are no used cells within the range, then this method returns an object with its `isNullObject` property set to `true`.",
    expected: json({ used: "C3:D4", empty: true }),
    run: (excel, sheet) =>
      excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.getRange("C3").values = [["x"]];
        ws.getRange("D4").values = [[1]];
        ws.getRange("H9").values = [["outside"]];
        const used = ws.getRange("A1:E6").getUsedRangeOrNullObject(true).load("address");
        const empty = ws.getRange("A10:B12").getUsedRangeOrNullObject(true).load("address");
        await context.sync();
        return json({ used: used.address.split("!").pop(), empty: empty.isNullObject });
      }),
  },
  {
    id: "conditional-cell-value",
    behaviour: "Cell-value conditional formats take their rule as one object, and clearAll removes those on the range",
    source: `${SNIPPETS} excel/14-conditional-formatting/conditional-formatting-basic.yaml; ${REF} Excel.ConditionalFormatCollection.clearAll (ExcelApi 1.6)`,
    undocumented: true,
    expected: json({ added: 2, cleared: 0 }),
    run: (excel, sheet) =>
      excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem(sheet).getRange("A1:A5");
        const first = range.conditionalFormats.add("CellValue");
        first.cellValue.format.fill.color = "#E2F0D9";
        first.cellValue.rule = { formula1: '="On track"', operator: "EqualTo" };
        range.conditionalFormats.add("CellValue").cellValue.rule = { formula1: "=0", operator: "LessThan" };
        const added = range.conditionalFormats.getCount();
        await context.sync();
        range.conditionalFormats.clearAll();
        const after = range.conditionalFormats.getCount();
        await context.sync();
        return json({ added: added.value, cleared: after.value });
      }),
  },
  ...STRICT_HOST_CASES,
];

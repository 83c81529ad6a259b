/**
 * What the preview's grid is sent: the host's worker works it out from the workbook (sheetView.ts) and the page
 * only draws it, so what a cell shows is decided here.
 */
import { ExcelEmulator } from "../../src/emulator";
import { MAX_ROWS_SHOWN, workbookView } from "../../src/preview/sheetView";

const noFormulas = () => null;

describe("the grid's view of the workbook", () => {
  const excel = new ExcelEmulator({
    activeSheet: "Points",
    sheets: [
      { name: "Hidden", values: [], visibility: "Hidden" },
      {
        name: "Points",
        values: [
          ["Growth point", "Score", "Done"],
          ["Main image", 0.21, true],
          ["Long text runs on", null, false],
        ],
        numberFormats: [
          [null, null, null],
          [null, "0%", null],
          [null, "0%", null],
        ],
        formulas: [
          [null, null, null],
          [null, null, null],
          [null, "=GROWTHOPS.SCORE(60%, 20%)", null],
        ],
        tables: [{ name: "Points", address: "A1:C3" }],
      },
    ],
  });

  it("lists the visible sheets as tabs, the active one marked", () => {
    const view = workbookView(excel.model, noFormulas);
    expect(view.tabs).toEqual([{ name: "Points", active: true }]);
    expect(view.sheet?.name).toBe("Points");
  });

  it("shows each cell as Excel would, with its table's classes and what the formula bar shows", () => {
    const sheet = workbookView(excel.model, noFormulas).sheet;
    const [header, first] = sheet?.rows ?? [];
    expect(header?.[0]).toMatchObject({ address: "A1", shown: "Growth point", classes: "t-head" });
    expect(first?.[1]).toMatchObject({ address: "B2", shown: "21%", content: "0.21", classes: "t-body t-band number" });
    // Without a worked-out value a formula shows as written; the formula bar shows it either way.
    expect(sheet?.rows[2]?.[1]).toMatchObject({
      shown: "=GROWTHOPS.SCORE(60%, 20%)",
      content: "=GROWTHOPS.SCORE(60%, 20%)",
    });
  });

  it("shows what the evaluator worked out for a GROWTHOPS formula, and an error with its message", () => {
    const worked = workbookView(excel.model, () => ({ value: 0.12 })).sheet?.rows[2]?.[1];
    expect(worked).toMatchObject({ shown: "12%", classes: expect.stringContaining("number") });
    const failed = workbookView(excel.model, () => ({
      error: "#VALUE!",
      message: "Success rate must be a percentage.",
    })).sheet?.rows[2]?.[1];
    expect(failed).toMatchObject({
      shown: "#VALUE!",
      title: "Success rate must be a percentage.",
      classes: expect.stringContaining("error"),
    });
  });

  it("draws at least 30 rows and 10 columns, and at most MAX_ROWS_SHOWN rows of a long sheet", () => {
    expect(workbookView(excel.model, noFormulas).sheet?.rows).toHaveLength(30);
    expect(workbookView(excel.model, noFormulas).sheet?.widths).toHaveLength(10);
    const long = new ExcelEmulator({ sheets: [{ name: "Long", values: Array.from({ length: 500 }, (_, i) => [i]) }] });
    const view = workbookView(long.model, noFormulas).sheet;
    expect(view?.rows).toHaveLength(MAX_ROWS_SHOWN);
    expect(view?.totalRows).toBe(500);
  });
});

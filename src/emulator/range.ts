/** Ranges: addressing, values, formulas and number formats as Excel types them, used ranges. */
import type { CellArea } from "../core/cellAddress";
import { MAX_COLUMNS, blockAddress, blocksOverlap, parseBlock, qualifiedAddress } from "../core/cellAddress";
import { displayText } from "./display";
import { EmulatedOfficeError, invalidArgument } from "./errors";
import type { SheetModel } from "./model";
import { checkUnprotected } from "./model";
import type { StoredValue } from "./typedInput";
import type { Getters, HostContext } from "./hostObject";
import { HostObject, requireString } from "./hostObject";
import { Worksheet, checkedBlock } from "./workbook";
import { DataValidation, RangeFormat } from "./formats";
import { ConditionalFormatCollection } from "./chart";
import { settleHeaders } from "./tableHeaders";
import { cellShows } from "./calc";
import { RangeAreas, mergeBlock, unmergeBlock } from "./merged";
import type { CellWriter, RangeTarget } from "./rangeCells";
import { cells, forEachCell, valueType, writeCells, writeValue } from "./rangeCells";

export type { RangeTarget } from "./rangeCells";

const writeNumberFormat: CellWriter = (sheet, row, column, input) => {
  sheet.setNumberFormat(row, column, requireString(input, "numberFormat"));
};

export class Range extends HostObject<RangeTarget> {
  constructor(context: HostContext, locate: () => RangeTarget | null, orNull = false) {
    super(context, locate, "Range", orNull);
  }

  getters(): Getters<RangeTarget> {
    return {
      address: ({ sheet, block }) => qualifiedAddress(sheet.name, blockAddress(block)),
      addressLocal: ({ sheet, block }) => qualifiedAddress(sheet.name, blockAddress(block)),
      rowIndex: ({ block }) => block.firstRow,
      columnIndex: ({ block }) => block.firstColumn,
      rowCount: ({ block }) => block.lastRow - block.firstRow + 1,
      columnCount: ({ block }) => block.lastColumn - block.firstColumn + 1,
      cellCount: ({ block }) => (block.lastRow - block.firstRow + 1) * (block.lastColumn - block.firstColumn + 1),
      values: (t) => cells(t, (s, r, c) => cellShows(s, r, c) ?? ""),
      formulas: (t) => cells(t, (s, r, c) => s.formula(r, c) ?? s.value(r, c) ?? ""),
      numberFormat: (t) => cells(t, (s, r, c) => s.numberFormat(r, c)),
      text: (t) => cells(t, (s, r, c) => displayText(cellShows(s, r, c), s.numberFormat(r, c))),
      valueTypes: (t) => cells(t, (s, r, c) => valueType(cellShows(s, r, c))),
    };
  }

  set values(value: StoredValue[][] | StoredValue) {
    this.write(value, (t, v) => {
      writeCells(t, v, "values", writeValue);
      this.settleHeadersWritten(t);
      this.growTablesAbove(t);
    });
  }

  set formulas(value: StoredValue[][] | StoredValue) {
    this.write(value, (t, v) => {
      writeCells(t, v, "formulas", writeValue);
      this.settleHeadersWritten(t);
      this.growTablesAbove(t);
    });
  }

  /** A write that reaches a table's header row leaves its headers as Excel keeps them (table.ts settleHeaders). */
  private settleHeadersWritten({ sheet, block }: RangeTarget): void {
    for (const table of this.context.model().tablesOn(sheet)) {
      const t = table.block;
      if (
        block.firstRow > t.firstRow ||
        block.lastRow < t.firstRow ||
        block.lastColumn < t.firstColumn ||
        block.firstColumn > t.lastColumn
      )
        continue;
      settleHeaders(sheet, t, block.firstColumn, block.lastColumn);
    }
  }

  /**
   * Values written directly below a table expand it: "Setting the Range values directly below the table
   * automatically expands the table", and "the table only automatically expands if data is present in the cells
   * directly below the table" (Microsoft, "Coauthoring in Excel add-ins", "Avoid table row coauthoring
   * conflicts"). So the table grows over the rows written when the first of them holds data in the table's
   * columns; a write of empty cells leaves it as it was. How far a write of several rows takes it is not said: the
   * emulator takes them all, the harder case for an add-in that stages rows under a table.
   */
  private growTablesAbove({ sheet, block }: RangeTarget): void {
    for (const table of this.context.model().tablesOn(sheet)) {
      const t = table.block;
      const overlaps = block.firstColumn <= t.lastColumn && t.firstColumn <= block.lastColumn;
      if (!overlaps || block.firstRow !== t.lastRow + 1) continue;
      let data = false;
      for (let c = Math.max(block.firstColumn, t.firstColumn); c <= Math.min(block.lastColumn, t.lastColumn); c++) {
        const v = sheet.value(block.firstRow, c);
        if (v !== undefined && v !== "") data = true;
      }
      if (data) table.block = { ...t, lastRow: block.lastRow };
    }
  }

  set numberFormat(value: string[][] | string) {
    this.write(value, (t, v) => writeCells(t, v, "numberFormat", writeNumberFormat));
  }

  get format(): RangeFormat {
    return this.child("format", () => new RangeFormat(this.context, () => this.resolve()));
  }

  get worksheet(): Worksheet {
    return this.child(
      "worksheet",
      () =>
        new Worksheet(
          this.context,
          () => this.resolve().sheet,
          () => this.context.model()
        )
    );
  }

  get conditionalFormats(): ConditionalFormatCollection {
    return this.child("conditionalFormats", () => new ConditionalFormatCollection(this.context, () => this.resolve()));
  }

  /** A cell control over the range: "Checkbox" shows Boolean values as checkboxes, "Empty" removes it. */
  set control(value: { type: string }) {
    this.write(value, ({ sheet, block }, v) => {
      checkUnprotected(sheet);
      const type = (v as { type?: unknown } | null)?.type;
      if (type !== "Checkbox" && type !== "Empty") throw invalidArgument(`control type ${String(type)}`);
      forEachCell(block, (r, c) => {
        const k = r * MAX_COLUMNS + c;
        if (type === "Checkbox") sheet.checkboxes.add(k);
        else sheet.checkboxes.delete(k);
      });
    });
  }

  get dataValidation(): DataValidation {
    return this.child("dataValidation", () => new DataValidation(this.context, () => this.resolve()));
  }

  getCell(row: number, column: number): Range {
    return this.derive(({ block }) => checkedBlock(block.firstRow + row, block.firstColumn + column, 1, 1));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): Range {
    return this.derive(({ block }) => {
      const firstRow = block.firstRow + rowOffset,
        firstColumn = block.firstColumn + columnOffset;
      if (firstRow < 0 || firstColumn < 0) throw invalidArgument("offset leaves the grid");
      return checkedBlock(
        firstRow,
        firstColumn,
        block.lastRow - block.firstRow + 1,
        block.lastColumn - block.firstColumn + 1
      );
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    return this.derive(({ block }) => {
      const rows = block.lastRow - block.firstRow + 1 + deltaRows,
        columns = block.lastColumn - block.firstColumn + 1 + deltaColumns;
      if (rows < 1 || columns < 1) throw invalidArgument("resized range has no cells");
      return checkedBlock(block.firstRow, block.firstColumn, rows, columns);
    });
  }

  /**
   * The cells this range shares with another on its sheet, or a null object when they share none
   * (Excel.Range.getIntersectionOrNullObject, ExcelApi 1.4: "If no intersection is found, then this method returns
   * an object with its isNullObject property set to true").
   */
  getIntersectionOrNullObject(anotherRange: Range): Range {
    return new Range(
      this.context,
      () => {
        const a = this.resolve(),
          b = anotherRange.resolve();
        if (a.sheet !== b.sheet) throw invalidArgument("the ranges are on different sheets");
        const block = {
          firstRow: Math.max(a.block.firstRow, b.block.firstRow),
          firstColumn: Math.max(a.block.firstColumn, b.block.firstColumn),
          lastRow: Math.min(a.block.lastRow, b.block.lastRow),
          lastColumn: Math.min(a.block.lastColumn, b.block.lastColumn),
        };
        return block.firstRow <= block.lastRow && block.firstColumn <= block.lastColumn
          ? { sheet: a.sheet, block }
          : null;
      },
      true
    );
  }

  /**
   * The used cells within this range, or a null object when none is used (Excel.Range.getUsedRangeOrNullObject,
   * ExcelApi 1.4: "If there are no used cells within the range, then this method returns an object with its
   * isNullObject property set to true").
   */
  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return new Range(
      this.context,
      () => {
        const { sheet, block } = this.resolve();
        const used = sheet.usedBlock(valuesOnly, block);
        return used ? { sheet, block: used } : null;
      },
      true
    );
  }

  /**
   * "Gets a row contained in the range" (Excel.Range.getRow): what Excel does with a row outside it is not said;
   * the emulator refuses it, the harder case. Microsoft's client writes an array of over 1,500 cells as row
   * chunks from getRow (setRangePropertiesInBulk), so a chunk can never run past the range it was meant for.
   */
  getRow(index: number): Range {
    return this.derive(({ block }) => {
      if (!Number.isInteger(index) || index < 0 || block.firstRow + index > block.lastRow)
        throw invalidArgument(`getRow(${index}): the range has ${block.lastRow - block.firstRow + 1} rows`);
      return checkedBlock(block.firstRow + index, block.firstColumn, 1, block.lastColumn - block.firstColumn + 1);
    });
  }

  /**
   * The size check Microsoft's client makes before it writes a values, formulas or number-format array of over
   * 1,500 cells in row chunks (`range._ValidateArraySize(values.length, values[0].length)` in
   * setRangePropertiesInBulk, @microsoft/office-js): an array that is not the range's size is refused there, with
   * the message Excel gives a whole write of the wrong size, before any chunk is written.
   */
  validateArraySize(rows: number, columns: number): void {
    this.call({ rows, columns }, ({ block }, a) => {
      const { rows: r, columns: c } = a as { rows: number; columns: number };
      const [hasRows, hasColumns] = [block.lastRow - block.firstRow + 1, block.lastColumn - block.firstColumn + 1];
      if (r !== hasRows || c !== hasColumns) {
        throw invalidArgument(
          `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${r} × ${c} for ${hasRows} × ${hasColumns}).`
        );
      }
    });
  }

  /**
   * The smallest range holding this one and another on the same sheet (office-js-docs-reference
   * Excel.Range.getBoundingRect). Microsoft's client writes a values array of over 1,500 cells as row chunks made
   * this way (setRangePropertiesInBulk in @microsoft/office-js).
   */
  getBoundingRect(anotherRange: Range | string): Range {
    return this.derive(({ sheet, block }) => {
      const other =
        typeof anotherRange === "string" ? { sheet, block: parseBlock(anotherRange) } : anotherRange.resolve();
      if (other.sheet !== sheet || !other.block)
        throw invalidArgument("getBoundingRect: another range on the same sheet");
      return {
        firstRow: Math.min(block.firstRow, other.block.firstRow),
        firstColumn: Math.min(block.firstColumn, other.block.firstColumn),
        lastRow: Math.max(block.lastRow, other.block.lastRow),
        lastColumn: Math.max(block.lastColumn, other.block.lastColumn),
      };
    });
  }

  /** "Gets a column contained in the range" (Excel.Range.getColumn): one outside it is refused, as getRow's is. */
  getColumn(index: number): Range {
    return this.derive(({ block }) => {
      if (!Number.isInteger(index) || index < 0 || block.firstColumn + index > block.lastColumn)
        throw invalidArgument(`getColumn(${index}): the range has ${block.lastColumn - block.firstColumn + 1} columns`);
      return checkedBlock(block.firstRow, block.firstColumn + index, block.lastRow - block.firstRow + 1, 1);
    });
  }

  getLastRow(): Range {
    return this.derive(({ block }) => ({ ...block, firstRow: block.lastRow }));
  }

  getLastColumn(): Range {
    return this.derive(({ block }) => ({ ...block, firstColumn: block.lastColumn }));
  }

  clear(applyTo: "All" | "Formats" | "Contents" = "All"): void {
    this.call({ applyTo }, ({ sheet, block: whole }, a) => {
      checkUnprotected(sheet);
      const what = (a as { applyTo: string }).applyTo;
      // Only cells in use can hold anything: clearing a whole sheet must not visit 17 billion cells.
      const used = sheet.usedBlock(false);
      if (!used) return;
      const block = {
        firstRow: Math.max(whole.firstRow, used.firstRow),
        firstColumn: Math.max(whole.firstColumn, used.firstColumn),
        lastRow: Math.min(whole.lastRow, used.lastRow),
        lastColumn: Math.min(whole.lastColumn, used.lastColumn),
      };
      forEachCell(block, (r, c) => {
        if (what !== "Formats") {
          sheet.setValue(r, c, undefined);
          sheet.setFormula(r, c, undefined);
          sheet.markApostrophe(r, c, false);
        }
        if (what !== "Contents") {
          sheet.setNumberFormat(r, c, "General");
          sheet.updateFormat(r, c, null);
        }
      });
    });
  }

  /** Deletes the cells; those below (shift "Up") or to the right ("Left") move into their place. */
  delete(shift: "Up" | "Left"): void {
    this.call({ shift }, ({ sheet, block }, a) => {
      checkUnprotected(sheet);
      const direction = (a as { shift: unknown }).shift;
      if (direction !== "Up")
        throw new EmulatedOfficeError("NotImplemented", "The emulator deletes with shift Up only.");
      const tables = this.context.model().tablesOn(sheet);
      if (tables.some((t) => blocksOverlap(t.block, block))) {
        throw new EmulatedOfficeError(
          "InvalidOperation",
          "The emulator does not delete cells inside a table; convert it to a range first."
        );
      }
      refuseShiftingMerges(sheet, { ...block, lastRow: Number.MAX_SAFE_INTEGER });
      sheet.shiftUp(block.lastRow + 1, block.lastRow - block.firstRow + 1, block.firstColumn, block.lastColumn);
    });
  }

  /**
   * Inserts empty cells over the range, shifting those at and below it down (Excel.Range.insert with "Down",
   * ExcelApi 1.1; "Coauthoring in Excel add-ins" uses it to make room under a table before writing there). A table
   * wholly below, within the range's columns, moves down with its cells. What the emulator does not track is
   * refused rather than guessed: a table the shift would cut (Excel's "attempting to shift cells in a table"),
   * validation, conditional formats or charts at or below the range, and any other direction.
   */
  insert(shift: string): Range {
    this.call({ shift }, ({ sheet, block }, a) => {
      checkUnprotected(sheet);
      if ((a as { shift: unknown }).shift !== "Down")
        throw new EmulatedOfficeError("NotImplemented", "The emulator inserts with shift Down only.");
      const rows = block.lastRow - block.firstRow + 1;
      const below = {
        firstRow: block.firstRow,
        firstColumn: block.firstColumn,
        lastRow: Number.MAX_SAFE_INTEGER,
        lastColumn: block.lastColumn,
      };
      const tables = this.context
        .model()
        .tablesOn(sheet)
        .filter((t) => blocksOverlap(t.block, below));
      const moving = tables.filter(
        (t) =>
          t.block.firstRow >= block.firstRow &&
          t.block.firstColumn >= block.firstColumn &&
          t.block.lastColumn <= block.lastColumn
      );
      if (moving.length !== tables.length)
        throw new EmulatedOfficeError(
          "InvalidOperation",
          "This operation is attempting to shift cells in a table on your worksheet."
        );
      const ruled = [
        ...sheet.dataValidations.map((v) => v.address),
        ...sheet.conditionalFormats.map((f) => f.address),
        ...sheet.charts.map((c) => c.position?.start ?? ""),
      ];
      if (
        ruled.some((address) => {
          const b = parseBlock(address.split("!").pop() ?? "");
          return b !== null && blocksOverlap(b, below);
        })
      ) {
        throw new EmulatedOfficeError(
          "NotImplemented",
          "The emulator does not shift validation, conditional formats or charts."
        );
      }
      refuseShiftingMerges(sheet, below);
      sheet.shiftDown(block.firstRow, rows, block.firstColumn, block.lastColumn);
      for (const t of moving)
        t.block = { ...t.block, firstRow: t.block.firstRow + rows, lastRow: t.block.lastRow + rows };
    });
    return this.derive(({ block }) => block);
  }

  /** Merges the range's cells into one area, or each row into one when `across` (Excel.Range.merge, ExcelApi 1.2). */
  merge(across = false): void {
    this.call({ across }, ({ sheet, block }, a) =>
      mergeBlock(sheet, this.context.model().tablesOn(sheet), block, (a as { across: unknown }).across === true)
    );
  }

  /** Unmerges the merged areas the range touches (Excel.Range.unmerge, ExcelApi 1.2). */
  unmerge(): void {
    this.call(undefined, ({ sheet, block }) => unmergeBlock(sheet, block));
  }

  /**
   * The merged areas in the range, or a null object when there is none ("If the RangeAreas object doesn't exist,
   * then this function will return an object with its isNullObject property set to true",
   * Excel.Range.getMergedAreasOrNullObject, ExcelApi 1.13). An area the range only touches is given whole.
   */
  getMergedAreasOrNullObject(): RangeAreas {
    return new RangeAreas(
      this.context,
      () => {
        const { sheet, block } = this.resolve();
        const areas = sheet.merged.filter((m) => blocksOverlap(m, block));
        return areas.length > 0 ? { sheet, areas } : null;
      },
      true
    );
  }

  /** The rows right under the range, as wide as it (Excel.Range.getRowsBelow, ExcelApi 1.2; one row by default). */
  getRowsBelow(count = 1): Range {
    return this.derive(({ block }) => {
      if (!(count >= 1)) throw invalidArgument("getRowsBelow: count");
      return checkedBlock(block.lastRow + 1, block.firstColumn, count, block.lastColumn - block.firstColumn + 1);
    });
  }

  select(): void {
    this.call(null, ({ sheet, block }) => {
      const workbook = this.context.model();
      workbook.activeSheet = sheet;
      workbook.selection = { sheet, block };
    });
  }

  private derive(next: (target: RangeTarget) => CellArea): Range {
    return new Range(this.context, () => {
      const target = this.resolve();
      return { sheet: target.sheet, block: next(target) };
    }).instantiated();
  }
}

/** Shifting cells that would move or cut a merged area is not modelled: refused rather than guessed. */
function refuseShiftingMerges(sheet: SheetModel, region: CellArea): void {
  const area = sheet.merged.find((m) => blocksOverlap(m, region));
  if (area)
    throw new EmulatedOfficeError(
      "NotImplemented",
      `The emulator does not shift merged cells (${blockAddress(area)}).`
    );
}

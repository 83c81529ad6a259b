/**
 * Merged cells: Range.merge and unmerge (ExcelApi 1.2), Range.getMergedAreasOrNullObject (ExcelApi 1.13) and the
 * RangeAreas it returns. A merged area shows one value, its top-left cell's, and merging deletes the others' (the
 * rule Excel's help on merging cells gives for the UI; the API reference does not say, so the conformance case
 * merge-keeps-top-left is marked undocumented until a real Excel records it).
 */
import type { CellArea } from "../core/cellAddress";
import { blockAddress, blockHolds, blocksOverlap, qualifiedAddress } from "../core/cellAddress";
import { EmulatedOfficeError } from "./errors";
import type { Getters, HostContext } from "./hostObject";
import { HostObject } from "./hostObject";
import type { SheetModel, TableModel } from "./model";
import { checkUnprotected } from "./model";

/** Whether the cell is covered by a merged area without being its top-left cell, the one that shows. */
export function coveredByMerge(sheet: SheetModel, row: number, column: number): CellArea | null {
  for (const area of sheet.merged)
    if (blockHolds(area, row, column) && (row !== area.firstRow || column !== area.firstColumn)) return area;
  return null;
}

/**
 * Merges the block (each of its rows alone when `across`). Undocumented, and refused here as the harder case:
 * an area that overlaps a merged area without holding it whole (Excel's UI widens the selection), and cells in a
 * table (Excel's UI does not merge cells inside a table).
 */
export function mergeBlock(sheet: SheetModel, tables: readonly TableModel[], block: CellArea, across: boolean): void {
  checkUnprotected(sheet, "allowFormatCells");
  const areas = across
    ? Array.from({ length: block.lastRow - block.firstRow + 1 }, (_, i) => ({
        ...block,
        firstRow: block.firstRow + i,
        lastRow: block.firstRow + i,
      }))
    : [block];
  for (const area of areas) {
    if (tables.some((t) => blocksOverlap(t.block, area)))
      throw new EmulatedOfficeError(
        "InvalidOperation",
        `${blockAddress(area)} is in a table, which cannot hold merged cells.`
      );
    const cut = sheet.merged.find((m) => blocksOverlap(m, area) && !holdsBlock(area, m));
    if (cut)
      throw new EmulatedOfficeError(
        "InvalidOperation",
        `${blockAddress(area)} cuts through the merged area ${blockAddress(cut)}.`
      );
  }
  for (const area of areas) {
    if (area.firstRow === area.lastRow && area.firstColumn === area.lastColumn) continue;
    sheet.merged = sheet.merged.filter((m) => !holdsBlock(area, m));
    for (let r = area.firstRow; r <= area.lastRow; r++) {
      for (let c = area.firstColumn; c <= area.lastColumn; c++) {
        if (r === area.firstRow && c === area.firstColumn) continue;
        sheet.setValue(r, c, undefined);
        sheet.setFormula(r, c, undefined);
      }
    }
    sheet.merged.push(area);
  }
}

/** Unmerges every merged area the block touches, whole (Excel.Range.unmerge). */
export function unmergeBlock(sheet: SheetModel, block: CellArea): void {
  checkUnprotected(sheet, "allowFormatCells");
  sheet.merged = sheet.merged.filter((m) => !blocksOverlap(m, block));
}

function holdsBlock(outer: CellArea, inner: CellArea): boolean {
  return (
    inner.firstRow >= outer.firstRow &&
    inner.lastRow <= outer.lastRow &&
    inner.firstColumn >= outer.firstColumn &&
    inner.lastColumn <= outer.lastColumn
  );
}

export interface AreasTarget {
  readonly sheet: SheetModel;
  readonly areas: readonly CellArea[];
}

/**
 * The merged areas a range touches, whole, in the order they were made (Excel.RangeAreas, ExcelApi 1.9). Its
 * address lists the areas' addresses separated by commas; whether Excel puts a space after each comma is not
 * said, so the emulator puts one and the add-in must read either.
 */
export class RangeAreas extends HostObject<AreasTarget> {
  constructor(context: HostContext, locate: () => AreasTarget | null, orNull = false) {
    super(context, locate, "RangeAreas", orNull);
  }

  getters(): Getters<AreasTarget> {
    return {
      address: ({ sheet, areas }) => areas.map((a) => qualifiedAddress(sheet.name, blockAddress(a))).join(", "),
      addressLocal: ({ sheet, areas }) => areas.map((a) => qualifiedAddress(sheet.name, blockAddress(a))).join(", "),
      areaCount: ({ areas }) => areas.length,
      cellCount: ({ areas }) =>
        areas.reduce((n, a) => n + (a.lastRow - a.firstRow + 1) * (a.lastColumn - a.firstColumn + 1), 0),
    };
  }
}

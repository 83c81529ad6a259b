/** Range formats: fill, font, alignment, widths, autofit, data validation. */
import { MAX_COLUMNS, blockAddress } from "../core/cellAddress";
import { displayText } from "./display";
import { invalidArgument } from "./errors";
import type { SheetModel } from "./model";
import { checkUnprotected } from "./model";
import type { Getters, HostContext } from "./hostObject";
import { HostObject, requireBoolean, requireCount, requireOneOf, requireString } from "./hostObject";
import type { RangeTarget } from "./rangeCells";
import { common, forEachCell } from "./rangeCells";

export class DataValidation extends HostObject<RangeTarget> {
  constructor(context: HostContext, locate: () => RangeTarget) {
    super(context, locate, "DataValidation");
  }

  getters(): Getters<RangeTarget> {
    return {};
  }

  set rule(value: unknown) {
    this.write(value, ({ sheet, block }, v) => {
      checkUnprotected(sheet);
      const list = (v as { list?: { source?: unknown } } | null)?.list;
      if (!list || typeof list.source !== "string" || list.source === "")
        throw invalidArgument("the emulator models list rules with a source text only");
      const address = blockAddress(block);
      const kept = sheet.dataValidations.filter((d) => d.address !== address);
      sheet.dataValidations.splice(0, sheet.dataValidations.length, ...kept, { address, rule: v });
    });
  }

  clear(): void {
    this.call(null, ({ sheet, block }) => {
      checkUnprotected(sheet);
      const address = blockAddress(block);
      const kept = sheet.dataValidations.filter((d) => d.address !== address);
      sheet.dataValidations.splice(0, sheet.dataValidations.length, ...kept);
    });
  }
}

export class RangeFormat extends HostObject<RangeTarget> {
  readonly fill: RangeFill;
  readonly font: RangeFont;
  readonly protection: FormatProtection;

  constructor(context: HostContext, locate: () => RangeTarget) {
    super(context, locate, "RangeFormat");
    this.fill = new RangeFill(context, () => this.resolve());
    this.font = new RangeFont(context, () => this.resolve());
    this.protection = new FormatProtection(context, () => this.resolve());
  }

  getters(): Getters<RangeTarget> {
    return {
      columnWidth: (t) => common(t, (s, _r, c) => s.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH),
      horizontalAlignment: (t) => common(t, (s, r, c) => s.format(r, c)?.horizontalAlignment ?? "General"),
      verticalAlignment: (t) => common(t, (s, r, c) => s.format(r, c)?.verticalAlignment ?? "Bottom"),
      wrapText: (t) => common(t, (s, r, c) => s.format(r, c)?.wrapText ?? false),
    };
  }

  set columnWidth(value: number) {
    this.write(value, ({ sheet, block }, v) => {
      if (typeof v !== "number" || v < 0) throw invalidArgument("columnWidth");
      checkUnprotected(sheet, "allowFormatColumns");
      for (let c = block.firstColumn; c <= block.lastColumn; c++) sheet.columnWidths.set(c, v);
    });
  }

  set horizontalAlignment(value: string) {
    this.write(value, (t, v) =>
      setCellFormat(t, { horizontalAlignment: requireOneOf(v, ALIGNMENTS, "horizontalAlignment") })
    );
  }

  set verticalAlignment(value: string) {
    this.write(value, (t, v) =>
      setCellFormat(t, {
        verticalAlignment: requireOneOf(v, ["Top", "Center", "Bottom", "Justify", "Distributed"], "verticalAlignment"),
      })
    );
  }

  set wrapText(value: boolean) {
    this.write(value, (t, v) => setCellFormat(t, { wrapText: requireBoolean(v, "wrapText") }));
  }

  /** Widths follow the longest shown text, about 7 points a character (wide characters count twice), as Calibri 11 does. */
  autofitColumns(): void {
    // "Based on the current data in the columns" (Excel.RangeFormat.autofitColumns): the whole column counts,
    // not only the range's rows.
    this.call(null, ({ sheet, block }) => {
      checkUnprotected(sheet, "allowFormatColumns");
      const longest = new Map<number, number>();
      for (let r = 0; r < sheet.values.rowCount; r++) {
        for (let c = block.firstColumn; c <= block.lastColumn; c++) {
          const text = displayText(sheet.value(r, c), sheet.numberFormat(r, c));
          let width = text.length;
          for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x2e80) width++;
          longest.set(c, Math.max(longest.get(c) ?? 0, width));
        }
      }
      for (let c = block.firstColumn; c <= block.lastColumn; c++)
        sheet.columnWidths.set(c, Math.max(DEFAULT_COLUMN_WIDTH, Math.min(255 * 7, (longest.get(c) ?? 0) * 7 + 10)));
    });
  }

  autofitRows(): void {
    this.call(null, ({ sheet }) => checkUnprotected(sheet, "allowFormatRows"));
  }
}

const DEFAULT_COLUMN_WIDTH = 48;
const ALIGNMENTS = ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"];

export function setCellFormat({ sheet, block }: RangeTarget, change: Parameters<SheetModel["updateFormat"]>[2]): void {
  checkUnprotected(sheet, "allowFormatCells");
  forEachCell(block, (r, c) => sheet.updateFormat(r, c, change));
}

const COLOR = /^(#[0-9A-Fa-f]{6}|[A-Za-z]+)$/;

export function requireColor(value: unknown, what: string): string {
  if (typeof value !== "string" || !COLOR.test(value)) throw invalidArgument(`${what} ${String(value)}`);
  return value;
}

export class RangeFill extends HostObject<RangeTarget> {
  constructor(context: HostContext, locate: () => RangeTarget) {
    super(context, locate, "RangeFill");
  }

  getters(): Getters<RangeTarget> {
    return { color: (t) => common(t, (s, r, c) => s.format(r, c)?.fill ?? null) };
  }

  set color(value: string) {
    this.write(value, (t, v) => setCellFormat(t, { fill: requireColor(v, "fill color") }));
  }

  clear(): void {
    this.call(null, ({ sheet, block }) => {
      checkUnprotected(sheet, "allowFormatCells");
      forEachCell(block, (r, c) => {
        const rest = { ...sheet.format(r, c) };
        delete rest.fill;
        sheet.updateFormat(r, c, null);
        if (Object.keys(rest).length > 0) sheet.updateFormat(r, c, rest);
      });
    });
  }
}

export class RangeFont extends HostObject<RangeTarget> {
  constructor(context: HostContext, locate: () => RangeTarget) {
    super(context, locate, "RangeFont");
  }

  getters(): Getters<RangeTarget> {
    return {
      bold: (t) => common(t, (s, r, c) => s.format(r, c)?.bold ?? false),
      italic: (t) => common(t, (s, r, c) => s.format(r, c)?.italic ?? false),
      color: (t) => common(t, (s, r, c) => s.format(r, c)?.fontColor ?? "#000000"),
      name: (t) => common(t, (s, r, c) => s.format(r, c)?.fontName ?? "Calibri"),
      size: (t) => common(t, (s, r, c) => s.format(r, c)?.fontSize ?? 11),
    };
  }

  set bold(value: boolean) {
    this.write(value, (t, v) => setCellFormat(t, { bold: requireBoolean(v, "bold") }));
  }
  set italic(value: boolean) {
    this.write(value, (t, v) => setCellFormat(t, { italic: requireBoolean(v, "italic") }));
  }
  set color(value: string) {
    this.write(value, (t, v) => setCellFormat(t, { fontColor: requireColor(v, "font color") }));
  }
  set name(value: string) {
    this.write(value, (t, v) => setCellFormat(t, { fontName: requireString(v, "font name") }));
  }
  set size(value: number) {
    this.write(value, (t, v) => setCellFormat(t, { fontSize: requireCount(v, "font size", 1) }));
  }
}

/**
 * A range's Locked and Hidden boxes (Excel.FormatProtection, ExcelApi 1.2): "the default value of the locked
 * property is true"; on a protected sheet only unlocked cells take values. Changing them on a protected sheet is
 * refused like any other format.
 */
export class FormatProtection extends HostObject<RangeTarget> {
  constructor(context: HostContext, locate: () => RangeTarget) {
    super(context, locate, "FormatProtection");
  }

  getters(): Getters<RangeTarget> {
    return { locked: (t) => common(t, (s, r, c) => !s.unlocked.has(r * MAX_COLUMNS + c)), formulaHidden: () => false };
  }

  set locked(value: boolean) {
    this.write(value, ({ sheet, block }, v) => {
      const locked = requireBoolean(v, "locked");
      checkUnprotected(sheet, "allowFormatCells");
      forEachCell(block, (r, c) =>
        locked ? sheet.unlocked.delete(r * MAX_COLUMNS + c) : sheet.unlocked.add(r * MAX_COLUMNS + c)
      );
    });
  }
}

// ---------------------------------------------------------------- tables

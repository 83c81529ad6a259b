/** Range formats: fill, font, alignment, widths, autofit, data validation. */
import { blockAddress } from "../core/cellAddress";
import { displayText } from "./display";
import { invalidArgument } from "./errors";
import type { SheetModel } from "./model";
import type { Getters, LoadSpec } from "./clientObject";
import { ClientObject, requireBoolean, requireCount, requireOneOf, requireString } from "./clientObject";
import type { RequestContext } from "./request";
import type { RangeTarget } from "./range";
import { checkUnprotected, common, forEachCell } from "./range";
import { SLICE_MS, nextTask } from "./slices";

export class DataValidation extends ClientObject<RangeTarget> {
  constructor(context: RequestContext, locate: () => RangeTarget) {
    super(context, locate, "DataValidation");
  }

  protected getters(): Getters<RangeTarget> {
    return {};
  }

  set rule(value: unknown) {
    this.write("rule", value, ({ sheet, block }, v) => {
      const list = (v as { list?: { source?: unknown } } | null)?.list;
      if (!list || typeof list.source !== "string" || list.source === "") throw invalidArgument("the emulator models list rules with a source text only");
      const address = blockAddress(block);
      const kept = sheet.dataValidations.filter((d) => d.address !== address);
      sheet.dataValidations.splice(0, sheet.dataValidations.length, ...kept, { address, rule: v });
    });
  }

  clear(): void {
    this.call("clear", null, ({ sheet, block }) => {
      const address = blockAddress(block);
      const kept = sheet.dataValidations.filter((d) => d.address !== address);
      sheet.dataValidations.splice(0, sheet.dataValidations.length, ...kept);
    });
  }
}

export class RangeFormat extends ClientObject<RangeTarget> {
  readonly fill: RangeFill;
  readonly font: RangeFont;

  constructor(context: RequestContext, locate: () => RangeTarget) {
    super(context, locate, "RangeFormat");
    this.fill = new RangeFill(context, () => this.resolve());
    this.font = new RangeFont(context, () => this.resolve());
  }

  protected getters(): Getters<RangeTarget> {
    return {
      columnWidth: (t) => common(t, (s, _r, c) => s.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH),
      horizontalAlignment: (t) => common(t, (s, r, c) => s.format(r, c)?.horizontalAlignment ?? "General"),
      verticalAlignment: (t) => common(t, (s, r, c) => s.format(r, c)?.verticalAlignment ?? "Bottom"),
      wrapText: (t) => common(t, (s, r, c) => s.format(r, c)?.wrapText ?? false),
    };
  }

  protected override navigation(): Record<string, { load(spec?: LoadSpec): unknown }> {
    return { fill: this.fill, font: this.font };
  }

  get columnWidth(): number {
    return this.read("columnWidth");
  }

  set columnWidth(value: number) {
    this.write("columnWidth", value, ({ sheet, block }, v) => {
      if (typeof v !== "number" || v < 0) throw invalidArgument("columnWidth");
      for (let c = block.firstColumn; c <= block.lastColumn; c++) sheet.columnWidths.set(c, v);
    });
  }

  get horizontalAlignment(): string {
    return this.read("horizontalAlignment");
  }

  set horizontalAlignment(value: string) {
    this.write("horizontalAlignment", value, (t, v) => setCellFormat(t, { horizontalAlignment: requireOneOf(v, ALIGNMENTS, "horizontalAlignment") }));
  }

  get verticalAlignment(): string {
    return this.read("verticalAlignment");
  }

  set verticalAlignment(value: string) {
    this.write("verticalAlignment", value, (t, v) => setCellFormat(t, { verticalAlignment: requireOneOf(v, ["Top", "Center", "Bottom", "Justify", "Distributed"], "verticalAlignment") }));
  }

  get wrapText(): boolean {
    return this.read("wrapText");
  }

  set wrapText(value: boolean) {
    this.write("wrapText", value, (t, v) => setCellFormat(t, { wrapText: requireBoolean(v, "wrapText") }));
  }

  /** Widths follow the longest shown text, about 7 points a character (wide characters count twice), as Calibri 11 does. */
  autofitColumns(): void {
    // "Based on the current data in the columns" (Excel.RangeFormat.autofitColumns): the whole column counts,
    // not only the range's rows.
    this.call("autofitColumns", null, ({ sheet, block }) => {
      const longest = new Map<number, number>();
      // Row by row, so a large sheet is measured in slices of the page's thread (slices.ts).
      const measure = (from: number): void | Promise<void> => {
        const started = performance.now();
        for (let r = from; r < sheet.values.rowCount; r++) {
          for (let c = block.firstColumn; c <= block.lastColumn; c++) {
            const text = displayText(sheet.value(r, c), sheet.numberFormat(r, c));
            let width = text.length;
            for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x2e80) width++;
            longest.set(c, Math.max(longest.get(c) ?? 0, width));
          }
          if (r % 256 === 255 && performance.now() - started > SLICE_MS) return nextTask().then(() => measure(r + 1));
        }
        for (let c = block.firstColumn; c <= block.lastColumn; c++) sheet.columnWidths.set(c, Math.max(DEFAULT_COLUMN_WIDTH, Math.min(255 * 7, (longest.get(c) ?? 0) * 7 + 10)));
      };
      return measure(0);
    });
  }

  autofitRows(): void {
    this.call("autofitRows", null, () => undefined);
  }
}

const DEFAULT_COLUMN_WIDTH = 48;
const ALIGNMENTS = ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"];


export function setCellFormat({ sheet, block }: RangeTarget, change: Parameters<SheetModel["updateFormat"]>[2]): void {
  checkUnprotected(sheet);
  forEachCell(block, (r, c) => sheet.updateFormat(r, c, change));
}

const COLOR = /^(#[0-9A-Fa-f]{6}|[A-Za-z]+)$/;

export function requireColor(value: unknown, what: string): string {
  if (typeof value !== "string" || !COLOR.test(value)) throw invalidArgument(`${what} ${String(value)}`);
  return value;
}

export class RangeFill extends ClientObject<RangeTarget> {
  constructor(context: RequestContext, locate: () => RangeTarget) {
    super(context, locate, "RangeFill");
  }

  protected getters(): Getters<RangeTarget> {
    return { color: (t) => common(t, (s, r, c) => s.format(r, c)?.fill ?? null) };
  }

  get color(): string | null {
    return this.read("color");
  }

  set color(value: string) {
    this.write("color", value, (t, v) => setCellFormat(t, { fill: requireColor(v, "fill color") }));
  }

  clear(): void {
    this.call("clear", null, ({ sheet, block }) => forEachCell(block, (r, c) => {
      const rest = { ...sheet.format(r, c) };
      delete rest.fill;
      sheet.updateFormat(r, c, null);
      if (Object.keys(rest).length > 0) sheet.updateFormat(r, c, rest);
    }));
  }
}

export class RangeFont extends ClientObject<RangeTarget> {
  constructor(context: RequestContext, locate: () => RangeTarget) {
    super(context, locate, "RangeFont");
  }

  protected getters(): Getters<RangeTarget> {
    return {
      bold: (t) => common(t, (s, r, c) => s.format(r, c)?.bold ?? false),
      italic: (t) => common(t, (s, r, c) => s.format(r, c)?.italic ?? false),
      color: (t) => common(t, (s, r, c) => s.format(r, c)?.fontColor ?? "#000000"),
      name: (t) => common(t, (s, r, c) => s.format(r, c)?.fontName ?? "Calibri"),
      size: (t) => common(t, (s, r, c) => s.format(r, c)?.fontSize ?? 11),
    };
  }

  get bold(): boolean {
    return this.read("bold");
  }
  set bold(value: boolean) {
    this.write("bold", value, (t, v) => setCellFormat(t, { bold: requireBoolean(v, "bold") }));
  }
  get italic(): boolean {
    return this.read("italic");
  }
  set italic(value: boolean) {
    this.write("italic", value, (t, v) => setCellFormat(t, { italic: requireBoolean(v, "italic") }));
  }
  get color(): string {
    return this.read("color");
  }
  set color(value: string) {
    this.write("color", value, (t, v) => setCellFormat(t, { fontColor: requireColor(v, "font color") }));
  }
  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.write("name", value, (t, v) => setCellFormat(t, { fontName: requireString(v, "font name") }));
  }
  get size(): number {
    return this.read("size");
  }
  set size(value: number) {
    this.write("size", value, (t, v) => setCellFormat(t, { fontSize: requireCount(v, "font size", 1) }));
  }
}

// ---------------------------------------------------------------- tables

/** Charts and conditional formats: recorded as the add-in builds them, for tests and the preview to show. */
import type { CellArea } from "../core/cellAddress";
import { blockAddress, blocksOverlap, qualifiedAddress } from "../core/cellAddress";
import { invalidArgument, itemNotFound } from "./errors";
import type { ChartRecord, ConditionalFormatRecord, SheetModel } from "./model";
import { checkUnprotected, conditionalFormatBlock } from "./model";
import type { Getters, HostContext } from "./hostObject";
import { HostObject, requireBoolean, requireOneOf, requireString } from "./hostObject";
import type { RangeTarget } from "./rangeCells";
import type { Range } from "./range";

export class ChartCollection extends HostObject<SheetModel> {
  constructor(context: HostContext, locate: () => SheetModel) {
    super(context, locate, "ChartCollection");
  }

  getters(): Getters<SheetModel> {
    return { count: (s) => s.charts.length };
  }

  add(type: string, sourceData: Range, seriesBy = "Auto"): Chart {
    let on: SheetModel | null = null;
    const created = this.call({ type, seriesBy }, (sheet, a) => {
      checkUnprotected(sheet, "allowEditObjects");
      on = sheet;
      const source = sourceData.resolve();
      const { type: chartType, seriesBy: by } = a as { type: unknown; seriesBy: unknown };
      const rows = source.block.lastRow - source.block.firstRow + 1;
      const columns = source.block.lastColumn - source.block.firstColumn + 1;
      const scatter = String(chartType).startsWith("XYScatter");
      const byRows = by === "Rows";
      const chart: ChartRecord = {
        type: requireString(chartType, "chart type"),
        source: qualifiedAddress(source.sheet.name, blockAddress(source.block)),
        // A scatter takes its x values from the first column (or row); every other one is a series.
        seriesCount: Math.max(1, (byRows ? rows : columns) - (scatter ? 1 : 0)),
        pointCount: byRows ? columns : rows,
        seriesBy: requireOneOf(by, ["Auto", "Columns", "Rows"], "seriesBy"),
        name: `Chart ${sheet.charts.length + 1}`,
        title: null,
        position: null,
        legendVisible: true,
        settings: {},
      };
      sheet.charts.push(chart);
      return chart;
    });
    return new Chart(
      this.context,
      () => created ?? null,
      () => on
    );
  }
}

export class Chart extends HostObject<ChartRecord> {
  constructor(
    context: HostContext,
    locate: () => ChartRecord | null,
    /** The chart's sheet: a protected one lets its charts change only when it allows editing objects. */
    private readonly sheet: () => SheetModel | null
  ) {
    super(context, locate, "Chart");
  }

  private checkEditable(): void {
    const sheet = this.sheet();
    if (sheet) checkUnprotected(sheet, "allowEditObjects");
  }

  getters(): Getters<ChartRecord> {
    return { name: (c) => c.name };
  }

  set name(value: string) {
    this.write(value, (chart, v) => {
      this.checkEditable();
      chart.name = requireString(v, "chart name");
    });
  }

  get title(): { text: string } {
    return this.child(
      "title",
      () => recordedObject((p, v) => this.record(p, v), "title", ["text"]) as { text: string }
    );
  }

  get legend(): { visible: boolean } {
    return this.child(
      "legend",
      () => recordedObject((p, v) => this.record(p, v), "legend", ["visible"]) as { visible: boolean }
    );
  }

  /** The chart's series by index; settings on them and their points are recorded (`series/0/points/3/dataLabel/text`). */
  get series(): { getItemAt(index: number): ChartSeries } {
    return this.child("series", () => ({ getItemAt: (index: number) => new ChartSeries(this, index) }));
  }

  get axes(): { categoryAxis: { title: { text: string } }; valueAxis: { title: { text: string } } } {
    return this.child("axes", () => ({
      categoryAxis: {
        title: recordedObject((p, v) => this.record(p, v), "axes/categoryAxis/title", ["text"]) as { text: string },
      },
      valueAxis: {
        title: recordedObject((p, v) => this.record(p, v), "axes/valueAxis/title", ["text"]) as { text: string },
      },
    }));
  }

  setPosition(startCell: Range | string, endCell?: Range | string): void {
    const where = (cell: Range | string) => (typeof cell === "string" ? cell : blockAddress(cell.resolve().block));
    this.call(null, (chart) => {
      this.checkEditable();
      chart.position = { start: where(startCell), end: endCell === undefined ? null : where(endCell) };
    });
  }

  /** A range a chart setting refers to, recorded as its address; the request carries a reference, not the cells. */
  recordRange(path: string, range: Range): void {
    this.call(null, (chart) => {
      this.checkEditable();
      const { sheet, block } = range.resolve();
      chart.settings[path] = qualifiedAddress(sheet.name, blockAddress(block));
    });
  }

  /** A chart setting by path: the title and legend are kept as such, anything else is recorded for tests. */
  record(path: string, value: unknown): void {
    this.write(value, (chart, v) => {
      this.checkEditable();
      const series = /^series\/(\d+)\/(?:points\/(\d+)\/)?/.exec(path);
      if (series && Number(series[1]) >= chart.seriesCount)
        throw itemNotFound(`chart series ${series[1]} of ${chart.seriesCount}`);
      if (series?.[2] !== undefined && Number(series[2]) >= chart.pointCount)
        throw itemNotFound(`chart point ${series[2]} of ${chart.pointCount}`);
      if (path === "title/text") chart.title = requireString(v, "chart title");
      else if (path === "legend/visible") chart.legendVisible = requireBoolean(v, "legend visible");
      else chart.settings[path] = v;
    });
  }
}

/** One series of a chart; what the add-in sets on it, or on its points' data labels, is recorded on the chart. */
export class ChartSeries {
  constructor(
    private readonly chart: Chart,
    private readonly index: number
  ) {}

  set hasDataLabels(value: boolean) {
    this.chart.record(`series/${this.index}/hasDataLabels`, value);
  }

  /**
   * The series' category (x) values from a range (Excel.ChartSeries.setXAxisValues, ExcelApi 1.7), recorded as
   * the range's address.
   */
  setXAxisValues(sourceData: Range): void {
    this.chart.recordRange(`series/${this.index}/xAxisValues`, sourceData);
  }

  get points(): { getItemAt(index: number): { hasDataLabel: boolean; dataLabel: { text: string } } } {
    const record = (p: string, v: unknown) => this.chart.record(p, v);
    return {
      getItemAt: (point: number) => {
        const prefix = `series/${this.index}/points/${point}`;
        const item = recordedObject(record, prefix, ["hasDataLabel"]);
        Object.defineProperty(item, "dataLabel", { value: recordedObject(record, `${prefix}/dataLabel`, ["text"]) });
        return item as { hasDataLabel: boolean; dataLabel: { text: string } };
      },
    };
  }
}

/** ConditionalFormat.cellValue as far as the emulator models it: the rule, and the fill and font it applies. */
type CellValueConditionalFormat = {
  format: { fill: { color: string }; font: { color: string; bold: boolean } };
  rule: { formula1: string; formula2?: string; operator: string };
};

/** Whether a format's cells and a range share a cell. */
const touches = (format: CellArea | null, block: CellArea) => format !== null && blocksOverlap(format, block);

export class ConditionalFormatCollection extends HostObject<RangeTarget> {
  constructor(context: HostContext, locate: () => RangeTarget) {
    super(context, locate, "ConditionalFormatCollection");
  }

  getters(): Getters<RangeTarget> {
    return {};
  }

  /**
   * How many conditional formats there are (ConditionalFormatCollection.getCount, ExcelApi 1.6): those on the
   * collection's range.
   */
  getCount(): number {
    const { sheet, block } = this.resolve();
    return sheet.conditionalFormats.filter((f) => touches(conditionalFormatBlock(f), block)).length;
  }

  /**
   * "Clears all conditional formats active on the current specified range" (ConditionalFormatCollection.clearAll,
   * ExcelApi 1.6). Excel trims a format that reaches outside the range; the emulator removes any format the range
   * touches, whole, which is harder on an add-in that clears more than its own cells.
   */
  clearAll(): void {
    this.call(null, ({ sheet, block }) => {
      checkUnprotected(sheet, "allowFormatCells");
      for (let i = sheet.conditionalFormats.length - 1; i >= 0; i--)
        if (touches(conditionalFormatBlock(sheet.conditionalFormats[i] as ConditionalFormatRecord), block))
          sheet.conditionalFormats.splice(i, 1);
    });
  }

  add(type: string): ConditionalFormat {
    const created = this.call({ type }, ({ sheet, block }, a) => {
      checkUnprotected(sheet, "allowFormatCells");
      const format: ConditionalFormatRecord = {
        type: requireOneOf(
          (a as { type: unknown }).type,
          ["DataBar", "ColorScale", "IconSet", "Custom", "CellValue", "TopBottom", "PresetCriteria", "ContainsText"],
          "conditional format type"
        ),
        address: qualifiedAddress(sheet.name, blockAddress(block)),
        settings: {},
      };
      sheet.conditionalFormats.push(format);
      return format;
    });
    return new ConditionalFormat(this.context, () => created ?? null);
  }
}

/** A conditional format; its settings are recorded by path (`dataBar/barDirection`, `custom/rule/formula`). */
export class ConditionalFormat extends HostObject<ConditionalFormatRecord> {
  constructor(context: HostContext, locate: () => ConditionalFormatRecord | null) {
    super(context, locate, "ConditionalFormat");
  }

  getters(): Getters<ConditionalFormatRecord> {
    return { type: (f) => f.type };
  }

  get dataBar(): { barDirection: string; showDataBarOnly: boolean } {
    return this.settings("dataBar", ["barDirection", "showDataBarOnly"]) as {
      barDirection: string;
      showDataBarOnly: boolean;
    };
  }

  get custom(): {
    rule: { formula: string };
    format: { fill: { color: string }; font: { color: string; bold: boolean } };
  } {
    return {
      rule: this.settings("custom/rule", ["formula"]) as { formula: string },
      format: {
        fill: this.settings("custom/format/fill", ["color"]) as { color: string },
        font: this.settings("custom/format/font", ["color", "bold"]) as { color: string; bold: boolean },
      },
    };
  }

  /**
   * A cell-value rule and the format it applies (ConditionalFormat.cellValue, CellValueConditionalFormat, ExcelApi
   * 1.6), as in office-js-snippets' conditional-formatting-basic: `cellValue.rule = { formula1: "=0", operator:
   * "LessThan" }`. The rule is set whole; its operator must be one ConditionalCellValueOperator names.
   */
  get cellValue(): CellValueConditionalFormat {
    const rule = {};
    Object.defineProperty(rule, "rule", {
      enumerable: true,
      set: (value: unknown) => {
        const given = value as { formula1?: unknown; formula2?: unknown; operator?: unknown } | null;
        if (typeof given !== "object" || given === null) throw invalidArgument("cellValue.rule must be an object");
        const checked = {
          formula1: requireString(given.formula1, "cellValue.rule.formula1"),
          ...(given.formula2 === undefined
            ? {}
            : { formula2: requireString(given.formula2, "cellValue.rule.formula2") }),
          operator: requireOneOf(
            given.operator,
            [
              "Between",
              "NotBetween",
              "EqualTo",
              "NotEqualTo",
              "GreaterThan",
              "LessThan",
              "GreaterThanOrEqual",
              "LessThanOrEqual",
            ],
            "cellValue.rule.operator"
          ),
        };
        this.write(checked, (format, v) => (format.settings["cellValue/rule"] = v));
      },
    });
    return Object.assign(rule, {
      format: {
        fill: this.settings("cellValue/format/fill", ["color"]) as { color: string },
        font: this.settings("cellValue/format/font", ["color", "bold"]) as { color: string; bold: boolean },
      },
    }) as CellValueConditionalFormat;
  }

  private settings(prefix: string, keys: string[]): Record<string, unknown> {
    return recordedObject((p, v) => this.write(v, (format, value) => (format.settings[p] = value)), prefix, keys);
  }
}

/**
 * A nested settings object (`chart.title`, `format.dataBar`) whose properties are set by path. They cannot be
 * queried: a load of one fails as not modelled (richApi.ts), rather than answering what the host never kept.
 */
function recordedObject(
  write: (path: string, value: unknown) => void,
  prefix: string,
  keys: string[]
): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const key of keys) {
    Object.defineProperty(object, key, {
      enumerable: true,
      set: (value: unknown) => write(`${prefix}/${key}`, value),
    });
  }
  return object;
}

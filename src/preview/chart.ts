/**
 * Draws the charts the add-in asked Excel for, so the preview shows what Excel would: a scatter of the source
 * range's two columns with the labels set on its points, or a line per column of the source (its header the
 * series name, the dates set as its x values along the axis), placed over the cells it was positioned on.
 */
import { parseBlock, splitQualifiedAddress } from "../core/cellAddress";
import { fromDateSerial, isoDay } from "../core/excelDate";
import { cellAddress } from "../core/cellAddress";
import type { ChartRecord } from "../emulator/model";
import type { ChartView } from "./sheetView";
import type { Axis } from "./axis";
import { roundAxis } from "./axis";

/** The chart's cells as the worker sent them (sheetView.ts), read by row and column. */
class ChartCells {
  constructor(private readonly cells: ChartView["cells"]) {}
  value(row: number, column: number) {
    return this.cells[cellAddress(row, column)]?.[0] ?? undefined;
  }
  numberFormat(row: number, column: number): string {
    return this.cells[cellAddress(row, column)]?.[1] ?? "General";
  }
}

const SVG = "http://www.w3.org/2000/svg";
const WIDTH = 420;
const HEIGHT = 300;
const PAD = { left: 48, right: 16, top: 34, bottom: 40 };

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number>,
  text?: string
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/** The chart's frame: its picture's size, its accessible name, a border and its title. */
function chartFrame(label: string, title: string | null | undefined): SVGSVGElement {
  const root = svg("svg", {
    class: "chart",
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    width: WIDTH,
    height: HEIGHT,
    role: "img",
    "aria-label": label,
  });
  root.append(svg("rect", { x: 0, y: 0, width: WIDTH, height: HEIGHT, class: "chart-frame" }));
  if (title) root.append(svg("text", { x: WIDTH / 2, y: 20, class: "chart-title" }, title));
  return root;
}

/** The two axes' lines, along the foot and the left of the plot. */
function axisLines(): SVGLineElement[] {
  const bottom = HEIGHT - PAD.bottom;
  return [
    svg("line", { x1: PAD.left, y1: bottom, x2: WIDTH - PAD.right, y2: bottom, class: "chart-axis" }),
    svg("line", { x1: PAD.left, y1: PAD.top, x2: PAD.left, y2: bottom, class: "chart-axis" }),
  ];
}

/** A scatter chart's points: the source's first two columns as x and y, with each point's data label. */
function scatterPoints(sheet: ChartCells, chart: ChartRecord): { x: number; y: number; label: string | undefined }[] {
  const block = parseBlock(splitQualifiedAddress(chart.source).local);
  if (!block) return [];
  const points: { x: number; y: number; label: string | undefined }[] = [];
  for (let r = block.firstRow; r <= block.lastRow; r++) {
    const x = sheet.value(r, block.firstColumn),
      y = sheet.value(r, block.firstColumn + 1);
    const text = chart.settings[`series/0/points/${r - block.firstRow}/dataLabel/text`];
    if (typeof x === "number" && typeof y === "number")
      points.push({ x, y, label: typeof text === "string" ? text : undefined });
  }
  return points;
}

/** One series as a line broken where a cell is empty (as Excel leaves a gap), with its legend entry. */
function seriesLine(
  values: readonly unknown[],
  k: number,
  name: string,
  px: (i: number) => number,
  py: (y: number) => number
): SVGElement[] {
  let path = "";
  values.forEach((v, i) => {
    if (typeof v !== "number") return;
    path += `${path === "" || typeof values[i - 1] !== "number" ? "M" : "L"}${px(i).toFixed(1)},${py(v).toFixed(1)} `;
  });
  const legend = {
    x: PAD.left + 10 + k * 110,
    y: HEIGHT - 8,
    class: `chart-legend ${k === 0 ? "" : "chart-legend-second"}`,
  };
  return [
    svg("path", { d: path.trim(), class: SERIES_CLASSES[k % SERIES_CLASSES.length] ?? "chart-line" }),
    svg("text", legend, `— ${name}`),
  ];
}

/** A chart as Excel would draw it: a line chart, or the growth points' scatter of success against growth rate. */
export function drawChart(cells: ChartView["cells"], chart: ChartRecord, label: string): SVGSVGElement {
  const sheet = new ChartCells(cells);
  if (chart.type === "Line") return drawLineChart(sheet, chart, label);
  const points = scatterPoints(sheet, chart);
  // Rates from zero: success up to at least 100 %, growth up to its largest, each on round ticks.
  const xAxis = roundAxis(0, Math.max(1, ...points.map((p) => p.x)));
  const yAxis = roundAxis(0, Math.max(0.01, ...points.map((p) => p.y)));
  const px = (x: number) => PAD.left + (x / xAxis.high) * (WIDTH - PAD.left - PAD.right);
  const py = (y: number) => HEIGHT - PAD.bottom - (y / yAxis.high) * (HEIGHT - PAD.top - PAD.bottom);

  const root = chartFrame(label, chart.title);
  root.append(...axisLines());
  for (const x of xAxis.ticks)
    root.append(svg("text", { x: px(x), y: HEIGHT - PAD.bottom + 14, class: "chart-tick" }, tickText(x, xAxis, true)));
  for (const y of yAxis.ticks)
    root.append(
      svg("text", { x: PAD.left - 6, y: py(y) + 4, class: "chart-tick chart-tick-y" }, tickText(y, yAxis, true))
    );
  const xTitle = chart.settings["axes/categoryAxis/title/text"],
    yTitle = chart.settings["axes/valueAxis/title/text"];
  if (typeof xTitle === "string")
    root.append(
      svg("text", { x: (PAD.left + WIDTH - PAD.right) / 2, y: HEIGHT - 6, class: "chart-axis-title" }, xTitle)
    );
  if (typeof yTitle === "string") {
    root.append(
      svg(
        "text",
        { x: 12, y: HEIGHT / 2, class: "chart-axis-title", transform: `rotate(-90 12 ${HEIGHT / 2})` },
        yTitle
      )
    );
  }
  for (const p of points) {
    root.append(svg("circle", { cx: px(p.x), cy: py(p.y), r: 4, class: "chart-point" }));
    if (p.label) root.append(svg("text", { x: px(p.x) + 6, y: py(p.y) - 6, class: "chart-label" }, p.label));
  }
  return root;
}

/** A tick's number with as many decimals as its step needs: 400,000 · 2.5% · 30%. */
function tickText(value: number, axis: Axis, percent: boolean): string {
  const digits = percent ? Math.max(0, axis.decimals - 2) : axis.decimals;
  const shown = (percent ? value * 100 : value).toLocaleString("en-US", {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return percent ? `${shown}%` : shown;
}

/** A title cut to about `units` Latin characters' width (a Chinese character counts as two), with an ellipsis. */
function fitted(text: string, units: number): string {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    width += text.charCodeAt(i) > 0x2e80 ? 2 : 1;
    if (width > units) return `${text.slice(0, i)}…`;
  }
  return text;
}

const SERIES_CLASSES = ["chart-line", "chart-line chart-line-second"];

/** A line chart: one polyline per source column, broken where a cell is empty (as Excel leaves a gap). */
function drawLineChart(sheet: ChartCells, chart: ChartRecord, label: string): SVGSVGElement {
  const block = parseBlock(splitQualifiedAddress(chart.source).local);
  const root = chartFrame(label, chart.title && fitted(chart.title, 58));
  if (!block) return root;
  const named = typeof sheet.value(block.firstRow, block.firstColumn) === "string";
  const first = named ? block.firstRow + 1 : block.firstRow;
  const count = block.lastRow - first + 1;
  const series = Array.from({ length: block.lastColumn - block.firstColumn + 1 }, (_, s) => ({
    name: named ? String(sheet.value(block.firstRow, block.firstColumn + s)) : `Series ${s + 1}`,
    values: Array.from({ length: count }, (_, i) => sheet.value(first + i, block.firstColumn + s)),
  }));
  const numbers = series.flatMap((s) => s.values.filter((v): v is number => typeof v === "number"));
  const axis = numbers.length === 0 ? roundAxis(0, 1) : roundAxis(Math.min(...numbers), Math.max(...numbers));
  const { low, high } = axis;
  const px = (i: number) => PAD.left + (count <= 1 ? 0 : (i / (count - 1)) * (WIDTH - PAD.left - PAD.right));
  const py = (y: number) => HEIGHT - PAD.bottom - ((y - low) / (high - low)) * (HEIGHT - PAD.top - PAD.bottom);
  root.append(...axisLines());
  const percent = (sheet.numberFormat(first, block.firstColumn) ?? "").includes("%");
  for (const y of axis.ticks)
    root.append(
      svg("text", { x: PAD.left - 6, y: py(y) + 4, class: "chart-tick chart-tick-y" }, tickText(y, axis, percent))
    );
  // The x values set on the first series: dates along the axis, the first and last shown.
  const xs = chart.settings["series/0/xAxisValues"];
  const xBlock = typeof xs === "string" ? parseBlock(splitQualifiedAddress(xs).local) : null;
  const xLabel = (i: number) => {
    const v = xBlock ? sheet.value(xBlock.firstRow + i, xBlock.firstColumn) : i + 1;
    return typeof v === "number" && xBlock ? isoDay(fromDateSerial(v)) : String(v ?? "");
  };
  root.append(
    svg("text", { x: px(0), y: HEIGHT - PAD.bottom + 14, class: "chart-tick" }, xLabel(0)),
    svg("text", { x: px(count - 1), y: HEIGHT - PAD.bottom + 14, class: "chart-tick chart-tick-y" }, xLabel(count - 1))
  );
  series.forEach((s, k) => root.append(...seriesLine(s.values, k, s.name, px, py)));
  return root;
}

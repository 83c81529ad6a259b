/**
 * Draws the charts the add-in asked Excel for, so the preview shows what Excel would: a scatter of the source
 * range's two columns with the labels set on its points, placed over the cells it was positioned on.
 */
import { parseBlock, splitQualifiedAddress } from "../core/cellAddress";
import type { ChartRecord, SheetModel } from "../emulator/model";

const SVG = "http://www.w3.org/2000/svg";
const WIDTH = 420;
const HEIGHT = 300;
const PAD = { left: 48, right: 16, top: 34, bottom: 40 };

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

export function drawChart(sheet: SheetModel, chart: ChartRecord, label: string): SVGSVGElement {
  const block = parseBlock(splitQualifiedAddress(chart.source).local);
  const points: { x: number; y: number; label: string | undefined }[] = [];
  if (block) {
    for (let r = block.firstRow; r <= block.lastRow; r++) {
      const x = sheet.value(r, block.firstColumn), y = sheet.value(r, block.firstColumn + 1);
      const i = r - block.firstRow;
      if (typeof x === "number" && typeof y === "number") {
        const text = chart.settings[`series/0/points/${i}/dataLabel/text`];
        points.push({ x, y, label: typeof text === "string" ? text : undefined });
      }
    }
  }
  const maxX = Math.max(1, ...points.map((p) => p.x));
  const maxY = Math.max(0.01, ...points.map((p) => p.y));
  const px = (x: number) => PAD.left + (x / maxX) * (WIDTH - PAD.left - PAD.right);
  const py = (y: number) => HEIGHT - PAD.bottom - (y / maxY) * (HEIGHT - PAD.top - PAD.bottom);

  const root = svg("svg", { class: "chart", viewBox: `0 0 ${WIDTH} ${HEIGHT}`, width: WIDTH, height: HEIGHT, role: "img", "aria-label": label });
  root.append(svg("rect", { x: 0, y: 0, width: WIDTH, height: HEIGHT, class: "chart-frame" }));
  if (chart.title) root.append(svg("text", { x: WIDTH / 2, y: 20, class: "chart-title" }, chart.title));
  root.append(
    svg("line", { x1: PAD.left, y1: HEIGHT - PAD.bottom, x2: WIDTH - PAD.right, y2: HEIGHT - PAD.bottom, class: "chart-axis" }),
    svg("line", { x1: PAD.left, y1: PAD.top, x2: PAD.left, y2: HEIGHT - PAD.bottom, class: "chart-axis" }),
  );
  for (const fraction of [0, 0.5, 1]) {
    root.append(svg("text", { x: px(maxX * fraction), y: HEIGHT - PAD.bottom + 14, class: "chart-tick" }, `${Math.round(maxX * fraction * 100)}%`));
    root.append(svg("text", { x: PAD.left - 6, y: py(maxY * fraction) + 4, class: "chart-tick chart-tick-y" }, `${Math.round(maxY * fraction * 100)}%`));
  }
  const xTitle = chart.settings["axes/categoryAxis/title/text"], yTitle = chart.settings["axes/valueAxis/title/text"];
  if (typeof xTitle === "string") root.append(svg("text", { x: (PAD.left + WIDTH - PAD.right) / 2, y: HEIGHT - 6, class: "chart-axis-title" }, xTitle));
  if (typeof yTitle === "string") {
    root.append(svg("text", { x: 12, y: HEIGHT / 2, class: "chart-axis-title", transform: `rotate(-90 12 ${HEIGHT / 2})` }, yTitle));
  }
  for (const p of points) {
    root.append(svg("circle", { cx: px(p.x), cy: py(p.y), r: 4, class: "chart-point" }));
    if (p.label) root.append(svg("text", { x: px(p.x) + 6, y: py(p.y) - 6, class: "chart-label" }, p.label));
  }
  return root;
}

/**
 * The Promotion Review sheet and the copied review: the same judgements, planned as phrases the catalogues word in
 * the workbook's language (src/i18n/<language>/promotions.ts). Lists rather than Excel tables: nothing reads the
 * sheet back, and Copy promotion review words the review afresh.
 */
import { fromDateSerial, isoDay } from "../excelDate";
import type { Phrase } from "../phrases";
import { phrase } from "../phrases";
import type { ListBlock, OutputBlock, SheetDescription } from "../sheetDescription";
import type { PromotionWordKey } from "../language";
import type { Carrier, Lesson, PhaseResult, PromotionReview, Stretch } from "./review";

export type ReviewText = string | Phrase<PromotionWordKey>;

const day = (serial: number) => isoDay(fromDateSerial(serial));
const MONEY = "#,##0";
const RATE = "0.0%";
const DATE = "yyyy-mm-dd";

/** A number as the sentences show it: whole currency units with thousands separated, signed when asked. */
export function money(value: number, signed = false): string {
  const shown = Math.round(Math.abs(value)).toLocaleString("en-US");
  return value < 0 ? `−${shown}` : signed ? `+${shown}` : shown;
}
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

/** The summary above the tables: the event, the goal, the usual day, and what the event added. */
export function reviewSummary(r: PromotionReview): Phrase<PromotionWordKey>[] {
  const e = r.event;
  const lines: Phrase<PromotionWordKey>[] = [
    phrase("promotion.review.title", { event: e.name, from: day(e.start), to: day(e.end), days: e.end - e.start + 1 }),
  ];
  if (r.today <= e.end) lines.push(phrase("promotion.review.running", { to: day(e.end), days: r.total.days }));
  lines.push(
    r.total.pace === null
      ? phrase("promotion.review.noGoal")
      : phrase("promotion.review.goal", {
          gmv: money(r.total.gmv),
          goal: money(r.total.pace),
          days: r.total.days,
          share: r.total.pace > 0 ? percent(r.total.gmv / r.total.pace) : "—",
        })
  );
  const b = r.baseline;
  const from = e.start - 14;
  lines.push(
    b
      ? phrase("promotion.review.baseline", { day: money(b.day), days: b.days, from: day(b.from), to: day(b.to) })
      : phrase("promotion.review.noBaseline", { from: day(from), to: day(e.start - 1) })
  );
  if (b && r.net !== null && r.total.change !== null)
    lines.push(
      phrase("promotion.review.uplift", {
        baseline: money(r.total.baseline ?? 0),
        change: money(r.total.change, true),
        dip: money(r.dip.change ?? 0, true),
        hangover: money(r.hangover.change ?? 0, true),
        hangoverDays: r.hangover.days,
        net: money(r.net, true),
      })
    );
  return lines;
}

/** The phases and the whole event; Profit only where Store Metrics has the profit work's days. */
function phasesList(r: PromotionReview): ListBlock<ReviewText> {
  const all = [...r.phases, r.total];
  const profit = all.some((p) => p.profit !== null);
  const columns: [PhaseColumn, string, (p: PhaseResult, i: number) => ReviewText | number][] = [
    [
      "phase",
      "@",
      (p, i) =>
        i === r.phases.length
          ? phrase("promotion.review.whole")
          : p.name === ""
            ? phrase("promotion.review.between")
            : p.name,
    ],
    ["from", DATE, (p) => p.from],
    ["to", DATE, (p) => p.to],
    ["days", "0", (p) => p.days],
    ["gmv", MONEY, (p) => p.gmv],
    ["pace", MONEY, (p) => p.pace ?? ""],
    ["vsPace", RATE, (p) => (p.pace ? p.gmv / p.pace : "")],
    ...(profit
      ? [
          ["profit", MONEY, (p: PhaseResult) => p.profit ?? ""] as [
            PhaseColumn,
            string,
            (p: PhaseResult) => number | string,
          ],
        ]
      : []),
    ["visitors", "#,##0", (p) => p.visitors],
    ["conversion", "0.00%", (p) => (p.visitors > 0 ? p.buyers / p.visitors : "")],
    ["aov", "#,##0.00", (p) => (p.buyers > 0 ? p.gmv / p.buyers : "")],
    ["baseline", MONEY, (p) => p.baseline ?? ""],
    ["change", MONEY, (p) => p.change ?? ""],
  ];
  return {
    kind: "list",
    title: phrase("promotion.list.phases"),
    headers: columns.map(([key]) => phrase(`promotion.col.${key}`)),
    rows: all.map((p, i) => columns.map(([, , value]) => value(p, i))),
    formats: columns.map(([, format]) => format),
  };
}

type PhaseColumn =
  | "phase"
  | "from"
  | "to"
  | "days"
  | "gmv"
  | "pace"
  | "vsPace"
  | "profit"
  | "visitors"
  | "conversion"
  | "aov"
  | "baseline"
  | "change";

function gapList(r: PromotionReview): OutputBlock<ReviewText>[] {
  const g = r.gap;
  if (!g) return [];
  const row = (key: "visitors" | "conversion" | "aov") => [
    phrase(`promotion.driver.${key}`),
    g[key].goal,
    g[key].actual,
    g[key].effect,
  ];
  return [
    {
      kind: "list",
      title: phrase("promotion.list.gap"),
      headers: (["driver", "goal", "actual", "effect"] as const).map((k) => phrase(`promotion.col.${k}`)),
      rows: [
        row("visitors"),
        row("conversion"),
        row("aov"),
        [phrase("promotion.driver.total"), g.goal, g.actual, g.actual - g.goal],
      ],
      formats: ["@", "#,##0", "#,##0", MONEY],
      // Conversion as a rate, AOV with its cents; visitors and the GMV total as whole numbers.
      cellFormats: [1, 2].flatMap((column) => [
        { row: 1, column, format: "0.00%" },
        { row: 2, column, format: "#,##0.00" },
      ]),
    },
    { kind: "lines", style: "italic", lines: [[phrase("promotion.gap.note")]] },
  ];
}

function shiftList(r: PromotionReview): ListBlock<ReviewText> | null {
  if (!r.baseline) return null;
  const row = (key: "dip" | "event" | "hangover", s: Stretch) => [
    phrase(`promotion.shift.${key}`),
    s.from,
    s.to,
    s.days,
    s.gmv,
    s.baseline ?? "",
    s.change ?? "",
  ];
  return {
    kind: "list",
    title: phrase("promotion.list.shift"),
    headers: (["period", "from", "to", "days", "gmv", "baseline", "change"] as const).map((k) =>
      phrase(`promotion.col.${k}`)
    ),
    rows: [
      row("dip", r.dip),
      row("event", r.total),
      row("hangover", r.hangover),
      [phrase("promotion.shift.net"), "", "", "", "", "", r.net ?? ""],
    ],
    formats: ["@", DATE, DATE, "0", MONEY, MONEY, MONEY],
  };
}

function carrierList(
  list: readonly Carrier[] | null,
  title: "promotion.list.products" | "promotion.list.sources",
  none: "promotion.products.none" | "promotion.sources.none",
  format: string
): OutputBlock<ReviewText> {
  if (!list || list.length === 0) return { kind: "lines", style: "italic", lines: [[phrase(none)]] };
  return {
    kind: "list",
    title: phrase(title),
    headers: (["name", "value", "share", "usual", "change"] as const).map((k) => phrase(`promotion.carrier.${k}`)),
    rows: list.map((c) => [c.name, c.value, c.share, c.baseline, c.change]),
    formats: ["@", format, RATE, format, format],
  };
}

function tasksBlock(r: PromotionReview): OutputBlock<ReviewText> {
  const { late, missed, all } = r.tasks;
  if (all === 0) return { kind: "lines", style: "italic", lines: [[phrase("promotion.tasks.noTasks")]] };
  if (late.length + missed.length === 0)
    return { kind: "lines", style: "italic", lines: [[phrase("promotion.tasks.allDone", { count: all })]] };
  return {
    kind: "list",
    title: phrase("promotion.list.tasks"),
    headers: (["task", "deadline", "done", "status"] as const).map((k) => phrase(`promotion.col.${k}`)),
    rows: [
      ...missed.map((t) => [t.name, t.deadline, "", phrase("promotion.task.missed")]),
      ...late.map((t) => [
        t.name,
        t.deadline,
        t.done ?? "",
        phrase("promotion.task.late", { days: (t.done ?? 0) - t.deadline }),
      ]),
    ],
    formats: ["@", DATE, DATE, "@"],
  };
}

/** A lesson in words: the driver, the moved sales, the tasks, or the goal met. */
export function lessonPhrase(l: Lesson): Phrase<PromotionWordKey> {
  if (l.kind === "tasks")
    return phrase("promotion.lesson.tasks", { count: l.amount, names: (l.names ?? []).slice(0, 3) });
  return phrase(`promotion.lesson.${l.kind}`, { amount: money(Math.abs(l.amount)) });
}

/** The sheet: summary, phases, the gap by driver, before and after, carriers, tasks, lessons. */
export function planReviewSheet(r: PromotionReview): SheetDescription<ReviewText> {
  const shift = shiftList(r);
  const blocks: OutputBlock<ReviewText>[] = [
    { kind: "lines", style: "plain", lines: reviewSummary(r).map((p) => [p]) },
    phasesList(r),
    ...gapList(r),
    ...(shift ? [shift] : []),
    carrierList(r.products, "promotion.list.products", "promotion.products.none", MONEY),
    carrierList(r.sources, "promotion.list.sources", "promotion.sources.none", "#,##0"),
    tasksBlock(r),
    { kind: "lines", style: "bold", lines: [[phrase("promotion.list.lessons")]] },
    {
      kind: "lines",
      style: "plain",
      lines: [
        ...(r.lessons.length > 0 ? r.lessons.map((l) => [lessonPhrase(l)]) : [[phrase("promotion.lesson.none")]]),
      ],
    },
  ];
  return { blocks, freezeHeader: false, activate: true };
}

/** The longest copied review: it goes into WeChat or DingTalk as one message. */
export const COPY_LIMIT = 1500;

/**
 * The review as one message: the summary, the largest driver, the top carriers, the tasks and the lessons, each a
 * line; lines are dropped from the end until it fits COPY_LIMIT characters once worded (`word`).
 */
export function reviewText(r: PromotionReview, word: (text: ReviewText) => string): string {
  const g = r.gap;
  const driver = g
    ? (["visitors", "conversion", "aov"] as const).reduce((a, b) =>
        Math.abs(g[b].effect) > Math.abs(g[a].effect) ? b : a
      )
    : null;
  const lines: ReviewText[] = [
    ...reviewSummary(r),
    ...(g && driver
      ? [
          phrase("promotion.copy.driver", {
            driver: phrase(`promotion.driver.${driver}`),
            effect: money(g[driver].effect, true),
            gap: money(g.actual - g.goal, true),
          }),
        ]
      : []),
    ...(r.products && r.products.length > 0
      ? [phrase("promotion.copy.products", { names: r.products.slice(0, 3).map((c) => `${c.name} ${money(c.value)}`) })]
      : []),
    ...(r.tasks.late.length + r.tasks.missed.length > 0
      ? [phrase("promotion.copy.tasks", { late: r.tasks.late.length, missed: r.tasks.missed.length })]
      : []),
    ...r.lessons.map(lessonPhrase),
  ];
  const worded = lines.map(word);
  while (worded.length > 1 && worded.join("\n").length > COPY_LIMIT) worded.pop();
  return worded.join("\n").slice(0, COPY_LIMIT);
}

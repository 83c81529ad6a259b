/**
 * The Market sheet as Position in market writes it: what the market suggests (the findings table the diagnosis reads
 * back), growth against the category, the ranking, price bands, who buys (crowd TGI per dimension) and what is
 * searched (terms by opportunity, as ranges where Sycm gives ranges, and those rising).
 */
import { MARKET_OUTPUT } from "../contract";
import { fromDateSerial, isoDay } from "../excelDate";
import { figureText, shareText } from "../figures";
import type { Language, StoreDataKey } from "../language";
import type { Phrase } from "../phrases";
import { phrase } from "../phrases";
import type { OutputBlock, SheetDescription } from "../sheetDescription";
import { columnLooks } from "../sheetDescription";
import { freeTableName } from "../sheetNames";
import { MARKET_RULES } from "./marketRules";
import type { MarketSample } from "./marketRules";
import type { MarketPosition } from "./position";
import type { RankedEntry, RankingPosition } from "./ranking";

export type MarketText = string | Phrase<StoreDataKey>;

/** The terms listed, at most. */
export const LISTED_TERMS = 30;

const day = (serial: number | null) => (serial === null ? "—" : isoDay(fromDateSerial(serial)));
const tgiText = (value: number | null) => (value === null ? "—" : String(Math.round(value)));
const RATE = "0.00%";

function crowdBlocks(crowd: MarketPosition["crowd"]): OutputBlock<MarketText>[] {
  if (!crowd || crowd.dimensions.length === 0)
    return [{ kind: "lines", style: "italic", lines: [[phrase("market.crowd.none")]] }];
  const blocks: OutputBlock<MarketText>[] = [
    { kind: "lines", style: "plain", lines: [[phrase("market.crowd.day", { day: day(crowd.day) })]] },
  ];
  for (const d of crowd.dimensions) {
    const keys = ["label", "market", "visitors", "buyers", "visitorTgi", "buyerTgi"] as const;
    blocks.push({
      kind: "list",
      title: phrase("market.crowd.title", { dimension: d.dimension }),
      headers: keys.map((k) => phrase(`market.col.${k}`)),
      rows: d.labels.map((l) => [
        l.label,
        l.market ?? "",
        l.visitors ?? "",
        l.buyers ?? "",
        l.visitorTgi ?? "",
        l.buyerTgi ?? "",
      ]),
      formats: ["@", RATE, RATE, RATE, "0", "0"],
    });
    const said: Phrase<StoreDataKey>[] = [];
    if (d.over && d.under)
      said.push(
        phrase("market.crowd.over", {
          dimension: d.dimension,
          label: d.over.label,
          tgi: tgiText(d.over.buyerTgi),
          low: d.under.label,
          lowTgi: tgiText(d.under.buyerTgi),
        })
      );
    if (d.leaking.length > 0)
      said.push(phrase("market.crowd.leaking", { dimension: d.dimension, labels: d.leaking.map((l) => l.label) }));
    if (said.length > 0) blocks.push({ kind: "lines", style: "plain", lines: said.map((p) => [p]) });
  }
  return blocks;
}

function searchBlocks(search: MarketPosition["search"]): OutputBlock<MarketText>[] {
  if (!search || search.opportunities.length === 0)
    return [{ kind: "lines", style: "italic", lines: [[phrase("market.search.none")]] }];
  const listed = search.opportunities.slice(0, LISTED_TERMS);
  return [
    {
      kind: "lines",
      style: "plain",
      lines: [
        [phrase("market.search.day", { day: day(search.day) })],
        ...(listed.some((o) => o.missing === null) ? [[phrase("market.search.noTitles")]] : []),
      ],
    },
    {
      kind: "list",
      title: phrase("market.search.title"),
      headers: (["term", "low", "high", "missing"] as const).map((k) => phrase(`market.col.${k}`)),
      rows: listed.map((o) => [
        o.term,
        o.opportunity.low,
        o.opportunity.high,
        o.missing ? phrase("market.missing") : "",
      ]),
      formats: ["@", "#,##0.00", "#,##0.00", "@"],
    },
    ...(search.rising.length > 0
      ? [
          {
            kind: "list" as const,
            title: phrase("market.rising.title"),
            headers: (["term", "growthLow", "growthHigh"] as const).map((k) => phrase(`market.col.${k}`)),
            rows: search.rising
              .slice(0, LISTED_TERMS)
              .map((t) => [t.term, t.growth?.low ?? "", t.growth?.high ?? ""] as (MarketText | number)[]),
            formats: ["@", "0.0%", "0.0%"],
          },
        ]
      : []),
  ];
}

const signed = (n: number | null) => (n === null ? "—" : shareText(n));
const money = (n: number) => figureText(n, "count");
const lackingLine = (key: "market.growth.lacking" | "market.bands.lacking", need: MarketSample) =>
  ({ kind: "lines", style: "italic", lines: [[phrase(key, { need: phrase(`market.sample.${need}`) })]] }) as const;

/** Growth over 7 and 28 days, the category's and ours, and our share where the curve reaches the category. */
function growthBlocks(growth: MarketPosition["growth"]): OutputBlock<MarketText>[] {
  if ("lacking" in growth) return [lackingLine("market.growth.lacking", growth.lacking)];
  const share = growth.share;
  const shareLine: Phrase<StoreDataKey> =
    "share" in share
      ? phrase("market.share", {
          share: figureText(share.share, "rate"),
          low: figureText(share.low, "rate"),
          high: figureText(share.high, "rate"),
          gmv: money(share.marketGmv),
        })
      : share.refused === "outOfRange"
        ? phrase("market.share.outOfRange", { index: money(share.index), from: money(share.from), to: money(share.to) })
        : phrase("market.share.noIndex");
  return [
    {
      kind: "list",
      title: phrase("market.growth.title", { category: growth.category ?? "—", day: day(growth.latest) }),
      headers: (["span", "category", "ours", "categoryDays", "ourDays"] as const).map((k) => phrase(`market.col.${k}`)),
      rows: growth.comparisons.map((c) => [
        phrase("market.span", { days: c.span }),
        signed(c.market),
        signed(c.ours),
        `${c.marketDays[0]} / ${c.marketDays[1]}`,
        `${c.ourDays[0]} / ${c.ourDays[1]}`,
      ]),
    },
    {
      kind: "lines",
      style: "plain",
      lines: [[shareLine], [phrase("market.growth.note", { b: growth.b.toFixed(2) })]],
    },
  ];
}

/** Where our GMV stands among the estimates: between two, below the last, or above the first (a sign of a wrong ranking). */
function placedLine(placed: NonNullable<RankingPosition["placed"]>): Phrase<StoreDataKey> {
  const gmv = money(placed.gmv);
  if (placed.above !== null && placed.below !== null)
    return phrase("market.ranking.placed", { gmv, above: `#${placed.above}`, below: `#${placed.below}` });
  if (placed.above !== null) return phrase("market.ranking.placedBelow", { gmv, rank: placed.above });
  return phrase("market.ranking.placedAbove", { gmv, rank: placed.below ?? 1 });
}

/** The ranking with estimates, where we stand and who moved. */
function rankingBlocks(ranking: MarketPosition["ranking"]): OutputBlock<MarketText>[] {
  if (!ranking) return [{ kind: "lines", style: "italic", lines: [[phrase("market.ranking.none")]] }];
  const { position, estimated } = ranking;
  const cellsOf = (e: RankedEntry): (MarketText | number)[] => {
    const g = e.gmv;
    const est: (MarketText | number)[] =
      g === null ? ["", "", ""] : "value" in g ? [g.value, g.low, g.high] : [phrase("market.outOfRange"), "", ""];
    return [
      e.rank,
      e.ours ? phrase("market.ours", { subject: e.subject }) : e.subject,
      e.tradeIndex,
      ...est,
      e.tradeGrowth ? e.tradeGrowth.low : "",
      e.before ?? "",
    ];
  };
  const said: Phrase<StoreDataKey>[] = [];
  const ours = position.entries.find((e) => e.ours);
  if (ours) said.push(phrase("market.ranking.ours", { rank: ours.rank }));
  else if (position.placed) said.push(placedLine(position.placed));
  else said.push(phrase("market.ranking.unplaced"));
  if (position.movers.length > 0)
    said.push(
      phrase("market.ranking.movers", {
        movers: position.movers.map((m) => `${m.subject} (#${m.before ?? "?"} → #${m.rank})`),
      })
    );
  if (!estimated) said.push(phrase("market.ranking.noFit"));
  return [
    {
      kind: "list",
      title: phrase("market.ranking.title", { day: day(position.day) }),
      headers: (
        ["rank", "subject", "tradeIndex", "gmv", "gmvLow", "gmvHigh", "tradeGrowth", "rankBefore"] as const
      ).map((k) => phrase(`market.col.${k}`)),
      rows: position.entries.map(cellsOf),
      formats: ["0", "@", "#,##0", "#,##0", "#,##0", "#,##0", "0.0%", "0"],
    },
    { kind: "lines", style: "plain", lines: said.map((p) => [p]) },
  ];
}

/** The market's demand by band against ours, the gaps named. */
function bandBlocks(bands: MarketPosition["bands"]): OutputBlock<MarketText>[] {
  if ("lacking" in bands) return [lackingLine("market.bands.lacking", bands.lacking)];
  const gaps = bands.positions.filter((b) => b.gap).map((b) => b.label);
  return [
    {
      kind: "list",
      title: phrase("market.bands.title", { measure: phrase(`market.measure.${bands.measure}`) }),
      headers: (["band", "demand", "oursShare", "gap"] as const).map((k) => phrase(`market.col.${k}`)),
      rows: bands.positions.map((b) => [b.label, b.demand, b.ours, b.gap ? phrase("market.gap") : ""]),
      formats: ["@", RATE, RATE, "@"],
    },
    {
      kind: "lines",
      style: "plain",
      lines: [[gaps.length > 0 ? phrase("market.bands.gaps", { bands: gaps }) : phrase("market.bands.noGaps")]],
    },
  ];
}

/** The findings, what the market suggests, as a table the diagnosis reads back; the rules not judged and why. */
function findingsBlocks(
  position: MarketPosition,
  language: Language,
  tablesTaken: readonly string[]
): OutputBlock<MarketText>[] {
  const columns = columnLooks(MARKET_OUTPUT.columns, language, {
    finding: "@",
    subject: "@",
    evidence: { format: "@", width: 380, wrap: true },
    growthPoint: "@",
    growthRate: "0.0%",
    low: "0.0%",
    high: "0.0%",
  });
  const rows = position.findings.map((f) => [
    MARKET_OUTPUT.findings[f.rule][language],
    f.subject,
    f.evidence,
    f.point,
    f.growth,
    f.low,
    f.high,
  ]);
  const lacking = MARKET_RULES.flatMap((rule) => {
    const state = position.judged[rule];
    return state === "judged"
      ? []
      : [
          [
            phrase("market.lacking", {
              rule: MARKET_OUTPUT.findings[rule][language],
              need: phrase(`market.sample.${state}`),
            }),
          ],
        ];
  });
  return [
    {
      kind: "table",
      tableName: freeTableName(MARKET_OUTPUT.findingsTable, tablesTaken),
      title: phrase("market.findings.title"),
      columns,
      // A table needs a body row: with no findings it keeps one empty row, so the next run's shape is the same.
      rows: rows.length > 0 ? rows : [columns.map(() => "")],
      fitRows: true,
    },
    {
      kind: "lines",
      style: "italic",
      lines: [[phrase(rows.length > 0 ? "market.findings.note" : "market.findings.none")], ...lacking],
    },
  ];
}

export function planMarketSheet(
  position: MarketPosition,
  language: Language,
  tablesTaken: readonly string[]
): SheetDescription<MarketText> {
  return {
    blocks: [
      ...findingsBlocks(position, language, tablesTaken),
      ...growthBlocks(position.growth),
      ...rankingBlocks(position.ranking),
      ...bandBlocks(position.bands),
      ...crowdBlocks(position.crowd),
      ...searchBlocks(position.search),
    ],
    freezeHeader: false,
    activate: true,
    properties: {
      [MARKET_OUTPUT.judgedProperty]: MARKET_RULES.map((rule) => `${rule}=${position.judged[rule]}`).join(";"),
    },
  };
}

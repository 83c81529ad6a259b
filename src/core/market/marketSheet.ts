/**
 * The Market sheet as Position in market writes it: who buys (crowd TGI per dimension, the segments over and under,
 * those drawn and not converted) and what is searched (terms by opportunity, as ranges where Sycm gives ranges, and
 * those rising). Lists rather than Excel tables: nothing reads the sheet back yet.
 */
import { fromDateSerial, isoDay } from "../excelDate";
import type { StoreDataKey } from "../language";
import type { Phrase } from "../phrases";
import { phrase } from "../phrases";
import type { OutputBlock, SheetDescription } from "../sheetDescription";
import type { CrowdDimension } from "./crowd";
import type { SearchTerm, TermOpportunity } from "./search";

export type MarketText = string | Phrase<StoreDataKey>;

export interface MarketPosition {
  readonly crowd: { readonly day: number | null; readonly dimensions: readonly CrowdDimension[] } | null;
  readonly search: {
    readonly day: number | null;
    readonly opportunities: readonly TermOpportunity[];
    readonly rising: readonly SearchTerm[];
  } | null;
}

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

export function planMarketSheet(position: MarketPosition): SheetDescription<MarketText> {
  return {
    blocks: [
      ...crowdBlocks(position.crowd),
      ...searchBlocks(position.search),
      { kind: "lines", style: "italic", lines: [[phrase("market.notYet")]] },
    ],
    freezeHeader: false,
    activate: true,
  };
}

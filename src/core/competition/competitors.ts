/**
 * The Competitors input read into days: each row's subject, whether it is ours, and its indices. Pasted tables keep
 * Sycm's formats (12,345; 6.85%; - for no figure), so every index cell is read as text may show it. A table that
 * contradicts itself is refused whole, with the cells: an index that is not a number, a day repeated for one subject
 * (two figures for one day, and no way to know which holds), a subject marked ours on one row and a rival on another.
 */
import { COMPETITORS } from "../contract";
import type { CellValue } from "../cellValues";
import { isBlank, parseRate, shownValue } from "../cellValues";
import { fromDateSerial, isoDay } from "../excelDate";
import { COMPETITION_FIELDS, COMPETITION_INDEX_FIELDS } from "../import/fields";
import type { CompetitionIndex } from "../import/fields";
import type { Language } from "../language";
import { isNamed, nameKey } from "../names";
import type { Problem } from "../problems";
import { problemAt } from "../problems";
import type { Result } from "../problems";
import type { RawCell, InputCells } from "../records";
import { fieldsFor, readRecords } from "../records";

export type SubjectKind = "shop" | "item";

export interface CompetitorDay {
  /** Excel serial of the day. */
  readonly date: number;
  readonly subject: string;
  readonly kind: SubjectKind;
  readonly ours: boolean;
  readonly indices: Readonly<Partial<Record<CompetitionIndex, number>>>;
}

const field = fieldsFor(COMPETITORS.columns);
/** Every spelling the import knows for a field, so a table an import made (Sycm's headers) reads the same as a pasted one. */
const aliases = (key: string) => ({ aliases: COMPETITION_FIELDS[key] ?? [] });

export const COMPETITOR_FIELDS = [
  field("date", "date", true, aliases("date")),
  field("subject", "raw", true, aliases("subject")),
  field("kind", "raw", false, aliases("kind")),
  ...COMPETITION_INDEX_FIELDS.map((key) => field(key, "raw", false, aliases(key))),
];

/** How the competition watch asks for its input (src/excel/inputs.ts). */
export const COMPETITORS_INPUT = { definition: COMPETITORS, fields: COMPETITOR_FIELDS } as const;

/** Words that mark a row as ours, or a subject's kind, in Kind or as the Subject itself. */
const OUR_SHOP = ["本店", "我的店铺", "Our shop", "Ours"];
const OUR_ITEM = ["本店商品", "我的商品", "Our item"];
const RIVAL_SHOP = ["竞店", "店铺", "监控店铺", "Shop", "Rival shop"];
const RIVAL_ITEM = ["竞品", "商品", "监控商品", "Item", "Rival item"];
export const KIND_WORDS = [...OUR_SHOP, ...OUR_ITEM, ...RIVAL_SHOP, ...RIVAL_ITEM];

const matches = (text: string, words: readonly string[]) => isNamed(text, words);

/** What a Kind cell (or a Subject that is a marker) says: the kind and whether ours; null for other words. */
export function kindOf(text: string): { kind: SubjectKind; ours: boolean } | null {
  if (matches(text, OUR_ITEM)) return { kind: "item", ours: true };
  if (matches(text, OUR_SHOP)) return { kind: "shop", ours: true };
  if (matches(text, RIVAL_ITEM)) return { kind: "item", ours: false };
  if (matches(text, RIVAL_SHOP)) return { kind: "shop", ours: false };
  return null;
}

/** No figure: blank, or the dash Sycm shows for one. */
const NO_FIGURE = /^[-—–]+$/;

/** An index cell: a number (12,345 or 6.85% as text too), null for no figure, or "not" when it is neither. */
export function indexCellValue(cell: RawCell): number | null | "not" {
  const value: CellValue = cell.value;
  if (isBlank(value) || (typeof value === "string" && NO_FIGURE.test(value.trim()))) return null;
  const parsed = parseRate(value, cell.percent);
  return parsed && parsed.rate >= 0 ? parsed.rate : "not";
}

export interface CompetitorsRead {
  readonly days: readonly CompetitorDay[];
  /** The index fields some row has a figure for, in the input's order. */
  readonly present: readonly CompetitionIndex[];
}

/** Reads the Competitors block; every problem at once, and no days when there is any. */
export function readCompetitors(block: InputCells, language: Language): Result<CompetitorsRead> {
  const read = readRecords(block, COMPETITOR_FIELDS);
  const problems: Problem[] = [...read.problems];
  const days: (CompetitorDay & { subjectAt: string })[] = [];
  for (const record of read.records) {
    const f = record.fields as Record<string, RawCell | number | undefined>;
    const subjectCell = f.subject as RawCell;
    const subject = shownValue(subjectCell.value).trim();
    const kindCell = f.kind as RawCell | undefined;
    const kindText = kindCell ? shownValue(kindCell.value).trim() : "";
    const said = kindText === "" ? null : kindOf(kindText);
    if (kindCell && kindText !== "" && !said) {
      problems.push(
        problemAt(
          { code: "notCompetitorKind", facts: { allowed: KIND_WORDS } },
          { sheet: block.sheet, address: kindCell.address, value: kindText, field: COMPETITORS.columns.kind[language] }
        )
      );
      continue;
    }
    // A subject that is itself a marker (本店) is ours; a blank Kind otherwise means a rival shop.
    const marker = kindOf(subject);
    const { kind, ours } = said ?? (marker?.ours ? marker : { kind: "shop" as const, ours: false });
    const indices: Partial<Record<CompetitionIndex, number>> = {};
    let bad = false;
    for (const key of COMPETITION_INDEX_FIELDS) {
      const cell = f[key] as RawCell | undefined;
      if (!cell) continue;
      const value = indexCellValue(cell);
      if (value === "not") {
        bad = true;
        problems.push(
          problemAt("notNumber", {
            sheet: block.sheet,
            address: cell.address,
            value: shownValue(cell.value),
            field: COMPETITORS.columns[key][language],
          })
        );
      } else if (value !== null) indices[key] = value;
    }
    if (!bad) days.push({ date: f.date as number, subject, kind, ours, indices, subjectAt: subjectCell.address });
  }
  problems.push(...contradictions(block.sheet, days, COMPETITORS.columns.subject[language]));
  if (problems.length > 0) return { ok: false, problems };
  const present = COMPETITION_INDEX_FIELDS.filter((key) => days.some((d) => d.indices[key] !== undefined));
  return { ok: true, data: { days: days.map(({ subjectAt: _, ...day }) => day), present } };
}

/** A day repeated for one subject, and a subject that is ours on one row and a rival's on another. */
function contradictions(
  sheet: string,
  days: readonly (CompetitorDay & { subjectAt: string })[],
  subjectHeader: string
): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  const side = new Map<string, { ours: boolean; at: string }>();
  // A subject on both sides is said once, at its first row on the other side.
  const bothSides = new Set<string>();
  for (const d of days) {
    const who = nameKey(d.subject);
    const key = `${d.date}\u0001${who}`;
    const first = seen.get(key);
    if (first !== undefined)
      problems.push(
        problemAt(
          { code: "repeatedDay", facts: { day: isoDay(fromDateSerial(d.date)), first } },
          { sheet, address: d.subjectAt, value: d.subject, field: subjectHeader }
        )
      );
    else seen.set(key, d.subjectAt);
    const known = side.get(who);
    if (!known) side.set(who, { ours: d.ours, at: d.subjectAt });
    else if (known.ours !== d.ours && !bothSides.has(who)) {
      bothSides.add(who);
      problems.push(
        problemAt(
          { code: "subjectBothSides", facts: { other: known.at } },
          { sheet, address: d.subjectAt, value: d.subject, field: subjectHeader }
        )
      );
    }
  }
  return problems;
}

/**
 * How the add-in recognises a name an operator typed (a header, a setting, a metric, a status): case, spaces,
 * full/half width and punctuation are ignored, and a name given in every language matches in any. Every
 * such comparison in the add-in goes through here, so "成功率（%）", "Success %" and "success" behave alike
 * wherever they are typed.
 */
import type { Spellings } from "./language";

/**
 * The form names are compared in.
 * @example nameKey("Success %") === nameKey("success") ; nameKey("成功率（%）") === "成功率"
 */
export function nameKey(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, "");
}

/** A name in every language, a list of other names (aliases), or one name. */
export type Names = Spellings | readonly string[] | string;

function spellings(names: Names): readonly string[] {
  if (typeof names === "string") return [names];
  if (Array.isArray(names)) return names as readonly string[];
  const all = names as Spellings;
  // Every language's spelling, the pseudo-locale's too, so a workbook the add-in set up in any reads back.
  return Object.values<string>(all);
}

/** Every spelling of the names, in compared form. */
export function nameKeys(...names: readonly Names[]): string[] {
  return names
    .flatMap(spellings)
    .map(nameKey)
    .filter((k) => k !== "");
}

/**
 * Whether `text` is one of the names.
 * @example isNamed("  status ", { "en-US": "Status", "zh-CN": "状态" }) === true
 */
export function isNamed(text: string, ...names: readonly Names[]): boolean {
  const key = nameKey(text);
  return key !== "" && nameKeys(...names).includes(key);
}

/**
 * Position of the first text that is one of the names, or -1.
 * @example indexOfName(["日期", "访客数"], ["UV", "访客数"]) === 1
 */
export function indexOfName(texts: readonly string[], ...names: readonly Names[]): number {
  const wanted = new Set(nameKeys(...names));
  return texts.findIndex((t) => wanted.has(nameKey(t)));
}

/**
 * Position of the text that is the most preferred of the names (the first of them present), or -1: where an
 * export has both a product's name and its id, the name wins whichever column comes first.
 * @example indexOfPreferredName(["商品ID", "商品名称"], ["商品名称", "商品ID"]) === 1
 */
export function indexOfPreferredName(texts: readonly string[], names: readonly string[]): number {
  for (const name of names) {
    const at = indexOfName(texts, name);
    if (at >= 0) return at;
  }
  return -1;
}

/** Things known by names: finds which one a typed name means. The first entry that claims a name keeps it. */
export class NameIndex<T> {
  private readonly byKey = new Map<string, T>();

  constructor(entries: Iterable<readonly [T, ...(readonly Names[])]>) {
    for (const [value, ...names] of entries) {
      for (const key of nameKeys(...names)) if (!this.byKey.has(key)) this.byKey.set(key, value);
    }
  }

  /** What the name means, or undefined. */
  find(text: string): T | undefined {
    return this.byKey.get(nameKey(text));
  }
}

/**
 * Keywords rolled up to their roots (词根): a word is cut at its spaces, then by known roots, so "连衣裙女 长款" counts
 * under 连衣裙, 女 and 长款. The known roots are a shared dictionary of the modifiers most shops' words carry
 * (audience, season, cut, material, style, buying words) and the operator's own (the Word Roots input: their
 * category's nouns, their brand), which the dictionary cannot know.
 */
import { WORD_ROOTS } from "../contract";
import type { Problem } from "../problems";
import type { AdLine } from "./adAnalysis";
import type { InputCells } from "../records";
import { fieldsFor, readRecords } from "../records";

/**
 * Roots common to search words across Taobao's categories. Mostly two characters or more: a single character would
 * cut nouns apart (冬 in 冬瓜); 女 and 男 are kept because words end in them ("连衣裙女"), with the longer words that
 * hold them (女童, 男友) listed so those stay whole.
 */
export const COMMON_ROOTS: readonly string[] = [
  // Who it is for.
  "女",
  "男",
  "女士",
  "男士",
  "女款",
  "男款",
  "女童",
  "男童",
  "儿童",
  "宝宝",
  "婴儿",
  "女孩",
  "男孩",
  "女友",
  "男友",
  "女生",
  "男生",
  "学生",
  "妈妈",
  "中老年",
  "情侣",
  // When.
  "春季",
  "夏季",
  "秋季",
  "冬季",
  "春秋",
  "秋冬",
  "春夏",
  "四季",
  "新款",
  "新品",
  // Cut and size.
  "大码",
  "小个子",
  "长款",
  "短款",
  "中长款",
  "长袖",
  "短袖",
  "无袖",
  "加厚",
  "加绒",
  "薄款",
  "宽松",
  "修身",
  "显瘦",
  "高腰",
  // Material.
  "纯棉",
  "真丝",
  "羊毛",
  "羊绒",
  "牛仔",
  "雪纺",
  "针织",
  "棉麻",
  "真皮",
  // Style.
  "韩版",
  "法式",
  "复古",
  "简约",
  "休闲",
  "时尚",
  "百搭",
  "高级感",
  "小众",
  "设计感",
  "气质",
  "洋气",
  "ins",
  // Buying words.
  "正品",
  "官方",
  "旗舰店",
  "官方旗舰店",
  "同款",
  "爆款",
  "网红",
  "包邮",
  "特价",
  "清仓",
  "套装",
  "礼盒",
  "送礼",
];

const field = fieldsFor(WORD_ROOTS.columns);
export const WORD_ROOTS_FIELDS = [
  field("root", "text", true, { aliases: ["Word root", "词根词"] }),
  field("note", "text", false),
] as const;

/** The operator's roots from the Word Roots input, each once, in their order; a row with a problem adds nothing. */
export function readWordRoots(block: InputCells): { roots: string[]; problems: Problem[] } {
  const read = readRecords(block, WORD_ROOTS_FIELDS);
  const roots = read.records.map((r) => r.fields.root.trim()).filter((r) => r !== "");
  return { roots: [...new Set(roots)], problems: read.problems };
}

/** The roots a word is cut by: the shared dictionary's and the operator's, each once. */
export const knownRoots = (own: readonly string[]): string[] => [...new Set([...COMMON_ROOTS, ...own])];

/**
 * A word's roots: its space-separated parts, each cut further by the dictionary's roots (longest first), what is
 * left of a part a root of its own.
 * @example wordRoots("连衣裙女 长款", ["连衣裙"]) → ["连衣裙", "女", "长款"]
 */
export function wordRoots(word: string, dictionary: readonly string[]): string[] {
  const known = [...new Set(dictionary.map((d) => d.trim()).filter((d) => d !== ""))].sort(
    (a, b) => b.length - a.length
  );
  const cut = (part: string): string[] => {
    for (const root of known) {
      const at = part.indexOf(root);
      if (at >= 0) return [...cut(part.slice(0, at)), root, ...cut(part.slice(at + root.length))];
    }
    return part === "" ? [] : [part];
  };
  return [...new Set(word.split(/\s+/).flatMap(cut))];
}

/**
 * The roots' totals: each word's figures shared equally among its roots, so the roots add up to the words exactly
 * (a word counted whole under each of its roots would be counted twice).
 */
export function rootTotals(
  lines: readonly Pick<AdLine, "name" | "spend" | "gmv" | "clicks" | "orders">[],
  dictionary: readonly string[]
): { root: string; words: number; spend: number; gmv: number; clicks: number; orders: number }[] {
  const roots = new Map<
    string,
    { root: string; words: number; spend: number; gmv: number; clicks: number; orders: number }
  >();
  for (const l of lines) {
    const found = wordRoots(l.name, dictionary);
    for (const root of found) {
      const share = 1 / found.length;
      const r = roots.get(root) ?? { root, words: 0, spend: 0, gmv: 0, clicks: 0, orders: 0 };
      r.words += 1;
      r.spend += l.spend * share;
      r.gmv += l.gmv * share;
      r.clicks += l.clicks * share;
      r.orders += l.orders * share;
      roots.set(root, r);
    }
  }
  return [...roots.values()].sort((a, b) => b.spend - a.spend || a.root.localeCompare(b.root));
}

/**
 * Where the table starts in an export: Sycm puts a title, 统计日期：… and 数据说明：… lines (and blank lines)
 * above the header; totals (合计, 总计) close some reports and are not data.
 */
import { trimValue } from "./normalize";

const PREAMBLE = /^(统计日期|统计时间|数据说明|数据来源|导出时间|下载时间|报表名称|店铺名称|注|说明)\s*[：:]/;

/** How many leading rows to examine before deciding the file has no header. */
export const HEADER_SEARCH_ROWS = 50;

/** Index of the header row among the first rows, or -1 when none has two filled cells. */
export function findExportHeader(rows: readonly (readonly string[])[]): number {
  return rows.slice(0, HEADER_SEARCH_ROWS).findIndex((row) => {
    const filled = row.map(trimValue).filter((v) => v !== "");
    return filled.length >= 2 && !PREAMBLE.test(filled[0] as string) && !isCommentRow(row);
  });
}

/** Alipay frames its statements with lines starting with # (title, account, period above; totals below). */
export function isCommentRow(row: readonly string[]): boolean {
  return trimValue(row[0] ?? "").startsWith("#");
}

export interface FooterTotal {
  readonly side: "expense" | "income";
  readonly count: number;
  readonly amount: number;
}

const FOOTER = /(支出|收入)合计\s*[：:]\s*(\d+)\s*笔\s*[，,]\s*共\s*(-?[\d,]*\.?\d+)\s*元/;

/**
 * A statement's footer total, `#支出合计：12笔，共-345.60元`; null for any other line.
 * @example footerTotal(["#收入合计：3笔，共120.00元"]) → { side: "income", count: 3, amount: 120 }
 */
export function footerTotal(row: readonly string[]): FooterTotal | null {
  const m = FOOTER.exec(row.map(trimValue).join(""));
  if (!m) return null;
  return {
    side: m[1] === "支出" ? "expense" : "income",
    count: Number(m[2]),
    amount: Number((m[3] as string).replace(/,/g, "")),
  };
}

const TOTAL = /^(合计|总计|汇总|total|sum|grand total)[:：]?$/i;

/** A date cell that names every day of the report: its row is the report's total. */
export function isAllDays(cell: string | undefined): boolean {
  return cell !== undefined && /^(全部|合计|总计|汇总)$/.test(trimValue(cell));
}

/** A totals row: its first or second cell says so. */
export function isTotalRow(row: readonly string[]): boolean {
  return [row[0], row[1]].some((v) => v !== undefined && TOTAL.test(trimValue(v)));
}

export function isBlankRow(row: readonly string[]): boolean {
  return row.every((v) => trimValue(v) === "");
}

/**
 * Personal data in exports, masked on the way in unless the operator asks to keep it: an operations workbook
 * gets passed around, and growth work needs counts and regions, not who and where exactly.
 * - names: the first character and ** (`张三` → `张**`), so neither the name nor its length shows;
 * - phones and ID numbers: the first three and last four characters (`13900000001` → `139****0001`);
 * - addresses: province and city only (`浙江省杭州市西湖区文三路 1 号` → `浙江省杭州市`);
 * - Alipay accounts: as a phone, or an e-mail with its name part masked (`abc@163.com` → `a**@163.com`);
 * - buyer nicknames (买家会员名): a stable pseudonym (`买家-3f9a0c1d2e4b`), so repeat buyers can still be counted.
 *   It is a hash, the same in every file and workbook: it hides a nickname from a reader, not from someone who
 *   hashes a list of guesses.
 */
import { nameKey } from "../names";

export type MaskKind = "name" | "phone" | "address" | "account" | "idNumber" | "buyer";

const COLUMNS: readonly (readonly [MaskKind, readonly string[]])[] = [
  ["buyer", ["买家会员名", "买家昵称", "会员名", "旺旺名", "买家旺旺"]],
  ["name", ["收货人姓名", "收货人", "收件人", "联系人", "买家姓名", "姓名"]],
  ["phone", ["联系手机", "联系电话", "收货人手机", "手机", "手机号", "手机号码", "电话", "固定电话"]],
  ["address", ["收货地址", "详细地址", "地址", "收货人地址"]],
  ["account", ["买家支付宝账号", "支付宝账号", "对方账号", "买家账号"]],
  ["idNumber", ["身份证号", "身份证号码", "证件号", "证件号码"]],
];

const BY_KEY = new Map(COLUMNS.flatMap(([kind, names]) => names.map((n) => [nameKey(n), kind] as const)));

/** What kind of personal data a column holds, by its header; null for any other column. */
export function maskKind(header: string): MaskKind | null {
  return BY_KEY.get(nameKey(header)) ?? null;
}

const stars = (n: number) => "*".repeat(Math.max(1, n));

/** Keeps the first `head` and last `tail` characters. */
function keepEnds(text: string, head: number, tail: number): string {
  const chars = [...text];
  if (chars.length <= head + tail)
    return `${chars.slice(0, Math.min(head, chars.length - 1)).join("")}${stars(chars.length - Math.min(head, chars.length - 1))}`;
  return `${chars.slice(0, head).join("")}${stars(chars.length - head - tail)}${chars.slice(chars.length - tail).join("")}`;
}

const MUNICIPALITY = /^(北京市|上海市|天津市|重庆市)/;
const PROVINCE_CITY = /^(.+?(?:省|自治区|特别行政区))(.+?(?:市|自治州|地区|盟))?/;

/** Province and city of a Chinese address (spaces between its parts or not); else its first 6 characters. */
function region(address: string): string {
  const text = address.replace(/\s+/g, "");
  const city = MUNICIPALITY.exec(text);
  if (city) return city[1] as string;
  const m = PROVINCE_CITY.exec(text);
  if (m) return `${m[1]}${m[2] ?? ""}`;
  return [...text].slice(0, 6).join("");
}

/** Two FNV-1a style 32-bit hashes with different primes: a stable 48-bit tag, collisions negligible among a shop's buyers. */
function tag(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x0100019b) >>> 0;
  }
  return (a.toString(16).padStart(8, "0") + b.toString(16).padStart(8, "0")).slice(0, 12);
}

/**
 * The masked form of one value; blank stays blank.
 * @example maskValue("phone", "13900000001") === "139****0001"
 */
export function maskValue(kind: MaskKind, value: string): string {
  const text = value.trim();
  if (text === "") return text;
  switch (kind) {
    case "name":
      return `${[...text][0] ?? ""}**`;
    case "phone":
    case "idNumber":
      return keepEnds(text, 3, 4);
    case "address":
      return region(text);
    case "account": {
      const at = text.indexOf("@");
      return at > 0 ? `${keepEnds(text.slice(0, at), 1, 0)}${text.slice(at)}` : keepEnds(text, 3, 4);
    }
    case "buyer":
      return `买家-${tag(text)}`;
  }
}

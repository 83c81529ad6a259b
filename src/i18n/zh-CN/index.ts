/** 简体中文：每个目录的键与英文一一对应（编译器检查）。 */
import type { LanguageCatalogue } from "../catalogue";
import functions from "./functions.json";
import { problems } from "./problems";
import { workbook } from "./workbook";

export const language = {
  code: "zh-CN",
  name: "中文",
  matches: "zh",
  chosen: true,
  problems,
  pane: () => import(/* webpackChunkName: "zh-CN-pane" */ "./pane.js").then((m) => m.pane),
  workbook,
  storeData: () => import("./storeData.js").then((m) => m.storeData),
  review: () => import("./review.js").then((m) => m.review),
  promotions: () => import("./promotions.js").then((m) => m.promotions),
  functions,
} as const satisfies LanguageCatalogue<"zh-CN">;

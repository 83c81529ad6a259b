/** English: its catalogues give the keys every other language has. */
import type { LanguageCatalogue } from "../catalogue";
import { problems } from "./problems";
import { workbook } from "./workbook";

export const language = {
  code: "en-US",
  name: "English",
  matches: "en",
  chosen: true,
  problems,
  pane: () => import(/* webpackChunkName: "en-US-pane" */ "./pane.js").then((m) => m.pane),
  workbook,
  storeData: () => import("./storeData.js").then((m) => m.storeData),
  review: () => import("./review.js").then((m) => m.review),
  promotions: () => import("./promotions.js").then((m) => m.promotions),
} as const satisfies LanguageCatalogue<"en-US">;

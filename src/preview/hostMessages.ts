/** What the preview's page and the workbook host's worker say to each other (hostWorker.ts, hostConnection.ts). */
import type { SyncStats, VariantListing, WorkbookJson } from "../emulator";
import type { Language } from "../core/language";
import type { WorkbookView } from "./sheetView";

export type ToHost =
  /**
   * One RichApi request from Microsoft's client, as its custom send function received it: the body as the client
   * made it (an object; the worker turns it into the JSON that would travel, and measures that).
   */
  | { readonly kind: "request"; readonly id: number; readonly url: string; readonly body: unknown }
  /** A large request's actions sent ahead in parts, each clone its own short task; the request itself follows. */
  | { readonly kind: "requestPart"; readonly id: number; readonly actions: readonly unknown[] }
  | { readonly kind: "load"; readonly id: number; readonly workbook: WorkbookJson }
  | { readonly kind: "dump"; readonly id: number }
  | { readonly kind: "stats"; readonly id: number }
  /** The host's undocumented behaviours (emulator/variants.ts): list them, or switch one (value given). */
  | { readonly kind: "variants"; readonly id: number; readonly name?: string; readonly value?: string }
  /** The user clicked a sheet's tab: Excel's UI, not an API call. */
  | { readonly kind: "activate"; readonly sheet: string }
  /** What the grid's GROWTHOPS formulas are worked out in. */
  | { readonly kind: "viewOptions"; readonly language: Language; readonly today: number };

export type FromHost =
  | { readonly kind: "response"; readonly id: number; readonly body: string }
  | { readonly kind: "loaded"; readonly id: number; readonly error: string | null }
  | { readonly kind: "dumped"; readonly id: number; readonly workbook: WorkbookJson }
  | { readonly kind: "stats"; readonly id: number; readonly stats: SyncStats }
  | { readonly kind: "variants"; readonly id: number; readonly variants: VariantListing; readonly error: string | null }
  | { readonly kind: "view"; readonly view: WorkbookView };

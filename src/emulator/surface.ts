/**
 * What the workbook host answers, read from its classes: per Excel type, the properties a query reads, the
 * properties a request may set, the navigation properties and the methods. docs/development.md's emulator section lists it
 * (test/emulator/surface.test.ts keeps the two equal), so the documented surface is the coded one.
 */
import { Chart, ChartCollection, ChartSeries, ConditionalFormat, ConditionalFormatCollection } from "./chart";
import { DataValidation, RangeFill, RangeFont, RangeFormat } from "./formats";
import type { Getters } from "./hostObject";
import { HostObject } from "./hostObject";
import { RangeAreas } from "./merged";
import { Range } from "./range";
import { Table, TableCollection, TableColumn, TableColumnCollection, TableRow, TableRowCollection } from "./table";
import {
  Application,
  Workbook,
  Worksheet,
  WorksheetCollection,
  WorksheetCustomProperty,
  WorksheetCustomPropertyCollection,
  WorksheetFreezePanes,
} from "./workbook";

export interface TypeSurface {
  readonly type: string;
  readonly read: readonly string[];
  readonly set: readonly string[];
  readonly navigation: readonly string[];
  readonly methods: readonly string[];
  readonly collection: boolean;
}

const TYPES: readonly (abstract new (...args: never[]) => unknown)[] = [
  Application,
  Workbook,
  WorksheetCollection,
  Worksheet,
  WorksheetCustomPropertyCollection,
  WorksheetCustomProperty,
  WorksheetFreezePanes,
  Range,
  RangeAreas,
  RangeFormat,
  RangeFill,
  RangeFont,
  DataValidation,
  ConditionalFormatCollection,
  ConditionalFormat,
  TableCollection,
  Table,
  TableRowCollection,
  TableRow,
  TableColumnCollection,
  TableColumn,
  ChartCollection,
  Chart,
  ChartSeries,
];

/** The host's own machinery and the classes' helpers: on the prototypes, but no request can name them as Excel members. */
const NOT_API = new Set([
  "constructor",
  "getters",
  "listItems",
  "isAlive",
  "tryResolve",
  "resolve",
  "instantiated",
  "read",
  "write",
  "call",
  "child",
  "isNull",
  "find",
  "scope",
  "locateAddress",
  "create",
  "visibleOthers",
  "firstVisible",
  "growTablesAbove",
  "settleHeadersWritten",
  "derive",
  "record",
  "recordRange",
  "settings",
]);

/** A name on a host class that is the host's own, which a request may not call or set. */
export const isHostMachinery = (name: string): boolean => NOT_API.has(name);

export function hostSurface(): TypeSurface[] {
  return TYPES.map((type) => {
    const prototype = type.prototype as Record<string, unknown>;
    const set: string[] = [],
      navigation: string[] = [],
      methods: string[] = [];
    for (const name of Object.getOwnPropertyNames(prototype)) {
      if (NOT_API.has(name)) continue;
      const descriptor = Object.getOwnPropertyDescriptor(prototype, name) as PropertyDescriptor;
      if (descriptor.get) navigation.push(name);
      else if (descriptor.set) set.push(name);
      else if (typeof descriptor.value === "function") methods.push(name);
    }
    // Objects a class makes in its constructor (a workbook's worksheets, a format's fill) are navigation too.
    const made = { Workbook: ["worksheets", "tables", "application"], RangeFormat: ["fill", "font"] }[type.name] ?? [];
    const read =
      prototype instanceof HostObject
        ? Object.keys((prototype.getters as () => Getters<unknown>).call(Object.create(prototype)))
        : [];
    return {
      type: type.name,
      read,
      set: set.sort(),
      navigation: [...navigation, ...made].sort(),
      methods: methods.sort(),
      collection: typeof prototype["listItems"] === "function",
    };
  });
}

/** The surface as the development page's table. */
export function surfaceTable(): string {
  const list = (names: readonly string[]) => (names.length === 0 ? "" : names.map((n) => `\`${n}\``).join(", "));
  const rows = hostSurface().map(
    (t) =>
      `| ${t.type}${t.collection ? " (items)" : ""} | ${list(t.read)} | ${list(t.set)} | ${list(t.navigation)} | ${list(t.methods)} |`
  );
  return ["| type | query reads | request sets | navigation | methods |", "|---|---|---|---|---|", ...rows].join("\n");
}

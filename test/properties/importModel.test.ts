/**
 * A model-based test of the import: random sequences of imports, corrected re-imports, replaced kinds, cancels
 * and failed round trips run against the emulated workbook and against a plain model of what the data tables and
 * Store Metrics must then hold; the two are compared after every step. The model knows nothing of staging, keys
 * or Excel: a row is its day (and product), the later file wins, Replace starts the kind afresh, and a file
 * whose import did not finish changes nothing.
 */
import fc from "fast-check";
import type { ImportOutcome, ImportOptions } from "../../src/commands/importStoreData";
import { importStoreData } from "../../src/commands/importStoreData";
import { blobChunks } from "../../src/csv/chunks";
import type { ExcelEmulator } from "../../src/emulator";
import { everyVariant } from "../../src/emulator";
import { TODAY, emulatedEnvironment } from "../helpers";

type Kind = "overview" | "products";
const DAYS = [46327, 46328, 46329];
const IDS = ["600000000001", "600000000002", "600000000003"];
const ISO: Readonly<Record<number, string>> = { 46327: "2026-11-01", 46328: "2026-11-02", 46329: "2026-11-03" };

interface Row {
  readonly day: number;
  readonly id?: string | undefined;
  readonly visitors: number;
  readonly gmv: number;
}

interface FileSpec {
  readonly kind: Kind;
  readonly rows: readonly Row[];
  readonly replace: boolean;
}

/** What the workbook must hold: each kind's rows by key, in the order they were first added. */
class Model {
  readonly tables: Record<Kind, Map<string, Row>> = { overview: new Map(), products: new Map() };

  apply(file: FileSpec): void {
    const table = this.tables[file.kind];
    if (file.replace) table.clear();
    for (const row of file.rows) table.set(`${row.day}|${row.id ?? ""}`, row);
  }

  /** GMV per day: the shop overview's where it has the day (a shop-level source wins), else the products' sum. */
  gmv(day: number): number | undefined {
    const overview = [...this.tables.overview.values()].find((r) => r.day === day);
    if (overview) return overview.gmv;
    const products = [...this.tables.products.values()].filter((r) => r.day === day);
    return products.length === 0 ? undefined : Math.round(products.reduce((n, r) => n + r.gmv, 0) * 100) / 100;
  }
}

const csv = (file: FileSpec): string =>
  file.kind === "overview"
    ? ["统计日期,访客数,支付金额", ...file.rows.map((r) => `${ISO[r.day]},${r.visitors},${r.gmv}`)].join("\n")
    : [
        "统计日期,商品ID,商品名称,商品访客数,支付金额",
        ...file.rows.map((r) => `${ISO[r.day]},${r.id},连衣裙,${r.visitors},${r.gmv}`),
      ].join("\n");

const row = (kind: Kind): fc.Arbitrary<Row> =>
  fc.record({
    day: fc.constantFrom(...DAYS),
    id: kind === "products" ? fc.constantFrom(...IDS) : fc.constant(undefined),
    visitors: fc.integer({ min: 1, max: 3 }).map((n) => n * 100),
    gmv: fc.integer({ min: 1, max: 4 }).map((n) => n * 250.5),
  });

const fileSpec: fc.Arbitrary<FileSpec> = fc.constantFrom<Kind>("overview", "products").chain((kind) =>
  fc.record({
    kind: fc.constant(kind),
    // One row per key, as a real export has: a file's own repeats are counted as duplicates, not figures.
    rows: fc.uniqueArray(row(kind), { minLength: 1, maxLength: 6, selector: (r) => `${r.day}|${r.id ?? ""}` }),
    replace: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
  })
);

/** How a step's import goes: to the end, cancelled at a round trip, or failing at one. */
type Trouble =
  | { readonly kind: "none" }
  | { readonly kind: "cancel"; readonly atSync: number }
  | { readonly kind: "fail"; readonly atSync: number };

const trouble: fc.Arbitrary<Trouble> = fc.oneof(
  { weight: 3, arbitrary: fc.constant<Trouble>({ kind: "none" }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 8 }).map<Trouble>((atSync) => ({ kind: "cancel", atSync })) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 4 }).map<Trouble>((atSync) => ({ kind: "fail", atSync })) }
);

const OPTIONS: ImportOptions = {
  replace: false,
  clock: () => 0,
  now: () => ({ ...TODAY, hour: 10, minute: 0, second: 0 }),
};
const TABLES: Readonly<Record<Kind, [sheet: string, visitors: string]>> = {
  overview: ["Sycm Overview", "访客数"],
  products: ["Sycm Products", "商品访客数"],
};

async function runStep(
  excel: ExcelEmulator,
  env: ReturnType<typeof emulatedEnvironment>["env"],
  file: FileSpec,
  how: Trouble
): Promise<ImportOutcome & { readonly cancelled: boolean }> {
  const controller = new AbortController();
  excel.resetStats();
  let syncs = 0;
  const before = JSON.stringify(tableRows(excel, file.kind));
  const logRows = () => excel.model.findSheet("Import Log")?.values.rowCount ?? 0;
  const logBefore = logRows();
  let beforeRowsChanged = false;
  const stop = excel.onChange(() => {
    if (how.kind !== "cancel" || controller.signal.aborted || ++syncs < how.atSync) return;
    // Before the log is written the file is still being imported; before its rows change, a Cancel is in time.
    beforeRowsChanged = logRows() === logBefore && JSON.stringify(tableRows(excel, file.kind)) === before;
    controller.abort();
  });
  if (how.kind === "fail") excel.failOnSync = { sync: how.atSync, code: "GeneralException" };
  try {
    const bytes = new TextEncoder().encode(csv(file));
    const outcome = await importStoreData(env, [{ name: "export.csv", chunks: () => blobChunks(new Blob([bytes])) }], {
      ...OPTIONS,
      replace: file.replace,
      signal: controller.signal,
      budgetBytes: 300,
    });
    return { ...outcome, cancelled: beforeRowsChanged };
  } finally {
    stop();
    excel.failOnSync = null;
  }
}

/** The table's rows as the model keeps them, read from the data table (not the rows staged below it). */
function tableRows(excel: ExcelEmulator, kind: Kind): Row[] {
  const sheet = excel.dump().sheets.find((s) => s.name === TABLES[kind][0]);
  const lastRow = Number(/(\d+)$/.exec(sheet?.tables?.[0]?.address ?? "")?.[1] ?? 0);
  const values = (sheet?.values ?? []).slice(0, lastRow);
  const header = (values[0] ?? []).map(String);
  const at = (name: string) => header.indexOf(name);
  return values.slice(1).map((r) => {
    const id = kind === "products" ? String(r[at("商品ID")]) : undefined;
    return {
      day: Number(r[at("统计日期")]),
      ...(id === undefined ? {} : { id }),
      visitors: Number(r[at(TABLES[kind][1])]),
      gmv: Number(r[at("支付金额")]),
    };
  });
}

function metricsGmv(excel: ExcelEmulator, day: number): number | undefined {
  const values = excel.dump().sheets.find((s) => s.name === "Store Metrics")?.values ?? [];
  const at = (values[0] ?? []).indexOf("GMV");
  const found = values.find((r) => r[0] === day)?.[at];
  return typeof found === "number" ? Math.round(found * 100) / 100 : undefined;
}

describe.each(everyVariant().map((v) => [`${v.apostropheInTextCell}/${v.signInTextCell}`, v] as const))(
  "Imports against a model of what they must leave (host variant %s)",
  (_, variants) => {
    it("leave the tables and Store Metrics as the model says after every step", async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(fc.tuple(fileSpec, trouble), { minLength: 1, maxLength: 7 }), async (steps) => {
          const { excel, env } = emulatedEnvironment("en-US", undefined, { variants });
          const model = new Model();
          for (const [file, how] of steps) {
            const outcome = await runStep(excel, env, file, how);
            const result = outcome.results[0];
            if (result?.status === "imported") model.apply(file);
            // A Cancel before the table's rows changed is honoured, or the outcome says it came too late.
            if (outcome.cancelled && result?.status === "imported") expect(result.cancelTooLate).toBe(true);
            for (const kind of ["overview", "products"] as const) {
              expect(tableRows(excel, kind)).toEqual([...model.tables[kind].values()]);
            }
            // Store Metrics is owed only by an import that finished as a whole; a failed round trip after the data
            // was committed (the log, the rebuild) is reported to the operator, and the next import rebuilds.
            if (outcome.ok) for (const day of DAYS) expect(metricsGmv(excel, day)).toBe(model.gmv(day));
          }
        }),
        { numRuns: 40, endOnFailure: true }
      );
    }, 60_000);
  }
);

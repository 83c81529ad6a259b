/**
 * Store Metrics kept as sums between imports (core/import/metricSums.ts) equals Store Metrics added up again from
 * every table, over random sequences of imports, re-imports, changed figures, refund statuses and Replace.
 */
import fc from "fast-check";
import type { CommandEnvironment } from "../../src/commands/environment";
import { importStoreData } from "../../src/commands/importStoreData";
import { ExcelEmulator } from "../../src/emulator";
import { rebuildStoreMetrics } from "../../src/commands/storeMetrics";
import { clientHost } from "../fixtures/officeClient";
import { TODAY } from "../helpers";

const iso = (day: number) => `2026-11-${String(day).padStart(2, "0")}`;

/** One file of a kind, its rows drawn from a few days and keys so that files overlap and rewrite each other. */
const file = fc.oneof(
  fc
    .array(
      fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 9000 })),
      { minLength: 1, maxLength: 6 }
    )
    .map((rows) => ({
      name: "overview.csv",
      text: ["统计日期,访客数,支付金额", ...rows.map(([d, v, g]) => `${iso(d)},${v},${(g / 100).toFixed(2)}`)].join(
        "\n"
      ),
    })),
  fc
    .array(
      fc.tuple(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 0, max: 99999 })
      ),
      { minLength: 1, maxLength: 8 }
    )
    .map((rows) => ({
      name: "products.csv",
      text: [
        "统计日期,商品ID,商品访客数,支付金额",
        ...rows.map(([d, id, v, g]) => `${iso(d)},60000000000${id},${v},${(g / 100).toFixed(2)}`),
      ].join("\n"),
    })),
  // Orders keyed by id alone: a re-export moves an order to the day it was paid, and changes what it paid.
  fc
    .array(
      fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 50000 })),
      { minLength: 1, maxLength: 6 }
    )
    .map((rows) => ({
      name: "orders.csv",
      text: [
        "订单编号,买家会员名,订单付款时间,买家实际支付金额",
        ...rows.map(([id, d, paid]) => `10000${id},buyer${id},${iso(d)} 10:00:00,${(paid / 100).toFixed(2)}`),
      ].join("\n"),
    })),
  // Refunds count only once they succeed: a re-export that changes the status moves a row in or out.
  fc
    .array(
      fc.tuple(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 9000 }),
        fc.boolean()
      ),
      { minLength: 1, maxLength: 5 }
    )
    .map((rows) => ({
      name: "refunds.csv",
      text: [
        "退款编号,订单编号,退款完结时间,退款总额,退款状态",
        ...rows.map(
          ([id, d, amount, ok]) =>
            `20000${id},10000${id},${iso(d)} 12:00:00,${(amount / 100).toFixed(2)},${ok ? "退款成功" : "退款关闭"}`
        ),
      ].join("\n"),
    }))
);

const step = fc.record({ file, replace: fc.boolean() });

const metrics = (excel: ExcelEmulator) => excel.dump().sheets.find((s) => s.name === "Store Metrics")?.values ?? null;

describe("Store Metrics kept as sums between imports", () => {
  it("equals Store Metrics added up again from every table, whatever was imported, re-imported or replaced", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 6 }), async (steps) => {
        const excel = new ExcelEmulator();
        const env: CommandEnvironment = { host: clientHost(excel), language: () => "en-US", today: () => TODAY };
        for (const { file: f, replace } of steps) {
          await importStoreData(
            env,
            [
              {
                name: f.name,
                chunks: () =>
                  (async function* () {
                    yield new TextEncoder().encode(`${f.text}\n`);
                  })(),
              },
            ],
            {
              replace,
              clock: () => 0,
              now: () => ({ ...TODAY, hour: 9, minute: 0, second: 0 }),
            }
          );
          const kept = metrics(excel);
          await env.host.run((context) => rebuildStoreMetrics(context as unknown as Excel.RequestContext, "en-US"));
          expect(kept).toEqual(metrics(excel));
        }
      }),
      {
        numRuns: Number(process.env["SUMS_RUNS"] ?? 40),
        endOnFailure: true,
        ...(process.env["SUMS_SEED"] ? { seed: Number(process.env["SUMS_SEED"]) } : {}),
      }
    );
  }, 120_000);

  it("reads a table again when its rows are not what the kept sums expect: a row deleted by hand", async () => {
    const excel = new ExcelEmulator();
    const env: CommandEnvironment = { host: clientHost(excel), language: () => "en-US", today: () => TODAY };
    const options = { replace: false, clock: () => 0, now: () => ({ ...TODAY, hour: 9, minute: 0, second: 0 }) };
    const csv = (name: string, text: string) => ({
      name,
      chunks: () =>
        (async function* () {
          yield new TextEncoder().encode(text);
        })(),
    });
    await importStoreData(
      env,
      [csv("a.csv", "统计日期,访客数,支付金额\n2026-11-01,100,1\n2026-11-02,200,2\n")],
      options
    );
    // The operator deletes the second day's row of the table (here as range, row deleted, table again: the emulator
    // does not model deleting cells inside a table).
    await env.host.run(async (session) => {
      const context = session as unknown as Excel.RequestContext;
      context.workbook.tables.getItem("SycmOverview").convertToRange();
      const sheet = context.workbook.worksheets.getItem("Sycm Overview");
      sheet.getRange("A3:C3").delete("Up");
      sheet.tables.add("A1:C2", true).name = "SycmOverview";
      await context.sync();
    });
    expect(excel.dump().sheets.find((s) => s.name === "Sycm Overview")?.tables).toEqual([
      { name: "SycmOverview", address: "A1:C2" },
    ]);
    await importStoreData(env, [csv("b.csv", "统计日期,访客数,支付金额\n2026-11-03,300,3\n")], options);
    const kept = metrics(excel);
    await env.host.run((context) => rebuildStoreMetrics(context as unknown as Excel.RequestContext, "en-US"));
    expect(kept).toEqual(metrics(excel));
  });
});

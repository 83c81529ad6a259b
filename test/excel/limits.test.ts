/**
 * Excel on the web's size limits, in one place (src/excel/limits.ts): the request-size estimate against the
 * bodies Microsoft's client really sends, and the one rule for a round trip refused as too large.
 */
import { ExcelEmulator } from "../../src/emulator";
import type { RequestCell } from "../../src/excel/limits";
import { requestBytes, syncUnlessTooLarge } from "../../src/excel/limits";
import { runOn } from "../fixtures/officeClient";

describe("what a row weighs in a request", () => {
  it.each([
    ["short numbers and empty text", Array.from({ length: 3_000 }, (_, i) => [i % 10, "", 1])],
    [
      "Chinese text with quotes and backslashes",
      Array.from({ length: 3_000 }, (_, i) => [`商品 "${i}" \\ 手机`, 0.0345, true]),
    ],
    ["long ids as text", Array.from({ length: 3_000 }, (_, i) => [`'${600000000000 + i}`, "2026-11-24", null])],
  ] as const)("covers the body the client sends for %s, within 10 %", async (_what, rows) => {
    const excel = new ExcelEmulator();
    await runOn(excel, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(0, 0, rows.length, 3).values = rows.map((r) => [
        ...r,
      ]) as (string | number | boolean)[][];
      await context.sync();
    });
    const estimate = rows.reduce((n, r) => n + requestBytes(r as readonly RequestCell[]), 0);
    const sent = excel.stats().requestBytes[0] as number;
    // The estimate may not be short of what travels (the body has a fixed part for the sheet and the range too).
    expect(estimate + 2_000).toBeGreaterThanOrEqual(sent);
    expect(estimate).toBeLessThanOrEqual(sent * 1.1);
  });
});

describe("a round trip refused as too large", () => {
  const big = Array.from({ length: 1_000 }, (_, i) => [`row ${i} ${"x".repeat(20)}`]);

  it("says so (false) for a request too large that can be split, having written nothing", async () => {
    const excel = new ExcelEmulator(undefined, { requestLimitBytes: 10_000 });
    const went = await runOn(excel, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A1000").values = big;
      return syncUnlessTooLarge(context, "RequestPayloadSizeLimitExceeded", true);
    });
    expect(went).toBe(false);
    expect(excel.dump().sheets[0]?.values).toEqual([]);
  });

  it("says so for a response too large, and true once the read fits", async () => {
    const excel = new ExcelEmulator({ sheets: [{ name: "Sheet1", values: big }] }, { responseLimitBytes: 10_000 });
    const answers = await runOn(excel, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:A1000").load("values");
      const whole = await syncUnlessTooLarge(context, "ResponsePayloadSizeLimitExceeded", true);
      const part = sheet.getRange("A1:A100").load("values");
      const small = await syncUnlessTooLarge(context, "ResponsePayloadSizeLimitExceeded", true);
      return [whole, small, part.values.length];
    });
    expect(answers).toEqual([false, true, 100]);
  });

  it("throws the refusal when the work cannot be split further, and any other failure as it came", async () => {
    const excel = new ExcelEmulator(undefined, { requestLimitBytes: 10_000 });
    await expect(
      runOn(excel, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:A1000").values = big;
        return syncUnlessTooLarge(context, "RequestPayloadSizeLimitExceeded", false);
      })
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    await expect(
      runOn(excel, async (context) => {
        context.workbook.worksheets.getItem("Missing").getRange("A1").values = [[1]];
        return syncUnlessTooLarge(context, "RequestPayloadSizeLimitExceeded", true);
      })
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});

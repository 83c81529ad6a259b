/** Problems carry typed facts per code (core/problems.ts), and only the catalogue words them. */
import type { Problem } from "../../src/core/problems";
import { problemPhrase } from "../../src/core/problems";
import { CATALOGUES, loadWords, say, translator } from "../../src/wording";

const where = { sheet: "Alipay.csv", address: "", value: "", field: "支出合计" };

// An import's problems are worded with the store-data commands' words, which load with them.
beforeAll(() => loadWords("storeData"));

describe("a problem's facts", () => {
  it("are the code's own, named as the catalogue's placeholders, never a string squeezed together", () => {
    const footer: Problem = {
      ...where,
      code: "footerMismatch",
      facts: { entries: 12, amount: "340.00", footerEntries: 13, footerAmount: "350.00" },
    };
    expect(problemPhrase(footer)).toEqual({
      key: "problem.footerMismatch",
      params: {
        field: "支出合计",
        value: "",
        address: "",
        entries: 12,
        amount: "340.00",
        footerEntries: 13,
        footerAmount: "350.00",
      },
    });
    expect(say(translator("zh-CN"), problemPhrase(footer))).toBe(
      "支出合计：文件末尾写的是 13 笔、350.00 元，但读到的行合计是 12 笔、340.00 元。请检查文件是否完整、是否被改过。"
    );
  });

  it("are required by the type where a code has them, and refused where it has none", () => {
    // @ts-expect-error an out-of-range problem must say what is allowed
    const missing: Problem = { ...where, code: "outOfRange" };
    // @ts-expect-error a required cell has no facts to give
    const extra: Problem = { ...where, code: "required", facts: { allowed: "x" } };
    expect([missing.code, extra.code]).toEqual(["outOfRange", "required"]);
  });

  it("fill every placeholder of their sentence in each catalogue: no {name} is left unworded", () => {
    const lists: Problem = { ...where, code: "severalInputs", facts: { sheets: ["Settings", "设置"] } };
    for (const language of ["en-US", "zh-CN"] as const)
      expect(say(translator(language), problemPhrase(lists))).not.toMatch(/\{\w+\}/);
    expect(
      Object.entries(CATALOGUES["en-US"]).filter(
        ([key, text]) => key.startsWith("problem.") && text.includes("{detail}")
      )
    ).toEqual([]);
  });
});

import { CATALOGUES, joinList, loadWords, translator } from "../../src/wording";
import { pane } from "../../src/i18n/en-US/pane";
import { problems } from "../../src/i18n/en-US/problems";
import { review } from "../../src/i18n/en-US/review";
import { storeData } from "../../src/i18n/en-US/storeData";

// The store-data and review commands' words load with them; these tests say what those commands say.
beforeAll(() => Promise.all([loadWords("storeData"), loadWords("review")]));

describe("message catalogues", () => {
  const [english, chinese] = [CATALOGUES["en-US"], CATALOGUES["zh-CN"]];

  it("have the same keys in both languages", () => {
    expect(Object.keys(chinese).sort()).toEqual(Object.keys(english).sort());
  });

  // Listed from the files, not the catalogues: the test cases are made before the command words have loaded.
  it.each([...Object.keys(problems), ...Object.keys(pane), ...Object.keys(storeData), ...Object.keys(review)])(
    "%s is translated, with the same placeholders",
    (key) => {
      const en = english[key as keyof typeof english] ?? "";
      const zh = chinese[key as keyof typeof chinese] ?? "";
      // A separator may be blank: Chinese runs sentences on without a space.
      if (!key.endsWith(".separator")) expect(zh.trim()).not.toBe("");
      const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(placeholders(zh)).toEqual(placeholders(en));
    }
  );

  it("fills placeholders and leaves unknown ones visible", () => {
    const t = translator("en-US");
    expect(t("sample.done", { sheets: "A" })).toBe("Sample data added: A.");
    expect(t("sample.done")).toBe("Sample data added: {sheets}.");
  });

  it.each([
    ["en-US", ["a"], "a"],
    ["en-US", ["a", "b", "c"], "a, b and c"],
    ["zh-CN", ["甲", "乙"], "甲、乙"],
  ] as const)("joins a list in %s", (language, items, joined) => {
    expect(joinList(language, items)).toBe(joined);
  });
});

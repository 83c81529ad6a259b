/** A planned phrase worded by the catalogue: nested phrases first, lists joined in the language's way. */
import { phrase, sentences } from "../../src/core/phrases";
import { say, translator } from "../../src/i18n";
import "../../src/i18n/storeWords";

describe("saying a phrase", () => {
  const carried = phrase("schedule.carried", { sheet: "S", tasks: [phrase("schedule.carriedTask", { task: "A", minutes: 30 }), phrase("schedule.carriedTask", { task: "B", minutes: 60 })] });

  it.each(["en-US", "zh-CN"] as const)("words nested phrases and joins the list in %s", (language) => {
    const t = translator(language);
    const items = [t("schedule.carriedTask", { task: "A", minutes: 30 }), t("schedule.carriedTask", { task: "B", minutes: 60 })];
    const joined = language === "zh-CN" ? items.join("、") : items.join(" and ");
    expect(say(t, carried)).toBe(t("schedule.carried", { sheet: "S", tasks: joined }));
  });

  it("joins plain words too", () => {
    expect(say(translator("en-US"), phrase("schedule.carriedThird", { tasks: ["A", "B", "C"] }))).toBe(translator("en-US")("schedule.carriedThird", { tasks: "A, B and C" }));
  });

  it.each([
    ["en-US", "Masked: A. Done."],
    ["zh-CN", "已脱敏：A。Done."],
  ] as const)("says a run of sentences one after another in %s, leaving out the empty ones", (language, said) => {
    expect(say(translator(language), sentences(phrase("import.masked", { columns: ["A"] }), "", "Done."))).toBe(said);
  });

  it("says nothing for a run with nothing in it", () => {
    expect(say(translator("en-US"), sentences())).toBe("");
  });
});

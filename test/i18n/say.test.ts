/** A planned phrase worded by the catalogue: nested phrases first, lists joined in the language's way. */
import { phrase, sentences } from "../../src/core/phrases";
import { say, translator } from "../../src/wording";
import { PSEUDO_LOCALE } from "../../src/core/language";
import { loadWords } from "../../src/wording";

// The store-data and review commands' words load with them; these tests say what those commands say.
beforeAll(() => Promise.all([loadWords("storeData"), loadWords("review")]));

describe("saying a phrase", () => {
  const carried = phrase("schedule.carried", {
    sheet: "S",
    tasks: [
      phrase("schedule.carriedTask", { task: "A", minutes: 30 }),
      phrase("schedule.carriedTask", { task: "B", minutes: 60 }),
    ],
  });

  it.each(["en-US", "zh-CN"] as const)("words nested phrases and joins the list in %s", (language) => {
    const t = translator(language);
    const items = [
      t("schedule.carriedTask", { task: "A", minutes: 30 }),
      t("schedule.carriedTask", { task: "B", minutes: 60 }),
    ];
    const joined = language === "zh-CN" ? items.join("、") : items.join(" and ");
    expect(say(t, carried)).toBe(t("schedule.carried", { sheet: "S", tasks: joined }));
  });

  it("joins plain words too", () => {
    expect(say(translator("en-US"), phrase("schedule.carriedThird", { tasks: ["A", "B", "C"] }))).toBe(
      translator("en-US")("schedule.carriedThird", { tasks: "A, B and C" })
    );
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

describe("counts in words", () => {
  it("says one goal and two goals in English, and the same in Chinese, which has no plural", () => {
    const en = translator("en-US");
    expect(en("setGoals.done", { count: 1, sheet: "Goals", points: "A" })).toMatch(/^Added 1 goal to “Goals” for A\./);
    expect(en("setGoals.done", { count: 2, sheet: "Goals", points: "A and B" })).toMatch(
      /^Added 2 goals to “Goals” for A and B\./
    );
    expect(en("suggestions.skipped", { count: 1 })).toBe("1 suggestion was already listed and left as it is.");
    expect(translator("zh-CN")("setGoals.done", { count: 1, sheet: "目标", points: "A" })).not.toMatch(/\{|\|/);
  });

  it("keeps the choice in the pseudo-locale, its words accented", () => {
    const ploc = translator(PSEUDO_LOCALE);
    const one = ploc("setGoals.done", { count: 1, sheet: "S", points: "P" });
    const two = ploc("setGoals.done", { count: 2, sheet: "S", points: "P" });
    expect(one).toContain("1 ĝóáļ ");
    expect(two).toContain("2 ĝóáļš ");
    expect(`${one}${two}`).not.toMatch(/[{}|]/);
  });
});

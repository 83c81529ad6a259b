/** A planned phrase worded by the catalogue: nested phrases first, lists joined in the language's way. */
import { say } from "../../src/commands/outcome";
import { phrase } from "../../src/core/phrases";
import { translator } from "../../src/i18n";

describe("saying a phrase", () => {
  const carried = phrase("schedule.carried", { sheet: "S", tasks: [phrase("schedule.carriedTask", { task: "A", minutes: 30 }), phrase("schedule.carriedTask", { task: "B", minutes: 60 })] });

  it.each(["en-US", "zh-CN"] as const)("words nested phrases and joins the list in %s", (language) => {
    const t = translator(language);
    const items = [t("schedule.carriedTask", { task: "A", minutes: 30 }), t("schedule.carriedTask", { task: "B", minutes: 60 })];
    const joined = language === "zh-CN" ? items.join("、") : items.join(" and ");
    expect(say(t, language, carried)).toBe(t("schedule.carried", { sheet: "S", tasks: joined }));
  });

  it("joins plain words too", () => {
    expect(say(translator("en-US"), "en-US", phrase("schedule.carriedThird", { tasks: ["A", "B", "C"] }))).toBe(translator("en-US")("schedule.carriedThird", { tasks: "A, B and C" }));
  });
});

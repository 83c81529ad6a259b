/** The pseudo-locale qps-ploc: every English text accented, bracketed and longer, its placeholders kept. */
import { CATALOGUES, loadWords, translator } from "../../src/wording";
import { pane } from "../../src/i18n/en-US/pane";
import { problems } from "../../src/i18n/en-US/problems";
import { review } from "../../src/i18n/en-US/review";
import { storeData } from "../../src/i18n/en-US/storeData";
import { PSEUDO_LOCALE, pseudoLocalize } from "../../src/core/language";

// The store-data and review commands' words load with them; these tests say what those commands say.
beforeAll(() => Promise.all([loadWords("storeData"), loadWords("review")]));

const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
/** What is left once the placeholders (and a plural's count name) are out: no plain Latin letter may remain. */
const withoutPlaceholders = (s: string) => s.replace(/\{\w+\}/g, "").replace(/\{\w+\|/g, "{|");

describe("the pseudo-locale", () => {
  it("accents every letter, keeps placeholders, and brackets a longer text", () => {
    expect(pseudoLocalize("Imported {rows} rows")).toBe("⟦Íɱþóŕţéð {rows} ŕóŵš ········⟧");
    expect(pseudoLocalize("Mon").toLowerCase()).toBe(pseudoLocalize("mon"));
    expect(pseudoLocalize("")).toBe("");
    expect(pseudoLocalize(" / ")).toBe(" / ");
  });

  // Listed from the files, not the catalogues: the test cases are made before the command words have loaded.
  it.each([...Object.keys(problems), ...Object.keys(pane), ...Object.keys(storeData), ...Object.keys(review)])(
    "has %s, with no plain letter, the same placeholders and 40 %% more length",
    (key): void => {
      const english = CATALOGUES["en-US"][key as keyof (typeof CATALOGUES)["en-US"]] ?? "";
      const pseudo = CATALOGUES[PSEUDO_LOCALE][key as keyof (typeof CATALOGUES)["en-US"]] ?? "";
      expect(withoutPlaceholders(pseudo)).not.toMatch(/[A-Za-z]/);
      expect(placeholders(pseudo)).toEqual(placeholders(english));
      // A separator or a number has nothing to translate and stays as it is.
      if (!/[A-Za-z]/.test(english)) return expect(pseudo).toBe(english);
      expect(pseudo.length).toBeGreaterThanOrEqual(Math.floor(english.length * 1.4));
      expect(pseudo.startsWith("⟦") && pseudo.endsWith("⟧")).toBe(true);
    }
  );

  it("fills its placeholders through the translator as English does", () => {
    expect(translator(PSEUDO_LOCALE)("sample.done", { sheets: "Goals" })).toBe(
      `${pseudoLocalize("Sample data added: {sheets}.").replace("{sheets}", "Goals")}`
    );
  });
});

/** The pseudo-locale qps-ploc: every English text accented, bracketed and longer, its placeholders kept. */
import { CATALOGUES, translator } from "../../src/i18n";
import { PSEUDO_LOCALE, pseudoLocalize } from "../../src/i18n/pseudo";

const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
/** What is left once the placeholders are out: no plain Latin letter may remain. */
const withoutPlaceholders = (s: string) => s.replace(/\{\w+\}/g, "");

describe("the pseudo-locale", () => {
  it("accents every letter, keeps placeholders, and brackets a longer text", () => {
    expect(pseudoLocalize("Imported {rows} rows")).toBe("[Íɱþóŕţéð {rows} ŕóŵš ········]");
    expect(pseudoLocalize("")).toBe("[]");
  });

  it.each(Object.keys(CATALOGUES["en-US"]))("has %s, with no plain letter, the same placeholders and 40 %% more length", (key) => {
    const english = CATALOGUES["en-US"][key as keyof (typeof CATALOGUES)["en-US"]];
    const pseudo = CATALOGUES[PSEUDO_LOCALE][key as keyof (typeof CATALOGUES)["en-US"]];
    expect(withoutPlaceholders(pseudo)).not.toMatch(/[A-Za-z]/);
    expect(placeholders(pseudo)).toEqual(placeholders(english));
    expect(pseudo.length).toBeGreaterThanOrEqual(Math.floor(english.length * 1.4));
    expect(pseudo.startsWith("[") && pseudo.endsWith("]")).toBe(true);
  });

  it("fills its placeholders through the translator as English does", () => {
    expect(translator(PSEUDO_LOCALE)("sample.done", { sheets: "Goals" })).toBe(`${pseudoLocalize("Sample data added: {sheets}.").replace("{sheets}", "Goals")}`);
  });
});

/** The support and privacy pages' catalogues: the same keys in both languages, every one used, contact shown escaped. */
import { readFileSync } from "fs";
import { join } from "path";
import { pages } from "../../scripts/pages";

const catalogue = (language: string) =>
  JSON.parse(readFileSync(join(__dirname, "..", "..", "src", "i18n", language, "pages.json"), "utf8")) as Record<
    string,
    string
  >;

describe("the pages' catalogues", () => {
  it("have the same keys in English and Chinese, and the pages use every one", () => {
    const [en, zh] = [catalogue("en-US"), catalogue("zh-CN")];
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    const html =
      pages("")
        .map(([, text]) => text)
        .join("\n") +
      pages("x")
        .map(([, text]) => text)
        .join("\n");
    const unused = Object.entries(en).filter(
      ([, text]) =>
        !html.includes(
          text.replace(/&/g, "&amp;").replace(/'/g, "&#39;").replace(/"/g, "&quot;").split("{")[0] as string
        )
    );
    expect(unused.map(([key]) => key)).toEqual([]);
  });

  it("show the deploying admin's contact, escaped, or say whom to ask", () => {
    const support = (contact: string) => pages(contact).find(([file]) => file === "support.html")?.[1] ?? "";
    expect(support("help@shop.cn <IT>")).toContain("Contact: help@shop.cn &lt;IT&gt;");
    expect(support("")).toContain("Ask the person who deployed Growth Ops to your team");
    expect(pages("").map(([file]) => file)).toEqual([
      "support.html",
      "support.zh-CN.html",
      "privacy.html",
      "privacy.zh-CN.html",
    ]);
  });
});

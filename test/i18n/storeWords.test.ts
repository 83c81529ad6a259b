/** The store-data commands' words load with them: the pane's page goes without them until a command brings them. */
import { CATALOGUES, translator } from "../../src/wording";
import { storeData } from "../../src/i18n/en-US/storeData";
import { pane } from "../../src/i18n/en-US/pane";
import { watchCompetitors } from "../../src/commands/watchCompetitors";
import { emulatedEnvironment } from "../helpers";

describe("words that load with their commands", () => {
  it("are not in the pane's catalogue, and read as their key until loaded", () => {
    expect(Object.keys(storeData).filter((key) => key in pane)).toEqual([]);
    expect(CATALOGUES["en-US"]["diagnosis.done"]).toBeUndefined();
    expect(translator("zh-CN")("competition.failed")).toBe("competition.failed");
  });

  it("are there in every language once a store-data command has run", async () => {
    const { env } = emulatedEnvironment("en-US");
    const outcome = await watchCompetitors(env);
    expect(outcome.message).not.toMatch(/^competition\./);
    expect(translator("en-US")("competition.failed")).toBe("The competition was not watched and nothing was written:");
    expect(translator("zh-CN")("competition.failed")).toBe("没有分析竞争数据，也没有写入任何内容：");
    expect(translator("qps-ploc")("competition.failed")).toMatch(/^⟦Ţĥé/);
  });
});

describe("words that failed to load", () => {
  it("are asked for again by the next command, not remembered as failed", async () => {
    await jest.isolateModulesAsync(async () => {
      const { language } = await import("../../src/i18n/en-US");
      const wording = await import("../../src/wording");
      const loader = language.storeData;
      let calls = 0;
      (language as { storeData: () => Promise<unknown> }).storeData = () =>
        ++calls === 1 ? Promise.reject(new Error("chunk failed")) : loader();
      await expect(wording.loadWords("storeData")).rejects.toThrow("chunk failed");
      await wording.loadWords("storeData");
      // English's loader serves English and the pseudo-locale made from it. English failed and the pseudo-locale
      // loaded; the second command asks again for English only.
      expect(calls).toBe(3);
      expect(wording.translator("en-US")("competition.failed")).toBe(
        "The competition was not watched and nothing was written:"
      );
    });
  });
});

describe("the pane's words", () => {
  it("load in the page's language only, until a command needs every language's", async () => {
    await jest.isolateModulesAsync(async () => {
      const wording = await import("../../src/wording");
      // Before any load, only the problems' words are there, in every language.
      expect(wording.translator("zh-CN")("app.name")).toBe("app.name");
      expect(wording.translator("en-US")("list.lastSeparator")).toBe(" and ");
      await wording.loadLanguage("zh-CN");
      expect(wording.translator("zh-CN")("app.name")).toBe("增长运营");
      expect(wording.translator("en-US")("app.name")).toBe("app.name");
      await wording.loadWords("pane");
      expect(wording.translator("en-US")("app.name")).toBe("Growth Ops");
      expect(wording.translator("qps-ploc")("app.name")).toMatch(/^⟦Ĝŕóŵţĥ Óþš/);
    });
  });
});

/** The store-data commands' words load with them: the pane's page goes without them until a command brings them. */
import { CATALOGUES, translator } from "../../src/i18n";
import { storeDataEnUS } from "../../src/i18n/storeData.en-US";
import { enUS } from "../../src/i18n/en-US";

describe("words that load with their commands", () => {
  it("are not in the pane's catalogue, and read as their key until loaded", () => {
    expect(Object.keys(storeDataEnUS).filter((key) => key in enUS)).toEqual([]);
    expect(CATALOGUES["en-US"]["diagnosis.done"]).toBeUndefined();
    expect(translator("zh-CN")("competition.failed")).toBe("competition.failed");
  });

  it("are there in every language once a store-data command has loaded", async () => {
    await import("../../src/commands/watchCompetitors");
    expect(translator("en-US")("competition.failed")).toBe("The competition was not watched and nothing was written:");
    expect(translator("zh-CN")("competition.failed")).toBe("没有分析竞争数据，也没有写入任何内容：");
    expect(translator("qps-ploc")("competition.failed")).toMatch(/^⟦Ţĥé/);
  });
});

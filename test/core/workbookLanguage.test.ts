import { INPUTS } from "../../src/core/contract";
import { workbookLanguage } from "../../src/core/workbookLanguage";

describe("workbookLanguage", () => {
  it("keeps the language the add-in's sheets were written in, whatever the pane speaks", () => {
    expect(workbookLanguage(["增长点", "目标", "每日任务", "Sheet1"], "en-US")).toBe("zh-CN");
    expect(workbookLanguage(["Growth Points", "Goals"], "zh-CN")).toBe("en-US");
  });

  it("counts dated sheets, imported tables and the free names beside an operator's sheet", () => {
    expect(workbookLanguage(["日程 2026-11-24", "周报 2026-W48", "生意参谋流量来源", "Diagnosis"], "en-US")).toBe(
      "zh-CN"
    );
    expect(workbookLanguage(["诊断建议 (2)", "店铺指标"], "en-US")).toBe("zh-CN");
  });

  it("takes the operator's language for a workbook without the add-in's sheets, or as many in each", () => {
    expect(workbookLanguage(["Sheet1", "Schedule"], "zh-CN")).toBe("zh-CN");
    expect(workbookLanguage([], "en-US")).toBe("en-US");
    expect(workbookLanguage(["Goals", "目标"], "zh-CN")).toBe("zh-CN");
    expect(workbookLanguage(["Goals", "目标"], "en-US")).toBe("en-US");
  });

  it("does not take a name that merely starts like a dated sheet's", () => {
    expect(workbookLanguage(["Schedules", "Scheduled tasks", "增长点"], "en-US")).toBe("zh-CN");
  });

  it("reads a workbook set up in the pseudo-locale back in it", () => {
    const pseudo = [INPUTS.growthPoints.sheetName["qps-ploc"], INPUTS.goals.sheetName["qps-ploc"]];
    expect(workbookLanguage(pseudo, "en-US")).toBe("qps-ploc");
  });
});

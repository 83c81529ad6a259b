/**
 * The custom functions as Excel calls them: values back, or CustomFunctions.Error with Excel's code (and a message
 * where Excel shows one), never another exception.
 */
import type * as Functions from "../../src/functions/functions";

class FakeError {
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}
const associated: string[] = [];
(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  Error: FakeError,
  associate: (id: string) => associated.push(id),
};

// Imported after the runtime above exists, as in Excel's shared runtime.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const functions = require("../../src/functions/functions") as typeof Functions;

const thrown = (call: () => unknown): unknown => {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error("did not throw");
};

describe("GROWTHOPS custom functions", () => {
  beforeEach(() => functions.configureFormulas({ language: () => "en-US", today: () => 46350 }));

  it("return the core rules' values", () => {
    expect(functions.score("60%", 0.2)).toBeCloseTo(0.12, 12);
    expect(functions.quadrant(0.7, 0.3)).toBe("Quick win");
    expect(functions.progress(0.048, 0.06, 0.054)).toBeCloseTo(0.5, 12);
    expect(functions.goalStatus(0.048, 0.06, 0.0535, 46348, 46355)).toBe("On track");
    expect(functions.uvValue(3630, 1210)).toBe(3);
    expect(functions.roi(800, 200)).toBe(4);
    expect(functions.conversion(36, 1200)).toBe(0.03);
  });

  it("speak Office's language: a status and its error message in Chinese", () => {
    functions.configureFormulas({ language: () => "zh-CN", today: () => 46350 });
    expect(functions.goalStatus(0.048, 0.06, 0.0535, "2026-11-22", "2026-11-29")).toBe("正常");
    const error = thrown(() => functions.score("一半", 0.2)) as FakeError;
    expect(error).toEqual(new FakeError("#VALUE!", expect.stringContaining("成功率")));
  });

  it("throw CustomFunctions.Error: #VALUE! with the sheets' sentence, #NUM! and #DIV/0! without (Excel shows none)", () => {
    expect(thrown(() => functions.score("half", 0.2))).toEqual(
      new FakeError("#VALUE!", "success: “half” is not a rate. Write it as 0.6, 60% or 60 %.")
    );
    expect(thrown(() => functions.score(60, 0.2))).toEqual(new FakeError("#NUM!", undefined));
    expect(thrown(() => functions.conversion(5, 0))).toEqual(new FakeError("#DIV/0!", undefined));
    expect(thrown(() => functions.goalStatus(1, 2, 1.5, 46355, 46348))).toEqual(new FakeError("#NUM!", undefined));
  });

  it("treat an omitted optional argument as its default and a blank required one as #VALUE!", () => {
    expect(functions.quadrant(0.7, 0.1, undefined, undefined)).toBe("Safe bet");
    expect((thrown(() => functions.roi(null as unknown as number, 5)) as FakeError).code).toBe("#VALUE!");
  });
});

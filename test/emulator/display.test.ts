/** How the host shows a number under a format (Range.text, the preview's grid): the formats the add-in writes. */
import { displayText } from "../../src/emulator/display";

describe("a number shown under its format", () => {
  it("takes the positive, negative or zero section, with the section's own sign", () => {
    const change = "+0.0%;-0.0%;0.0%";
    expect(displayText(0.1, change)).toBe("+10.0%");
    expect(displayText(-0.0017, "+0.00%;-0.00%;0.00%")).toBe("-0.17%");
    expect(displayText(0, change)).toBe("0.0%");
    expect(displayText(-1234.5, "#,##0.00;-#,##0.00")).toBe("-1,234.50");
    expect(displayText(1234.5, "+#,##0;-#,##0;0")).toBe("+1,235");
  });

  it("shows a negative number with its minus where the format has one section", () => {
    expect(displayText(-0.25, "0.0%")).toBe("-25.0%");
    expect(displayText(-1500, "#,##0")).toBe("-1,500");
    expect(displayText(46342, "yyyy-mm-dd")).toBe("2026-11-16");
    expect(displayText("text", "0.0%")).toBe("text");
  });
});

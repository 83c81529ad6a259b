/** The file's seen keys in 8 bytes each: every distinct key kept, every repeat found. */
import { KeySet, keyHash } from "../../../src/core/import/keySet";
import { matchingText, rowKey } from "../../../src/core/import/kinds";

describe("KeySet", () => {
  it("keeps 200,000 distinct order keys apart and finds each one again", () => {
    const set = new KeySet();
    let refused = 0;
    for (let i = 0; i < 200_000; i++)
      if (!set.add(rowKey([`15483903020${String(i).padStart(7, "0")}`, 46349], []))) refused++;
    expect(refused).toBe(0);
    expect(set.size).toBe(200_000);
    expect(set.has(rowKey(["154839030200000042", 46349], []))).toBe(true);
    expect(set.has(rowKey(["154839030200000042", 46350], []))).toBe(false);
  });

  it("says a repeated key was there already, as the Set it replaces did", () => {
    const set = new KeySet(4);
    expect(set.add("a")).toBe(true);
    expect(set.add("b")).toBe(true);
    expect(set.add("a")).toBe(false);
    expect(set.size).toBe(2);
  });

  it("hashes keys that differ by one character, or by order, apart in both halves", () => {
    const [a1, b1] = keyHash("s商品1\u0001n46349");
    const [a2, b2] = keyHash("s商品2\u0001n46349");
    const [a3, b3] = keyHash("n46349\u0001s商品1");
    expect(a1).not.toBe(a2);
    expect(b1).not.toBe(b2);
    expect([a1, b1]).not.toEqual([a3, b3]);
  });
});

describe("Matching a row however Excel kept its guard apostrophe", () => {
  it.each([
    ["'600000000001", "600000000001"],
    ["'=SUM(A1)", "=SUM(A1)"],
    ["'-", "-"],
  ])("reads %s, as a Text cell may have kept it, as the add-in's %s", (stored, meant) => {
    expect(matchingText(stored)).toBe(meant);
    expect(rowKey([stored, 46327], [0, 1])).toBe(rowKey([meant, 46327], [0, 1]));
  });

  it("keeps an apostrophe that is part of the text: 'abc needed no guard", () => {
    expect(matchingText("'abc")).toBe("'abc");
    expect(rowKey(["'abc"], [])).not.toBe(rowKey(["abc"], []));
  });

  it("still tells text from a number", () => {
    expect(rowKey(["'600"], [])).not.toBe(rowKey([600], []));
  });
});

import { mkdirSync, writeFileSync } from "fs";
import { profitExports } from "./fixtures/generators/profitMonth";
it("writes", () => {
  mkdirSync("/tmp/look/files", { recursive: true });
  const e = profitExports(14);
  for (const [name, text] of Object.entries(e.files)) writeFileSync(`/tmp/look/files/${name}`, text);
  writeFileSync("/tmp/look/costs-zh.json", JSON.stringify({ sheets: [{ name: "成本", values: [["商家编码", "SKU", "成本价", "单件包装费"], ...e.sheets[0]!.values.slice(1)], tables: [{ name: "Costs", address: "A1:D4" }] }, { name: "设置", values: [["设置", "值"], ["快递费每单", 3], ["包装费每单", 1.5], ["预估费率", 0.1]] }] }));
});

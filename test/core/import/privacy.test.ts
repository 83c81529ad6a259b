import { maskKind, maskValue } from "../../../src/core/import/privacy";

describe("masking personal data", () => {
  it.each([
    ["收货人姓名", "name"],
    ["联系手机", "phone"],
    ["联系电话", "phone"],
    ["收货地址 ", "address"],
    ["买家支付宝账号", "account"],
    ["身份证号", "idNumber"],
    ["买家会员名", "buyer"],
    ["商品ID", null],
    ["支付金额", null],
  ])("knows %s as %s", (header, kind) => {
    expect(maskKind(header)).toBe(kind);
  });

  it.each([
    ["name", "张三", "张**"],
    ["name", "Alice", "A**"],
    ["phone", "13900000001", "139****0001"],
    ["phone", "0571-88886666", "057******6666"],
    ["idNumber", "110101199001011234", "110***********1234"],
    ["address", "浙江省杭州市西湖区文三路 1 号", "浙江省杭州市"],
    ["address", "上海市浦东新区世纪大道", "上海市"],
    ["address", "新疆维吾尔自治区乌鲁木齐市天山区", "新疆维吾尔自治区乌鲁木齐市"],
    ["account", "abc@163.com", "a**@163.com"],
    ["account", "13900000001", "139****0001"],
    ["name", "", ""],
  ] as const)("%s %s → %s", (kind, value, masked) => {
    expect(maskValue(kind, value)).toBe(masked);
  });

  it("gives a buyer the same pseudonym every time, and different buyers different ones", () => {
    const a = maskValue("buyer", "小鱼儿");
    expect(a).toBe(maskValue("buyer", "小鱼儿"));
    expect(a).not.toBe(maskValue("buyer", "小鱼"));
    const many = new Set(Array.from({ length: 20_000 }, (_, i) => maskValue("buyer", `buyer${i}`)));
    expect(many.size).toBe(20_000);
  });
});

/**
 * What each column of each export means: its fields, each with every spelling the export has used across layouts,
 * years and the indicators an operator picks. Plain data with no imports, so Store Metrics, the diagnosis and the
 * daily report read columns by the same fields as the import without loading the importer.
 */
export type ExportKind =
  | "sycmCompetition"
  | "sycmOverview"
  | "sycmProducts"
  | "sycmTraffic"
  | "sycmSearch"
  | "sycmCrowd"
  | "sycmMarket"
  | "sycmRanking"
  | "priceBands"
  | "qianniuOrders"
  | "qianniuOrderItems"
  | "qianniuRefunds"
  | "alipayStatement"
  | "adReport"
  | "adKeywords"
  | "adCrowds"
  | "stockList"
  | "generic";

/** Headers that name the category a market row is of. */
const MARKET_CATEGORY = ["类目", "类目名称", "行业", "行业类目", "所属类目"];

/** Headers that hold a row's day. */
export const DATE_HEADERS = ["统计日期", "日期", "Date", "时间"];
const DATE = DATE_HEADERS;

/**
 * Sycm's competition pages (监控店铺, 监控商品, 竞品分析, 竞店分析, 竞品/竞店流失) and the 取数 files that carry their
 * columns. The index names are the pages' own; public browser plugins that read these pages call the same figures
 * tradeIndex (交易指数), uvIndex (流量指数), seIpvUvHits (搜索人气), cltHits (收藏人气), cartHits (加购人气),
 * payRateIndex (支付转化指数) and payByrCntIndex (客群指数). The English names are the Competitors sheet's own headers.
 */
export const COMPETITION_FIELDS: Readonly<Record<string, readonly string[]>> = {
  date: DATE,
  subject: ["Subject", "主体", "店铺名称", "商品名称", "竞品名称", "竞店名称", "名称", "店铺", "商品"],
  kind: ["Kind", "类型", "主体类型"],
  tradeIndex: ["Trade index", "交易指数"],
  uvIndex: ["Traffic index", "流量指数"],
  searchPopularity: ["Search popularity", "搜索人气"],
  favouritePopularity: ["Favourites popularity", "收藏人气"],
  cartPopularity: ["Cart popularity", "加购人气"],
  payRateIndex: ["Conversion index", "支付转化指数"],
  buyerIndex: ["Buyer index", "客群指数"],
  lossIndex: ["Loss index", "流失指数", "流失金额指数"],
  lossPopularity: ["Loss popularity", "流失人气"],
};
/** The competition fields that hold an index (or a popularity, Sycm's index of a count). */
export const COMPETITION_INDEX_FIELDS = [
  "tradeIndex",
  "uvIndex",
  "searchPopularity",
  "favouritePopularity",
  "cartPopularity",
  "payRateIndex",
  "buyerIndex",
  "lossIndex",
  "lossPopularity",
] as const;
export type CompetitionIndex = (typeof COMPETITION_INDEX_FIELDS)[number];

/**
 * 万相台's keyword (关键词报表) and crowd (人群报表) reports: the product report's plan, unit and item columns with a word
 * or a crowd under them, and the figures of each. Amounts are in yuan (a `(分)` heading is divided as elsewhere).
 */
const AD_DETAIL_FIELDS: Readonly<Record<string, readonly string[]>> = {
  date: DATE,
  sceneId: ["场景ID", "场景id"],
  scene: ["场景名字", "场景名称"],
  planId: ["计划ID", "计划id"],
  planName: ["计划名字", "计划名称"],
  unitId: ["单元ID", "单元id"],
  unitName: ["单元名字", "单元名称"],
  itemId: ["宝贝ID", "商品ID", "主体ID"],
  itemName: ["宝贝名称", "商品名称", "主体名称"],
  subjectType: ["主体类型"],
  impressions: ["展现量"],
  clicks: ["点击量"],
  spend: ["花费", "花费(分)", "消耗"],
  gmv: ["总成交金额"],
  orders: ["总成交笔数"],
  directGmv: ["直接成交金额"],
  indirectGmv: ["间接成交金额"],
  carts: ["总购物车数"],
  favourites: ["收藏宝贝数"],
  roi: ["投入产出比"],
};

/*
 * Spellings are those of real downloads, and of public parsers of them: a Tmall/Taobao report parser reading Sycm's
 * product export as 统计日期, 商品ID, 商品名称, 商品访客数, 商品浏览量, 支付买家数, 支付金额 (today's 商品排行 download),
 * princewck/alimama-tools (src/constants/parseMap.js) reading 商品id / 商品名称, and the older 商品效果 report's
 * 商品id, 商品标题, 访客数, 浏览量, 支付转化率. Sycm has called the same paid amount 支付金额 and 成交金额.
 */
export const KIND_FIELDS: Readonly<
  Record<Exclude<ExportKind, "generic">, Readonly<Record<string, readonly string[]>>>
> = {
  alipayStatement: {
    serial: ["账务流水号"],
    // 账务组合查询 heads them 收入（+元） and 支出（-元）.
    income: ["收入金额（+元）", "收入金额(+元)", "收入金额", "收入（+元）", "收入(+元)"],
    expense: ["支出金额（-元）", "支出金额(-元)", "支出金额", "支出（-元）", "支出(-元)"],
  },
  // 退款报表 as Qianniu's after-sales export heads it, older GBK CSV and current .xls alike; operators pick columns.
  qianniuRefunds: {
    refundId: ["退款编号"],
    orderId: ["订单编号"],
    amount: ["退款总额", "退款金额", "买家退款金额"],
    orderPaid: ["买家实际支付金额", "买家实付金额", "订单实付金额"],
    paidAt: ["订单付款时间", "付款时间", "买家付款时间"],
    askedAt: ["退款的申请时间", "退款申请时间", "申请时间"],
    completedAt: ["退款完结时间", "退款成功时间", "完结时间"],
    status: ["退款状态"],
    reason: ["买家退款原因", "退款原因", "退款原因标签"],
    stage: ["售中或售后", "退款阶段", "售中/售后"],
    scope: ["部分退款/全部退款", "部分退款或全部退款", "退款范围"],
    returned: ["是否需要退货", "是否退货"],
    serviceType: ["售后类型", "退款类型", "服务类型"],
    goodsStatus: ["货物状态"],
    productId: ["商品id", "商品ID", "宝贝ID", "宝贝id"],
    code: ["商品编码", "商家编码"],
    title: ["宝贝标题", "商品标题", "商品名称"],
    paymentId: ["支付单号", "支付宝交易号"],
  },
  qianniuOrders: {
    orderId: ["订单编号"],
    buyer: ["买家会员名", "买家昵称"],
    paid: ["买家实际支付金额", "买家实付金额", "实付金额"],
  },
  qianniuOrderItems: {
    orderId: ["订单编号"],
    title: ["标题", "宝贝标题", "商品标题"],
    price: ["价格", "单价"],
    quantity: ["购买数量", "数量"],
    attributes: ["商品属性", "销售属性"],
    bundle: ["套餐信息"],
    sku: ["商家编码"],
  },
  adReport: {
    date: DATE,
    spend: ["花费", "花费(分)", "消耗"],
    impressions: ["展现量"],
    clicks: ["点击量"],
    scene: ["场景名字", "场景名称"],
    planId: ["计划ID", "计划id"],
    planName: ["计划名字", "计划名称"],
    unitId: ["单元ID", "单元id"],
    itemId: ["宝贝ID", "商品ID", "主体ID"],
  },
  adKeywords: {
    ...AD_DETAIL_FIELDS,
    wordType: ["词类型"],
    wordId: ["词ID", "词包ID", "关键词ID"],
    word: ["词名字", "词包名字", "关键词"],
  },
  adCrowds: { ...AD_DETAIL_FIELDS, crowdId: ["人群ID", "人群id"], crowd: ["人群名字", "人群名称"] },
  sycmTraffic: { date: DATE, source: ["流量来源"], detail: ["来源明细"], visitors: ["访客数"] },
  // 搜索分析 / 搜索排行: figures may be ranges (`5000 ~ 1万`), kept as the export writes them (core/market/ranges.ts).
  sycmSearch: {
    date: DATE,
    term: ["搜索词", "搜索关键词"],
    popularity: ["搜索人气"],
    popularityGrowth: ["搜索人气增长幅度", "搜索人气变化率", "搜索增长幅度"],
    clickRate: ["点击率"],
    conversion: ["支付转化率"],
    listings: ["在线商品数"],
    bidPrice: ["直通车参考价"],
  },
  // 人群 in long form: whose portrait (行业客群, 本店访客, 本店支付), the dimension (性别, 年龄 …), the label, its share.
  sycmCrowd: {
    date: DATE,
    role: ["角色", "人群类型", "客群类型"],
    dimension: ["属性", "画像维度", "维度"],
    label: ["标签", "属性值"],
    share: ["占比", "人数占比"],
  },
  // 市场大盘: the category's 交易指数 a day (and the other indices the operator picked), with the category's name.
  sycmMarket: {
    date: DATE,
    category: MARKET_CATEGORY,
    tradeIndex: ["交易指数"],
    uvIndex: ["流量指数", "访客人气"],
    searchPopularity: ["搜索人气"],
    payRateIndex: ["支付转化指数"],
  },
  // 市场排行 (高交易 / 高流量 / 高增长, shops or items): a rank, a shop or an item, and its indices.
  sycmRanking: {
    date: DATE,
    category: MARKET_CATEGORY,
    rank: ["排名", "交易排名"],
    shop: ["店铺名称", "店铺"],
    item: ["商品名称", "商品"],
    itemId: ["商品ID", "商品id"],
    tradeIndex: ["交易指数"],
    tradeGrowth: ["交易增长幅度"],
    payRateIndex: ["支付转化指数"],
    uvIndex: ["流量指数"],
  },
  // 价格带, copied from Sycm's 市场 page (or exported): the band and the market's demand in it, in any of three
  // measures. The Price Bands input's own headers (kinds.ts adds them) are Sycm's, in Chinese.
  priceBands: { band: ["价格区间"], unitShare: [], buyerShare: [], tradeIndex: [] },
  sycmProducts: {
    date: DATE,
    productId: ["商品ID", "商品id", "宝贝ID", "宝贝id"],
    productName: ["商品名称", "商品标题", "宝贝标题", "宝贝名称"],
    visitors: ["商品访客数", "访客数"],
    pageViews: ["商品浏览量", "浏览量"],
    conversion: ["商品支付转化率", "支付转化率"],
    gmv: ["支付金额", "支付金额(元)", "成交金额"],
    payingBuyers: ["支付买家数", "商品支付买家数"],
    paidItems: ["支付件数", "商品支付件数"],
    favourites: ["商品收藏人数", "收藏人数"],
    cartAdds: ["商品加购人数", "加购人数"],
  },
  sycmOverview: { date: DATE, visitors: ["访客数"], gmv: ["支付金额", "支付金额(元)"] },
  sycmCompetition: COMPETITION_FIELDS,
  // Qianniu's goods list (出售中的宝贝 / 商品管理 export: 宝贝ID or 商品ID, 商家编码, 宝贝数量 or 库存, 发布时间) and ERP
  // stock lists (商品编码, 规格名称 or 颜色及规格, 可用数 or 库存, 成本价). One spelling a field per file: a list that has
  // both 库存 and 可用库存 is refused naming both, rather than guessing which one the shop sells from.
  stockList: {
    productId: ["商品ID", "商品id", "宝贝ID", "宝贝id", "数字ID", "Item ID"],
    code: ["商家编码", "货号", "商品编码", "Merchant SKU"],
    sku: ["销售属性", "商品属性", "规格", "规格名称", "颜色及规格", "销售属性组合"],
    units: ["库存", "可售库存", "可用库存", "宝贝数量", "商品库存", "库存数量", "库存数", "可用数"],
    listed: ["发布时间", "上架时间", "创建时间"],
    unitCost: ["成本价", "成本", "采购价", "进价"],
  },
};

/** The table competition data goes to: the Competitors input, which operators also fill by pasting from Sycm's pages. */
export const COMPETITORS_TABLE = "Competitors";

/** The table stock lists go to: the Stock input, which operators also fill by pasting. */
export const STOCK_TABLE = "Stock";
/** The Price Bands input's table, where an imported 价格带 file goes too. */
export const PRICE_BANDS_TABLE = "PriceBands";

/** The ad reports' table name: the import marks their attribution window beside it. */
export const AD_REPORT_TABLE = "AdReport";

import type { StoreDataKey } from "../en-US/storeData";

/** 只有店铺数据相关命令（导入报告及其问题、诊断、竞争监控、利润）才会用到的中文文字；随这些命令一起加载。 */
export const storeData: Record<StoreDataKey, string> = {
  "import.done": "已导入 {files}：新增 {added} 行，更新 {updated} 行，未变 {unchanged} 行。",
  "import.competition": "已导入竞争数据：点“监控竞争对手”（店铺数据）即可在“{sheet}”工作表中得到预估。",
  "import.file":
    "{file}：{kind}（{format}），表头在第 {header} 行{period} → “{sheet}”：读取 {read} 行；新增 {added}，更新 {updated}，未变 {unchanged}，跳过 {skipped}{reasons}。",
  "import.rowsSpan": "，数据日期 {period}",
  "import.period": "，统计周期 {period}",
  "import.skipReasons": "（文件内重复 {duplicates} 行，合计行 {totals} 行）",
  "import.fileFailed": "{file}：没有导入，未添加任何内容。{reason}",
  "import.fileCancelled": "{file}：已取消，未添加任何内容。",
  "import.someFailed": "{files} 个文件中有 {failed} 个没有导入，其余已导入。",
  "import.masked": "已脱敏：{columns}。",
  "import.columnsAdded": "表格新增列：{columns}。",
  "import.columnsLacking": "此文件没有这些列，其行留空：{columns}。",
  "import.oneFailed": "这个文件没有导入。",
  "import.allFailed": "{files} 个文件都没有导入。",
  "import.metrics": "已根据导入的数据重新计算店铺指标。",
  "import.logOk": "正常。",
  "import.logCancelled": "已取消，未添加",
  "import.logFailed": "失败，未添加：{reason}",
  "import.cancelTooLate": "{file}：点击取消时，导入已开始修改表格中的行，因此已完成导入。",
  // Problems only the store-data commands meet: the import's files, the Competitors and Costs inputs.
  "problem.encodingBroken":
    "第 {value} 行（第 {byte} 字节）不是 {field} 编码，而文件其余部分是：文件已损坏，或混有两种编码。这个文件没有导入任何内容：请重新下载，或统一另存为一种编码（UTF-8 或 GBK）后再导入。",
  "problem.workbookTooLargeUnpacked":
    "这个工作簿解压后有 {value}，超过插件能读取的 {limit}（文件可能已损坏，或不是真实的导出文件）。没有导入任何内容：请导出更短的时间段，或另存为 CSV 后再导入。",
  "problem.otherShop":
    "这个文件来自店铺“{value}”，而本工作簿属于店铺“{workbookShop}”。没有导入任何内容：请每个店铺使用一个工作簿；如果本工作簿现在改为“{value}”使用，请修改设置中的“店铺”。",
  "refunds.summary":
    "{from} – {to}：{orders} 笔订单支付 {paid}；其中 {refunded} 通过 {count} 笔退款退回。按订单付款日计算，满 {days} 天的付款日退回了销售额的 {settled}。用这些天完结的退款除以这些天的销售额是 {completed}：这个常见算法把之前订单的退款算到这几天的销售上，甚至会超过 100%。",
  "refunds.buckets": "每笔退款记在其订单的付款日下，按从付款到申请退款的天数分列（0–1天 … 15天以上）。",
  "refunds.provisional":
    "最近 {days} 个付款日不足 {settle} 天：还会有人申请退款，所以这些天的退款率未定（已标色），之后还会上升。",
  "refunds.matched": "{total} 笔已退款中有 {matched} 笔（{share}）在订单报表中找到订单。",
  "refunds.unmatched": "{unmatched} 笔退款（{amount}）找不到订单：列在最后，不计入任何付款日。",
  "refunds.notMoney":
    "不算退款、不计入：仍在进行中的 {open} 笔（{openAmount}），已关闭的 {closed} 笔（退款关闭，{closedAmount}）。",
  "refunds.minOrders":
    "只评估宝贝报表中订单数达到 {min} 笔的商品；退款按宝贝标题对应商品，没有标题时按其订单中唯一的商品。",
  "refunds.noLines": "没有导入宝贝报表，商品没有退款率。",
  "refunds.noReason": "（未填写原因）",
  "refunds.weeks":
    "退款原因的近7天为 {from} – {to}（截至最近一笔退款申请），前7天为 {beforeFrom} – {beforeTo}；已关闭和进行中的退款也计入，因为买家确实申请了。",
  "refunds.done": "{from} – {to} 的退款分析已写入“{sheet}”：满期的付款日退回了销售额的 {settled}。",
  "refunds.failed": "没有分析退款，也没有写入任何内容：",
  "problem.noRefunds":
    "退款分析要读取千牛的退款报表和作为分母的订单报表，而“{field}”还没有导入。请先在“店铺数据”中导入这两份报表。",
  "problem.refundOverOrder":
    "{field}：退款 {value} 超过了订单实付的 {paid}。退款不会多于实付：请检查这一行，或重新导出退款报表。",
  "problem.refundBeforePaid":
    "{field}：申请时间 {value} 早于订单付款时间 {paid}。请检查这一行的日期，或重新导出退款报表。",
  "market.failed": "没有完成市场定位，也没有写入任何内容：",
  "market.done": "市场定位已写入“{sheet}”，共 {findings} 条发现。",
  "market.nothing":
    "还没有可以定位的数据：请先在“店铺数据”中导入生意参谋的市场大盘、市场排行、人群画像或搜索排行，或粘贴价格带。",
  "market.findings.title": "市场给出的建议",
  "market.findings.note":
    "增长率是补上差距能给本店 GMV 带来的增长，附低值和高值。“诊断店铺数据”会把这些发现和其他发现一起列出，“把建议加入增长点”从那里取用。",
  "market.findings.none": "已判断的部分没有发现。",
  "market.lacking": "未判断：{rule}：需要{need}。",
  "market.sample.marketTrend": "导入本店类目的生意参谋市场大盘",
  "market.sample.calibration": "竞争监控的交易指数曲线（用本店 14 天的指数运行“监控竞争对手”）",
  "market.sample.storeMetrics": "含支付金额的店铺指标",
  "market.sample.priceBands": "价格带表（粘贴或导入）",
  "market.sample.bandShares":
    "价格带表里每个价格带都有同一项指标（支付件数占比、支付买家数占比或交易指数）：有的价格带缺了其他价格带都有的那一项",
  "market.sample.orderLines": "导入含价格和购买数量的千牛宝贝报表",
  "market.sample.crowd": "导入生意参谋人群画像",
  "market.sample.searchTerms": "导入生意参谋搜索排行",
  "market.sample.titles": "生意参谋商品排行（用于本店标题）",
  "market.finding.outgrowing":
    "近 28 天行业比前 28 天增长 {market28}，本店 {ours28}；近 7 天行业 {market7}，本店 {ours7}。行业增长由交易指数之比按拟合指数 b = {b} 换算。",
  "market.finding.band":
    "这个价格带占市场{measure} {demand}，占本店 {ours}。按市场的比例在这里销售，约可增加 {added}（{measure}）。",
  "market.finding.crowd":
    "占本店访客 {visitors}，却只占本店买家 {buyers}（访客 TGI {visitorTgi}，买家 TGI {buyerTgi}），基于单日画像。",
  "market.finding.term":
    "机会 {low}–{high} 个买家/每个在线商品（搜索人气 × 支付转化率 ÷ 在线商品数）；本店标题都没有这个词。增长按一个商品分到的买家、本店客单价估算。",
  "market.finding.termNotEstimated":
    "机会 {low}–{high}（搜索人气 × 支付转化率 ÷ 在线商品数）；本店标题都没有这个词。未估算：搜索人气超出流量指数曲线的范围，或还没有曲线。",
  "market.point.outgrowing": "跟上行业增速：流量和转化",
  "market.point.band": "布局 {band} 价格带的商品",
  "market.point.crowd": "提升“{segment}”人群的转化：针对他们的详情页、价格和评价",
  "market.point.term": "把“{term}”写进标题",
  "market.measure.units": "件数",
  "market.measure.buyers": "买家数",
  "market.measure.value": "销售额",
  "market.growth.lacking": "与市场比增长：需要{need}。",
  "market.growth.title": "与行业 {category} 比增长，截至 {day}",
  "market.col.span": "周期",
  "market.col.category": "行业",
  "market.col.ours": "本店",
  "market.col.categoryDays": "行业天数（近期 / 之前）",
  "market.col.ourDays": "本店天数（近期 / 之前）",
  "market.span": "近 {days} 天比前 {days} 天",
  "market.share": "近 28 天本店占行业份额：{share}（{low} 至 {high}）；按曲线读出的行业 GMV 约 {gmv}。",
  "market.share.outOfRange":
    "本店份额：无法估算。行业交易指数达到 {index}，超出已校准的范围 {from} 至 {to}；超出本店自身天数去读曲线是猜测，不是估算。",
  "market.share.noIndex": "本店份额：没有哪一天同时有行业交易指数和本店支付金额。",
  "market.growth.note":
    "金额之比等于指数之比的 b 次方（b = {b}，来自竞争监控的曲线），所以增长不需要校准范围，份额才需要。指数换算的都是估算。",
  "market.ranking.none": "排行：导入生意参谋市场排行（店铺或商品），即可看到行业的领先者。",
  "market.ranking.title": "{day} 的市场排行",
  "market.col.rank": "排名",
  "market.col.subject": "店铺或商品",
  "market.col.tradeIndex": "交易指数",
  "market.col.gmv": "估算 GMV",
  "market.col.gmvLow": "GMV（低）",
  "market.col.gmvHigh": "GMV（高）",
  "market.col.tradeGrowth": "交易增长幅度",
  "market.col.rankBefore": "前一天排名",
  "market.outOfRange": "无法估算",
  "market.ours": "{subject}（本店）",
  "market.ranking.ours": "本店排名第 {rank}。",
  "market.ranking.placed": "本店不在排行里：按估算，本店当天 {gmv} 的支付金额排在 {above} 和 {below} 之间。",
  "market.ranking.placedBelow":
    "本店不在排行里：按估算，本店当天 {gmv} 的支付金额排在 #{rank} 之后（估算所及的最后一名）。",
  "market.ranking.placedAbove":
    "本店不在排行里，但按估算本店当天 {gmv} 的支付金额排在 #{rank} 之前：请检查排行是不是本店类目和当天的。",
  "market.ranking.unplaced":
    "不知道本店排在哪里：在设置里填写店铺名称，即可在排行里找到本店；运行“监控竞争对手”，即可把本店 GMV 放进估算里比较。",
  "market.ranking.movers": "比前一天上升的：{movers}。",
  "market.ranking.noFit": "没有估算：竞争监控还没有交易指数的曲线（运行“监控竞争对手”，需要本店 14 天的指数）。",
  "market.bands.lacking": "价格带：需要{need}。",
  "market.bands.title": "价格带：市场的{measure}与本店相比",
  "market.col.band": "价格带",
  "market.col.demand": "市场",
  "market.col.oursShare": "本店",
  "market.col.gap": "缺口",
  "market.gap": "缺口",
  "market.bands.gaps": "占市场五分之一以上、本店占比不到其一半的价格带：{bands}。",
  "market.bands.noGaps": "没有哪个价格带占市场五分之一以上而本店占比不到其一半。",
  "market.crowd.day":
    "{day} 的人群画像，是生意参谋给出的单日数据。TGI = 本店占比 ÷ 行业占比 × 100：100 即与行业构成相同。",
  "market.crowd.none": "人群：导入生意参谋的人群画像（行业客群、本店访客、本店支付），即可看到谁在买。",
  "market.crowd.title": "人群：{dimension}",
  "market.col.label": "人群",
  "market.col.market": "行业客群",
  "market.col.visitors": "本店访客",
  "market.col.buyers": "本店支付",
  "market.col.visitorTgi": "访客 TGI",
  "market.col.buyerTgi": "支付 TGI",
  "market.crowd.over": "{dimension}：相对行业，本店卖给{label}最多（支付 TGI {tgi}），卖给{low}最少（{lowTgi}）。",
  "market.crowd.leaking": "{dimension}：{labels}作为访客明显高于行业，成交却少得多：引来了但没有转化。",
  "market.search.day": "{day} 的搜索词。生意参谋给出区间的数字仍按区间显示，由它算出的机会也是区间。",
  "market.search.none": "搜索：导入生意参谋的搜索排行，即可看到哪些词还有空间。",
  "market.search.title": "按机会排序的搜索词（搜索人气 × 支付转化率 ÷ 在线商品数）",
  "market.col.term": "搜索词",
  "market.col.low": "机会（低）",
  "market.col.high": "机会（高）",
  "market.col.missing": "本店标题",
  "market.missing": "缺少",
  "market.present": "已有",
  "market.search.noTitles": "导入生意参谋的商品排行，即可看到本店标题缺少哪些词。",
  "market.rising.title": "搜索人气上涨 30% 以上的词",
  "market.col.growthLow": "增幅（低）",
  "market.col.growthHigh": "增幅（高）",
  "problem.notPriceBand":
    "{field}：“{value}”不是价格带。价格带请写成以元为单位的区间（50-100、300以上 或 300+、50以下），与生意参谋的价格带表一致。",
  "problem.portraitOtherDay":
    "{field}：这份画像是 {day} 的，行业画像是 {named} 的。TGI 要用同一天的占比相比：请导入同一天的本店访客、本店支付和行业客群画像。",
  "problem.rankingOtherCategory":
    "{field}：这份排行属于“{value}”，不是本店类目“{category}”。别的类目的排行会把我们和不相干的店铺相比：请导入本店类目的市场排行，或在设置里填写类目。",
  "problem.sharesOverfull":
    "{field}：这份画像的“{dimension}”到这一行占比合计 {total}，超过 100%。同一画像的占比合计最多 100%：请重新导出，或检查粘贴进来的行。",
  "problem.attributionDiffers":
    "这个报表按 {file} 天归因统计成交，表里已有的行按 {table} 天。行本身不记归因周期，两者不能放在同一张表里：请按 {table} 天归因重新导出，或勾选“替换之前导入的同类数据”再导入，让这张表改按 {file} 天重新开始。",
  "problem.severalShops":
    "这个文件包含多个店铺（{value}）。没有导入任何内容：请按店铺分别导出，再导入各自店铺的工作簿。",
  "problem.cellsBeyondSheet":
    "文件在 {value} 处有单元格，超出了 Excel 的最后一列（XFD）或最后一行（1,048,576），工作表放不下。没有导入任何内容：请减少导出的列数或缩短时间段后再导入。",
  "problem.ambiguousHeader":
    "列“{value}”既可能是{meanings}。没有导入此文件的任何内容：请把该列改名为其中之一后再导入。",
  "problem.cellsRightOfTable":
    "工作表“{value}”在表格 {field} 右侧有单元格，而此文件新增的列（{columns}）要放在那里。没有导入此文件的任何内容：请移走这些单元格后再导入。",
  "problem.notCompetitorKind": "{field}：“{value}”不是可识别的类型。请使用以下之一：{allowed}。",
  "problem.repeatedStock":
    "“{value}”在这里有第二行库存（第一行在 {first}）。每个商品和 SKU 只保留一行，否则库存会算两遍。",
  "problem.repeatedCost": "“{value}”在这里有第二个成本（第一个在 {first}）。请只保留一行。",
  "problem.repeatedDay": "“{value}”在 {day} 有第二行（第一行在 {first}）。每个主体每天只保留一行，然后再运行。",
  "problem.subjectBothSides":
    "“{value}”在这里标为竞品，在 {other} 却标为本店（或相反）。每个主体只能标为一方，然后再运行。",
  "problem.exportAtRowLimit":
    "文件正好有 {value} 行，这正是生意参谋自助取数不加提示地截断导出的行数：文件中的最后一天是 {lastDay}，之后的行可能缺失。请缩短时间段重新导出，并导入 {lastDay} 起的数据。",
  "problem.noDates":
    "没有一行注明日期，文件开头和文件名中也没有：这些行已导入，但无法用于按天的比较。请按天下载报表（或保留生意参谋文件名中的日期）后重新导入。",
  "problem.exportEndsEarly":
    "文件注明的时间段是 {period}，但数据只到 {value}，而此前每天都有数据：文件可能被截断（生意参谋取数最多 100,000 行）。请导出 {value} 之后的日期并导入。",
  "problem.notTextFile": "这不是文本文件（含有二进制数据）。请把报表导出为 CSV、TSV 或 TXT 后再导入。",
  "problem.unterminatedQuote":
    '第 {value} 行有一个引号（"）没有闭合，文件余下的内容会挤进同一个单元格。这个文件没有导入任何内容：请闭合或删掉这个引号后重新导入。',
  "problem.scientificId":
    "{field}：“{value}”是被 Excel 改成科学计数法的编号，后面的数字已经丢失。请重新导出文件（或使用原始导出文件），不要用 Excel 另存过的副本；这一行已按文本导入该值。",
  "problem.periodNotSplit":
    "文件覆盖 {value}，但没有日期列，无法按天拆分：这些行已按“{field}”列中的时间段导入。要得到每天的数据，请按天分别下载。",
  "problem.periodDisagrees":
    "{field}：这一行的日期 {value} 不在文件声明的统计周期（{period}）内。请检查下载的是不是想要的时间段。",
  "problem.footerMismatch":
    "{field}：文件末尾写的是 {footerEntries} 笔、{footerAmount} 元，但读到的行合计是 {entries} 笔、{amount} 元。请检查文件是否完整、是否被改过。",
  "problem.workbookTooLarge":
    "这个工作簿超过 {value}，任务窗格无法一次读取。请导出更短的时间段，或另存为 CSV 后再导入。",
  "problem.workbookEncrypted":
    "这个工作簿设置了密码，无法读取。请在 Excel 中打开，取消密码（文件 › 信息 › 保护工作簿）并保存后再导入。",
  "problem.workbookCorrupt":
    "无法读取这个工作簿：文件已损坏，或不是 Excel 文件。请重新下载导出文件，或在 Excel 中打开后另存为 .xlsx 或 CSV 再导入。",
  "problem.workbookStringsMissing":
    "无法读取这个工作簿：单元格引用的文本表（sharedStrings）在文件中不存在，文件已损坏。请重新下载导出文件，或在 Excel 中打开后另存为 .xlsx 或 CSV 再导入。",
  "problem.noDiagnosis": "还没有带发现的诊断建议表。请先点“诊断店铺数据”；删掉不需要的行后，再添加其余建议。",
  "ads.summary":
    "{from} – {to}（归因已定）：关键词 {words} 个、人群 {crowds} 个共花费 {spend}，其中浪费 {wasted}（{share}）。",
  "ads.open": "{from} – {to} 未计入：{days} 天归因还没结束，这些天的成交还会增长。",
  "ads.noneClosed": "还没有归因已结束的日子（{days} 天归因，报表到 {to}）：暂无可判断的数据。",
  "ads.rules":
    "浪费：花费达到 {threshold} 却无成交；或投入产出比低于保本ROI且低于同类的下四分位数（{p25}）。保本ROI：利润表中该宝贝的，否则为 {roi}。",
  "ads.reconciled": "列出的关键词和人群与推广报表中各计划的花费相差不超过 1%。",
  "ads.unreconciled":
    "未排名：计划 {plan} 列出的行合计 {listed}，推广报表为 {report}。请导出全部关键词和人群后再分析。",
  "ads.noPlanReport": "没有推广报表可以核对花费：按列出的行判断浪费。",
  "ads.roots":
    "关键词按空格拆开，再按 {common} 个常用词根和你的 {own} 个词根（“词根”表）拆分：把你的类目词和品牌词加进去，就能归并更多关键词。",
  "ads.noSale": "无成交",
  "ads.underBreakEven": "低于保本",
  "ads.done": "{from} – {to} 的推广分析已写入“{sheet}”：{count} 个关键词和人群浪费了 {wasted}。",
  "ads.failed": "没有分析推广，也没有写入任何内容：",
  "problem.noAdDetails": "推广分析读取万相台的关键词报表或人群报表，目前都还没有导入。请先在店铺数据中导入。",
  "problem.adDayAhead": "{field}：“{value}”晚于今天，报表不可能包含未来的日子。请检查文件的日期或电脑的时钟。",
  "problem.adClicksWithoutImpressions":
    "{field}：有 {value} 次点击却没有展现。点击必须先有展现，这一行的列可能错位或有误。",
  "problem.adWindowsDiffer": "关键词报表按 {keywords} 天归因，人群报表按 {crowds} 天：请用相同的归因周期导出。",
  "layout.summary":
    "{from} – {to}：{products} 个商品共成交 {gmv}；按支付金额排前 {top} 的商品贡献了 80%（见累计占比）。",
  "layout.thresholds":
    "分层标准（{products} 个访客数不少于 {min} 的商品）：爆款/主推 支付金额 ≥ {gmv}（第75百分位）；潜力 转化率 ≥ {conversion}（第75百分位）且访客数低于 {visitors}（第75百分位）；引流 访客数 ≥ {visitors} 且转化率低于 {median}（中位数）；滞销 访客数不少于 {min} 但没有成交；其余为观察。",
  "layout.thresholdsNew":
    "新品（近30天上架或首次出现）只和新品比较，共 {products} 个：支付金额 ≥ {gmv}；转化率 ≥ {conversion}；访客数 ≥ {visitors}；转化率中位数 {median}。",
  "layout.noThresholds": "本周访客数不少于 {min} 的商品不足 {count} 个：没有分层标准，所有商品暂列为观察。",
  "layout.noThresholdsNew": "访客数不少于 {min} 的新品不足 {count} 个：新品暂列为观察。",
  "layout.thresholds28":
    "近28天分层标准（{products} 个近28天访客数不少于 {min} 的商品，百分位同上）：爆款/主推 支付金额 ≥ {gmv}；潜力 转化率 ≥ {conversion} 且访客数低于 {visitors}；引流 访客数 ≥ {visitors} 且转化率低于 {median}。",
  "layout.thresholdsNew28":
    "新品近28天分层标准，共 {products} 个：支付金额 ≥ {gmv}；转化率 ≥ {conversion}；访客数 ≥ {visitors}；转化率中位数 {median}。",
  "layout.noThresholds28": "近28天访客数不少于 {min} 的商品不足 {count} 个：近28天分层全部为观察。",
  "layout.noThresholdsNew28": "近28天访客数不少于 {min} 的新品不足 {count} 个：新品的近28天分层为观察。",
  "layout.short28": "商品报表只覆盖 {days} 天：覆盖满28天后才会填写近28天的各列。",
  "layout.profitFrom": "利润和利润率取自利润表（{from} – {to}），按商品标题对应，不是本周的。",
  "layout.noProfit": "运行“计算利润”写出利润表后，才会填写利润和利润率。",
  "layout.noStock": "没有库存表：添加一张（商品ID或商家编码、库存数量），即可看到可售天数和滞销库存。",
  "layout.stockOutCount": "有 {count} 个商品在新货到达前会断货（可售天数短于补货周期加安全库存天数），见断货风险。",
  "layout.up": "上升",
  "layout.down": "下降",
  "layout.new": "新品",
  "layout.stockOut": "会断货",
  "layout.slow": "滞销",
  "layout.done":
    "{from} – {to} 的商品布局已写入“{sheet}”：爆款/主推 {core} 个，潜力 {potential} 个，引流 {traffic} 个，滞销 {stalled} 个，观察 {observe} 个。",
  "layout.failed": "没有分析商品，也没有写入任何内容：",
  "problem.noProductReport":
    "商品布局分析读取生意参谋的商品报表（商品排行 / 商品效果），目前还没有导入。请先在店铺数据中导入。",
  "problem.productPeriodShort": "商品报表只覆盖 {days} 天（到 {value}）：分层比较的是整周，请至少导入 7 天。",
  "profit.summary":
    "{from} – {to}（按付款日）：净销售额 {netSales}，利润 {profit}，利润率 {margin}（已扣商品成本、平台费用、推广花费、快递和包装）。",
  "profit.estimatedDays": "有 {count} 天没有支付宝账务明细：这些天的费用按设置中的费率估算（见“费用为估算”）。",
  "profit.missingCosts": "有 {count} 个订单含没有成本的商品（占净销售额 {share}），见“没有成本的商品”。",
  "profit.missingCostsHigh":
    "注意：有 {count} 个订单含没有成本的商品，占净销售额 {share}：在“成本”补上之前，这个利润偏高（见“没有成本的商品”）。",
  "profit.adsWithoutProduct":
    "推广花费 {spend} 花在 {count} 个没有在成本表中对应到商品的宝贝上（{items}）：在成本表的商家编码旁填上商品ID，就能看到这些商品扣除推广后的利润。",
  "profit.moreItems": "另外 {count} 个",
  "profit.estimated": "估算",
  "profit.noDetails": "（订单明细中没有）",
  "profit.done": "{from} – {to} 的利润已写入“{sheet}”：利润 {profit}，净销售额 {netSales}，利润率 {margin}。",
  "profit.failed": "没有计算利润，也没有写入任何内容：",
  "profit.unclassified": "有 {count} 条账务明细无法归类（合计 {amount}），已列在表中，未计入利润。",
  "problem.noOrderList":
    "利润要用{field}来计算，但还没有导入。请先在“店铺数据”中导入千牛的订单列表和订单明细（以及退款、支付宝账务明细）。",
  "problem.orderNotListed": "订单 {value} 不在已导入的订单列表中：这条明细未计入。请导入包含它的订单列表。",
  "problem.feeOrderNotListed": "这条账务明细指向订单 {value}，它不在已导入的订单列表中：按它自己的日期计入。",
  "diagnosis.failed": "没有诊断，也没有写入任何内容：",
  "diagnosis.done":
    "根据截至 {latest} 的店铺数据，在“{sheet}”中得出 {count} 条发现。每条都建议了一个增长点：点“把建议加入增长点”即可加入。",
  "diagnosis.doneNone": "截至 {latest} 的店铺数据没有发现问题：“{sheet}”列出了每项检查及其依据。",
  "diagnosis.waiting": "推广ROI 等待万相台 {window} 天归因结束：店铺指标到 {until} 后再判断。",
  "diagnosis.lacking": "有 {count} 项检查数据不足，无法判断；表中“检查项”写明了各自需要的数据。",
  "competition.failed": "没有分析竞争数据，也没有写入任何内容：",
  "competition.noData":
    "还没有竞争数据。请在“店铺数据”中导入生意参谋的竞争下载文件（监控店铺、竞品分析等），或把从生意参谋竞争页面复制的表格粘贴到名为“{sheet}”的工作表中，包含日期、主体和指数列。",
  "competition.done": "“{sheet}”对比了 {subjects} 个主体截至 {latest} 的近7天与前7天。",
  "competition.mover": "最大变动：{subject}，预估{measure}较前7天 {change}。",
  "competition.measure.gmv": "支付金额",
  "competition.measure.visitors": "访客数",
  "competition.measure.tradeIndex": "交易指数",
  "competition.noMetrics":
    "还没有店铺指标，因此没有校准任何指数：表中只列出原始指数。请先导入本店的生意参谋概况，再重新监控。",
  "competition.uncalibrated": "未校准：{indices}。表中的校准表写明了各自缺少什么。",
  "competition.kind.ourShop": "本店",
  "competition.kind.ourItem": "本店商品",
  "competition.kind.shop": "竞店",
  "competition.kind.item": "竞品",
  "competition.moverMark": "▲ 最大变动",
  "competition.note":
    "近7天 {from}–{to} 对比 {beforeFrom}–{beforeTo}。有缺失日期时支付金额和访客按日均比较；转化率为预估买家数除以预估访客数。",
  "competition.limits":
    "预估值是把生意参谋的指数代入本店自身数据拟合的曲线得到的：只来自一家店、一个类目。适合比较变动的大小，不是准确的销售额。",
  "competition.fitted": "已用本店数据拟合",
  "competition.kept": "沿用上次分析的曲线：工作簿中现有的本店数据无法重新拟合。误差带在整个范围内按此宽度计",
  "competition.lackingDays": "未拟合：本店同时有指数和数值的天数为 {have}，需要 {need}",
  "competition.lackingSpread": "未拟合：本店指数的范围只有 {have}，需要 {need}",
  "competition.outOfRange": "{index}超出校准范围 {from}–{to} 20% 以上：不做预估",
  "competition.notPositive": "{index}为 0：不做预估",
  "competition.calibrationTitle": "校准：数值 = a · 指数^b（本店数据）",
  "competition.chartTitle": "预估日支付金额",
  "competition.daysTitle": "每日原始指数与预估值（上下限为 95% 预测区间）",
  "competition.noGmv": "交易指数未校准，因此没有预估支付金额图表。",
  "diagnosis.note":
    "最近三天（{from} – {latest}）对比前7天和上周同期。比率由汇总数计算；预估增长率 = 指标回到原水平时支付金额的增幅。",
  "diagnosis.noteNone": "没有发现问题：最近三天（{from} – {latest}）与前7天和上周同期相比都正常。",
  "diagnosis.said": "{text}",
  "diagnosis.rule.conversionFalling": "访客稳定但转化率下降",
  "diagnosis.rule.ctrFalling": "推广点击率下降",
  "diagnosis.rule.aovBelow": "客单价低于近14天水平",
  "diagnosis.rule.refundRateRising": "退款率上升",
  "diagnosis.rule.roiUnderBreakEven": "推广ROI低于保本线",
  "diagnosis.rule.unpaidOrders": "下单多、付款少",
  "diagnosis.rule.productsLowConversion": "商品转化率远低于全店",
  "diagnosis.rule.competitorSurge": "竞品支付金额或访客激增",
  "diagnosis.rule.competitorConversionUp": "竞品转化上升而本店转化下降",
  "diagnosis.rule.customersLost": "流失到竞品的客户增加",
  "diagnosis.rule.profitFalling": "销售额上升但利润下降",
  "diagnosis.rule.coreStockOut": "爆款/主推商品将断货",
  "diagnosis.rule.potentialProduct": "潜力商品访客不足",
  "diagnosis.rule.slowStock": "滞销库存占用资金",
  "diagnosis.rule.coreFalling": "爆款/主推商品掉层",
  "diagnosis.rule.adWaste": "推广关键词和人群浪费花费",
  "diagnosis.rule.adHeadroom": "推广关键词或人群远高于保本",
  "diagnosis.rule.refundProduct": "商品退款率远高于全店",
  "diagnosis.rule.refundReasonRising": "某个退款原因比上周明显增加",
  "diagnosis.rule.marketOutgrowing": "行业增长快于本店",
  "diagnosis.rule.priceBandGap": "有需求的价格带本店卖得少",
  "diagnosis.rule.crowdLeaking": "来访多却不成交的人群",
  "diagnosis.rule.searchTermMissing": "有机会的搜索词标题里没有",
  "diagnosis.point.conversionFalling": "详情页优化与催付",
  "diagnosis.point.ctrFalling": "主图与标题优化",
  "diagnosis.point.aovBelow": "搭配套餐与满减",
  "diagnosis.point.refundRateRising": "退款原因分析",
  "diagnosis.point.roiUnderBreakEven": "推广出价与关键词",
  "diagnosis.point.unpaidOrders": "付款流程与催付",
  "diagnosis.point.productsLowConversion": "详情页优化",
  "diagnosis.point.competitorSurge": "应对竞品",
  "diagnosis.point.competitorConversionUp": "应对竞品",
  "diagnosis.point.customersLost": "应对竞品",
  "diagnosis.point.profitFalling": "折扣力度与定价",
  "diagnosis.point.coreStockOut": "爆款补货",
  "diagnosis.point.potentialProduct": "给潜力商品加流量",
  "diagnosis.point.slowStock": "清理滞销库存",
  "diagnosis.point.coreFalling": "挽回掉层的爆款",
  "diagnosis.point.adWaste": "暂停或否掉（否词）浪费的关键词和人群",
  "diagnosis.point.adHeadroom": "把推广预算加到",
  "diagnosis.point.refundProduct": "退款原因",
  "diagnosis.point.refundReasonRising": "退款原因",
  "diagnosis.point.marketOutgrowing": "跟上行业增速",
  "diagnosis.point.priceBandGap": "布局价格带商品",
  "diagnosis.point.crowdLeaking": "提升人群转化",
  "diagnosis.point.searchTermMissing": "把搜索词写进标题",
  "diagnosis.refundPoint.other": "退款原因",
  "diagnosis.refundPoint.size": "尺码表与尺码建议",
  "diagnosis.refundPoint.quality": "发货前质检",
  "diagnosis.refundPoint.description": "描述与实拍相符",
  "diagnosis.refundPoint.delivery": "发货与物流",
  "diagnosis.respond": "应对{rival}：价格与活动核查",
  "diagnosis.finding": "{name}: {subject}",
  "diagnosis.suggestion": "{name}：{subject}",
  "diagnosis.points": "{value}个百分点",
  "diagnosis.evidence.versus":
    "{period} {now}，前7天 {before}（{beforeChange}），上周同期 {weekEarlier}（{weekEarlierChange}）{more}",
  "diagnosis.evidence.visitors": "；日均访客 {now}，此前 {before}",
  "diagnosis.evidence.aov": "{period} 客单价 {now}，{base} 为 {level}（{change}）",
  "diagnosis.evidence.roi": "{period} ROI {roi}，保本线 {breakEven}{source}，花费 {spend}；{provisional}",
  "diagnosis.evidence.breakEvenShop": "（利润表上本店推广前利润率 {margin} 的倒数）",
  "diagnosis.evidence.breakEvenSettings": "（设置中的值：计算利润后按本店自己的利润率判断）",
  "diagnosis.evidence.productRoi":
    "{period} 中归因已定的天推广ROI {roi}，低于它自己的保本线 {breakEven}（利润表上它的推广前利润率的倒数），花费 {spend}",
  "diagnosis.evidence.provisional": "{from} 起暂不判断：万相台仍在把成交归因到这些天的点击（{days} 天归因周期）",
  "diagnosis.evidence.unpaid": "近7天下单 {placed} 笔，付款 {paid} 笔（{share}；正常应不低于 {normal}）",
  "diagnosis.evidence.product": "访客 {visitors}，转化率 {conversion}，全店 {shop}：7天约损失支付金额 {lost}",
  "diagnosis.evidence.surge":
    "{period} 预估{measure}日均 {now}，较前7天 {beforeChange}，较上周同期 {weekEarlierChange}；本店 {ours}；本店组内占比 {share}",
  "diagnosis.evidence.rivalConversion":
    "{period} 支付转化指数日均 {now}，较前7天 {beforeChange}，较上周同期 {weekEarlierChange}；本店转化率 {oursNow}，之前 {oursBefore}",
  "diagnosis.evidence.profit":
    "{period} 支付金额 {gmvNow}，前7天 {gmvBefore}（{gmvChange}）；利润 {profitNow}，前7天 {profitBefore}；利润率 {marginNow}，前7天 {marginBefore}（见利润表）",
  "diagnosis.evidence.lost":
    "{period} {measure}日均 {now}，较前7天 {beforeChange}，较上周同期 {weekEarlierChange}{estimated}",
  "diagnosis.evidence.notEstimated": "；没有校准曲线可以换算，因此没有增长率",
  "diagnosis.measure.gmv": "支付金额",
  "diagnosis.measure.visitors": "访客数",
  "diagnosis.measure.lossIndex": "流失指数",
  "diagnosis.measure.lossPopularity": "流失人气",
  "diagnosis.check.foundOne": "1 条发现",
  "diagnosis.check.found": "{count} 条发现",
  "diagnosis.check.clear": "未发现问题",
  "diagnosis.check.notEnough": "数据不足：需要{need} {min}；现有 {have}",
  "diagnosis.check.waiting":
    "等待万相台归因：已有 {days} 天推广数据，但 {from} 起的成交仍在归因中（{window} 天归因窗口）；店铺指标到 {until} 后再判断",
  "diagnosis.haveSeparator": " / ",
  "diagnosis.sample.visitors": "访客数至少",
  "diagnosis.sample.clicks": "推广点击量至少",
  "diagnosis.sample.payingBuyers": "支付买家数至少",
  "diagnosis.sample.orders": "订单数至少",
  "diagnosis.sample.adSpend": "近7天推广花费至少",
  "diagnosis.sample.days": "有数据的天数至少",
  "diagnosis.sample.closedAdDays": "归因周期已结束的推广天数至少",
  "diagnosis.sample.orderTable": "已导入的千牛订单列表：",
  "diagnosis.sample.productTable": "已导入的生意参谋商品报表：",
  "diagnosis.sample.competitorTable": "竞争数据（竞争数据工作表）：",
  "diagnosis.sample.competitorDays": "每个时段竞品数据的天数至少",
  "diagnosis.sample.calibrationDays": "本店同时有指数和店铺指标的天数至少",
  "diagnosis.sample.profitTable": "利润表（计算利润）：",
  "diagnosis.sample.profitDays": "两周中每周在利润表里的天数至少",
  "diagnosis.sample.layoutTable": "商品布局表（商品布局分析）：",
  "diagnosis.sample.layoutStock": "带成本价的库存表（库存金额）：",
  "diagnosis.sample.adAnalysisTable": "推广分析表（推广分析）：",
  "diagnosis.sample.refundTable": "退款分析表（退款分析）：",
  "diagnosis.sample.marketTable": "市场定位表（市场定位）：",
  "diagnosis.sample.marketTrend": "市场定位表上本店类目的生意参谋市场大盘：",
  "diagnosis.sample.marketCalibration": "市场定位表上竞争监控的交易指数曲线：",
  "diagnosis.sample.marketStoreMetrics": "市场定位表上含支付金额的店铺指标：",
  "diagnosis.sample.priceBands": "市场定位表上的价格带表：",
  "diagnosis.sample.bandShares": "市场定位表上每个价格带都有同一项指标：",
  "diagnosis.sample.orderLines": "市场定位表上含价格的千牛宝贝报表：",
  "diagnosis.sample.crowdPortraits": "市场定位表上的生意参谋人群画像：",
  "diagnosis.sample.searchTerms": "市场定位表上的生意参谋搜索排行：",
  "diagnosis.sample.productTitles": "市场定位表上的生意参谋商品排行（本店标题）：",
  "diagnosis.tier.core": "爆款/主推",
  "diagnosis.tier.potential": "潜力",
  "diagnosis.tier.traffic": "引流",
  "diagnosis.tier.stalled": "滞销",
  "diagnosis.tier.observe": "观察",
  "diagnosis.evidence.coreStockOut":
    "按上周销量可售 {cover} 天，补货需要 {needed} 天（补货周期加安全库存天数）；它贡献了本周 {share} 的支付金额",
  "diagnosis.evidence.potentialProduct":
    "每周访客 {visitors}，爆款/主推商品的中位数为 {coreVisitors}；按它自己每个访客 {perVisitor} 的产出，达到这个访客数可多成交 {more}",
  "diagnosis.evidence.slowStock":
    "{products} 个滞销商品占用库存金额 {tied}，共 {value}（{share}）：30 天无成交，或可售超过 90 天",
  "diagnosis.evidence.coreFalling": "上周是爆款/主推，本周为{tier}：支付金额 {gmv}，本周爆款/主推最低为 {bar}",
  "diagnosis.evidence.refundReasonRising":
    "{period} 有 {now} 笔以此原因申请退款，前7天为 {before} 笔（见退款分析表），申请金额多了 {more}",
  "diagnosis.evidence.refundProduct":
    "{period} 付款的 {orders} 笔订单中退款占销售额 {rate}，全店为 {shop}，最常见原因“{reason}”（见退款分析表）；降到全店水平可少退 {kept}",
  "diagnosis.evidence.adWaste":
    "{count} 个关键词和人群在 {period} 花费 {wasted}，没有成交，或低于保本且低于同类（见推广分析表）；暂停后可收回利润 {saved}",
  "diagnosis.evidence.adHeadroom":
    "{period} 投入产出比 {roi}，保本 {breakEven}，花费 {spend}；按自身投入产出比再加 {more} 预算，最多可带来 {sales} 推广成交（点击变贵时会少一些）",
};

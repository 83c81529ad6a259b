/**
 * The English words only the store-data commands say: the import's report and its problems, the diagnosis, the
 * competition watch and profit.
 * They load with those commands (loadWords in ../index.ts), not with the pane's page, whose first paint should not wait for
 * them. The Chinese catalogue must have the same keys (the compiler checks).
 */
export const storeData = {
  "import.done": "Imported {files}: {added} rows added, {updated} updated, {unchanged} unchanged.",
  "import.competition":
    "Competition data came in: “Watch competitors” (Store data) estimates it on the “{sheet}” sheet.",
  "import.file":
    "{file}: {kind} ({format}), header on row {header}{period} → “{sheet}”: {read} rows read; {added} added, {updated} updated, {unchanged} unchanged, {skipped} skipped{reasons}.",
  "import.period": ", period {period}",
  "import.rowsSpan": ", rows dated {period}",
  "import.skipReasons": " ({duplicates} repeated in the file, {totals} total rows)",
  "import.fileFailed": "{file}: not imported, nothing was added. {reason}",
  "import.fileCancelled": "{file}: cancelled, nothing was added.",
  "import.someFailed": "{failed} of {files} files were not imported; the others were.",
  "import.masked": "Masked: {columns}.",
  "import.columnsAdded": "Columns added to the table: {columns}.",
  "import.columnsLacking": "Not in this file, left blank for its rows: {columns}.",
  "import.oneFailed": "The file was not imported.",
  "import.allFailed": "None of the {files} files was imported.",
  "import.metrics": "Store Metrics rebuilt from the imported data.",
  "import.logOk": "OK.",
  "import.logCancelled": "Cancelled; nothing added",
  "import.logFailed": "Failed; nothing added: {reason}",
  "import.cancelTooLate": "{file}: Cancel came after the import had begun changing the table's rows, so it finished.",
  // Problems only the store-data commands meet: the import's files, the Competitors and Costs inputs.
  "problem.encodingBroken":
    "Line {value} (byte {byte}) is not {field}, the encoding the rest of the file is in: the file is damaged, or two encodings are mixed in it. Nothing was imported from this file: download it again, or save it in one encoding (UTF-8 or GBK), then import it.",
  "problem.workbookTooLargeUnpacked":
    "The workbook unpacks to {value}, more than the {limit} the add-in reads (a damaged file, or not a real export). Nothing was imported from it: export a shorter period, or save it as CSV, then import that.",
  "problem.otherShop":
    "This file is from the shop “{value}”, but this workbook belongs to the shop “{workbookShop}”. Nothing was imported from it: keep one workbook per shop, or change the Shop setting if this workbook is now for “{value}”.",
  "refunds.summary":
    "{from} – {to}: {orders} orders paid {paid}; {refunded} of it came back in {count} refunds. Counted by the day the order was paid, the days {days} days old or more gave back {settled} of their sales. Refunds completed in these days over their sales make {completed}: that common figure sets refunds of earlier sales against these days' sales, so it can even pass 100%.",
  "refunds.buckets":
    "Each refund stands under the day its order was paid, in the column of the days from payment to its being asked for (0–1 days … 15+ days).",
  "refunds.provisional":
    "The last {days} payment {days|day is|days are} under {settle} days old: refunds are still being asked for, so {days|its rate is|their rates are} provisional (shaded) and will rise.",
  "refunds.matched": "{matched} of {total} money-back refunds ({share}) match an order in the order list.",
  "refunds.unmatched":
    "{unmatched} {unmatched|refund|refunds} ({amount}) {unmatched|matches|match} no order: listed at the end, and counted in no payment day.",
  "refunds.notMoney":
    "Not money back, and not counted: {open} {open|refund|refunds} still open ({openAmount}) and {closed} closed (退款关闭, {closedAmount}).",
  "refunds.minOrders":
    "Products are judged on {min} orders or more in the order details; refunds name their product by title (宝贝标题), else by their order's only product.",
  "refunds.noLines": "Without the order details (宝贝报表) imported, products have no refund rate.",
  "refunds.noReason": "(no reason given)",
  "refunds.weeks":
    "Reasons' last 7 days are {from} – {to} (to the latest refund asked for), the 7 days before {beforeFrom} – {beforeTo}; refunds closed or still open count there too, as buyers asked for them.",
  "refunds.done": "Refunds {from} – {to} on “{sheet}”: the settled payment days gave back {settled} of their sales.",
  "refunds.failed": "No refunds were analysed and nothing was written:",
  "problem.noRefunds":
    "Analyze refunds reads Qianniu's refund export (退款报表) and the order list (订单报表) its rates are counted against, and {field} is not imported yet. Import both in Store data first.",
  "problem.refundOverOrder":
    "{field}: the refund of {value} is more than the {paid} its order paid. A refund cannot return more than was paid: check the row, or export the refunds again.",
  "problem.refundBeforePaid":
    "{field}: asked for on {value}, before its order was paid on {paid}. Check the dates of this row, or export the refunds again.",
  "market.failed": "The market was not positioned and nothing was written:",
  "market.done": "The market position is on “{sheet}”, with {findings} {findings|finding|findings}.",
  "market.nothing":
    "There is nothing to position yet: import Sycm's market trend (市场大盘), ranking (市场排行), crowd portraits (人群) or search ranking (搜索排行) in Store data, or paste its price bands (价格带), first.",
  "market.findings.title": "What the market suggests",
  "market.findings.note":
    "Each growth rate is what closing the gap would add to our GMV, with its low and high. Diagnose store data lists these findings with the rest; Add suggestions to growth points takes them from there.",
  "market.findings.none": "Nothing found in what was judged.",
  "market.lacking": "Not judged: {rule}: needs {need}.",
  "market.sample.marketTrend": "Sycm's 市场大盘 trend of our category, imported",
  "market.sample.calibration":
    "the competition watch's curve for 交易指数 (run Watch competitors with 14 days of our own shop's indices)",
  "market.sample.storeMetrics": "Store Metrics with GMV",
  "market.sample.priceBands": "a Price Bands table (价格带, pasted or imported)",
  "market.sample.bandShares":
    "one measure on every band of Price Bands (支付件数占比, 支付买家数占比 or 交易指数): some bands lack the one the others have",
  "market.sample.orderLines": "Qianniu's order details (宝贝报表) with prices and quantities, imported",
  "market.sample.crowd": "Sycm's crowd portraits (人群), imported",
  "market.sample.searchTerms": "Sycm's search ranking (搜索排行), imported",
  "market.sample.titles": "Sycm's product report (商品排行), for our titles",
  "market.finding.outgrowing":
    "The category grew {market28} over the last 28 days against the 28 before, we grew {ours28}; over 7 days {market7} against our {ours7}. The category's growth is its 交易指数 ratio through the fitted exponent b = {b}.",
  "market.finding.band":
    "The market's {measure} in this band: {demand}; ours: {ours}. Selling in it as the market does would add about {added} ({measure}).",
  "market.finding.crowd":
    "{visitors} of our visitors but {buyers} of our buyers (visitor TGI {visitorTgi}, buyer TGI {buyerTgi}), on a single day's portrait.",
  "market.finding.term":
    "Opportunity {low}–{high} buyers per listing (搜索人气 × 支付转化率 ÷ 在线商品数); no title of ours holds the term. The growth assumes one listing's share of its buyers, at our order value.",
  "market.finding.termNotEstimated":
    "Opportunity {low}–{high} (搜索人气 × 支付转化率 ÷ 在线商品数); no title of ours holds the term. Not estimated: its 搜索人气 lies outside the 流量指数 curve's range, or there is no curve.",
  "market.point.outgrowing": "Keep pace with the category: traffic and conversion",
  "market.point.band": "Products for the {band} band",
  "market.point.crowd": "Convert the {segment} segment: page, price and reviews for it",
  "market.point.term": "Put “{term}” in a title",
  "market.measure.units": "units",
  "market.measure.buyers": "buyers",
  "market.measure.value": "sales",
  "market.growth.lacking": "Growth against the market: needs {need}.",
  "market.growth.title": "Growth against the category {category}, to {day}",
  "market.col.span": "Span",
  "market.col.category": "Category",
  "market.col.ours": "Ours",
  "market.col.categoryDays": "Category days (last / before)",
  "market.col.ourDays": "Our days (last / before)",
  "market.span": "Last {days} days against the {days} before",
  "market.share":
    "Our share of the category over the last 28 days: {share} ({low} to {high}); the category's GMV read on the curve: about {gmv}.",
  "market.share.outOfRange":
    "Our share: out of reach. The category's 交易指数 reaches {index}, outside the calibrated range {from} to {to}; reading the curve beyond the shop's own days would be a guess, not an estimate.",
  "market.share.noIndex": "Our share: no day has both the category's 交易指数 and our GMV.",
  "market.growth.note":
    "A value ratio is the index ratio to the power b = {b} (the competition watch's curve), so growth needs no calibrated range; a share does. Indices are estimates.",
  "market.ranking.none": "Ranking: import Sycm's 市场排行 (shops or items) to see who leads the category.",
  "market.ranking.title": "Market ranking of {day}",
  "market.col.rank": "Rank",
  "market.col.subject": "Shop or item",
  "market.col.tradeIndex": "交易指数",
  "market.col.gmv": "Est. GMV",
  "market.col.gmvLow": "GMV, low",
  "market.col.gmvHigh": "GMV, high",
  "market.col.tradeGrowth": "交易增长幅度",
  "market.col.rankBefore": "Rank the day before",
  "market.outOfRange": "Out of reach",
  "market.ours": "{subject} (ours)",
  "market.ranking.ours": "We are ranked #{rank}.",
  "market.ranking.placed":
    "We are not ranked: our GMV of {gmv} that day stands between {above} and {below} by the estimates.",
  "market.ranking.placedBelow":
    "We are not ranked: our GMV of {gmv} that day stands below #{rank}, the last the estimates reach.",
  "market.ranking.placedAbove":
    "We are not ranked, yet our GMV of {gmv} that day stands above #{rank} by the estimates: check that the ranking is of our category and day.",
  "market.ranking.unplaced":
    "Where we stand is not known: set Shop in Settings to find us in the ranking, and run Watch competitors to place our GMV among the estimates.",
  "market.ranking.movers": "Moved up since the day before: {movers}.",
  "market.ranking.noFit":
    "No estimates: the competition watch has no curve for 交易指数 yet (Watch competitors, with 14 days of our own shop's indices).",
  "market.bands.lacking": "Price bands: needs {need}.",
  "market.bands.title": "Price bands: the market's {measure} against ours",
  "market.col.band": "Band",
  "market.col.demand": "Market",
  "market.col.oursShare": "Ours",
  "market.col.gap": "Gap",
  "market.gap": "Gap",
  "market.bands.gaps": "Bands with a fifth or more of the market and under half that share of ours: {bands}.",
  "market.bands.noGaps": "No band holds a fifth of the market where we sell under half that share.",
  "market.crowd.day":
    "Crowd portraits of {day}, a single day's, as Sycm shows them. TGI is our share ÷ the category's × 100: 100 is the category's own mix.",
  "market.crowd.none":
    "Crowd: import Sycm's 人群 portraits (the category's buyers, our visitors, our buyers) to see who buys.",
  "market.crowd.title": "Crowd: {dimension}",
  "market.col.label": "Segment",
  "market.col.market": "Category buyers",
  "market.col.visitors": "Our visitors",
  "market.col.buyers": "Our buyers",
  "market.col.visitorTgi": "Visitor TGI",
  "market.col.buyerTgi": "Buyer TGI",
  "market.crowd.over":
    "{dimension}: we sell most to {label} against the category (buyer TGI {tgi}), least to {low} ({lowTgi}).",
  "market.crowd.leaking":
    "{dimension}: {labels} come as visitors well above the category but buy far less: drawn and not converted.",
  "market.search.day":
    "Search terms of {day}. A figure Sycm gives as a range stays a range, and so does the opportunity made from it.",
  "market.search.none": "Search: import Sycm's 搜索排行 to see which terms have room.",
  "market.search.title": "Search terms by opportunity (搜索人气 × 支付转化率 ÷ 在线商品数)",
  "market.col.term": "Term",
  "market.col.low": "Opportunity, low",
  "market.col.high": "Opportunity, high",
  "market.col.missing": "Our titles",
  "market.missing": "Missing",
  "market.present": "Present",
  "market.search.noTitles": "Import Sycm's product report (商品排行) to see which of these terms our titles lack.",
  "market.rising.title": "Terms rising by 30 % or more",
  "market.col.growthLow": "Growth, low",
  "market.col.growthHigh": "Growth, high",
  "problem.notPriceBand":
    "{field}: “{value}” is not a price band. Write a band as its bounds in yuan (50-100, 300以上 or 300+, 50以下), as Sycm's 价格带 table does.",
  "problem.portraitOtherDay":
    "{field}: this portrait is of {day}, the category's of {named}. TGI sets one day's shares against the same day's: import our visitors', our buyers' and the category's portraits of one day.",
  "problem.rankingOtherCategory":
    "{field}: this ranking is of “{value}”, not of our category “{category}”. A ranking of another category sets us against shops we do not compete with: import our category's 市场排行, or set Category in Settings.",
  "problem.sharesOverfull":
    "{field}: the shares of this portrait's {dimension} add up to {total} by this row, past 100 %. A portrait's shares add up to 100 % at most: export it again, or check the rows pasted into it.",
  "problem.attributionDiffers":
    "This report counts ad sales over {file} days, and the rows already in its table over {table}. Rows keep no window of their own, so the two cannot share a table: export it again with the {table}-day window, or tick “Replace what was imported before of the same kind” to start the table over at {file} days.",
  "problem.severalShops":
    "This file names more than one shop ({value}). Nothing was imported from it: export each shop on its own and import it into that shop's workbook.",
  "problem.cellsBeyondSheet":
    "The file has a cell at {value}, beyond Excel's last column (XFD) or row (1,048,576), where no sheet can hold it. Nothing was imported from it: export fewer columns or a shorter period, then import that.",
  "problem.ambiguousHeader":
    "The column “{value}” could mean {meanings}. Nothing was imported from this file: rename the column to one of them, then import it.",
  "problem.cellsRightOfTable":
    "The sheet “{value}” has cells right of the table {field}, where this file's new columns ({columns}) would go. Nothing was imported from this file: move those cells, then import it again.",
  "problem.notCompetitorKind": "{field}: “{value}” is not a kind the add-in knows. Use one of: {allowed}.",
  "problem.repeatedStock":
    "“{value}” has a second stock row here (the first is in {first}): keep one row for each product and SKU, or the stock would be counted twice.",
  "problem.repeatedCost": "“{value}” has a second cost here (the first is in {first}). Keep one row for it.",
  "problem.repeatedDay":
    "“{value}” has a second row for {day} (the first is {first}). Keep one row per day and subject, then run it again.",
  "problem.subjectBothSides":
    "“{value}” is marked as a rival here and as ours at {other} (or the other way round). Mark each subject one way, then run it again.",
  "problem.exportAtRowLimit":
    "The file has exactly {value} rows, where Sycm's self-service 取数 stops an export without a word: its last day is {lastDay}, and the rows after it may be missing. Export a shorter period, then import the days from {lastDay} on.",
  "problem.noDates":
    "No row names its day, and neither the file's first lines nor its name give one: its rows were imported, but no comparison of days can use them. Download the report by day (or keep the date in the file name, as Sycm names it) and import it again.",
  "problem.exportEndsEarly":
    "The file names the period {period}, but its rows stop at {value} although every day before has rows: it may have been cut short (Sycm's 取数 stops at 100,000 rows). Export the days after {value}, then import them.",
  "problem.notTextFile":
    "This is not a text file (it holds binary data). Export the report as CSV, TSV or TXT and import that.",
  "problem.unterminatedQuote":
    'A quote (") opened on line {value} is never closed, so the rest of the file would run into one cell. Nothing was imported from this file: close or remove that quote, then import it again.',
  "problem.scientificId":
    "{field}: “{value}” is an id Excel shortened to scientific notation, so its digits are lost. Export the file again (or open the original export) rather than a copy re-saved by Excel; the row was imported with the value as text.",
  "problem.periodNotSplit":
    "The file covers {value} and has no date column, so its rows cannot be split by day: they were imported with the period in “{field}”. Download one day at a time to get daily figures.",
  "problem.periodDisagrees":
    "{field}: the row's day {value} is outside the period the file says it covers ({period}). Check that you downloaded the period you meant.",
  "problem.footerMismatch":
    "{field}: the file's footer says {footerEntries} entries and {footerAmount} yuan, but the rows read add up to {entries} entries and {amount} yuan. Check that the file is complete and was not edited.",
  "problem.workbookTooLarge":
    "The workbook is larger than {value}, more than the pane can read at once. Export a shorter period, or save it as CSV, and import that.",
  "problem.workbookEncrypted":
    "The workbook is protected with a password, so it cannot be read. Open it in Excel, remove the password (File › Info › Protect Workbook), save, and import it again.",
  "problem.workbookCorrupt":
    "The workbook cannot be read: it is damaged, or not an Excel file. Download the export again, or open it in Excel and save it as .xlsx or CSV, then import that.",
  "problem.workbookStringsMissing":
    "The workbook cannot be read: its cells point into a table of texts (sharedStrings) that the file does not hold, so the file is damaged. Download the export again, or open it in Excel and save it as .xlsx or CSV, then import that.",
  "problem.noDiagnosis":
    "There is no Diagnosis sheet with findings yet. Click “Diagnose store data” first; delete the rows you do not want, then add the rest.",
  "ads.summary":
    "{from} – {to} (attribution closed): {spend} spent on {words} words and {crowds} crowds; {wasted} of it wasted ({share}).",
  "ads.open": "{from} – {to} left out: their {days}-day attribution has not closed, so their sales are still growing.",
  "ads.noneClosed": "No day's attribution has closed yet ({days}-day window, report to {to}): nothing to judge.",
  "ads.rules":
    "Waste: spend of {threshold} or more with no sale, or ROI under break-even and under the peers' 25th percentile ({p25}). Break-even: the item's own (Profit sheet), else {roi}.",
  "ads.reconciled": "The words and crowds listed account for each plan's spend in the ad report within 1%.",
  "ads.unreconciled":
    "Not ranked: plan {plan}'s rows add up to {listed}, the ad report says {report}. Export every word and crowd, then analyze again.",
  "ads.noPlanReport": "No ad report to check the listed spend against: waste is judged on the rows as listed.",
  "ads.roots":
    "Words are cut into roots at their spaces and by {common} common roots and {own} of yours (the Word Roots sheet): add your category's words and your brand there to roll more words up.",
  "ads.noSale": "No sale",
  "ads.underBreakEven": "Under break-even",
  "ads.done": "Ads {from} – {to} on “{sheet}”: {wasted} wasted on {count} {count|word or crowd|words and crowds}.",
  "ads.failed": "No ads were analysed and nothing was written:",
  "problem.noAdDetails":
    "Analyze ads reads 万相台's keyword report (关键词报表) or crowd report (人群报表), and neither is imported yet. Import one in Store data first.",
  "problem.adDayAhead":
    "{field}: “{value}” is after today, and a report cannot hold days to come. Check the file's dates, or the computer's clock.",
  "problem.adClicksWithoutImpressions":
    "{field}: {value} clicks with no impressions. A click needs an impression, so this row's columns are shifted or wrong.",
  "problem.adWindowsDiffer":
    "The keyword report counts sales over {keywords} days, the crowd report over {crowds}: export both with the same attribution window.",
  "layout.summary":
    "{from} – {to}: {products} products sold {gmv}; the first {top} by GMV made 80% of it (Cumulative share).",
  "layout.thresholds":
    "Tiers, over the {products} products with at least {min} visitors: Core at GMV ≥ {gmv} (75th percentile); Potential at conversion ≥ {conversion} (75th percentile) with visitors under {visitors} (75th percentile); Traffic at visitors ≥ {visitors} with conversion under {median} (median); Stalled with {min} visitors or more and no sale; Observe the rest.",
  "layout.thresholdsNew":
    "New items (listed or first seen in the last 30 days) are tiered among themselves, over {products} of them: GMV ≥ {gmv}; conversion ≥ {conversion}; visitors ≥ {visitors}; median conversion {median}.",
  "layout.noThresholds":
    "Fewer than {count} products had {min} visitors or more in the week: no thresholds to tier by, so every product is Observe.",
  "layout.noThresholdsNew":
    "Fewer than {count} new items had {min} visitors or more: new items are Observe until there are.",
  "layout.thresholds28":
    "Tier (28 days), over the {products} products with at least {min} visitors in the last 28 days, by the same percentiles: Core at GMV ≥ {gmv}; Potential at conversion ≥ {conversion} with visitors under {visitors}; Traffic at visitors ≥ {visitors} with conversion under {median}.",
  "layout.thresholdsNew28":
    "New items' Tier (28 days), over {products} of them: GMV ≥ {gmv}; conversion ≥ {conversion}; visitors ≥ {visitors}; median conversion {median}.",
  "layout.noThresholds28":
    "Fewer than {count} products had {min} visitors or more in the last 28 days: every Tier (28 days) is Observe.",
  "layout.noThresholdsNew28":
    "Fewer than {count} new items had {min} visitors or more in the last 28 days: their Tier (28 days) is Observe.",
  "layout.short28": "The report covers {days} days: the 28-day columns stay blank until it covers 28.",
  "layout.profitFrom":
    "Profit and margin: the Profit sheet's, {from} – {to}, by product title (that period, not the week).",
  "layout.noProfit": "Profit and margin stay blank until Calculate profit has written the Profit sheet.",
  "layout.noStock":
    "No Stock table: add one (Product ID or Merchant code, Units in stock) for days of cover and slow stock.",
  "layout.stockOutCount":
    "{count} {count|product runs|products run} out before new stock can arrive (cover under the lead time and safety days): see Stock-out risk.",
  "layout.up": "Up",
  "layout.down": "Down",
  "layout.new": "New",
  "layout.stockOut": "Runs out",
  "layout.slow": "Slow",
  "layout.done":
    "Products {from} – {to} on “{sheet}”: {core} core, {potential} potential, {traffic} traffic, {stalled} stalled, {observe} to observe.",
  "layout.failed": "No products were reviewed and nothing was written:",
  "problem.noProductReport":
    "Review products reads Sycm's product report (商品排行 / 商品效果), and none is imported yet. Import it in Store data first.",
  "problem.productPeriodShort":
    "The product report covers {days} {days|day|days} (to {value}): tiers compare a whole week, so import at least 7 days.",
  "profit.summary":
    "{from} – {to} by payment day: net sales {netSales}, profit {profit}, margin {margin} (after the cost of goods, platform fees, ad spend, shipping and packaging).",
  "profit.estimatedDays":
    "{count} {count|day has|days have} no Alipay statement line: {count|its|their} fees are estimated at the Settings' rate (Fees estimated).",
  "profit.missingCosts":
    "{count} {count|order has|orders have} a product without a cost ({share} of net sales): see “Products without a cost”.",
  "profit.missingCostsHigh":
    "Careful: {count} {count|order has|orders have} a product without a cost, {share} of net sales: this profit is too high until Costs has them (see “Products without a cost”).",
  "profit.adsWithoutProduct":
    "{spend} of ad spend went to {count} {count|item|items} no Costs row ties to a product ({items}): give {count|its|their} Product ID beside the Merchant code in Costs to see {count|its|their} products' profit after ads.",
  "profit.moreItems": "{count} more",
  "profit.estimated": "Estimated",
  "profit.noDetails": "(not in the order details)",
  "profit.done": "Profit {from} – {to} on “{sheet}”: {profit} on net sales of {netSales}, margin {margin}.",
  "profit.failed": "No profit was calculated and nothing was written:",
  "profit.unclassified":
    "{count} statement {count|line|lines} no rule knows ({amount} in all) {count|is|are} listed on the sheet and not counted.",
  "problem.noOrderList":
    "Profit is worked out from the {field}, and none is imported yet. Import Qianniu's order list and order details (and refunds, Alipay statements) in Store data first.",
  "problem.orderNotListed":
    "Order {value} is not in the imported order list: this detail line is left out. Import the order list that holds it.",
  "problem.feeOrderNotListed":
    "This statement line names order {value}, which is not in the imported order list: it counts on its own day.",
  "diagnosis.failed": "Nothing was diagnosed and nothing was written:",
  "diagnosis.done":
    "{count} {count|finding|findings} on “{sheet}” from the store's data up to {latest}. Each suggests a growth point: add them with “Add suggestions to growth points”.",
  "diagnosis.doneNone":
    "No findings in the store's data up to {latest}: “{sheet}” lists each check and what it looked at.",
  "diagnosis.lacking":
    "{count} {count|check|checks} had too little data to judge; “Checks” on the sheet says what each needs.",
  "diagnosis.waiting":
    "Ad ROI waits for 万相台's {window}-day attribution to close: it is judged once Store Metrics reaches {until}.",
  "competition.failed": "The competition was not watched and nothing was written:",
  "competition.noData":
    "There is no competition data yet. Import Sycm's competition downloads (监控店铺, 竞品分析 …) in Store data, or paste a table copied from Sycm's 竞争 pages onto a sheet named “{sheet}” with Date, Subject and the index columns.",
  "competition.done": "“{sheet}” compares {subjects} subjects' last 7 days up to {latest} with the 7 before.",
  "competition.mover": "Biggest move: {subject}, est. {measure} {change} against the 7 days before.",
  "competition.measure.gmv": "GMV",
  "competition.measure.visitors": "visitors",
  "competition.measure.tradeIndex": "trade index",
  "competition.noMetrics":
    "There is no Store Metrics yet, so no index is calibrated: the sheet shows the raw indices. Import the shop's Sycm overview, then watch again.",
  "competition.uncalibrated": "Not calibrated: {indices}. The calibration table on the sheet says what each lacks.",
  "competition.kind.ourShop": "Our shop",
  "competition.kind.ourItem": "Our item",
  "competition.kind.shop": "Rival shop",
  "competition.kind.item": "Rival item",
  "competition.moverMark": "▲ Biggest mover",
  "competition.note":
    "Last 7 days {from}–{to} against {beforeFrom}–{beforeTo}. GMV and visitors are per day where days are missing; conversion is estimated buyers over estimated visitors.",
  "competition.limits":
    "Estimates read Sycm's indices on curves fitted to our shop's own days: one shop, one category. They rank moves; they are not exact sales.",
  "competition.fitted": "Fitted on our shop's days",
  "competition.kept":
    "Kept from the last watch: our days now in the workbook cannot fit it again. Its band is taken as this width across the whole range",
  "competition.lackingDays": "Not fitted: {have} of our days have both the index and the value; needs {need}",
  "competition.lackingSpread": "Not fitted: our indices span only {have}; needs {need}",
  "competition.outOfRange": "{index} outside the calibrated {from}–{to} by more than 20%: no estimate",
  "competition.notPositive": "{index} is 0: no estimate",
  "competition.calibrationTitle": "Calibration: value = a · index^b on our shop's days",
  "competition.chartTitle": "Est. GMV per day",
  "competition.daysTitle": "Each day: raw indices and estimates (low–high is the 95% prediction band)",
  "competition.noGmv": "No trade index is calibrated, so there is no chart of estimated GMV.",
  "diagnosis.note":
    "The last three days ({from} – {latest}) against the 7 days before and the same days a week earlier. Ratios from summed figures; estimated growth = GMV gained if the metric returns to its level.",
  "diagnosis.noteNone":
    "No findings: the last three days ({from} – {latest}) hold up against the 7 days before and the same days a week earlier.",
  "diagnosis.said": "{text}",
  "diagnosis.rule.conversionFalling": "Conversion falling while visitors hold",
  "diagnosis.rule.ctrFalling": "Ad CTR falling",
  "diagnosis.rule.aovBelow": "AOV below its 14-day level",
  "diagnosis.rule.refundRateRising": "Refund rate rising",
  "diagnosis.rule.roiUnderBreakEven": "Ad ROI under break-even",
  "diagnosis.rule.unpaidOrders": "Many orders placed but not paid",
  "diagnosis.rule.productsLowConversion": "Product converting far below the shop",
  "diagnosis.rule.competitorSurge": "A rival's GMV or visitors surging",
  "diagnosis.rule.competitorConversionUp": "A rival converting better while we convert worse",
  "diagnosis.rule.customersLost": "Customers lost to a rival rising",
  "diagnosis.rule.profitFalling": "GMV up while profit fell",
  "diagnosis.rule.coreStockOut": "A core product runs out",
  "diagnosis.rule.potentialProduct": "A potential product short of visitors",
  "diagnosis.rule.slowStock": "Slow stock ties up money",
  "diagnosis.rule.coreFalling": "A core product fell a tier",
  "diagnosis.rule.adWaste": "Ad words and crowds wasting spend",
  "diagnosis.rule.adHeadroom": "An ad word or crowd well above break-even",
  "diagnosis.rule.refundProduct": "A product refunded far more than the shop",
  "diagnosis.rule.refundReasonRising": "A refund reason rising week on week",
  "diagnosis.rule.marketOutgrowing": "The category grows faster than we do",
  "diagnosis.rule.priceBandGap": "A price band with demand where we sell little",
  "diagnosis.rule.crowdLeaking": "A segment we draw but do not convert",
  "diagnosis.rule.searchTermMissing": "A searched term our titles lack",
  "diagnosis.point.conversionFalling": "Detail page and payment reminders",
  "diagnosis.point.ctrFalling": "Main image and title",
  "diagnosis.point.aovBelow": "Bundles and spend-more discounts (满减)",
  "diagnosis.point.refundRateRising": "Refund reasons",
  "diagnosis.point.roiUnderBreakEven": "Ad bids and keywords",
  "diagnosis.point.unpaidOrders": "Payment friction and reminders (催付)",
  "diagnosis.point.productsLowConversion": "Detail page",
  "diagnosis.point.competitorSurge": "Respond to a rival",
  "diagnosis.point.competitorConversionUp": "Respond to a rival",
  "diagnosis.point.customersLost": "Respond to a rival",
  "diagnosis.point.profitFalling": "Discount depth and pricing",
  "diagnosis.point.coreStockOut": "Restock core products",
  "diagnosis.point.potentialProduct": "Traffic for potential products",
  "diagnosis.point.slowStock": "Clear slow stock",
  "diagnosis.point.coreFalling": "Win back a core product",
  "diagnosis.point.adWaste": "Pause or negate (否词) wasted words and crowds",
  "diagnosis.point.adHeadroom": "Move ad budget to",
  "diagnosis.point.refundProduct": "Refund reasons",
  "diagnosis.point.refundReasonRising": "Refund reasons",
  "diagnosis.point.marketOutgrowing": "Keep pace with the category",
  "diagnosis.point.priceBandGap": "Products for a price band",
  "diagnosis.point.crowdLeaking": "Convert a segment",
  "diagnosis.point.searchTermMissing": "A searched term in a title",
  "diagnosis.refundPoint.other": "Refund reasons",
  "diagnosis.refundPoint.size": "Size chart and size advice (尺码表)",
  "diagnosis.refundPoint.quality": "Quality check before shipping (质检)",
  "diagnosis.refundPoint.description": "Description and photos true to the goods",
  "diagnosis.refundPoint.delivery": "Shipping and delivery",
  "diagnosis.respond": "Respond to {rival}: price and promotion check",
  "diagnosis.finding": "{name}: {subject}",
  "diagnosis.suggestion": "{name}: {subject}",
  "diagnosis.points": "{value} pt",
  "diagnosis.evidence.versus":
    "{now} on {period} vs {before} the 7 days before ({beforeChange}) and {weekEarlier} the same days a week earlier ({weekEarlierChange}){more}",
  "diagnosis.evidence.visitors": "; visitors {now} a day vs {before}",
  "diagnosis.evidence.aov": "AOV {now} on {period} vs {level} over {base} ({change})",
  "diagnosis.evidence.roi":
    "ROI {roi} on {period} against break-even {breakEven} {source}, with {spend} spent; {provisional}",
  "diagnosis.evidence.breakEvenShop": "(1 ÷ the shop's margin before ads on the Profit sheet, {margin})",
  "diagnosis.evidence.breakEvenSettings": "(the Settings' value: Calculate profit gives the shop's own)",
  "diagnosis.evidence.productRoi":
    "its ad ROI {roi} on the final days of {period} against its own break-even {breakEven} (1 ÷ its margin before ads on the Profit sheet), with {spend} spent",
  "diagnosis.evidence.provisional":
    "from {from} on not judged yet: 万相台 still attributes sales to those days' clicks (a {days}-day window)",
  "diagnosis.evidence.unpaid":
    "{placed} orders placed in the last 7 days, {paid} paid ({share}; normal {normal} or more)",
  "diagnosis.evidence.product":
    "{visitors} visitors converting at {conversion} against the shop's {shop}: about {lost} of GMV lost in 7 days",
  "diagnosis.evidence.surge":
    "Est. {measure} {now} a day on {period}, {beforeChange} against the 7 days before and {weekEarlierChange} against the same days a week earlier; ours {ours}; our share of the group {share}",
  "diagnosis.evidence.rivalConversion":
    "Conversion index {now} a day on {period}, {beforeChange} against the 7 days before and {weekEarlierChange} a week earlier; our conversion {oursNow} against {oursBefore}",
  "diagnosis.evidence.profit":
    "GMV {gmvNow} on {period} vs {gmvBefore} the 7 days before ({gmvChange}); profit {profitNow} vs {profitBefore}, margin {marginNow} vs {marginBefore} (the Profit sheet)",
  "diagnosis.evidence.lost":
    "{measure} {now} a day on {period}, {beforeChange} against the 7 days before and {weekEarlierChange} a week earlier{estimated}",
  "diagnosis.evidence.notEstimated": "; no calibrated curve to put a value on it, so no growth rate",
  "diagnosis.measure.gmv": "GMV",
  "diagnosis.measure.visitors": "visitors",
  "diagnosis.measure.lossIndex": "Loss index",
  "diagnosis.measure.lossPopularity": "Loss popularity",
  "diagnosis.check.foundOne": "1 finding",
  "diagnosis.check.found": "{count} {count|finding|findings}",
  "diagnosis.check.clear": "Nothing found",
  "diagnosis.check.notEnough": "Not enough data: needs {need} {min}; has {have}",
  "diagnosis.check.waiting":
    "Waiting on 万相台's attribution: {days} days of ad data, but sales still arrive for the days from {from} ({window}-day window); judged once Store Metrics reaches {until}",
  "diagnosis.haveSeparator": " / ",
  "diagnosis.sample.visitors": "visitors of at least",
  "diagnosis.sample.clicks": "ad clicks of at least",
  "diagnosis.sample.payingBuyers": "paying buyers of at least",
  "diagnosis.sample.orders": "orders of at least",
  "diagnosis.sample.adSpend": "7 days' ad spend of at least",
  "diagnosis.sample.days": "days with data, at least",
  "diagnosis.sample.closedAdDays": "ad days whose attribution window has closed, at least",
  "diagnosis.sample.orderTable": "an imported Qianniu order list:",
  "diagnosis.sample.productTable": "an imported Sycm product report:",
  "diagnosis.sample.competitorTable": "competition data (a Competitors sheet):",
  "diagnosis.sample.competitorDays": "days of a rival's figures in each period, at least",
  "diagnosis.sample.calibrationDays": "own days with both an index and its Store Metrics value, at least",
  "diagnosis.sample.profitTable": "a Profit sheet (Calculate profit):",
  "diagnosis.sample.profitDays": "days of the Profit sheet in each of the two weeks, at least",
  "diagnosis.sample.layoutTable": "a Products sheet (Review products):",
  "diagnosis.sample.layoutStock": "a Stock table with unit costs (stock value):",
  "diagnosis.sample.adAnalysisTable": "an Ad Analysis sheet (Analyze ads):",
  "diagnosis.sample.refundTable": "a Refunds sheet (Analyze refunds):",
  "diagnosis.sample.marketTable": "a Market sheet (Position in market):",
  "diagnosis.sample.marketTrend": "Sycm's 市场大盘 trend of our category, on the Market sheet:",
  "diagnosis.sample.marketCalibration": "the competition watch's 交易指数 curve, on the Market sheet:",
  "diagnosis.sample.marketStoreMetrics": "Store Metrics with GMV, on the Market sheet:",
  "diagnosis.sample.priceBands": "a Price Bands table, on the Market sheet:",
  "diagnosis.sample.bandShares": "one measure on every band of Price Bands, on the Market sheet:",
  "diagnosis.sample.orderLines": "Qianniu's order details with prices, on the Market sheet:",
  "diagnosis.sample.crowdPortraits": "Sycm's crowd portraits, on the Market sheet:",
  "diagnosis.sample.searchTerms": "Sycm's search ranking, on the Market sheet:",
  "diagnosis.sample.productTitles": "Sycm's product report (our titles), on the Market sheet:",
  "diagnosis.tier.core": "Core",
  "diagnosis.tier.potential": "Potential",
  "diagnosis.tier.traffic": "Traffic",
  "diagnosis.tier.stalled": "Stalled",
  "diagnosis.tier.observe": "Observe",
  "diagnosis.evidence.coreStockOut":
    "{cover} days of cover at last week's sales, against {needed} days to restock (lead time and safety days); it made {share} of the week's GMV",
  "diagnosis.evidence.potentialProduct":
    "{visitors} visitors a week against the core products' median of {coreVisitors}; at its own {perVisitor} per visitor, that many would add {more}",
  "diagnosis.evidence.slowStock":
    "{products} slow {products|product holds|products hold} {tied} of {value} in stock ({share}): no sale in 30 days, or over 90 days of cover",
  "diagnosis.evidence.adWaste":
    "{count} {count|word or crowd|words and crowds} spent {wasted} on {period} with no sale, or under break-even and their peers (the Ad Analysis sheet); paused, they give back {saved} of profit",
  "diagnosis.evidence.adHeadroom":
    "ROI {roi} on {period} against its break-even {breakEven}, with {spend} spent; {more} more budget at its own ROI would bring up to {sales} of ad sales (dearer clicks bring less)",
  "diagnosis.evidence.refundReasonRising":
    "{now} refunds asked for it on {period} against {before} the 7 days before (the Refunds sheet), {more} more money asked for",
  "diagnosis.evidence.refundProduct":
    "{rate} of its sales refunded against the shop's {shop}, on {orders} orders paid {period}, most often for “{reason}” (the Refunds sheet); at the shop's rate it would keep {kept}",
  "diagnosis.evidence.coreFalling":
    "Core last week, {tier} this week: GMV {gmv} against {bar}, the lowest of this week's core products",
} as const;

export type StoreDataKey = keyof typeof storeData;

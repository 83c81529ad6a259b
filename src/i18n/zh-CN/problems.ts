import type { ProblemKey } from "../en-US/problems";

/** 被拒绝的值的说明，以及每句话共用的连接词（列表、句子、数字）：与页面一同加载，键与英文目录一一对应。 */
export const problems: Record<ProblemKey, string> = {
  "problem.noMargin": "{field}：成本为 {value} 时每件在推广前就已亏损，任何投产比都无法保本。",
  "problem.notCalibrated":
    "{value}没有校准：本店有 14 天同时具备该指数和对应数值后，“监控竞争对手”才会拟合。请把竞争分析表中的校准表传给函数。",
  "problem.outsideCalibration": "{value} 超出校准范围 {from}–{to} 20% 以上：用本店数据拟合的曲线在那里没有依据。",
  "problem.cellsBelowTable": "工作表“{value}”中表格 {field} 的下方还有内容，导入会覆盖它们。请先移开，然后重试。",
  "problem.tooManyRows": "数据会超过 Excel 的 1,048,576 行上限（{value} 行）。请拆分文件后分别导入。",
  "problem.cellTooLong": "{field}：有个值超过了单元格能容纳的 32,767 个字符，已截断（{value}）。",
  "problem.extraCells": "这一行的单元格多于表头的 {width} 列；多出的部分（{value}）没有导入。",
  "problem.cellsBesideTable": "表格 {field} 右侧的单元格（{address}）有内容，状态列会加在那里。请先移开，然后重试。",
  "figure.points": "{value}个百分点",
  "problem.notDays": "{field}：“{value}”不是有效的日期周期。请写每天、工作日、周一、周三 或 Mon,Wed。",
  "problem.notPriority": "{field}：“{value}”不是有效的优先级。请写 1–5（1 最高）或 高、中、低。",
  "problem.sheetProtected":
    "工作表“{value}”受保护，没有写入任何内容。请先撤销保护（审阅 › 撤销工作表保护），然后重试。",
  "problem.noSchedule": "没有 {value} 的日程表（“{field}”）。请先生成每日日程。",
  "problem.tooManyColumns": "表头有 {value} 列，而 Excel 工作表最多 16,384 列。请减少导出的列后重新导入。",
  // How a list and a run of sentences are joined: "a, b and c" / "a、b、c"; sentences one after another.
  "list.separator": "、",
  "list.lastSeparator": "、",
  "sentence.separator": "",
  sentences: "{parts}",
  "problem.at": "{location}：{message}",
  "problem.noInput":
    "找不到{field}：工作簿里没有名为 {table} 的表格，也没有同名工作表，当前工作表“{value}”的表头也对不上。点“插入示例数据”可以看到格式。",
  "problem.severalInputs":
    "有多张工作表都可能是{field}：{sheets}。请只保留一张，或把输入做成名为 {value} 的 Excel 表格。",
  "problem.emptyInput": "工作表“{field}”是空的。请在第 1 行填写表头：{headers}。",
  "problem.noHeader": "找不到表头。表头是第一行至少有两个非空单元格的行。",
  "problem.mergedCells":
    "这些单元格是合并的，只有第一个单元格有值，所跨的行无法读取。请取消合并（开始 › 合并后居中），逐格填好后重试。",
  "problem.noRows": "有表头，但下面没有数据行。",
  "problem.missingColumn": "缺少“{field}”列。现有表头：{value}。",
  "problem.duplicateColumn": "“{value}”和“{other}”是同一列的意思。请只保留其中一列。",
  "problem.required": "{field}为空，这一项必填。",
  "problem.notText": "{field}：“{value}”不是文本。",
  "problem.notNumber": "{field}：“{value}”不是数字。",
  "problem.notWholeNumber": "{field}：“{value}”不是整数。",
  "problem.notRate": "{field}：“{value}”不是比率。请写成 0.6、60% 或 60 %。",
  "problem.successRateOver100": "{field}：{value} 超过了 100%。是不是想写 {meant}？成功率最多 100%。",
  "problem.negativeRate": "{field}：“{value}”是负数。增长率应不小于 0%。",
  "problem.notDate": "{field}：“{value}”不是日期。请写成 2026-11-24、2026/11/24 或 2026年11月24日。",
  "problem.notTime": "{field}：“{value}”不是时间。请写成类似 {example} 的格式。",
  "problem.excelError": "{field}是 Excel 错误值 {value}。请修正公式或直接填写数值。",
  "problem.outOfRange": "{field}：“{value}”超出范围。允许：{allowed}。",
  "problem.allowed.afterDayStart": "晚于一天的开始时间（{start}）",
  "problem.noStoreMetrics":
    "还没有店铺指标。请先在“店铺数据”中导入店铺的导出文件（生意参谋店铺概况、千牛订单、推广报表）。",
};

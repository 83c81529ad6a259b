/**
 * The promotion commands' words (Plan promotion, Review promotion): they load with those commands (loadWords in
 * src/wording), not with the pane's page. The Chinese catalogue must have the same keys.
 */
export const promotions = {
  "problem.phaseEndsBeforeStart":
    "{field}: the phase ends on {value}, before it starts on {start}. Put its end on or after its start (leave End blank for a one-day phase).",
  "problem.phasesOverlap":
    "{field}: “{value}” starts before {other} of {event} has ended. An event's phases follow one another: end one before the next starts.",
  "problem.noSalePhase":
    "“{value}” has no day it sells on: add its Final payment (尾款) or Sale (正式) phase, the days its goal and stock are planned for.",
  "problem.eventValueTwice":
    "{field}: {value} differs from what {event} is given in {first}. Give an event's goal and multiplier once, or the same on each row.",
  "problem.phaseNotInEvent":
    "{field}: “{value}” is not a phase of {event}, so the task has no day to lead to. Add the phase to {event} on Promotions, or point the task at a phase it has.",
  "promotion.template.signUp": "Sign up for the event",
  "promotion.template.prices": "Set prices and coupons",
  "promotion.template.images": "Update main images and detail pages",
  "promotion.template.stock": "Stock up",
  "promotion.template.service": "Customer service scripts",
  "promotion.template.warmupAds": "Warm-up ads",
  "promotion.template.review": "Review the event",
  "promotion.sample.event": "Year-end sale",
  "promotion.stockNeed": "{task} — {products}",
  "promotion.stockUnits": "{product} needs {units} (in stock {stock}, order {order})",
  "promotion.failed": "The promotion was not planned and nothing was written:",
  "promotion.noneChosen": "Choose an event first. If the list is empty, put the event's phases on {sheet}.",
  "promotion.notFound": "“{event}” is not an event on {sheet}. Pick an event from the list, or add its phases there.",
  "promotion.planned": "{count} {count|task|tasks} of {event} added to {sheet}, each on its deadline day.{goal}",
  "promotion.nothingNew": "Every task of {event} is in Daily Tasks already: nothing was added to it.{goal}",
  "promotion.goalAdded": " Its GMV goal is on {sheet}: {pace} a day across the event.",
  "promotion.already":
    "{count} {count|task was|tasks were} in Daily Tasks already and {count|was|were} not added again.",
  "promotion.templateAdded":
    "The tasks came from the default template, now on {sheet}: edit it there and plan the next event from it.",
  "promotion.skipped":
    "{tasks}: {event} has no phase for {count|it|them}, so the default template's {count|task was|tasks were} left out.",
  "promotion.noProductReport":
    "The stock task names no units: import Sycm's product report (商品排行) first, and it will say how many each top product needs.",
  "promotion.goal.noGoal": "{event} has no GMV goal on Promotions, so no goal was set for it.",
  "promotion.goal.noMetrics":
    "No goal was set for {event}: Store Metrics has no GMV to start it from. Import the shop's data and plan again.",
  "promotion.goal.goalExists": "Goals has a goal for {event} already; it was left as it is.",
  "promotion.review.sheet": "Promotion Review {year}-{event}",
  "promotion.review.title": "{event}: {from} to {to}, {days} days",
  "promotion.review.running":
    "The event runs until {to}: its {days} days with data so far are compared with as many days of the goal's pace and of the usual day.",
  "promotion.review.goal": "GMV {gmv} against the goal's {goal} for the same {days} days: {share} of it.",
  "promotion.review.noGoal": "No GMV goal on Promotions: the event is compared with the usual day only.",
  "promotion.review.baseline":
    "Usual day: GMV {day}, the median day of the {days} days with data from {from} to {to}, the 14 before the event's first selling day. A median, so a dip or a spike among them does not move it.",
  "promotion.review.noBaseline":
    "No usual day: Store Metrics has fewer than 7 of the 14 days before the event ({from} to {to}), so what the event added, the dip and the hangover are not given.",
  "promotion.review.uplift":
    "Against {baseline} on as many usual days the event added {change}; the dip in the 3 days before it {dip}, the hangover in the {hangoverDays} days after it {hangover}: {net} in all.",
  "promotion.review.between": "Between phases",
  "promotion.review.whole": "Whole event",
  "promotion.list.phases": "Phases",
  "promotion.col.phase": "Phase",
  "promotion.col.from": "From",
  "promotion.col.to": "To",
  "promotion.col.days": "Days with data",
  "promotion.col.gmv": "GMV",
  "promotion.col.pace": "Goal's pace",
  "promotion.col.vsPace": "Of the pace",
  "promotion.col.profit": "Profit",
  "promotion.col.visitors": "Visitors",
  "promotion.col.conversion": "Conversion",
  "promotion.col.aov": "AOV",
  "promotion.col.baseline": "Usual days",
  "promotion.col.change": "Change",
  "promotion.list.gap": "The gap to the goal by driver (GMV = visitors × conversion × AOV)",
  "promotion.col.driver": "Driver",
  "promotion.col.goal": "Goal",
  "promotion.col.actual": "Actual",
  "promotion.col.effect": "Share of the gap",
  "promotion.driver.visitors": "Visitors",
  "promotion.driver.conversion": "Conversion",
  "promotion.driver.aov": "AOV",
  "promotion.driver.total": "Gap to the goal",
  "promotion.gap.note":
    "The goal's conversion and AOV are the usual days' (their summed parts); its visitors, what those needed to reach it. Each driver's share is taken by the logarithmic mean, so the three add up to the gap.",
  "promotion.list.shift": "Before, during and after, against the usual day",
  "promotion.col.period": "Period",
  "promotion.shift.dip": "Dip before",
  "promotion.shift.event": "The event",
  "promotion.shift.hangover": "Hangover after",
  "promotion.shift.net": "Added in all",
  "promotion.list.products": "Products that carried it",
  "promotion.list.sources": "Traffic sources that carried it (visitors)",
  "promotion.carrier.name": "Name",
  "promotion.carrier.value": "During the event",
  "promotion.carrier.share": "Share",
  "promotion.carrier.usual": "Usual days",
  "promotion.carrier.change": "Change",
  "promotion.products.none": "Products: import Sycm's product report (商品排行) to see which carried the event.",
  "promotion.sources.none": "Traffic sources: import Sycm's traffic sources (流量来源) to see which carried the event.",
  "promotion.list.tasks": "Tasks late or missed",
  "promotion.col.task": "Task",
  "promotion.col.deadline": "Deadline",
  "promotion.col.done": "Done on",
  "promotion.col.status": "Status",
  "promotion.task.missed": "Missed",
  "promotion.task.late": "{days} {days|day|days} late",
  "promotion.tasks.noTasks": "Tasks: none of the event's in Daily Tasks (Plan promotion puts them there).",
  "promotion.tasks.allDone": "Tasks: all {count} of the event's were done by their deadlines.",
  "promotion.list.lessons": "Lessons for the next event",
  "promotion.lesson.visitors":
    "Traffic fell shortest, {amount} of the gap: start the warm-up ads and content earlier, and sign up for the event's venues.",
  "promotion.lesson.conversion":
    "Conversion fell shortest, {amount} of the gap: check price, coupons and the detail page against rivals before the sale.",
  "promotion.lesson.aov":
    "Order value fell shortest, {amount} of the gap: set 满减 thresholds and bundles just above the usual order.",
  "promotion.lesson.shifted":
    "The dip before and the hangover after took back {amount}: the event moved sales more than it added. Plan stock and spend for the days after it.",
  "promotion.lesson.tasks":
    "{count} {count|task was|tasks were} late or missed ({names}): plan them earlier next time.",
  "promotion.lesson.goalMet": "The goal was met with {amount} to spare: set the next one higher.",
  "promotion.lesson.none": "None yet: the event has too little data to judge.",
  "promotion.copy.driver": "Largest driver: {driver}, {effect} of the {gap} gap.",
  "promotion.copy.products": "Carried by {names}.",
  "promotion.copy.tasks": "Tasks: {late} late, {missed} missed.",
  "promotion.reviewed": "{event} reviewed on “{sheet}”.",
  "promotion.reviewFailed": "The promotion was not reviewed and nothing was written:",
  "promotion.noMetrics":
    "Store Metrics has no GMV yet: import the shop's data (Sycm's overview) for the event's days first.",
  "promotion.notStarted": "{event} starts on {start}: there is nothing to review yet.",
  "promotion.copied": "The review of {event} is ready to copy ({length} characters).",
} as const;

export type PromotionWordKey = keyof typeof promotions;

/** Takes the user to a cell: activates its sheet and selects the cell, in one round trip. */
export async function selectCellIn(context: Excel.RequestContext, sheetName: string, address: string): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.activate();
  sheet.getRange(address).select();
  await context.sync();
}

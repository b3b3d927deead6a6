import { applyConversion, previewConversion, undoLastConversion } from "../../src/app/convert";
import { openXlsx, saveXlsx, sampleWorkbook } from "../../src/app/files";
import { readLog } from "../../src/app/journal";
import { CONTRIBUTION_SHEET } from "../../src/app/sample";

describe("Chuyển mã sang Unicode on a range of the user's sheet", () => {
  it("previews, applies, logs the originals and undoes", async () => {
    const { book, campaign } = await sampleWorkbook();
    const original = campaign.sheets[0].rows;
    // Names without diacritics ("Ma Thanh Dung") read the same in every encoding.
    const legacy = campaign.contributions.filter((c) => original[c.row - 1][1] !== c.name);
    expect(legacy.length).toBeGreaterThan(10);
    const last = campaign.contributions[campaign.contributions.length - 1].row;
    const plan = await previewConversion(book, CONTRIBUTION_SHEET, `B9:B${last}`, { nameColumns: true });
    const changed = new Map(plan.changes.map((c) => [c.row, c.after]));
    for (const c of legacy) expect(changed.get(c.row)).toBe(c.name);
    for (const c of campaign.contributions.filter((x) => original[x.row - 1][1] === x.name)) expect(changed.has(c.row)).toBe(false);

    await applyConversion(book, plan, { user: "Kế toán" });
    const after = await openXlsx(await saveXlsx(book));
    const grid = await after.readSheet(CONTRIBUTION_SHEET);
    for (const c of campaign.contributions) expect(grid.values[c.row - grid.origin.row][1]).toBe(c.name);
    const log = await readLog(after);
    expect(log.some((e) => e.step === "Chuyển mã sang Unicode" && e.detail)).toBe(true);

    // An edit made after the conversion is kept by the undo.
    const edited = legacy[0];
    await after.updateCells(CONTRIBUTION_SHEET, [{ row: edited.row, col: 2, value: "Tên sửa tay" }]);
    const undo = await undoLastConversion(after);
    expect(undo).toEqual({ restored: legacy.length - 1, kept: [`B${edited.row}`] });
    const back = await after.readSheet(CONTRIBUTION_SHEET);
    for (const c of legacy.slice(1)) expect(back.values[c.row - back.origin.row][1]).toBe(original[c.row - 1][1]);
    expect(back.values[edited.row - back.origin.row][1]).toBe("Tên sửa tay");
    expect(await undoLastConversion(after)).toBeNull();
  });
});

import { applyFixes, backupName } from "../../src/app/fixes";
import { openXlsx, sampleWorkbook, saveXlsx } from "../../src/app/files";
import { readLog } from "../../src/app/journal";
import { confirmMapping } from "../../src/app/mapping";
import { CONTRIBUTION_SHEET } from "../../src/app/sample";
import { validateWorkbook } from "../../src/app/validate";

describe("applying the fixes to the user's sheet", () => {
  it("copies the sheet first, changes only the fixed cells, and the sheet then checks clean of fixes", async () => {
    const { book, campaign } = await sampleWorkbook();
    const before = await validateWorkbook(book, { sheet: CONTRIBUTION_SHEET });
    const fixed = before.diagnostics.filter((d) => d.severity === "fixed");
    expect(fixed.length).toBeGreaterThan(50);
    const original = await book.readSheet(CONTRIBUTION_SHEET);

    const applied = await applyFixes(book, CONTRIBUTION_SHEET, { now: () => new Date(2024, 5, 1, 9, 5) });
    expect(applied).toEqual({ sheet: CONTRIBUTION_SHEET, backup: "DS ủng hộ (gốc 01-06 09h05)", cells: fixed.length });

    const reopened = await openXlsx(await saveXlsx(book));
    const copy = await reopened.readSheet(applied.backup);
    expect(copy.values).toEqual(original.values);
    expect((await reopened.listSheets()).find((s) => s.name === applied.backup)?.owned).toBe(true);

    const after = await validateWorkbook(reopened, { sheet: CONTRIBUTION_SHEET });
    expect(after.diagnostics.filter((d) => d.severity === "fixed")).toEqual([]);
    expect(after.contributions).toEqual(before.contributions);
    const grid = await reopened.readSheet(CONTRIBUTION_SHEET);
    for (const c of campaign.contributions) expect(grid.values[c.row - grid.origin.row][1]).toBe(c.name);
    expect((await readLog(reopened)).map((e) => e.step)).toContain("Áp dụng sửa vào trang của người dùng");
  });

  it("names the copy within Excel's 31 characters, never twice the same", () => {
    const now = new Date(2024, 0, 2, 3, 4);
    expect(backupName("Danh sách ủng hộ xã Điềm Mặc năm 2024", now, [])).toHaveLength(31);
    const first = backupName("DS", now, []);
    expect(backupName("DS", now, [first])).not.toBe(first);
    expect(backupName("A/B:C", now, [])).toBe("A B C (gốc 02-01 03h04)");
  });
});

describe("a mapping confirmed once", () => {
  it("is used on later runs instead of guessing", async () => {
    const { book } = await sampleWorkbook();
    const guessed = await validateWorkbook(book);
    expect(guessed.lists[0].mapping.amount).toBe("D");
    // The person says the money is in column G (the value of goods), not D.
    await confirmMapping(book, CONTRIBUTION_SHEET, { headerRows: [7, 8], mapping: { ...guessed.lists[0].mapping, amount: "G", inKindValue: "D" } });
    const again = await validateWorkbook(await openXlsx(await saveXlsx(book)));
    expect(again.lists[0].mapping.amount).toBe("G");
    expect(again.lists[0].unsure).toBe(false);
    const total = (r: typeof guessed) => r.contributions.reduce((s, c) => s + c.amount + c.inKindValue, 0);
    expect(total(again)).toBe(total(guessed));
  });
});

import { sampleWorkbook } from "../../src/app/files";
import { readLog } from "../../src/app/journal";
import { recognizeSheets } from "../../src/app/recognize";
import { ATTENDANCE_SHEET, CONTRIBUTION_SHEET, HOUSEHOLD_SHEET, ROSTER_SHEET, STATEMENT_SHEET, WORKS_SHEET } from "../../src/app/sample";

describe("recognizeSheets on the sample campaign", () => {
  it("finds each of the user's tables, where its header is, and logs the step", async () => {
    const { book } = await sampleWorkbook();
    const found = await recognizeSheets(book, { user: "Kế toán", now: () => new Date("2024-06-01T08:00:00Z") });
    const kind = Object.fromEntries(found.map((s) => [s.sheet, s.kind]));
    expect(kind).toEqual({ [CONTRIBUTION_SHEET]: "contributions", [ROSTER_SHEET]: "roster", [STATEMENT_SHEET]: "statement", [WORKS_SHEET]: "works", [HOUSEHOLD_SHEET]: "households", [ATTENDANCE_SHEET]: "attendance" });
    const list = found.find((s) => s.sheet === CONTRIBUTION_SHEET)!;
    expect(list.headerRows).toEqual([7, 8]);
    expect(list.mapping).toMatchObject({ name: "B", unit: "C", amount: "D", days: "E", inKind: "F", inKindValue: "G", land: "H", date: "I", channel: "J", receipt: "K", note: "L" });
    expect(list.unsure).toBe(false);
    const statement = found.find((s) => s.sheet === STATEMENT_SHEET)!;
    expect(statement.mapping).toMatchObject({ date: "A", reference: "B", description: "C", debit: "D", credit: "E", balance: "F" });
    const log = await readLog(book);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ step: "Nhận diện bảng", user: "Kế toán", time: "2024-06-01T08:00:00.000Z", counts: "6 trang tính, 6 bảng nhận diện" });
    expect(log[0].dataHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("leaves the user's sheets as they were", async () => {
    const { book, campaign } = await sampleWorkbook();
    await recognizeSheets(book);
    const grid = await book.readSheet(CONTRIBUTION_SHEET);
    expect(grid.values.length).toBe(campaign.sheets[0].rows.length);
    expect((await book.listSheets()).filter((s) => s.owned).map((s) => s.name)).toEqual(["Cấu hình", "Nhật ký"]);
  });
});

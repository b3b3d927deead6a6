/**
 * Đối chiếu inside Excel (the Office.js adapter on the fake workbook): the same proposals as on
 * the .xlsx file, decisions stored in "Duyệt đối chiếu" and read back by the other adapter, and
 * receivedMoney reading the stored reconciliation.
 */
import { seedOfDoc as seedOf } from "./seed";
import { generateCampaign } from "../../src/app/sample";
import { loadDecisions, recordDecision, reconcileWorkbook } from "../../src/app/reconcile";
import { receivedMoney } from "../../src/app/received";
import { DECISIONS_SHEET } from "../../src/domain/reconcile/sheet";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { FakeExcel } from "./fakeExcel";
import { portOver } from "./harness";


describe("Đối chiếu in Excel", () => {
  it("proposes as on the .xlsx file and keeps decisions both adapters read", async () => {
    const campaign = generateCampaign({ householdsPerHamlet: 4, staffPerUnit: 3, statementLines: 30 });
    const excel = portOver(new FakeExcel(campaign.sheets.map(seedOf)));
    const file = XlsxWorkbook.empty();
    for (const doc of campaign.sheets) await file.addUserSheet(doc);
    const now = () => new Date("2024-07-01T08:00:00Z");
    const inExcel = await reconcileWorkbook(excel, {}, { now });
    const inFile = await reconcileWorkbook(file, {}, { now });
    expect(inExcel.result.lines).toEqual(inFile.result.lines);
    expect((await excel.readSheet("Đối chiếu")).values).toEqual((await file.readSheet("Đối chiếu")).values);

    const deposit = inExcel.result.lines.find((l) => l.kind === "cash-deposit")!;
    await recordDecision(excel, { sheet: inExcel.statement.sheet, row: deposit.row, action: "accept", contributionKeys: [] }, { now, user: "Thu" });
    const stored = await excel.readSheet(DECISIONS_SHEET);
    await file.writeSheet({ name: DECISIONS_SHEET, rows: stored.values });
    expect(await loadDecisions(file)).toEqual(await loadDecisions(excel));
    const again = await reconcileWorkbook(excel, {}, { now });
    expect(again.result.lines.find((l) => l.row === deposit.row)).toMatchObject({ status: "matched", decision: "accept" });
    const received = await receivedMoney(excel, again.contributions);
    expect(received.reconciled).toBe(true);
    for (const key of deposit.contributionKeys) expect(received.keys.has(key)).toBe(true);
  });
});

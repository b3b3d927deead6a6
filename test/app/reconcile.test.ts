import { sampleWorkbook } from "../../src/app/files";
import { loadDecisions, recordDecision, reconcileWorkbook, undoDecision, draftUnrecordedCredit, RECONCILE_SHEET } from "../../src/app/reconcile";
import { receivedMoney } from "../../src/app/received";
import { readLog } from "../../src/app/journal";
import { NORMALIZED_SHEET } from "../../src/domain/contributions/sheet";

const ctx = { user: "Kế toán", now: () => new Date("2024-07-01T08:00:00Z") };

describe("reconcileWorkbook on the sample campaign", () => {
  it("matches the transfers, proposes the cash deposit with its rows, writes Đối chiếu and Nhật ký", async () => {
    const { book, campaign } = await sampleWorkbook();
    const run = await reconcileWorkbook(book, {}, ctx);
    const truth = new Map(campaign.statement.map((l) => [l.row, l]));
    expect(run.result.lines).toHaveLength(campaign.statement.length);
    for (const r of run.result.lines) {
      const t = truth.get(r.row)!;
      if (r.status === "matched") expect(r.contributionRows).toEqual(t.pays);
    }
    const deposit = run.result.lines.find((r) => r.kind === "cash-deposit")!;
    const trueDeposit = campaign.statement.find((l) => l.description.startsWith("NOP TIEN MAT"))!;
    expect(deposit.row).toBe(trueDeposit.row);
    expect([...deposit.contributionRows].sort((a, b) => a - b)).toEqual([...trueDeposit.pays].sort((a, b) => a - b));
    const transfers = campaign.statement.filter((l) => l.pays.length === 1);
    const matched = transfers.filter((l) => run.result.lines.find((r) => r.row === l.row)!.status === "matched");
    expect(matched.length).toBeGreaterThanOrEqual(transfers.length - 2);
    expect(run.result.lines.map((r) => r.class)).toContain("interest");
    expect(run.result.lines.map((r) => r.class)).toContain("fee");

    const sheet = await book.readSheet(RECONCILE_SHEET);
    const text = sheet.values.flat().filter((v) => typeof v === "string").join("\n");
    expect(text).toMatch(/I\. CÁC DÒNG SAO KÊ/);
    expect(text).toMatch(/II\. KHOẢN ĐÃ GHI SỔ CHƯA THẤY TIỀN VỀ/);
    expect(text).toMatch(/III\. TIỀN VỀ CHƯA CÓ TRONG DANH SÁCH/);
    expect(text).toMatch(/Kiểm tra số dư: .*khớp\./);
    expect(text).toMatch(/Bằng chữ/);
    const log = await readLog(book);
    expect(log.at(-1)!.step).toBe("Đối chiếu sao kê");
  });

  it("keeps decisions across runs, undoes one without touching the others, and counts what arrived", async () => {
    const { book } = await sampleWorkbook({ statementLines: 60 });
    const first = await reconcileWorkbook(book, {}, ctx);
    const before = await receivedMoney(book, first.contributions);
    expect(before.reconciled).toBe(true);
    const deposit = first.result.lines.find((r) => r.kind === "cash-deposit")!;
    await recordDecision(book, { sheet: first.statement.sheet, row: deposit.row, action: "accept", contributionKeys: deposit.contributionKeys }, ctx);
    const unknown = first.result.lines.find((r) => r.class === "credit" && r.status !== "matched" && r.kind !== "cash-deposit")!;
    const someone = first.contributions.find((c) => c.channel === "transfer")!;
    await recordDecision(book, { sheet: first.statement.sheet, row: unknown.row, action: "link", contributionKeys: [`${someone.sheet}!${someone.row}`] }, ctx);
    expect(await loadDecisions(book)).toHaveLength(2);

    const second = await reconcileWorkbook(book, {}, ctx);
    const dep2 = second.result.lines.find((r) => r.row === deposit.row)!;
    expect(dep2).toMatchObject({ status: "matched", decision: "accept" });
    expect(second.result.lines.find((r) => r.row === unknown.row)).toMatchObject({ status: "matched", decision: "link", contributionRows: [someone.row] });
    const after = await receivedMoney(book, second.contributions);
    for (const key of deposit.contributionKeys) expect(after.keys.has(key)).toBe(true);

    await undoDecision(book, first.statement.sheet, unknown.row, ctx);
    const third = await reconcileWorkbook(book, {}, ctx);
    expect(third.result.lines.find((r) => r.row === unknown.row)).toEqual(first.result.lines.find((r) => r.row === unknown.row));
    expect(third.result.lines.find((r) => r.row === deposit.row)).toEqual(dep2);
    third.result.lines.forEach((r, k) => {
      if (r.row !== deposit.row) expect(r).toEqual(first.result.lines[k]);
    });
    const steps = (await readLog(book)).map((e) => e.step);
    expect(steps.filter((s) => s === "Duyệt đối chiếu")).toHaveLength(3);
  });

  it("drafts an unrecorded credit at the end of Chuẩn hóa", async () => {
    const { book } = await sampleWorkbook({ statementLines: 60 });
    const run = await reconcileWorkbook(book, {}, ctx);
    const k = run.result.lines.findIndex((r) => r.class === "credit" && r.status === "unmatched");
    expect(k).toBeGreaterThanOrEqual(0);
    const line = run.statement.lines[k];
    await draftUnrecordedCredit(book, line, ctx);
    const grid = await book.readSheet(NORMALIZED_SHEET);
    const last = grid.values[grid.values.length - 1];
    expect(String(last[1])).toMatch(/^\(Cần bổ sung\)/);
    expect(last[5]).toBe(line.credit);
  });
});

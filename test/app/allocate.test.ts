/**
 * Phân bổ and Phê duyệt on the sample campaign, on both adapters: the .xlsx file (ExcelJS) and
 * the open workbook (Office.js on the fake Excel). A cell edited after approval is detected.
 */
import { seedOfDoc as seedOf } from "../excel/seed";
import { allocateWorkbook, ALLOCATION_SHEET, DECISION_SHEET, planAllocation } from "../../src/app/allocate";
import { approvalStatus, approveAllocation } from "../../src/app/approve";
import { readLog } from "../../src/app/journal";
import { generateCampaign, WORKS_SHEET, CONTRIBUTION_SHEET } from "../../src/app/sample";
import { ensureSettingsSheet } from "../../src/app/settings";
import type { CellValue, SheetDoc } from "../../src/domain/sheet/types";
import type { WorkbookPort } from "../../src/workbook/port";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { FakeExcel } from "../excel/fakeExcel";
import { bookOf, inspectSheet, portOver } from "../excel/harness";


/** The sample's sheets, with a Mục đích column where two donors name a work and one only hints at one. */
function sampleSheets(withPurpose: boolean): { sheets: SheetDoc[]; settings: Record<string, string>; earmarkRows: number[] } {
  const campaign = generateCampaign();
  const earmarkRows: number[] = [];
  const sheets = campaign.sheets.map((doc) => {
    if (!withPurpose || doc.name !== CONTRIBUTION_SHEET) return doc;
    const rows = doc.rows.map((r) => [...r]);
    const header = rows.findIndex((r) => r[1] === "Họ và tên");
    rows[header][12] = "Mục đích";
    const money = campaign.contributions.filter((c) => c.amount > 0);
    const [a, b, c] = [money[0], money[1], money[2]];
    rows[a.row - 1][12] = "CT03";
    rows[b.row - 1][12] = "Sửa chữa nhà văn hóa xóm Khuôn Tát";
    rows[c.row - 1][12] = "làm đường bê tông Bản Piềng";
    earmarkRows.push(a.row, b.row);
    return { ...doc, rows };
  });
  return { sheets, settings: campaign.settings, earmarkRows };
}

async function xlsxSample(withPurpose = false): Promise<WorkbookPort> {
  const { sheets, settings } = sampleSheets(withPurpose);
  const book = XlsxWorkbook.empty();
  for (const doc of sheets) await book.addUserSheet(doc);
  await ensureSettingsSheet(book, settings);
  return XlsxWorkbook.fromBuffer(await book.toBuffer());
}

async function excelSample(): Promise<WorkbookPort> {
  const { sheets, settings } = sampleSheets(false);
  const port = portOver(new FakeExcel(sheets.map(seedOf)));
  await ensureSettingsSheet(port, settings);
  return port;
}

const texts = (rows: CellValue[][]) => rows.flat().filter((v): v is string => typeof v === "string");
const ctx = { now: () => new Date("2024-07-05T03:00:00Z"), user: "Hà Thị Thu" };

describe("Phân bổ on the sample campaign (.xlsx)", () => {
  test("writes the appendix and the draft decision, print-ready, with parts adding up", async () => {
    const port = await xlsxSample();
    const r = await allocateWorkbook(port, {}, ctx);
    const a = r.allocation;
    expect(a.lines.map((l) => l.work.code)).toEqual(["CT01", "CT02", "CT03", "CT04"]);
    expect(a.allocated + a.unallocated).toBe(a.fund);
    expect(a.fund).toBeGreaterThan(0);
    for (const l of a.lines) expect(l.allocated % 1000).toBe(0);

    const appendix = (await port.readSheet(ALLOCATION_SHEET)).values;
    const at = texts(appendix);
    expect(appendix[0][0]).toBe("Phụ lục");
    expect(at).toContain("(Kèm theo Quyết định số …/QĐ-UBND ngày … tháng … năm … của Ủy ban nhân dân xã Điềm Mặc)");
    expect(at.some((t) => t.startsWith("PHÂN BỔ KINH PHÍ VẬN ĐỘNG"))).toBe(true);
    for (const h of ["Ngân sách nhà nước", "Quỹ vận động phân bổ", "Nguồn khác (nhân dân, xã hội hóa)", "TỔNG CỘNG", "Quỹ vận động chưa phân bổ"]) expect(at).toContain(h);
    expect(at.some((t) => t.includes("Bằng chữ: ") && t.endsWith("đồng."))).toBe(true);
    const total = appendix.find((row) => row[2] === "TỔNG CỘNG")!;
    expect(total[8]).toBe(a.allocated);
    expect(at.some((t) => t.startsWith("Tình trạng: bản dự thảo"))).toBe(true);

    const decision = (await port.readSheet(DECISION_SHEET)).values;
    const dt = texts(decision);
    expect(dt).toContain("ỦY BAN NHÂN DÂN XÃ ĐIỀM MẶC");
    expect(dt).toContain("Số: …/QĐ-UBND");
    expect(dt).toContain("Điềm Mặc, ngày … tháng … năm …");
    expect(dt).toContain("QUYẾT ĐỊNH");
    expect(dt).toContain("QUYẾT ĐỊNH:");
    const bases = dt.filter((t) => t.trim().startsWith("Căn cứ "));
    expect(bases).toHaveLength(3);
    expect(bases.slice(0, -1).every((t) => t.endsWith(";"))).toBe(true);
    expect(bases[bases.length - 1].endsWith(".")).toBe(true);
    expect(bases[1]).toContain("Kế hoạch số 119/KH-BCĐ");
    expect(dt.some((t) => t.trim() === "Theo đề nghị của Phòng Kinh tế xã.")).toBe(true);
    for (const n of [1, 2, 3]) expect(dt.some((t) => t.trim().startsWith(`Điều ${n}. `))).toBe(true);
    expect(dt.find((t) => t.trim().startsWith("Điều 1."))).toContain("chi tiết theo Phụ lục kèm theo Quyết định này");
    expect(dt).toEqual(expect.arrayContaining(["Nơi nhận:", "- Như Điều 3;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Ma Đình Việt"]));

    const book = (port as XlsxWorkbook).book;
    const ws = book.getWorksheet(DECISION_SHEET)!;
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.orientation).toBe("portrait");
    expect(ws.pageSetup.printArea?.replace(/\$/g, "")).toMatch(/^A1:H\d+$/);
    const basisRow = decision.findIndex((r) => typeof r[0] === "string" && r[0].trim().startsWith("Căn cứ"));
    expect(ws.getCell(basisRow + 1, 1).font?.italic).toBe(true);
    expect(ws.getRow(basisRow + 1).height).toBeGreaterThan(20);
    expect(book.getWorksheet(ALLOCATION_SHEET)!.pageSetup.orientation).toBe("landscape");

    const log = await readLog(port);
    expect(log[log.length - 1].step).toBe("Phân bổ kinh phí cho công trình");
    expect(log[log.length - 1].dataHash).toBe(r.allocationHash);
    expect(log[log.length - 1].user).toBe("Hà Thị Thu");
  });

  test("earmarks: a Mục đích naming a work by code or exact name is kept for it; a hint is only suggested", async () => {
    const port = await xlsxSample(true);
    const plain = await planAllocation(await xlsxSample(false));
    const r = await planAllocation(port);
    const ct03 = r.allocation.lines.find((l) => l.work.code === "CT03")!;
    expect(ct03.earmarked).toBeGreaterThan(0);
    expect(r.fund.entries.filter((e) => e.earmark !== null)).toHaveLength(2);
    expect(r.suggestions).toHaveLength(1);
    expect(r.suggestions[0].workName).toBe("Bê tông hóa đường trục xóm Bản Piềng");
    expect(r.allocation.fund).toBe(plain.allocation.fund);
    expect(ct03.allocated).toBeGreaterThanOrEqual(Math.floor(ct03.earmarked / 1000) * 1000);
  });

  test("the fund can be only the money confirmed received", async () => {
    const port = await xlsxSample();
    const recorded = await planAllocation(port, { fundSource: "recorded" });
    const confirmed = await allocateWorkbook(port, { fundSource: "confirmed" });
    expect(confirmed.allocation.fund).toBeLessThan(recorded.allocation.fund);
    expect(confirmed.fundSource).toBe("confirmed");
    // Remembered in Cấu hình for the next run.
    expect((await planAllocation(port)).fundSource).toBe("confirmed");
  });
});

describe("Phân bổ inside Excel (Office.js on the fake workbook)", () => {
  test("both documents are written print-ready: A4 page, orientation, print area without the status line, tall wrapped rows", async () => {
    const port = await excelSample();
    await allocateWorkbook(port, {}, ctx);
    const book = bookOf(port);
    const appendix = inspectSheet(book, ALLOCATION_SHEET);
    const decision = inspectSheet(book, DECISION_SHEET);
    expect(appendix.orientation).toBe("landscape");
    expect(decision.orientation).toBe("portrait");
    const rows = (await port.readSheet(DECISION_SHEET)).values;
    const status = rows.findIndex((r) => typeof r[0] === "string" && r[0].startsWith("Tình trạng:")) + 1;
    const end = Number(/^A1:H(\d+)$/.exec(decision.printArea ?? "")?.[1]);
    expect(end).toBeGreaterThan(20);
    expect(status).toBeGreaterThan(end);
    const basis = rows.findIndex((r) => typeof r[0] === "string" && r[0].trim().startsWith("Căn cứ")) + 1;
    expect(decision.rowHeight(basis)).toBeGreaterThan(20);
    expect(decision.cell(`A${basis}`).italic).toBe(true);
    expect(decision.cell(`A${basis}`).fontName).toBe("Times New Roman");
    expect(decision.merges).toContain(`A${basis}:H${basis}`);
    expect(book.sheet(DECISION_SHEET)!.page.centerFooter).toContain("&P");
  });
});

describe.each([
  ["the .xlsx file (ExcelJS)", () => xlsxSample(), async (p: WorkbookPort) => XlsxWorkbook.fromBuffer(await (p as XlsxWorkbook).toBuffer())],
  ["the open workbook (Office.js, fake Excel)", () => excelSample(), async (p: WorkbookPort) => portOver(bookOf(p))],
])("Phê duyệt on %s", (_name, open, reopen) => {
  const isProtected = async (port: WorkbookPort, sheet: string) => {
    if (port instanceof XlsxWorkbook) return Boolean((port.book.getWorksheet(sheet) as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet);
    return bookOf(port).sheet(sheet)!.protection.protected;
  };
  const statusLine = async (port: WorkbookPort, sheet: string) => texts((await port.readSheet(sheet)).values).find((t) => t.startsWith("Tình trạng:"));

  test("approval records who, when and the hashes, protects both sheets; an input edited later is detected", async () => {
    const port = await open();
    const shown = await allocateWorkbook(port, {}, ctx);
    const { record, status } = await approveAllocation(port, { approver: "Ma Đình Việt", expectedHash: shown.allocationHash }, ctx);
    expect(status.state).toBe("approved");
    expect(record.approver).toBe("Ma Đình Việt");
    expect(record.allocationHash).toBe(shown.allocationHash);
    expect(Object.keys(record.inputs).sort()).toEqual(["fund", "settings", "works"]);
    expect(await isProtected(port, ALLOCATION_SHEET)).toBe(true);
    expect(await isProtected(port, DECISION_SHEET)).toBe(true);
    expect(await statusLine(port, ALLOCATION_SHEET)).toContain("ĐÃ PHÊ DUYỆT — Ma Đình Việt");
    const log = await readLog(port);
    expect(log[log.length - 1]).toMatchObject({ step: "Phê duyệt phân bổ", user: "Hà Thị Thu", dataHash: shown.allocationHash });

    // Opened again later: still approved.
    const later = await reopen(port);
    expect((await approvalStatus(later, ctx)).state).toBe("approved");
    // A re-run with the same inputs keeps the approval and the protection.
    expect((await allocateWorkbook(later, {}, ctx)).approval.state).toBe("approved");
    expect(await isProtected(later, ALLOCATION_SHEET)).toBe(true);

    // Someone raises a work's request on the works list.
    const works = await later.readSheet(WORKS_SHEET);
    const row = works.values.findIndex((r) => r[0] === "CT02") + works.origin.row;
    await later.updateCells(WORKS_SHEET, [{ row, col: 7, value: 45_000_000 }]);
    const again = await reopen(later);
    const changed = await approvalStatus(again, ctx);
    expect(changed.state).toBe("changed");
    expect(changed.changes).toContain("Danh mục công trình đã thay đổi");
    expect(await statusLine(again, ALLOCATION_SHEET)).toContain("ĐÃ THAY ĐỔI SAU PHÊ DUYỆT");
    expect(await statusLine(again, DECISION_SHEET)).toContain("ĐÃ THAY ĐỔI SAU PHÊ DUYỆT");
    // Putting the value back does not make it approved: only approving again does.
    await again.updateCells(WORKS_SHEET, [{ row, col: 7, value: 40_000_000 }]);
    expect((await allocateWorkbook(again, {}, ctx)).approval.state).toBe("changed");
    expect((await approveAllocation(again, { approver: "Ma Đình Việt" }, ctx)).status.state).toBe("approved");
    expect(await statusLine(again, DECISION_SHEET)).toContain("ĐÃ PHÊ DUYỆT");
    expect((await readLog(again)).map((e) => e.step)).toContain("Phát hiện thay đổi sau phê duyệt");
  });

  test("a cell of the approved Phân bổ sheet edited (after unprotecting it) is detected", async () => {
    const port = await open();
    await allocateWorkbook(port, {}, ctx);
    await approveAllocation(port, { approver: "Ma Đình Việt" }, ctx);
    await port.unprotectSheet(ALLOCATION_SHEET);
    const grid = await port.readSheet(ALLOCATION_SHEET);
    const r = grid.values.findIndex((row) => row[1] === "CT01") + grid.origin.row;
    await port.updateCells(ALLOCATION_SHEET, [{ row: r, col: 9, value: 99_000_000 }]);
    const status = await approvalStatus(await reopen(port), ctx);
    expect(status.state).toBe("changed");
    expect(status.changes).toEqual(["trang “Phân bổ” đã bị sửa"]);
  });

  test("approval is refused when the allocation changed since it was shown, or without a name", async () => {
    const port = await open();
    await allocateWorkbook(port, {}, ctx);
    await expect(approveAllocation(port, { approver: "Ma Đình Việt", expectedHash: "khác" }, ctx)).rejects.toThrow(/đã thay đổi kể từ lúc xem/);
    await expect(approveAllocation(port, { approver: "  " }, ctx)).rejects.toThrow(/họ và tên người phê duyệt/);
  });
});

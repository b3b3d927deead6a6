import { sampleWorkbook } from "../../src/app/files";
import { readLog } from "../../src/app/journal";
import { planAllocation } from "../../src/app/allocate";
import { anyConfirmedMapping, confirmedMapping, TABLE_KINDS } from "../../src/app/mapping";
import { NoRosterError, runQuota } from "../../src/app/quota";
import { confirmSheetMapping, MappingProblemError, recognizeSheets } from "../../src/app/recognize";
import { findStatementSheet } from "../../src/app/statement";
import { NoContributionListError, validateWorkbook } from "../../src/app/validate";
import { ALL_TABLES } from "../../src/domain/sheet/tableSpecs";
import { MemoryWorkbook } from "../taskpane/memoryPort";
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
    expect(found.every((s) => s.confirmed === false)).toBe(true);
    const statement = found.find((s) => s.sheet === STATEMENT_SHEET)!;
    expect(statement.mapping).toMatchObject({ date: "A", reference: "B", description: "C", debit: "D", credit: "E", balance: "F" });
    const log = await readLog(book);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ step: "Nhận diện bảng", user: "Kế toán", time: "2024-06-01T08:00:00.000Z", counts: "6 trang tính, 6 bảng nhận diện" });
    expect(log[0].dataHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("takes a list pasted as text, with no header row, for the contribution list Kiểm tra reads, and a sheet of notes for no table", async () => {
    const book = new MemoryWorkbook();
    book.addUserSheet({
      name: "Zalo thôn",
      rows: [["DANH SÁCH ỦNG HỘ (Zalo nhóm thôn)"], ["1. Nguyễn Văn Hùng - 500.000đ"], ["2. Lê Thị Hằng - 300k"], ["3) Hoàng Văn Tú ck 1tr (12/6)"], ["Tổng: 1.800.000đ"]],
    });
    book.addUserSheet({ name: "Ghi chép", rows: [["Họp thôn tối thứ 7"], ["Nhắc các hộ nộp trước 30/6"]] });
    const found = await recognizeSheets(book);
    const byName = Object.fromEntries(found.map((s) => [s.sheet, s]));
    expect(byName["Zalo thôn"]).toMatchObject({ kind: "contributions", headerRows: [], mapping: {}, unsure: false });
    expect(byName["Zalo thôn"].description).toBe("Không có dòng tiêu đề: danh sách chép dạng văn bản, mỗi dòng một người; Kiểm tra đọc từng dòng, các dòng 2–5.");
    expect(byName["Ghi chép"].kind).toBeNull();
    expect((await validateWorkbook(book)).contributions.map((c) => [c.row, c.amount])).toEqual([
      [2, 500000],
      [3, 300000],
      [4, 1000000],
    ]);
  });

  it("names an accounting ledger of the fund's account as such, with its receipt lines, not as a bank statement", async () => {
    const DATE = 45384;
    const book = new MemoryWorkbook();
    const header = ["Ngày hạch toán", "Ngày chứng từ", "Số chứng từ", "Diễn giải", "TK Nợ", "TK Có", "Số tiền"];
    const lines = [
      [null, null, null, "Số dư đầu kỳ", null, null, 2500000],
      [DATE, DATE, "PT0012", "Thu tiền ủng hộ NTM của ông Nguyễn Văn Hùng thôn Bản Cái", "1111", "3388", 500000],
      [DATE, DATE, "GBC0005", "Nhận ủng hộ NTM của Công ty TNHH Minh Phát qua KBNN", "1121", "3388", 20000000],
      [DATE, DATE, "PC0035", "Chi mua xi măng làm đường thôn Nà Pài", "3388", "1111", 12000000],
    ];
    book.addUserSheet({ name: "Sổ 3388", rows: [["SỔ CHI TIẾT CÁC TÀI KHOẢN"], ["Tài khoản: 3388 - Các khoản thu hộ, giữ hộ"], header, ...lines] });
    // A cash book's credits are payments: it stays what its header says.
    book.addUserSheet({ name: "Sổ quỹ", rows: [["SỔ CHI TIẾT CÁC TÀI KHOẢN"], ["Tài khoản: 1111 - Tiền mặt"], header, ...lines.map((r) => r.map((v) => (v === "3388" ? "1111" : v)))] });
    const found = Object.fromEntries((await recognizeSheets(book)).map((s) => [s.sheet, s]));
    expect(found["Sổ 3388"]).toMatchObject({ kind: "statement", label: "Sổ chi tiết TK 3388", headerRows: [3] });
    expect(found["Sổ 3388"].description).toContain("2 dòng thu vào tài khoản");
    expect(found["Sổ quỹ"].label).toBe("Sao kê tài khoản");
  });

  it("names a cash book (sổ quỹ tiền mặt) as such, not as a bank statement, and reads its receipts only when asked for by name", async () => {
    const JUNE_3 = 45446;
    const title = [["UBND XÃ HẢI PHONG"], ["SỔ QUỸ TIỀN MẶT - QUỸ CHUNG SỨC XÂY DỰNG NÔNG THÔN MỚI"]];
    const header = [
      ["Ngày, tháng ghi sổ", "Số hiệu chứng từ", null, "Diễn giải", "Số tiền (đồng)", null, null],
      [null, "Thu", "Chi", null, "Thu", "Chi", "Tồn"],
      [null, null, null, "Số dư đầu kỳ", null, null, 1250000],
    ];
    const spending = [JUNE_3, null, "PC01", "Chi mua xi măng làm đường thôn An Thơ", null, 1000000, 250000];
    const book = new MemoryWorkbook();
    book.addUserSheet({ name: "Sổ quỹ", rows: [...title, ...header, [JUNE_3, "PT01", null, "Thu tiền ủng hộ NTM của bà Nguyễn Thị Sen", 300000, null, 1550000], spending] });
    book.addUserSheet({ name: "Chi", rows: [...title, ...header, spending] });
    const found = Object.fromEntries((await recognizeSheets(book)).map((s) => [s.sheet, s]));
    expect(found["Sổ quỹ"]).toMatchObject({ label: "Sổ quỹ tiền mặt", headerRows: [3, 4] });
    expect(found["Sổ quỹ"].description).toContain("1 dòng thu");
    await expect(validateWorkbook(book)).rejects.toThrow('Trang "Sổ quỹ" là sổ quỹ tiền mặt: hãy kiểm tra riêng trang đó để đọc các dòng thu (cột Thu)');
    const read = await validateWorkbook(book, { sheet: "Sổ quỹ", campaignYear: 2024 });
    expect(read.contributions.map((c) => [c.name, c.amount, c.channel])).toEqual([["bà Nguyễn Thị Sen", 300000, "cash"]]);
    const refused = validateWorkbook(book, { sheet: "Chi" });
    await expect(refused).rejects.toThrow(/^Trang "Chi" là sổ quỹ tiền mặt \(tiêu đề dòng 3–4: Diễn giải, Thu, Chi, Tồn\), không phải danh sách ủng hộ: không có dòng thu nào/);
    await expect(refused).rejects.not.toThrow(/sao kê tài khoản/);
  });

  it("leaves the user's sheets as they were", async () => {
    const { book, campaign } = await sampleWorkbook();
    await recognizeSheets(book);
    const grid = await book.readSheet(CONTRIBUTION_SHEET);
    expect(grid.values.length).toBe(campaign.sheets[0].rows.length);
    expect((await book.listSheets()).filter((s) => s.owned).map((s) => s.name)).toEqual(["Cấu hình", "Nhật ký"]);
  });
});

/** A staff roster whose header says nothing the detector knows: "Cột 1", "Cột 2", … */
function rosterBook(): MemoryWorkbook {
  const book = new MemoryWorkbook();
  book.addUserSheet({
    name: "Nhân sự",
    rows: [
      ["BẢNG KÊ NHÂN SỰ NĂM 2024"],
      [],
      ["Cột 1", "Cột 2", "Cột 3", "Cột 4", "Cột 5"],
      [1, "Nguyễn Văn An", "UBND xã", "Công chức", "5tr"],
      [2, "Lê Thị Bình", "UBND xã", "Nhân viên", "4,2 triệu"],
      [3, "Trần Văn Cường", "Trạm y tế", "Viên chức", 6_500_000],
    ],
  });
  return book;
}

const ROSTER_MAPPING = { headerRows: [3], mapping: { seq: "A", name: "B", unit: "C", position: "D", income: "E" } };

describe("a sheet whose columns a person confirms in Nhận diện bảng", () => {
  it("offers every kind of table with its fields, required ones marked", () => {
    expect(TABLE_KINDS.map((k) => k.kind)).toEqual(["contributions", "roster", "households", "attendance", "statement", "works"]);
    expect([...TABLE_KINDS.map((k) => k.kind)].sort()).toEqual(ALL_TABLES.map((t) => t.kind).sort());
    const roster = TABLE_KINDS.find((k) => k.kind === "roster")!;
    expect(roster.label).toBe("Danh sách cán bộ");
    expect(roster.fields.filter((f) => f.required).map((f) => f.field)).toEqual(["name", "income"]);
    const works = TABLE_KINDS.find((k) => k.kind === "works")!;
    expect(works.fields.filter((f) => f.required).map((f) => f.field)).toEqual(["name", "requested"]);
  });

  it("a roster the detector cannot read is reported unrecognised; once confirmed it is a roster, confirmed, and Định mức reads its people", async () => {
    const book = rosterBook();
    const before = await recognizeSheets(book);
    expect(before).toHaveLength(1);
    expect(before[0].kind === null || before[0].unsure).toBe(true);
    expect(before[0].kind).not.toBe("roster");
    expect(before[0].confirmed).toBe(false);
    await expect(runQuota(book)).rejects.toBeInstanceOf(NoRosterError);

    const now = () => new Date("2024-06-02T09:00:00Z");
    const after = await confirmSheetMapping(book, "Nhân sự", "roster", ROSTER_MAPPING, { user: "Kế toán", now });
    expect(after).toMatchObject({ sheet: "Nhân sự", kind: "roster", label: "Danh sách cán bộ", headerRows: [3], unsure: false, confirmed: true, missing: [] });
    expect(after.mapping).toEqual({ seq: "A", name: "B", unit: "C", position: "D", income: "E" });

    // Remembered in Cấu hình with its kind, and written in Nhật ký.
    const stored = book.rows("Cấu hình").find((r) => r[0] === "mapping:Nhân sự");
    expect(JSON.parse(String(stored?.[1]))).toEqual({ ...ROSTER_MAPPING, kind: "roster" });
    const log = await readLog(book);
    expect(log.map((e) => e.step)).toEqual(["Nhận diện bảng", "Xác nhận cột"]);
    expect(log[1]).toMatchObject({ user: "Kế toán", time: "2024-06-02T09:00:00.000Z", counts: "Nhân sự: 5 cột, tiêu đề dòng 3" });

    // A later run of the step reads the sheet as confirmed.
    const again = await recognizeSheets(book);
    expect(again[0]).toMatchObject({ kind: "roster", confirmed: true, unsure: false, headerRows: [3], rows: 6 });
    expect(again[0].description).toContain("Thu nhập/tháng → E3");

    const quota = await runQuota(book);
    expect(quota.sources.rosters).toEqual(["Nhân sự"]);
    expect(quota.people.map((p) => [p.name, p.unit, p.income, p.quotaDays])).toEqual([
      ["Nguyễn Văn An", "UBND xã", 5_000_000, 3],
      ["Lê Thị Bình", "UBND xã", 4_200_000, 2],
      ["Trần Văn Cường", "Trạm y tế", 6_500_000, 3],
    ]);
  });

  it("a roster whose header reads like a contribution list, confirmed as a roster, is never read as a contribution list nor as a statement", async () => {
    const book = new MemoryWorkbook();
    book.addUserSheet({
      name: "Bảng lương",
      rows: [
        ["STT", "Họ và tên", "Đơn vị", "Số tiền", "Ngày"],
        [1, "Nguyễn Văn An", "UBND xã", "5.000.000", "01/05/2024"],
        [2, "Lê Thị Bình", "UBND xã", "4.200.000", "01/05/2024"],
      ],
    });
    expect((await recognizeSheets(book))[0].kind).toBe("contributions");
    expect((await validateWorkbook(book)).lists.map((l) => l.sheet)).toEqual(["Bảng lương"]);

    await confirmSheetMapping(book, "Bảng lương", "roster", { headerRows: [1], mapping: { seq: "A", name: "B", unit: "C", income: "D" } });
    expect((await recognizeSheets(book))[0]).toMatchObject({ kind: "roster", confirmed: true });
    expect(await anyConfirmedMapping(book, "Bảng lương")).toMatchObject({ kind: "roster" });
    expect(await confirmedMapping(book, "Bảng lương")).toBeNull();
    expect(await confirmedMapping(book, "Bảng lương", "statement")).toBeNull();
    await expect(validateWorkbook(book)).rejects.toBeInstanceOf(NoContributionListError);
    await expect(findStatementSheet(book)).rejects.toThrow(/sao kê/);
    expect((await runQuota(book)).people.map((p) => p.income)).toEqual([5_000_000, 4_200_000]);
  });

  it("a works list confirmed by hand is the one the allocation step reads", async () => {
    const book = new MemoryWorkbook();
    book.addUserSheet({
      name: "Kế hoạch",
      rows: [
        ["Số", "Việc cần làm", "Ở đâu", "Xin quỹ (đồng)"],
        ["CT01", "Bê tông đường trục thôn Đông", "Thôn Đông", 60_000_000],
        ["CT02", "Nhà văn hóa thôn Tây", "Thôn Tây", 40_000_000],
      ],
    });
    book.addUserSheet({
      name: "DS ủng hộ",
      rows: [
        ["STT", "Họ và tên", "Đơn vị", "Số tiền", "Ngày công"],
        [1, "Nguyễn Văn An", "Thôn Đông", "500.000", null],
        [2, "Lê Thị Bình", "Thôn Tây", "300.000", null],
      ],
    });
    const before = (await recognizeSheets(book)).find((s) => s.sheet === "Kế hoạch")!;
    expect(before.kind === null || before.unsure).toBe(true);
    await expect(planAllocation(book)).rejects.toThrow(/danh mục công trình/);

    const after = await confirmSheetMapping(book, "Kế hoạch", "works", { headerRows: [1], mapping: { code: "A", name: "B", place: "C", requested: "D" } });
    expect(after).toMatchObject({ kind: "works", label: "Danh mục công trình", confirmed: true, unsure: false, missing: [] });
    const plan = await planAllocation(book);
    expect(plan.allocation.lines.map((l) => [l.work.code, l.work.name, l.work.requested])).toEqual([
      ["CT01", "Bê tông đường trục thôn Đông", 60_000_000],
      ["CT02", "Nhà văn hóa thôn Tây", 40_000_000],
    ]);
    expect(plan.allocation.allocated + plan.allocation.unallocated).toBe(800_000);
    // The contribution list is still read by its headers.
    expect((await validateWorkbook(book)).lists.map((l) => l.sheet)).toEqual(["DS ủng hộ"]);
  });

  it("refuses a mapping that misses a required column or an unknown kind, and stores nothing", async () => {
    const book = rosterBook();
    await expect(confirmSheetMapping(book, "Nhân sự", "roster", { headerRows: [3], mapping: { name: "B", unit: "C" } })).rejects.toBeInstanceOf(MappingProblemError);
    await expect(confirmSheetMapping(book, "Nhân sự", "payroll", ROSTER_MAPPING)).rejects.toThrow(/payroll/);
    await expect(confirmSheetMapping(book, "Nhân sự", "roster", { headerRows: [3, 5], mapping: ROSTER_MAPPING.mapping })).rejects.toThrow(/Dòng tiêu đề/);
    await expect(confirmSheetMapping(book, "Nhân sự", "roster", { headerRows: [3], mapping: { name: "B", unit: "B", income: "E" } })).rejects.toThrow(/Cột B/);
    await expect(confirmSheetMapping(book, "Nhân sự", "statement", { headerRows: [3], mapping: { date: "A", description: "B" } })).rejects.toThrow(/Ghi có/);
    expect(await anyConfirmedMapping(book, "Nhân sự")).toBeNull();
  });

  it("keeps only the fields of the kind confirmed", async () => {
    const book = rosterBook();
    await confirmSheetMapping(book, "Nhân sự", "roster", { headerRows: [3], mapping: { ...ROSTER_MAPPING.mapping, amount: "A" } });
    expect((await anyConfirmedMapping(book, "Nhân sự"))?.mapping).toEqual(ROSTER_MAPPING.mapping);
  });
});

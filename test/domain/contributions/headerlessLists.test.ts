/**
 * Lists with no contribution header of their own: a table whose rows each landed in one cell
 * (tab-separated text), lines of text, one donor a line, posted in a Zalo group, and the
 * receipts of an accounting ledger of the fund's account.
 */
import { campaignYearOfList } from "../../../src/domain/contributions/campaign";
import { parseDonorLine } from "../../../src/domain/contributions/donorLines";
import { findHeaderlessList, readHeaderlessList, type HeaderlessList } from "../../../src/domain/contributions/headerless";
import { donorInDescription } from "../../../src/domain/contributions/ledger";
import type { ContributionList } from "../../../src/domain/contributions/normalize";
import { detectHeaderRows } from "../../../src/domain/sheet/headers";
import { splitPastedColumn } from "../../../src/domain/sheet/pasted";
import { CONTRIBUTION_TABLE } from "../../../src/domain/sheet/tableSpecs";
import type { CellValue, Grid } from "../../../src/domain/sheet/types";

const TAB = "\t";

function gridOf(values: CellValue[][], sheet = "Dán"): Grid {
  return { sheet, origin: { row: 1, col: 1 }, values };
}

function headerless(values: CellValue[][]): HeaderlessList {
  const found = findHeaderlessList(gridOf(values), (g) => detectHeaderRows(g, CONTRIBUTION_TABLE));
  if (!found) throw new Error("not read as a pasted list");
  return found;
}

function read(values: CellValue[][], campaignYear?: number): ContributionList {
  const list = headerless(values);
  return readHeaderlessList(list, { campaignYear: campaignYear ?? campaignYearOfList(list.grid, list.match) });
}

const notFixed = (list: ContributionList) => list.diagnostics.filter((d) => d.severity !== "fixed").map((d) => `${d.cell} ${d.code}`);

describe("a table pasted with each row in one cell", () => {
  const pasted: CellValue[][] = [
    ["DANH SÁCH ỦNG HỘ NTM THÔN BẢN CÁI NĂM 2024"],
    [],
    [["STT", "Họ và tên", "Thôn", "Số tiền", "Ngày nộp", "Ghi chú"].join(TAB)],
    [["1", "Nguyễn Văn Hùng", "Bản Cái", "500.000", "12/06/2024", ""].join(TAB)],
    [["2", "Lê Thị Hằng", "Bản Cái", "300k", "12/06/2024", ""].join(TAB)],
    [["3", "Hoàng Văn Tú", "Bản Cái", "1.000.000", "13/06/2024", "CK"].join(TAB)],
    [["4", "Nông Thị Hoa", "Bản Cái", "", "", "Chưa nộp"].join(TAB)],
    [["5", "Ma Văn Lộc", "Bản Cái", "hai lăm", "15/06/2024", ""].join(TAB)],
    [["", "Tổng cộng", "", "1.800.000", "", ""].join(TAB)],
  ];

  it("splits the cells into columns and reads them under the pasted header, with the sheet's row numbers", () => {
    const list = read(pasted);
    expect(list.headerRows).toEqual([3]);
    expect(list.contributions.map((c) => [c.row, c.name, c.unit, c.amount, c.date, c.channel])).toEqual([
      [4, "Nguyễn Văn Hùng", "Bản Cái", 500000, "2024-06-12", null],
      [5, "Lê Thị Hằng", "Bản Cái", 300000, "2024-06-12", null],
      [6, "Hoàng Văn Tú", "Bản Cái", 1000000, "2024-06-13", "transfer"],
    ]);
    expect(list.roles[9]).toBe("total");
  });

  it("names the cell the user typed (column A) in every message, and offers no fix that would overwrite the pasted row", () => {
    const list = read(pasted);
    expect(notFixed(list)).toEqual(["A8 unreadable-amount"]);
    expect(list.diagnostics.find((d) => d.code === "unreadable-amount")?.message).toMatch(/^Trang "Dán", ô A8: Số tiền "hai lăm"/);
    expect(list.diagnostics.every((d) => d.column === "A" && d.fix === undefined)).toBe(true);
    const note = list.diagnostics[0];
    expect([note.cell, note.code, note.severity]).toEqual(["A3", "pasted-text", "fixed"]);
    expect(note.message).toContain("dấu tab");
  });

  it("keeps the columns beside the pasted one, named by their own letters", () => {
    const split = splitPastedColumn(gridOf([[`STT${TAB}Họ và tên${TAB}Số tiền`, "Ghi chú"], [`1${TAB}An${TAB}100.000`, "x"], [`2${TAB}Bình${TAB}200.000`], [`3${TAB}Chi${TAB}300.000`]]));
    expect(split?.grid.values[1]).toEqual(["1", "An", "100.000", "x"]);
    expect(split?.grid.sheetColumns).toEqual([1, 1, 1, 2]);
    expect(split?.rows).toEqual([1, 2, 3, 4]);
  });

  it("splits on ';' only where rows hold the same number of them, not on a note that has one or two", () => {
    expect(splitPastedColumn(gridOf([["Ghi chú: nộp; đủ"], ["a; b"], ["c;d"], ["x"]]))).toBeNull();
    const split = splitPastedColumn(gridOf([["STT;Họ và tên;Số tiền"], ["1;An;100.000"], ["2;Bình;200.000"]]));
    expect(split?.separator).toBe(";");
    expect(split?.grid.values[2]).toEqual(["2", "Bình", "200.000"]);
  });
});

describe("donor lines posted as text", () => {
  it("splits a line into its number, name, amount, channel, date and note", () => {
    const parts = (t: string) => {
      const l = parseDonorLine(t);
      return [l.seq, l.name, l.amount, l.channel, l.date, l.note];
    };
    expect(parts("1. Nguyễn Văn Hùng - 500.000đ")).toEqual(["1", "Nguyễn Văn Hùng", "500.000đ", "", "", ""]);
    expect(parts("2. Lê Thị Hằng: 300k")).toEqual(["2", "Lê Thị Hằng", "300k", "", "", ""]);
    expect(parts("3) Hoàng Văn Tú 1tr")).toEqual(["3", "Hoàng Văn Tú", "1tr", "", "", ""]);
    expect(parts("5. Chị Lường Thị Thu (Hà Nội) ck 1.500.000")).toEqual(["5", "Chị Lường Thị Thu", "1.500.000", "ck", "", "Hà Nội"]);
    expect(parts("7. Nông Văn Khánh - 200.000đ - đã CK")).toEqual(["7", "Nông Văn Khánh", "200.000đ", "CK", "", ""]);
    expect(parts("8. Anh Triệu Văn Sơn - 500k (12/6)")).toEqual(["8", "Anh Triệu Văn Sơn", "500k", "", "12/6", ""]);
    expect(parts("10. Đinh Thị Mơ - 300.000 đ 🌹")).toEqual(["10", "Đinh Thị Mơ", "300.000 đ", "", "", ""]);
    // "TM" inside a company's name is its "thương mại", not cash.
    expect(parts("11. Cty TNHH TM Hoàng Long - 2tr")).toEqual(["11", "Cty TNHH TM Hoàng Long", "2tr", "", "", ""]);
    // A house number or a year is no amount.
    expect(parts("12. Bà Hoàng Thị Nhàn, tổ 12, năm 2024")[2]).toBe("");
    expect(parts("Tổng: 18.600.000đ")).toEqual(["", "Tổng", "18.600.000đ", "", "", ""]);
  });

  const zalo: CellValue[][] = [
    ["Danh sách ủng hộ làm đường bê tông thôn Khuôn Thống (cập nhật 15/6/2024)"],
    [],
    ["1. Nguyễn Văn Hùng - 500.000đ"],
    ["2. Lê Thị Hằng: 300k"],
    ["3) Cty TNHH Minh Phát - 10tr"],
    ["4. Chị Lường Thị Thu (Hà Nội) ck 1.500.000"],
    ["5. Anh Triệu Văn Sơn - 500k (12/6)"],
    ["6. Vi Văn Thắng"],
    ["7. Đinh Văn Quân - 5 bao xi măng"],
    ["Tổng: 12.000.000đ"],
    ["Ai chưa nộp thì nộp cho anh Sơn trưởng thôn nhé 🙏🙏"],
  ];

  it("reads each donor line as a contribution, the year of the title's date filling a day typed without one", () => {
    const list = read(zalo);
    expect(list.contributions.map((c) => [c.row, c.name, c.amount, c.channel, c.date, c.kind])).toEqual([
      [3, "Nguyễn Văn Hùng", 500000, null, null, "household"],
      [4, "Lê Thị Hằng", 300000, null, null, "household"],
      [5, "Cty TNHH Minh Phát", 10000000, null, null, "enterprise"],
      [6, "Chị Lường Thị Thu", 1500000, "transfer", null, "household"],
      [7, "Anh Triệu Văn Sơn", 500000, null, "2024-06-12", "household"],
    ]);
    expect(list.contributions[0].unit).toBe("thôn Khuôn Thống");
    expect(list.contributions[3].note).toBe("Hà Nội");
  });

  it("reads the total line as a total checked against the lines, the title and the closing remark as no donors", () => {
    const list = read(zalo);
    expect([1, 8, 10, 11].map((r) => list.roles[r])).toEqual(["title", "data", "total", "footer"]);
    // A numbered name with nothing after it has not paid: no contribution and no fault, as in a table.
    // A figure that is no amount is an error on the line's cell; the total (12.000.000) is not what the lines add up to.
    expect(notFixed(list)).toEqual(["A9 unreadable-amount", "A10 total-mismatch"]);
    expect(list.diagnostics.find((d) => d.code === "total-mismatch")?.message).toContain('Trang "Dán", ô A10');
    expect(list.diagnostics.every((d) => d.fix === undefined)).toBe(true);
    expect(list.diagnostics[0].code).toBe("pasted-text");
  });

  it("takes a sheet of notes with a figure or two for no list", () => {
    const notes = [["Họp thôn ngày 12/6/2024"], ["Mua xi măng 5.000.000"], ["Ghi chú: gọi anh Sơn"], ["Thu tiền điện 300.000"], ["Việc khác"], ["Còn lại"]];
    expect(findHeaderlessList(gridOf(notes), (g) => detectHeaderRows(g, CONTRIBUTION_TABLE))).toBeNull();
    // Lines beside another column of values are a table of another kind, not lines.
    expect(findHeaderlessList(gridOf(zalo.map((r) => [...r, 1])), (g) => detectHeaderRows(g, CONTRIBUTION_TABLE))).toBeNull();
  });
});

describe("the receipts of an accounting ledger of the fund's account", () => {
  it("finds the donor inside Diễn giải, with the hamlet after a person's name and the words in brackets as a note", () => {
    const donor = (t: string) => {
      const d = donorInDescription(t);
      return d && [d.name, d.unit, d.note];
    };
    expect(donor("Thu tiền ủng hộ NTM của ông Nguyễn Văn Hùng thôn Bản Cái")).toEqual(["ông Nguyễn Văn Hùng", "thôn Bản Cái", ""]);
    expect(donor("Nhận ủng hộ NTM của Công ty TNHH Xây dựng Minh Phát qua KBNN")).toEqual(["Công ty TNHH Xây dựng Minh Phát", "", ""]);
    expect(donor("Thu ủng hộ NTM - Trường THCS Điềm Mặc (nộp thay CBGV theo danh sách)")).toEqual(["Trường THCS Điềm Mặc", "", "nộp thay CBGV theo danh sách"]);
    expect(donor("Ban liên lạc đồng hương Điềm Mặc tại Thái Nguyên ủng hộ xây dựng NTM")).toEqual(["Ban liên lạc đồng hương Điềm Mặc tại Thái Nguyên", "", ""]);
    // A lump sum of a hamlet's households keeps its hamlet in its name.
    expect(donor("Thu tiền ủng hộ NTM của các hộ thôn Nà Pài (theo danh sách kèm theo)")).toEqual(["Các hộ thôn Nà Pài", "", "theo danh sách kèm theo"]);
    expect(donor("Chi mua xi măng làm đường thôn Nà Pài")).toBeNull();
  });

  const DATE = 45384; // 2024-04-02, shown as a date
  const ledger: CellValue[][] = [
    ["UBND XÃ ĐIỀM MẶC"],
    ["SỔ CHI TIẾT CÁC TÀI KHOẢN"],
    ["Tài khoản: 3388 - Các khoản thu hộ, giữ hộ (Quỹ Chung sức xây dựng NTM)"],
    ["Ngày hạch toán", "Ngày chứng từ", "Số chứng từ", "Diễn giải", "TK Nợ", "TK Có", "Số tiền"],
    [null, null, null, "Số dư đầu kỳ", null, null, 2500000],
    [DATE, DATE, "PT0012", "Thu tiền ủng hộ NTM của ông Nguyễn Văn Hùng thôn Bản Cái", "1111", "3388", 500000],
    [DATE, DATE, "GBC0005", "Nhận ủng hộ NTM của Công ty TNHH Minh Phát qua KBNN", "1121", "3388", 20000000],
    [DATE, DATE, "PC0021", "Nộp tiền mặt quỹ NTM vào tài khoản KBNN", "1121", "1111", 800000],
    [DATE, DATE, "PC0035", "Chi mua xi măng làm đường thôn Nà Pài", "3388", "1111", 12000000],
    [DATE, DATE, "PT0041", "Thu tiền ủng hộ NTM của bà Lê Thị Hằng", "1111", "3388", "300.000"],
    [null, null, null, "Cộng phát sinh", null, null, 33600000],
  ];
  const formats = ledger.map((row) => row.map((v) => (v === DATE ? "dd/mm/yyyy" : "General")));

  it("reads each line crediting the account as a receipt: donor, amount, date, receipt number, channel from TK Nợ", () => {
    const found = findHeaderlessList({ ...gridOf(ledger, "Sổ 3388"), formats }, (g) => detectHeaderRows(g, CONTRIBUTION_TABLE));
    expect(found?.layout).toBe("ledger");
    const list = readHeaderlessList(found as HeaderlessList, { campaignYear: 2024 });
    expect(list.contributions.map((c) => [c.row, c.name, c.unit, c.amount, c.date, c.receipt, c.channel])).toEqual([
      [6, "ông Nguyễn Văn Hùng", "thôn Bản Cái", 500000, "2024-04-02", "PT0012", "cash"],
      [7, "Công ty TNHH Minh Phát", "", 20000000, "2024-04-02", "GBC0005", "transfer"],
      [10, "bà Lê Thị Hằng", "", 300000, "2024-04-02", "PT0041", "cash"],
    ]);
    // Spending and a transfer between accounts are no contributions, and the ledger's own sum of all its lines is no list total.
    expect(list.diagnostics.filter((d) => d.severity !== "fixed")).toEqual([]);
    const note = list.diagnostics[0];
    expect([note.cell, note.code]).toEqual(["D6", "ledger-read"]);
    expect(note.message).toContain("dòng 8, 9");
    // The amount typed as text is named in its own cell, where its fix can go; the description keeps no fix.
    expect(list.diagnostics.filter((d) => d.code === "money-notation").map((d) => [d.cell, d.fix?.value])).toEqual([["G10", 300000]]);
  });

  it("takes a ledger crediting no line to its account for no list", () => {
    const spending = ledger.filter((row) => row[5] !== "3388");
    expect(findHeaderlessList(gridOf(spending), (g) => detectHeaderRows(g, CONTRIBUTION_TABLE))).toBeNull();
    // A cash book's credits are money paid out: "Tài khoản: 1111" reads no receipt.
    const cashBook = ledger.map((row, i) => (i === 2 ? ["Tài khoản: 1111 - Tiền mặt"] : row.map((v) => (v === "3388" ? "1111" : v))));
    expect(findHeaderlessList(gridOf(cashBook), (g) => detectHeaderRows(g, CONTRIBUTION_TABLE))).toBeNull();
  });
});

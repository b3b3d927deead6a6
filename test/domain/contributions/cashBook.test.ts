/**
 * A cash book (sổ quỹ tiền mặt, probe 12 W04): its receipts (Thu) are contributions, the donor
 * named inside Diễn giải; its payments (Chi), balances (Tồn, Số dư) and totals are not.
 */
import { cashBookColumns } from "../../../src/domain/contributions/cashBook";
import { findHeaderlessList, readHeaderlessList } from "../../../src/domain/contributions/headerless";
import { detectHeaderRows } from "../../../src/domain/sheet/headers";
import { CONTRIBUTION_TABLE } from "../../../src/domain/sheet/tableSpecs";
import type { CellValue, Grid } from "../../../src/domain/sheet/types";

const JUNE_3 = 45446; // 2024-06-03, shown as a date

function gridOf(values: CellValue[][], merges: string[] = []): Grid {
  const formats = values.map((row) => row.map((v) => (typeof v === "number" && v > 45000 && v < 46000 ? "dd/mm/yyyy" : "#,##0")));
  return {
    sheet: "Sổ quỹ",
    origin: { row: 1, col: 1 },
    values,
    formats,
    merges,
  };
}

function readBook(grid: Grid) {
  const found = findHeaderlessList(grid, (g) => detectHeaderRows(g, CONTRIBUTION_TABLE));
  if (found === null) throw new Error("not read");
  return { found, list: readHeaderlessList(found, { campaignYear: 2024 }) };
}

const BOOK: CellValue[][] = [
  ["UBND XÃ HẢI PHONG"],
  ["SỔ QUỸ TIỀN MẶT - QUỸ CHUNG SỨC XÂY DỰNG NÔNG THÔN MỚI"],
  ["Ngày, tháng ghi sổ", "Số hiệu chứng từ", null, "Diễn giải", "Số tiền (đồng)", null, null],
  [null, "Thu", "Chi", null, "Thu", "Chi", "Tồn"],
  [null, null, null, "Số dư đầu kỳ", null, null, 1250000],
  [JUNE_3, "PT01", null, "Thu tiền ủng hộ NTM của ông Lê Văn Thành thôn Tân Định", 500000, null, 1750000],
  [JUNE_3, null, "PC01", "Nộp tiền vào tài khoản tại KBNN Hải Lăng", null, 1500000, 250000],
  [JUNE_3, "PT02", null, "Thu tiền ủng hộ của Cửa hàng VLXD Hải Phong", 2000000, null, 2250000],
  [JUNE_3, "PT03", null, "Rút tiền gửi KBNN về nhập quỹ", 1000000, null, 3250000],
  [null, null, null, "Cộng phát sinh", 3500000, 1500000, null],
  [null, null, null, "Số dư cuối kỳ", null, null, 3250000],
];
const MERGES = ["A3:A4", "B3:C3", "D3:D4", "E3:G3"];

describe("a cash book (sổ quỹ tiền mặt)", () => {
  it("reads its receipts as cash contributions, donors from Diễn giải; payments, cash drawn from the account, balances and totals are none", () => {
    const { found, list } = readBook(gridOf(BOOK, MERGES));
    expect(found.layout).toBe("ledger");
    expect(list.contributions.map((c) => [c.row, c.name, c.unit, c.amount, c.date, c.receipt, c.channel])).toEqual([
      [6, "ông Lê Văn Thành", "thôn Tân Định", 500000, "2024-06-03", "PT01", "cash"],
      [8, "Cửa hàng VLXD Hải Phong", "", 2000000, "2024-06-03", "PT02", "cash"],
    ]);
    expect(list.diagnostics.filter((d) => d.severity !== "fixed")).toEqual([]);
    const note = list.diagnostics[0];
    expect([note.cell, note.code]).toEqual(["D6", "ledger-read"]);
    expect(note.message).toContain("sổ quỹ tiền mặt");
    expect(note.message).toContain("dòng 7, 9");
  });

  it("checks the receipts against its Cộng phát sinh, and reads a donor whose name starts like a total line", () => {
    const rows = BOOK.map((row) => [...row]);
    rows[8] = [JUNE_3, "PT03", null, "Cộng đồng dân cư thôn An Thơ ủng hộ xây dựng NTM", 1000000, null, 3250000];
    rows[9] = [null, null, null, "Cộng phát sinh", 3600000, 1500000, null];
    const { list } = readBook(gridOf(rows, MERGES));
    expect(list.contributions.map((c) => [c.row, c.name, c.amount])).toEqual([
      [6, "ông Lê Văn Thành", 500000],
      [8, "Cửa hàng VLXD Hải Phong", 2000000],
      [9, "Cộng đồng dân cư thôn An Thơ", 1000000],
    ]);
    const warnings = list.diagnostics.filter((d) => d.severity !== "fixed" && d.code !== "kind-unknown");
    expect(warnings.map((d) => [d.cell, d.code, d.message])).toEqual([
      ["E10", "total-mismatch", 'Trang "Sổ quỹ", ô E10: dòng cộng ghi 3.600.000 đ ở cột Thu nhưng các dòng thu ở trên cộng lại 3.500.000 đ (chênh 100.000 đ).'],
    ]);
  });

  it("reads a receipts-only book its title names (Ngày | Số phiếu thu | Diễn giải | Số tiền thu), and keeps an unreadable amount an error", () => {
    const { list } = readBook(
      gridOf([
        ["SỔ QUỸ TIỀN MẶT"],
        ["Ngày", "Số phiếu thu", "Diễn giải", "Số tiền thu"],
        [JUNE_3, "PT01", "Thu tiền ủng hộ NTM của bà Nguyễn Thị Sen", 300000],
        [JUNE_3, "PT02", "Thu tiền ủng hộ NTM của ông Hoàng Văn Tứ", "một trăm"],
        [null, null, "Cộng", 300000],
      ]),
    );
    expect(list.contributions.map((c) => [c.name, c.amount, c.receipt])).toEqual([["bà Nguyễn Thị Sen", 300000, "PT01"]]);
    expect(list.diagnostics.filter((d) => d.severity === "error").map((d) => [d.cell, d.code])).toEqual([["D4", "unreadable-amount"]]);
  });

  it("is told by its title or by a balance beside receipts and payments; a table of Thu | Chi with neither is none", () => {
    const book = cashBookColumns(gridOf(BOOK, MERGES));
    expect(book).toMatchObject({
      headerRows: [3, 4],
      firstDataRow: 5,
      receipts: 4,
      payments: 5,
      balance: 6,
      description: 3,
      date: 0,
      voucher: 1,
      titleRow: 2,
    });
    const untitled = BOOK.slice(2);
    expect(cashBookColumns(gridOf(untitled))).toMatchObject({
      receipts: 4,
      balance: 6,
      titleRow: null,
    });
    const noBalance = untitled.map((row) => row.slice(0, 6));
    expect(cashBookColumns(gridOf(noBalance))).toBeNull();
  });
});

import { detectHeaderRows, detectTable, mappingOf, normalizeHeader } from "../../../src/domain/sheet/headers";
import { ALL_TABLES, CONTRIBUTION_TABLE, STATEMENT_TABLE } from "../../../src/domain/sheet/tableSpecs";
import type { CellValue, Grid } from "../../../src/domain/sheet/types";

const grid = (values: CellValue[][], origin = { row: 1, col: 1 }): Grid => ({ sheet: "S", origin, values });

const titleBlock: CellValue[][] = [
  ["UBND XÃ PHÚ ĐÌNH", null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
  ["BAN CHỈ ĐẠO", null, null, "Độc lập - Tự do - Hạnh phúc"],
  [],
  ["DANH SÁCH ỦNG HỘ XÂY DỰNG NÔNG THÔN MỚI"],
  ["(Kèm theo Kế hoạch số 12/KH-UBND)"],
];

describe("normalizeHeader", () => {
  it("folds diacritics, case, line breaks, punctuation and units in parentheses", () => {
    expect(normalizeHeader("Số tiền\n(đồng)")).toBe("so tien");
    expect(normalizeHeader("HỌ VÀ TÊN")).toBe("ho va ten");
    expect(normalizeHeader("Thôn/Xóm")).toBe("thon xom");
    expect(normalizeHeader("Tên tập thể, cá nhân")).toBe("ten tap the ca nhan");
  });
});

describe("detectHeaderRows", () => {
  it("finds a one-row header under a title block and maps columns by their Vietnamese words", () => {
    const m = detectHeaderRows(
      grid([...titleBlock, [], ["STT", "Họ và tên", "Thôn", "Số tiền (đồng)", "Ngày công", "Ngày nộp", "Số phiếu thu", "Ghi chú"], [1, "An", "Xóm 1", 100000]]),
      CONTRIBUTION_TABLE,
    );
    expect(m).not.toBeNull();
    expect(m!.headerRows).toEqual([7]);
    expect(m!.firstDataRow).toBe(8);
    expect(mappingOf(m!)).toEqual({ seq: "A", name: "B", unit: "C", amount: "D", days: "E", date: "F", receipt: "G", note: "H" });
    expect(m!.unsure).toBe(false);
  });

  it("reads headers typed without diacritics, in capitals, with line breaks", () => {
    const m = detectHeaderRows(grid([["TT", "HO TEN", "DIA CHI", "SO TIEN\n(VND)", "NGAY\nNOP"]]), CONTRIBUTION_TABLE);
    expect(mappingOf(m!)).toEqual({ seq: "A", name: "B", unit: "C", amount: "D", date: "E" });
  });

  it("never reads a column of row totals ('Cộng', 'Tổng cộng') as labour days", () => {
    const cashAndTransfer = detectHeaderRows(grid([["Họ và tên", "Tiền mặt", "Chuyển khoản", "Cộng"]]), CONTRIBUTION_TABLE);
    expect(mappingOf(cashAndTransfer!)).toEqual({ name: "A", amount: "B", transfer: "C" });
    const beside = detectHeaderRows(grid([["Họ và tên", "Số tiền", "Ngày công", "TỔNG CỘNG"]]), CONTRIBUTION_TABLE);
    expect(mappingOf(beside!)).toEqual({ name: "A", amount: "B", days: "C" });
    const undiacritized = detectHeaderRows(grid([["Ho ten", "Tien mat", "Chuyen khoan", "Tong cong"]]), CONTRIBUTION_TABLE);
    expect(mappingOf(undiacritized!).days).toBeUndefined();
    // "Công" is labour, with or without its diacritics, and "Tổng số ngày công" is days all the same.
    expect(mappingOf(detectHeaderRows(grid([["Họ và tên", "Số tiền", "Công"]]), CONTRIBUTION_TABLE)!).days).toBe("C");
    expect(mappingOf(detectHeaderRows(grid([["Họ và tên", "Số tiền", "Tổng số ngày công"]]), CONTRIBUTION_TABLE)!).days).toBe("C");
  });

  it("takes the row total as the money when money is all the row holds (instalments, months)", () => {
    const instalments = detectHeaderRows(
      grid([
        ["STT", "Họ và tên", "Số tiền đóng góp", null, null, "Ghi chú"],
        [null, null, "Đợt 1", "Đợt 2", "Cộng", null],
        [1, "Lê Văn An", 200000, 300000, 500000],
      ]),
      CONTRIBUTION_TABLE,
    );
    expect(mappingOf(instalments!)).toEqual({ seq: "A", name: "B", amount: "E", note: "F" });
    const months = detectHeaderRows(grid([["Họ và tên", "Tháng 4", "Tháng 5", "Tháng 6", "Tổng số tiền"]]), CONTRIBUTION_TABLE);
    expect(mappingOf(months!)).toEqual({ name: "A", amount: "E" });
    // The only column naming money is the money, beside labour days; a bare "Cộng" there may be their worth.
    expect(mappingOf(detectHeaderRows(grid([["Họ và tên", "Tổng tiền", "Ngày công"]]), CONTRIBUTION_TABLE)!)).toEqual({ name: "A", amount: "B", days: "C" });
    expect(mappingOf(detectHeaderRows(grid([["Họ và tên", "Ngày công", "Cộng"]]), CONTRIBUTION_TABLE)!)).toEqual({ name: "A", days: "B" });
  });

  it("reads a header holding an invisible character as without it", () => {
    const m = detectHeaderRows(grid([["Họ và\u200b tên", "Số tiền\u200b (đồng)", "Ngày\u00ad nộp"]]), CONTRIBUTION_TABLE);
    expect(mappingOf(m!)).toEqual({ name: "A", amount: "B", date: "C" });
  });

  it("reads the days worked on a bảng chấm công from its total, not its marks as dates", () => {
    const m = detectHeaderRows(
      {
        ...grid([
          ["STT", "Họ và tên", "Ngày làm", null, null, "Tổng số công", "Quy ra tiền (đồng)"],
          [null, null, "05/3", "12/3", "19/3", null, null],
          [1, "Nguyễn Văn Ất", "x", "x", "1/2", 2.5, 375000],
        ]),
        merges: ["A1:A2", "B1:B2", "C1:E1", "F1:F2", "G1:G2"],
      },
      CONTRIBUTION_TABLE,
    );
    expect(mappingOf(m!)).toEqual({ seq: "A", name: "B", days: "F", labourValue: "G" });
    // A name merged over two columns, on the header and on every row, is a name all the same.
    const merged = detectHeaderRows(
      { ...grid([["Thôn", "STT", "Họ và tên", null, "Số tiền"], ["Thôn An Lộc", 1, "Bùi Văn Cường", null, 500000]]), merges: ["C1:D1", "C2:D2"] },
      CONTRIBUTION_TABLE,
    );
    expect(mappingOf(merged!)).toEqual({ unit: "A", seq: "B", name: "C", amount: "E" });
    const dated = detectHeaderRows(grid([["STT", "Họ và tên", "Ngày công", "Ngày làm"]]), CONTRIBUTION_TABLE);
    expect(mappingOf(dated!).date).toBe("D");
  });

  it("reads 'Ấp', 'Khu', 'Buôn' and 'Làng' as the unit column", () => {
    for (const unit of ["Ấp", "Khu", "Buôn", "Làng", "Khu phố"]) {
      expect(mappingOf(detectHeaderRows(grid([["Họ và tên", unit, "Số tiền"]]), CONTRIBUTION_TABLE)!).unit).toBe("B");
    }
  });

  it("reads a two-row header whose upper row groups columns", () => {
    const m = detectHeaderRows(
      grid([
        ...titleBlock,
        ["STT", "Họ và tên", "Đơn vị", "Nội dung ủng hộ", null, null, null, "Ngày nộp"],
        [null, null, null, "Tiền (đồng)", "Ngày công", "Hiện vật", "Giá trị hiện vật (đồng)", null],
        ["I", "CÁN BỘ XÃ"],
      ]),
      CONTRIBUTION_TABLE,
    );
    expect(m!.headerRows).toEqual([6, 7]);
    expect(m!.firstDataRow).toBe(8);
    expect(mappingOf(m!)).toEqual({ seq: "A", name: "B", unit: "C", amount: "D", days: "E", inKind: "F", inKindValue: "G", date: "H" });
  });

  it("tells goods from their value when a group 'Hiện vật' sits over 'Tên' and 'Giá trị'", () => {
    const m = detectHeaderRows(
      grid([
        ["Họ tên", "Tiền", "Hiện vật", null],
        [null, null, "Tên", "Giá trị"],
      ]),
      CONTRIBUTION_TABLE,
    );
    expect(mappingOf(m!)).toEqual({ name: "A", amount: "B", inKind: "C", inKindValue: "D" });
  });

  it("keeps sheet coordinates when the used range does not start at A1", () => {
    const m = detectHeaderRows(grid([["Họ và tên", "Số tiền"]], { row: 4, col: 3 }), CONTRIBUTION_TABLE);
    expect(m!.headerRows).toEqual([4]);
    expect(mappingOf(m!)).toEqual({ name: "C", amount: "D" });
  });

  it("asks for confirmation when a required column is missing", () => {
    const m = detectHeaderRows(grid([["STT", "Số tiền", "Ngày nộp"]]), CONTRIBUTION_TABLE);
    expect(m!.missing).toEqual(["name"]);
    expect(m!.unsure).toBe(true);
  });

  it("finds nothing in a sheet without a header in its first 30 rows", () => {
    const rows: CellValue[][] = Array.from({ length: 40 }, (_, i) => [i, "abc"]);
    rows[35] = ["Họ và tên", "Số tiền"];
    expect(detectHeaderRows(grid(rows), CONTRIBUTION_TABLE)).toBeNull();
  });
});

describe("detectTable", () => {
  it("recognises a bilingual bank statement header with line breaks as a statement", () => {
    const m = detectTable(
      grid([
        ["SAO KÊ TÀI KHOẢN / STATEMENT OF ACCOUNT"],
        ["STT\nNo.", "Ngày1/\nTNX Date/ Số CT/ Doc No", "Số tiền ghi nợ/\nDebit", "Số tiền ghi có/\nCredit", "Số dư/\nBalance", "Nội dung chi tiết/\nTransactions in detail"],
      ]),
      ALL_TABLES,
    );
    expect(m!.kind).toBe("statement");
    expect(mappingOf(m!)).toEqual({ seq: "A", date: "B", debit: "C", credit: "D", balance: "E", description: "F" });
  });

  it("recognises a VietinBank eFAST header", () => {
    const m = detectHeaderRows(
      grid([["Ngày hạch toán / Accounting date", "Ngày phát sinh / Transaction date", "Số giao dịch / Transaction number", "Mô tả giao dịch / Transaction description", "Nợ / Debit", "Có / Credit", "Số dư TK / Account balance"]]),
      STATEMENT_TABLE,
    );
    expect(m!.columns.description.column).toBe(4);
    expect(m!.columns.credit.column).toBe(6);
    expect(m!.columns.debit.column).toBe(5);
  });

  it("tells a staff roster from a contribution list", () => {
    const m = detectTable(grid([["STT", "Họ và tên", "Đơn vị", "Chức vụ", "Thu nhập bình quân/tháng"]]), ALL_TABLES);
    expect(m!.kind).toBe("roster");
  });

  it("recognises a works list", () => {
    const m = detectTable(grid([["Mã", "Tên công trình", "Địa điểm", "Tổng dự toán", "Ngân sách nhà nước", "Đề nghị từ quỹ vận động", "Thứ tự ưu tiên"]]), ALL_TABLES);
    expect(m!.kind).toBe("works");
    expect(m!.missing).toEqual([]);
  });
});

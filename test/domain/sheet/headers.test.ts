import { detectHeaderRows, detectTable, isAnnotationRow, mappingOf, normalizeHeader } from "../../../src/domain/sheet/headers";
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

describe("columns that are never money given (probe 6)", () => {
  const title = ["DANH SÁCH ỦNG HỘ XÂY DỰNG NÔNG THÔN MỚI NĂM 2024"];

  it("reads Đơn giá as a price and Thành tiền beside Ngày công as what the days are worth", () => {
    const withPrice = detectHeaderRows(
      grid([["STT", "Họ và tên", "Số ngày công", "Đơn giá (đồng/công)", "Thành tiền (đồng)", "Công việc", "Ghi chú"], [1, "Lò Văn Pản", 3, 150000, 450000, "Đào đất"]]),
      CONTRIBUTION_TABLE,
    );
    expect(mappingOf(withPrice!)).toEqual({ seq: "A", name: "B", days: "C", unitPrice: "D", labourValue: "E", note: "G" });
    const underTitle = detectHeaderRows(grid([title, ["STT", "Họ và tên", "Số ngày công", "Đơn giá", "Thành tiền"], [1, "Lò Văn Pản", 3, 150000, 450000]]), CONTRIBUTION_TABLE);
    expect(mappingOf(underTitle!)).toEqual({ seq: "A", name: "B", days: "C", unitPrice: "D", labourValue: "E" });
    expect(underTitle!.headerRows).toEqual([2]);
    const noPrice = detectHeaderRows(grid([title, ["STT", "Họ và tên", "Số ngày công", "Thành tiền (đồng)"], [1, "Lò Văn Pản", 3, 450000]]), CONTRIBUTION_TABLE);
    expect(mappingOf(noPrice!)).toEqual({ seq: "A", name: "B", days: "C", labourValue: "D" });
  });

  it("keeps Thành tiền as the goods' value beside Hiện vật and as the money in a list of money alone", () => {
    expect(mappingOf(detectHeaderRows(grid([["Họ và tên", "Hiện vật", "Thành tiền"]]), CONTRIBUTION_TABLE)!)).toEqual({ name: "A", inKind: "B", inKindValue: "C" });
    expect(mappingOf(detectHeaderRows(grid([["Họ và tên", "Thành tiền", "Ghi chú"]]), CONTRIBUTION_TABLE)!)).toEqual({ name: "A", amount: "B", note: "C" });
    expect(mappingOf(detectHeaderRows(grid([["Họ và tên", "Giá trị (đồng)", "Giá trị ủng hộ"]]), CONTRIBUTION_TABLE)!).amount).toBe("B");
  });

  it("reads the quantity and unit of goods as such, and keeps Đơn vị as the unit and ĐVT: 1.000 đồng out of the header", () => {
    const goods = detectHeaderRows(
      grid([title, ["STT", "Họ và tên", "Hiện vật", "Số lượng", "ĐVT", "Thành tiền"], [1, "Ông Đỗ Văn Tiến", "Xi măng", 10, "bao", 900000]]),
      CONTRIBUTION_TABLE,
    );
    expect(mappingOf(goods!)).toEqual({ seq: "A", name: "B", inKind: "C", inKindQuantity: "D", inKindUnit: "E", inKindValue: "F" });
    expect(mappingOf(detectHeaderRows(grid([["Họ và tên", "Đơn vị", "Đơn vị tính", "Số tiền"]]), CONTRIBUTION_TABLE)!)).toEqual({ name: "A", unit: "B", inKindUnit: "C", amount: "D" });
    expect(mappingOf(detectHeaderRows(grid([["Họ và tên", "Hệ số lương", "Số tiền"]]), CONTRIBUTION_TABLE)!)).toEqual({ name: "A", amount: "C" });
    const stated = detectHeaderRows(grid([[null, null, null, "ĐVT: 1.000 đồng"], ["STT", "Họ và tên", "Số tiền", null], [1, "Đảng ủy xã", 2700, null]]), CONTRIBUTION_TABLE);
    expect(stated!.headerRows).toEqual([2]);
    expect(mappingOf(stated!)).toEqual({ seq: "A", name: "B", amount: "C" });
  });

  it("reads Thửa đất số and Tờ bản đồ số as the parcel, not money nor the hamlet", () => {
    const m = detectHeaderRows(
      grid([title, ["STT", "Họ và tên chủ hộ", "Thửa đất số", "Tờ bản đồ số", "Diện tích hiến (m²)"], [1, "Hoàng Văn Pú", 125, 12, 45]]),
      CONTRIBUTION_TABLE,
    );
    expect(mappingOf(m!)).toEqual({ seq: "A", name: "B", landParcel: "C", landMapSheet: "D", land: "E" });
  });

  it("reads parts paid (Lần 1, Tháng 3/2024) as the money where no column names it, also under a title", () => {
    for (const parts of [["Lần 1", "Lần 2"], ["Tháng 3/2024", "Tháng 6/2024"]]) {
      const m = detectHeaderRows(grid([title, ["STT", "Họ và tên", ...parts], [1, "Ma Văn Hùng", 500000, 500000]]), CONTRIBUTION_TABLE);
      expect(mappingOf(m!)).toEqual({ seq: "A", name: "B", amount: "C" });
    }
    const withTotal = detectHeaderRows(grid([["STT", "Họ và tên", "Đợt 1", "Đợt 2", "Cộng"]]), CONTRIBUTION_TABLE);
    expect(mappingOf(withTotal!).amount).toBe("E");
  });

  it("starts at the sheet's first table, though a table under it names more columns", () => {
    const m = detectHeaderRows(
      grid([
        ["I. ĐÓNG GÓP BẰNG TIỀN"],
        ["STT", "Họ và tên", "Số tiền (đồng)", "Ngày nộp"],
        [1, "Đặng Văn Bảy", 500000, "02/07/2024"],
        ["II. ỦNG HỘ HIỆN VẬT"],
        ["STT", "Họ và tên", "Tên hiện vật", "Số lượng", "ĐVT", "Thành tiền (đồng)", "Ghi chú"],
        [1, "Phan Văn Dư", "Xi măng", 20, "bao", 1800000],
      ]),
      CONTRIBUTION_TABLE,
    );
    expect(m!.headerRows).toEqual([2]);
    expect(m!.unsure).toBe(false);
  });

  it("never reads the list's title typed right above the header as a group over its columns", () => {
    const m = detectHeaderRows(
      grid([["DANH SÁCH CÁC HỘ ỦNG HỘ ĐẤT LÀM ĐƯỜNG THÔN KHUÔN PHẦY"], ["STT", "Họ và tên", "Diện tích hiến (m²)", "Tài sản trên đất"], [1, "An", 45, "Tường rào"]]),
      CONTRIBUTION_TABLE,
    );
    expect(m!.headerRows).toEqual([2]);
    expect(mappingOf(m!)).toEqual({ seq: "A", name: "B", land: "C" });
  });
});

describe("a name typed in two columns under one merged 'Họ và tên'", () => {
  const rows: CellValue[][] = [
    ["TT", "Họ và tên", null, "Chức vụ", "Số tiền (đồng)", "Ghi chú"],
    ["A", "Ban giám hiệu"],
    ["01", "Hoàng Văn", "Minh", "Hiệu trưởng", 450000],
    ["02", "Nguyễn Thị", "Thu", "P. Hiệu trưởng", 450000],
    [null, "Cộng", null, null, 900000],
    ["B", "Giáo viên"],
    ["01", "Đinh Thị Thanh", "Hương", "Giáo viên", 450000],
  ];

  it("reads the left column as the family and middle names and the right one as the given name", () => {
    const m = detectHeaderRows({ ...grid(rows), merges: ["B1:C1", "B2:F2", "B6:F6"] }, CONTRIBUTION_TABLE);
    expect(mappingOf(m!)).toEqual({ seq: "A", surname: "B", name: "C", amount: "E", note: "F" });
  });

  it("keeps one name column where the heading is not merged, or the rows leave the right column empty", () => {
    expect(mappingOf(detectHeaderRows(grid(rows), CONTRIBUTION_TABLE)!).name).toBe("B");
    const mergedRows = detectHeaderRows(
      {
        ...grid([["STT", "Họ và tên", null, "Số tiền"], [1, "Bùi Văn Cường", null, 500000], [2, "Lê Thị Hoa", null, 300000], [3, "Hà Văn Minh", null, 200000]]),
        merges: ["B1:C1", "B2:C2", "B3:C3", "B4:C4"],
      },
      CONTRIBUTION_TABLE,
    );
    expect(mappingOf(mergedRows!)).toEqual({ seq: "A", name: "B", amount: "D" });
  });
});

describe("isAnnotationRow", () => {
  it("reads a row numbering the columns with formulas between them as part of the header", () => {
    expect(isAnnotationRow(["1", "2", "3", "4", "5 = 4 x 100.000", "6", "7", "8"])).toBe(true);
    expect(isAnnotationRow(["(1)", "(2)", "(3)=(2)x100.000", "(4)", "(5)"])).toBe(true);
    expect(isAnnotationRow(["A", "B", "C = A + B", "(4)=(2)x(3)"])).toBe(true);
    expect(isAnnotationRow([1, "Nguyễn Văn An", "100.000 + 50.000"])).toBe(false);
    expect(isAnnotationRow(["100.000 + 50.000", "200.000"])).toBe(false);
  });

  it("ends the header there, so the first row of data is the one under it", () => {
    const m = detectHeaderRows(
      grid([
        ["STT", "Thôn", "Họ và tên chủ hộ", "Số khẩu", "Số tiền phải nộp (đồng)", "Số tiền đã nộp (đồng)", "Ngày nộp", "Ghi chú"],
        ["1", "2", "3", "4", "5 = 4 x 100.000", "6", "7", "8"],
        [1, "Thôn Đồng Quan", "Hộ ông Nguyễn Văn Thành", 5, 500000, 500000, "12/3/2024"],
      ]),
      CONTRIBUTION_TABLE,
    );
    expect(m!.headerRows).toEqual([1, 2]);
    expect(m!.firstDataRow).toBe(3);
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

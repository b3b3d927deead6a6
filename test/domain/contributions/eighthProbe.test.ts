/**
 * Lists an eighth probe of unseen lists found misread: gold and foreign money beside what it
 * came to in đồng, labour days typed per member of a household, a cash book dated once a day.
 */
import { namesForeignCurrency, namesMoneyNotDong } from "../../../src/domain/money/foreign";
import { detectHeaderRows, mappingOf } from "../../../src/domain/sheet/headers";
import { CONTRIBUTION_TABLE } from "../../../src/domain/sheet/tableSpecs";
import type { ContributionList } from "../../../src/domain/contributions/normalize";
import type { CellValue } from "../../../src/domain/sheet/types";
import { codesOf, gridOf, messageAt, read } from "./smallLists";




describe("gold and foreign money beside what it came to in đồng", () => {
  const header: CellValue[] = ["STT", "Họ và tên", "Nơi ở hiện nay", "Số tiền / hiện vật ủng hộ", "Quy đổi thành tiền (đồng)", "Ghi chú"];

  it("takes Quy đổi thành tiền beside money, with no labour days, as the đồng of that money, not as labour value", () => {
    const match = detectHeaderRows(gridOf([header, [1, "Trần Văn Hai", "TP HCM", 5000000, 5000000, null]]), CONTRIBUTION_TABLE);
    expect(mappingOf(match!)).toMatchObject({ amount: "D", converted: "E" });
    expect(mappingOf(match!).labourValue).toBeUndefined();
  });

  it("counts gold and foreign money at the converted figure, telling both cells; without one the row is an error saying where to type it", () => {
    const list = read([
      header,
      [1, "Trần Văn Hai", "TP Hồ Chí Minh", 5000000, 5000000, null],
      [2, "Lâm Thị Kim", "Ấp Vĩnh Mẫu", "1 chỉ vàng 24K", 7800000, "Quy đổi theo giá ngày nhận"],
      [3, "Huỳnh Văn Lộc", "Hoa Kỳ", "100 USD", 2540000, null],
      [4, "Nguyễn Thị Bích", "Úc", "200 AUD", null, "Chưa quy đổi"],
      [5, "Trương Văn Tám", "Đài Loan", "50 đô", "1.270.000", null],
      [6, "Tô Văn Bé", "Cà Mau", "1 triệu", 1000000, null],
    ]);
    expect(list.contributions.map((c) => [c.name, c.amount])).toEqual([
      ["Trần Văn Hai", 5000000],
      ["Lâm Thị Kim", 7800000],
      ["Huỳnh Văn Lộc", 2540000],
      ["Trương Văn Tám", 1270000],
      ["Tô Văn Bé", 1000000],
    ]);
    expect(codesOf(list)).toEqual(["D3 converted-amount", "D4 converted-amount", "D5 unreadable-amount", "E6 money-notation", "D6 converted-amount", "D7 money-notation"]);
    const gold = list.diagnostics.find((d) => d.cell === "D3")!;
    expect(gold.severity).toBe("fixed");
    expect(gold.fix).toBeUndefined();
    expect(gold.message).toContain('"1 chỉ vàng 24K" là vàng');
    expect(gold.message).toContain("ô E3");
    expect(gold.message).toContain("7.800.000 đ");
    expect(messageAt(list, "D5")).toContain('"200 AUD" là ngoại tệ, chưa quy ra đồng: hãy ghi số tiền quy đổi (đồng) vào ô E5');
  });

  it("says a foreign amount with no column to convert it into is not đồng", () => {
    const list = read([
      ["STT", "Họ và tên", "Số tiền"],
      [1, "Huỳnh Văn Lộc", "100 USD"],
      [2, "Tô Văn Bé", 500000],
    ]);
    expect(codesOf(list)).toEqual(["C2 unreadable-amount"]);
    expect(messageAt(list, "C2")).toContain('"100 USD" là ngoại tệ, không phải tiền đồng: hãy quy đổi ra đồng');
  });

  it("tells foreign money and gold from đồng and from words that only look alike", () => {
    expect(["100 USD", "50 đô", "$200", "200 AUD", "30 đô la", "1 chỉ vàng 24K", "2 lượng vàng", "1 chi vang"].filter((t) => !namesMoneyNotDong(t))).toEqual([]);
    expect(["500.000 đ", "do anh Ba nộp", "vắng nhà", "Nguyễn Văn Vang", "1 triệu"].filter(namesMoneyNotDong)).toEqual([]);
    expect(namesForeignCurrency("(aud)")).toBe(true);
    expect(namesForeignCurrency("(dong)")).toBe(false);
  });
});

describe("labour days typed per member of a household", () => {
  const header: CellValue[][] = [
    ["STT", "Họ và tên chủ hộ", "Ngày công đóng góp", null, null, "Cộng ngày công", "Quy ra tiền (đồng)", "Ghi chú"],
    [null, null, "Chủ hộ", "Vợ (chồng)", "Lao động khác", null, null, null],
  ];
  const merges = ["A1:A2", "B1:B2", "C1:E1", "F1:F2", "G1:G2", "H1:H2"];

  it("takes the householder's name from its own column, not from Chủ hộ under Ngày công", () => {
    const match = detectHeaderRows(gridOf([...header, [1, "Nguyễn Văn Thạch", 2, 2, 1, 5, 750000, null]], merges), CONTRIBUTION_TABLE);
    expect(mappingOf(match!)).toMatchObject({ name: "B", days: "C" });
  });

  it("adds the members' days, checks Cộng ngày công against them, and reads money paid in lieu of days", () => {
    const list = read(
      [
        ...header,
        [1, "Nguyễn Văn Thạch", 2, 2, 1, 5, 750000, null],
        [2, "Trần Đình Luận", 3, null, 2, 5, 750000, null],
        [3, "Phan Thị Hạnh", null, 2, null, 2, 300000, "Chồng đi làm ăn xa"],
        [4, "Hoàng Văn Diệu", 2, 1.5, null, 3.5, 525000, null],
        [5, "Lê Văn Sửu", 2, 2, 2, 5, 750000, null],
        [6, "Nguyễn Thị Loan", null, null, null, 0, 450000, "Nộp tiền thay ngày công"],
        [7, "Phạm Văn Hiển", null, null, null, 0, 0, "Hộ nghèo - miễn"],
        [null, "Cộng", 9, 7.5, 3, 20.5, 3525000, null],
        [null, null, null, null, null, null, null, null],
        [null, "TRƯỞNG THÔN", null, null, null, "NGƯỜI TỔNG HỢP", null, null],
      ],
      merges,
    );
    expect(list.contributions.map((c) => [c.name, c.days, c.amount])).toEqual([
      ["Nguyễn Văn Thạch", 5, 0],
      ["Trần Đình Luận", 5, 0],
      ["Phan Thị Hạnh", 2, 0],
      ["Hoàng Văn Diệu", 3.5, 0],
      ["Lê Văn Sửu", 6, 0],
      ["Nguyễn Thị Loan", 0, 450000],
    ]);
    expect(codesOf(list)).toEqual(["F7 row-total-mismatch", "G8 money-in-lieu"]);
    expect(messageAt(list, "F7")).toContain('cột "Cộng ngày công" ghi 5 ngày công nhưng các cột C, D, E cộng lại 6 ngày công');
    expect(messageAt(list, "G8")).toContain("450.000 đ: ghi nhận là tiền nộp thay ngày công");
    expect(list.roles[12]).toBe("footer");
  });
});

describe("a cash book dated once a day", () => {
  const carriedOf = (list: ContributionList) => list.diagnostics.filter((d) => d.code === "date-carried").map((d) => d.cell);

  it("gives a blank date under a day's first row that day's date, told on the blank cell with the date as its fix, and leaves a list dated row by row alone", () => {
    const list = read([
      ["Ngày thu", "STT", "Họ và tên người nộp", "Thôn", "Số tiền (đồng)", "Số phiếu thu"],
      ["12/06/2024", 1, "Lê Văn Thuận", "Thôn 1", 500000, "001"],
      [null, 2, "Hoàng Thị Nga", "Thôn 1", 300000, "002"],
      [null, 3, "Nguyễn Đình Khải", "Thôn 2", 1000000, "003"],
      [null, null, "Cộng ngày 12/6", null, 1800000, null],
      ["13/06/2024", 1, "Lê Thị Hoa", "Thôn 2", 200000, "004"],
      [null, 2, "Lê Văn Thuận", "Thôn 1", 500000, "005"],
      [null, null, "Cộng ngày 13/6", null, 700000, null],
      ["15/06/2024", 1, "Mai Xuân Hòa", "Thôn 4", 300000, "006"],
      [null, null, "Cộng ngày 15/6", null, 300000, null],
      [null, null, "Tổng cộng tháng 6", null, 2800000, null],
    ]);
    expect(list.contributions.map((c) => [c.row, c.date])).toEqual([
      [2, "2024-06-12"],
      [3, "2024-06-12"],
      [4, "2024-06-12"],
      [6, "2024-06-13"],
      [7, "2024-06-13"],
      [9, "2024-06-15"],
    ]);
    expect(carriedOf(list)).toEqual(["A3", "A4", "A7"]);
    const fix = list.diagnostics.find((d) => d.cell === "A3")!;
    expect(fix.severity).toBe("fixed");
    expect(fix.message).toContain("12/06/2024 ghi ở ô A2");
    expect(fix.fix?.value).toBe(45455);
    // Diagnostics keep the sheet's order of rows: the fix of row 3 comes before the date read on row 6.
    expect(list.diagnostics.map((d) => d.row)).toEqual([...list.diagnostics.map((d) => d.row)].sort((a, b) => a - b));
    expect(list.diagnostics.findIndex((d) => d.cell === "A3")).toBeLessThan(list.diagnostics.findIndex((d) => d.cell === "A6"));

    // A list dated row by row, with a few dates left out: those are unknown, not the row above's.
    const byRow = read([
      ["STT", "Họ và tên", "Số tiền", "Ngày nộp"],
      [1, "Nguyễn Văn An", 300000, "05/03/2024"],
      [2, "Trần Văn Bình", 200000, "05/03/2024"],
      [3, "Lê Thị Cúc", 500000, null],
      [4, "Phạm Văn Dũng", 100000, "07/03/2024"],
      [5, "Đỗ Thị Em", 200000, "07/03/2024"],
      [6, "Vũ Văn Phú", 300000, "09/03/2024"],
      [7, "Hồ Thị Giang", 200000, null],
      [8, "Bùi Văn Hải", 400000, "10/03/2024"],
    ]);
    expect(byRow.contributions.filter((c) => c.date === null).map((c) => c.row)).toEqual([4, 8]);
    expect(carriedOf(byRow)).toEqual([]);
    // Each day typed once, but one blank among them and no subtotal naming a day: not clearly kept by day.
    const fewBlanks = read([
      ["STT", "Họ và tên", "Số tiền", "Ngày nộp"],
      [1, "Nguyễn Văn An", 300000, "05/03/2024"],
      [2, "Trần Văn Bình", 200000, "06/03/2024"],
      [3, "Lê Thị Cúc", 500000, null],
      [4, "Phạm Văn Dũng", 100000, "08/03/2024"],
      [5, "Đỗ Thị Em", 200000, "09/03/2024"],
    ]);
    expect(fewBlanks.contributions.find((c) => c.row === 4)?.date).toBeNull();
    expect(carriedOf(fewBlanks)).toEqual([]);
  });
});

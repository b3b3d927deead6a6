/**
 * Headers an eleventh probe of unseen lists found misread: money in one column per hamlet under
 * one heading, a household's payer beside its head, headings cut short, "Phương thức", and a
 * sheet collecting several funds with the campaign's among them.
 */
import { detectHeaderRows, mappingOf } from "../../../src/domain/sheet/headers";
import { CONTRIBUTION_TABLE } from "../../../src/domain/sheet/tableSpecs";
import type { CellValue } from "../../../src/domain/sheet/types";
import { codesOf, gridOf, messageAt, read } from "./smallLists";

describe("money in one column per hamlet (a cross-tab)", () => {
  // Hưng Yên: "Số tiền ủng hộ theo thôn (đồng)" merged over "Thôn Đông | Thôn Tây | Thôn Nam".
  const values = (sub: string[]): CellValue[][] => [
    ["DANH SÁCH ỦNG HỘ LÀM ĐƯỜNG TRỤC XÃ NĂM 2024", null, null, null, null, null],
    ["STT", "Họ và tên", "Số tiền ủng hộ theo thôn (đồng)", null, null, "Ngày nộp"],
    [null, null, ...sub, null],
    [1, "Nguyễn Văn Khoa", 500000, null, null, null],
    [2, "Phạm Văn Toàn", null, 1000000, null, null],
    [3, "Vũ Văn Hiệp", null, null, 500000, null],
    [4, "Công ty TNHH Nhựa Tân Dân", 2000000, 2000000, null, null],
    [null, "Tổng cộng", 2500000, 3000000, 500000, null],
  ];
  const merges = ["A2:A3", "B2:B3", "C2:E2", "F2:F3"];
  const hamlets = ["Thôn Đông", "Thôn Tây", "Thôn Nam"];

  it("takes no hamlet's column for the column of hamlets", () => {
    const match = detectHeaderRows(gridOf(values(hamlets), merges), CONTRIBUTION_TABLE);
    expect(match?.columns.unit).toBeUndefined();
    expect(mappingOf(match!)).toMatchObject({ name: "B", amount: "C", date: "F" });
    // A group heading with the word only inside ("Thông tin đóng góp") keeps its "Thôn" the column of hamlets.
    const info: CellValue[][] = [
      ["STT", "Họ và tên", "Thông tin đóng góp", null, null],
      [null, null, "Thôn", "Số tiền (đồng)", "Ngày nộp"],
      [1, "Nguyễn Văn Khoa", "Thôn Đông", 500000, null],
    ];
    const grouped = detectHeaderRows(gridOf(info, ["A1:A2", "B1:B2", "C1:E1"]), CONTRIBUTION_TABLE);
    expect(mappingOf(grouped!)).toMatchObject({ name: "B", unit: "C", amount: "D" });
  });

  it("reads every row, each under the hamlet of the column holding its money", () => {
    const list = read(values(hamlets), merges);
    expect(list.contributions.map((c) => [c.row, c.name, c.amount, c.unit])).toEqual([
      [4, "Nguyễn Văn Khoa", 500000, "Thôn Đông"],
      [5, "Phạm Văn Toàn", 1000000, "Thôn Tây"],
      [6, "Vũ Văn Hiệp", 500000, "Thôn Nam"],
      [7, "Công ty TNHH Nhựa Tân Dân", 4000000, "Thôn Đông"],
    ]);
    // The grand total agrees: nothing was dropped.
    expect(codesOf(list)).toEqual(["C7 amount-in-several-units"]);
    expect(messageAt(list, "C7")).toContain("Thôn Đông 2.000.000 đ (ô C7), Thôn Tây 2.000.000 đ (ô D7)");
  });

  it("names the hamlet from the heading over them where the sub-headings give only its name", () => {
    const list = read(values(["Đông", "Tây", "Nam"]), merges);
    expect(list.contributions.map((c) => c.unit)).toEqual(["Thôn Đông", "Thôn Tây", "Thôn Nam", "Thôn Đông"]);
  });
});

describe("labour days in one column per hamlet (a cross-tab)", () => {
  // As money per hamlet above: "Ngày công theo thôn" (or "Số ngày công") merged over one days column per hamlet.
  const values = (over: string, sub: string[]): CellValue[][] => [
    ["DANH SÁCH ĐÓNG GÓP NGÀY CÔNG LÀM ĐƯỜNG TRỤC XÃ NĂM 2024"],
    ["STT", "Họ và tên", over, null, null, "Ghi chú"],
    [null, null, ...sub, null],
    [1, "Nguyễn Văn Khoa", 2, null, null, null],
    [2, "Phạm Văn Toàn", null, "1,5", null, null],
    [3, "Vũ Văn Hiệp", null, null, 3, null],
    [4, "Trần Văn Bình", 1, 2, null, null],
    [null, "Tổng cộng", 3, 3.5, 3, null],
  ];
  const merges = ["A2:A3", "B2:B3", "C2:E2", "F2:F3"];

  it("reads each donor's days in its hamlet's column, under that hamlet, and tells of days in two", () => {
    const list = read(values("Ngày công theo thôn", ["Thôn Đông", "Thôn Tây", "Thôn Nam"]), merges);
    expect(mappingOf(detectHeaderRows(gridOf(values("Ngày công theo thôn", ["Thôn Đông", "Thôn Tây", "Thôn Nam"]), merges), CONTRIBUTION_TABLE)!)).not.toHaveProperty("unit");
    expect(list.contributions.map((c) => [c.row, c.name, c.days, c.unit, c.kind])).toEqual([
      [4, "Nguyễn Văn Khoa", 2, "Thôn Đông", "household"],
      [5, "Phạm Văn Toàn", 1.5, "Thôn Tây", "household"],
      [6, "Vũ Văn Hiệp", 3, "Thôn Nam", "household"],
      [7, "Trần Văn Bình", 3, "Thôn Tây", "household"],
    ]);
    // The grand total agrees: nothing was dropped.
    expect(codesOf(list)).toEqual(["D5 days-notation", "C7 amount-in-several-units"]);
    expect(messageAt(list, "C7")).toBe(
      'Trang "DS", ô C7: số ngày công ghi ở 2 cột: Thôn Đông 1 ngày công (ô C7), Thôn Tây 2 ngày công (ô D7); ghi nhận một khoản là tổng, tính vào Thôn Tây (cột ghi nhiều nhất, cột đầu nếu bằng nhau); nếu mỗi nơi cần tính riêng, hãy tách thành 2 dòng.',
    );
  });

  it("names the hamlet from the heading over them, or from each column's own under a plain heading of days", () => {
    const byHeading = read(values("Ngày công theo thôn", ["Đông", "Tây", "Nam"]), merges);
    expect(byHeading.contributions.map((c) => c.unit)).toEqual(["Thôn Đông", "Thôn Tây", "Thôn Nam", "Thôn Tây"]);
    const own = read(values("Số ngày công", ["Xóm 1", "Xóm 2", "Xóm 3"]), merges);
    expect(own.contributions.map((c) => [c.days, c.unit])).toEqual([
      [2, "Xóm 1"],
      [1.5, "Xóm 2"],
      [3, "Xóm 3"],
      [3, "Xóm 2"],
    ]);
  });

  it("keeps the unit typed on a row, and gives the hamlet of its column to a row with none", () => {
    const list = read(
      [
        ["STT", "Họ và tên", "Địa chỉ", "Ngày công theo thôn", null],
        [null, null, null, "Thôn Đông", "Thôn Tây"],
        [1, "Nguyễn Văn Khoa", "Xóm Chùa", 2, null],
        [2, "Phạm Văn Toàn", null, null, 1],
      ],
      ["A1:A2", "B1:B2", "C1:C2", "D1:E1"],
    );
    expect(list.contributions.map((c) => [c.name, c.days, c.unit])).toEqual([
      ["Nguyễn Văn Khoa", 2, "Xóm Chùa"],
      ["Phạm Văn Toàn", 1, "Thôn Tây"],
    ]);
  });
});

describe("the household's head beside who paid for it", () => {
  // Thanh Hóa: "Họ tên chủ hộ | Người nộp thay", the payer blank on half the rows.
  const values: CellValue[][] = [
    ["STT", "Họ tên chủ hộ", "Người nộp thay", "Số tiền (đồng)", "Ngày nộp", "Ghi chú"],
    [1, "Lê Văn Thiệu", null, 500000, null, null],
    [2, "Nguyễn Thị Quế", "Lê Văn Hưng (con trai)", 500000, null, "đã nhận"],
    [3, "Lê Đình Cử", "Vợ: Hoàng Thị Nhài", 700000, null, null],
  ];

  it("reads the donor from the head's column, and the payer into the note", () => {
    const list = read(values);
    expect(codesOf(list)).toEqual([]);
    expect(list.contributions.map((c) => [c.name, c.amount, c.note])).toEqual([
      ["Lê Văn Thiệu", 500000, ""],
      ["Nguyễn Thị Quế", 500000, "Người nộp thay: Lê Văn Hưng (con trai); đã nhận"],
      ["Lê Đình Cử", 700000, "Người nộp thay: Vợ: Hoàng Thị Nhài"],
    ]);
    // Where no other column names the donor, the payer's column is the only name the list gives.
    const match = detectHeaderRows(gridOf([["STT", "Người nộp thay", "Số tiền"], [1, "Lê Văn Hưng", 500000]]), CONTRIBUTION_TABLE);
    expect(mappingOf(match!)).toMatchObject({ name: "B", amount: "C" });
  });
});

describe("headings cut short and other words for the channel", () => {
  it("reads H.tên, Đ/c, S.tiền, Ng.nộp, H.thức, G.chú as the headings they shorten, and no other letter and dot", () => {
    const values: CellValue[][] = [
      ["TT", "H.tên", "Đ/c", "S.tiền (đ)", "Ng.nộp", "H.thức", "G.chú"],
      [1, "Hoàng Văn Pao", "Tân Tiến", 500000, 45480, "TM", null],
      [2, "Nguyễn Văn Tuấn", "Tân Tiến", 1000000, 45481, "CK", null],
    ];
    const match = detectHeaderRows(gridOf(values), CONTRIBUTION_TABLE);
    expect(mappingOf(match!)).toEqual({ seq: "A", name: "B", unit: "C", amount: "D", date: "E", channel: "F", note: "G" });
    expect(match?.unsure).toBe(false);
    const list = read(values);
    expect(list.contributions.map((c) => [c.date, c.channel])).toEqual([
      ["2024-07-07", "cash"],
      ["2024-07-08", "transfer"],
    ]);
    const initials = detectHeaderRows(gridOf([["STT", "H.tên", "S.tiền", "Ng.Văn A"], [1, "Lê Văn An", 500000, "x"]]), CONTRIBUTION_TABLE);
    expect(mappingOf(initials!)).toEqual({ seq: "A", name: "B", amount: "C" });
  });

  it("reads Phương thức as how the money came", () => {
    const values: CellValue[][] = [
      ["Số TT", "Tên tổ chức, cá nhân", "Mức ủng hộ (VNĐ)", "Thời gian", "Phương thức"],
      [1, "Y Khoa Niê", 500000, 45511, "Tiền mặt"],
      [2, "Nguyễn Văn Thống", 1000000, 45512, "Chuyển khoản"],
    ];
    expect(mappingOf(detectHeaderRows(gridOf(values), CONTRIBUTION_TABLE)!)).toMatchObject({ channel: "E" });
    expect(read(values).contributions.map((c) => c.channel)).toEqual(["cash", "transfer"]);
  });
});

describe("several funds collected on one sheet", () => {
  // Hải Dương: "Các khoản đóng góp năm 2024 (đồng)" over one column per fund, then the row's total.
  const values = (ntm: string): CellValue[][] => [
    ["STT", "Họ tên chủ hộ", "Các khoản đóng góp năm 2024 (đồng)", null, null, "Tổng cộng (đồng)", "Ngày nộp"],
    [null, null, ntm, "Quỹ Khuyến học", "Quỹ Vì người nghèo", null, null],
    [1, "Nguyễn Văn Đạt", 500000, 50000, 50000, 600000, null],
    [2, "Trần Văn Bổng", null, 50000, 50000, 100000, null],
    [3, "Vũ Văn Lâm", 1000000, 100000, null, 1100000, null],
    [null, "Cộng", 1500000, 200000, 100000, 1800000, null],
  ];
  const merges = ["A1:A2", "B1:B2", "C1:E1", "F1:F2", "G1:G2"];

  it("counts the campaign's fund only, says once that the other columns are not counted, and reads the total where no fund is the campaign's", () => {
    const list = read(values("Quỹ Chung sức XD NTM"), merges);
    expect(list.contributions.map((c) => [c.row, c.name, c.amount])).toEqual([
      [3, "Nguyễn Văn Đạt", 500000],
      [5, "Vũ Văn Lâm", 1000000],
    ]);
    expect(codesOf(list)).toEqual(["D2 other-funds"]);
    expect(messageAt(list, "D2")).toContain(`các cột D "Quỹ Khuyến học", E "Quỹ Vì người nghèo", F "Tổng cộng (đồng)"`);
    const none = read(values("Quỹ An ninh"), merges);
    expect(none.contributions.map((c) => c.amount)).toEqual([600000, 100000, 1100000]);
  });
});

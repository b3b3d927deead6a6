/**
 * Headers a tenth probe of unseen lists found misread: a group heading over three rows with a
 * row of units under it (cash and transfers in columns of their own), and a phone group-fund
 * app's export heading its donors "Thành viên".
 */
import { detectHeaderRows, mappingOf } from "../../../src/domain/sheet/headers";
import { CONTRIBUTION_TABLE } from "../../../src/domain/sheet/tableSpecs";
import type { CellValue } from "../../../src/domain/sheet/types";
import { codesOf, gridOf, read } from "./smallLists";

describe("a header over three rows and a row of units", () => {
  // Thanh Hóa: "NỘI DUNG ĐÓNG GÓP" over "Bằng tiền" over "Tiền mặt | Chuyển khoản", beside
  // days, land and goods merged over the two lower rows; STT, name, thôn and date over all four.
  const values: CellValue[][] = [
    ["BẢNG TỔNG HỢP ĐÓNG GÓP XÂY DỰNG NÔNG THÔN MỚI NĂM 2024", null, null, null, null, null, null, null, null, null],
    [null, null, null, null, null, null, null, null, null, null],
    ["STT", "Họ và tên chủ hộ", "Thôn", "NỘI DUNG ĐÓNG GÓP", null, null, null, null, "Ngày nộp", "Ghi chú"],
    [null, null, null, "Bằng tiền", null, "Ngày công lao động", "Hiến đất", "Hiện vật", null, null],
    [null, null, null, "Tiền mặt", "Chuyển khoản", null, null, null, null, null],
    [null, null, null, "(đồng)", "(đồng)", "(ngày)", "(m²)", "(loại, số lượng)", "(ngày/tháng/năm)", null],
    [1, "Lê Văn Thắng", "Thôn 1", 1000000, null, 2, null, null, null, null],
    [2, "Nguyễn Thị Dung", "Thôn 1", null, 500000, null, null, null, null, null],
    [3, "Hoàng Văn Tiến", "Thôn 1", null, null, 3, 45, null, null, null],
    [4, "Trịnh Văn Hào", "Thôn 2", 300000, 200000, null, null, null, null, null],
    [5, "Công ty TNHH Xây lắp Thiệu Hóa", "Thôn 3", null, 20000000, null, null, "1 ca máy xúc", null, null],
    [null, "Tổng cộng", null, 1300000, 20700000, 5, 45, null, null, null],
  ];
  const merges = ["A3:A6", "B3:B6", "C3:C6", "D3:H3", "I3:I6", "J3:J6", "D4:E4", "F4:F5", "G4:G5", "H4:H5"];

  it("takes all four rows as the header and maps cash and transfer to their own columns", () => {
    const match = detectHeaderRows(gridOf(values, merges), CONTRIBUTION_TABLE);
    expect(match?.headerRows).toEqual([3, 4, 5, 6]);
    expect(match?.firstDataRow).toBe(7);
    expect(mappingOf(match!)).toMatchObject({ seq: "A", name: "B", unit: "C", amount: "D", transfer: "E", days: "F", land: "G", inKind: "H", date: "I", note: "J" });
  });

  it("reads the transfers, and no error on the header's lower rows", () => {
    const list = read(values, merges);
    // A row paid partly in cash and partly by transfer is one contribution, told as such.
    expect(codesOf(list)).toEqual(["E10 two-channels"]);
    expect(list.contributions.map((c) => [c.row, c.name, c.amount, c.channel])).toEqual([
      [7, "Lê Văn Thắng", 1000000, "cash"],
      [8, "Nguyễn Thị Dung", 500000, "transfer"],
      [9, "Hoàng Văn Tiến", 0, null],
      [10, "Trịnh Văn Hào", 500000, "cash"],
      [11, "Công ty TNHH Xây lắp Thiệu Hóa", 20000000, "transfer"],
    ]);
    expect(list.contributions.map((c) => [c.days, c.landArea])).toEqual([
      [2, 0],
      [0, 0],
      [3, 45],
      [0, 0],
      [0, 0],
    ]);
  });
});

describe("ticks of the channel under a header over three rows", () => {
  // "Hình thức nộp" › "Tiền mặt | Chuyển khoản" holds ticks beside "Số tiền", all under one group:
  // mapped again without the ticks, the header keeps its three rows' headings.
  const values: CellValue[][] = [
    ["STT", "Họ và tên", "NỘI DUNG ĐÓNG GÓP", null, null, "Ngày công"],
    [null, null, "Số tiền (đồng)", "Hình thức nộp", null, null],
    [null, null, null, "Tiền mặt", "Chuyển khoản", null],
    [1, "Lê Văn Thắng", 1000000, "x", null, 2],
    [2, "Nguyễn Thị Dung", 500000, null, "x", null],
    [3, "Trịnh Văn Hào", 300000, "x", null, 1],
  ];
  const merges = ["A1:A3", "B1:B3", "C1:E1", "C2:C3", "D2:E2", "F1:F3"];

  it("reads Số tiền as the money and the ticks as the channel", () => {
    const match = detectHeaderRows(gridOf(values, merges), CONTRIBUTION_TABLE);
    expect(match?.headerRows).toEqual([1, 2, 3]);
    expect(mappingOf(match!)).toMatchObject({ name: "B", amount: "C", cashMark: "D", transferMark: "E", days: "F" });
    const list = read(values, merges);
    expect(codesOf(list)).toEqual([]);
    expect(list.contributions.map((c) => [c.amount, c.channel, c.days])).toEqual([
      [1000000, "cash", 2],
      [500000, "transfer", 0],
      [300000, "cash", 1],
    ]);
  });
});

describe("a header over three rows typed without merging", () => {
  // The brief's sheet: "Nội dung ủng hộ" over "Tiền (đồng) | Hiện vật" over "| Tên hiện vật | Giá trị (đồng)", no cell merged.
  const values: CellValue[][] = [
    ["DANH SÁCH ỦNG HỘ XÂY DỰNG NHÀ VĂN HÓA THÔN NĂM 2024"],
    ["STT", "Họ và tên", "Địa chỉ", "Nội dung ủng hộ", null, null, "Ngày nộp"],
    [null, null, null, "Tiền (đồng)", "Hiện vật", null, null],
    [null, null, null, null, "Tên hiện vật", "Giá trị (đồng)", null],
    [1, "Nguyễn Văn Khoa", "Thôn Đông", 500000, null, null, "05/06/2024"],
    [2, "Phạm Văn Toàn", "Thôn Tây", null, "10 bao xi măng", 900000, "06/06/2024"],
    [3, "Vũ Văn Hiệp", "Thôn Tây", 200000, "2 khối cát", 500000, "06/06/2024"],
  ];

  it("takes the three rows as the header, and the goods' value from the column under Hiện vật", () => {
    const match = detectHeaderRows(gridOf(values), CONTRIBUTION_TABLE);
    expect(match?.headerRows).toEqual([2, 3, 4]);
    expect(match?.firstDataRow).toBe(5);
    expect(mappingOf(match!)).toEqual({ seq: "A", name: "B", unit: "C", amount: "D", inKind: "E", inKindValue: "F", date: "G" });
    const list = read(values);
    expect(list.contributions.map((c) => [c.row, c.name, c.amount, c.inKindDescription, c.inKindValue])).toEqual([
      [5, "Nguyễn Văn Khoa", 500000, "", 0],
      [6, "Phạm Văn Toàn", 0, "10 bao xi măng", 900000],
      [7, "Vũ Văn Hiệp", 200000, "2 khối cát", 500000],
    ]);
    expect(codesOf(list).filter((c) => !c.endsWith("date-notation"))).toEqual([]);
    // A row of words under a header over two rows, standing under no group of its middle row, is data.
    const twoRows: CellValue[][] = [
      ["STT", "Họ và tên", "Nội dung ủng hộ", null, "Ghi chú"],
      [null, null, "Tiền (đồng)", "Hiện vật", null],
      [null, "Nguyễn Văn Khoa", null, "10 bao xi măng", "Thôn Đông"],
      [null, "Phạm Văn Toàn", "500.000", null, null],
    ];
    expect(detectHeaderRows(gridOf(twoRows), CONTRIBUTION_TABLE)?.headerRows).toEqual([1, 2]);
    expect(read(twoRows).contributions.map((c) => [c.name, c.amount, c.inKindDescription])).toEqual([
      ["Nguyễn Văn Khoa", 0, "10 bao xi măng"],
      ["Phạm Văn Toàn", 500000, ""],
    ]);
  });

  it("reads the Thanh Hóa header over three rows and a row of units as merged, with no cell merged", () => {
    const thanhHoa: CellValue[][] = [
      ["STT", "Họ và tên chủ hộ", "Thôn", "NỘI DUNG ĐÓNG GÓP", null, null, null, "Ngày nộp"],
      [null, null, null, "Bằng tiền", null, "Ngày công lao động", "Hiện vật", null],
      [null, null, null, "Tiền mặt", "Chuyển khoản", null, null, null],
      [null, null, null, "(đồng)", "(đồng)", "(ngày)", "(loại, số lượng)", "(ngày/tháng/năm)"],
      [1, "Lê Văn Thắng", "Thôn 1", 1000000, null, 2, null, null],
      [2, "Nguyễn Thị Dung", "Thôn 1", null, 500000, null, "1 ca máy xúc", null],
    ];
    const match = detectHeaderRows(gridOf(thanhHoa), CONTRIBUTION_TABLE);
    expect(match?.headerRows).toEqual([1, 2, 3, 4]);
    expect(mappingOf(match!)).toMatchObject({ seq: "A", name: "B", unit: "C", amount: "D", transfer: "E", days: "F", inKind: "G", date: "H" });
    expect(read(thanhHoa).contributions.map((c) => [c.amount, c.channel, c.days, c.inKindDescription])).toEqual([
      [1000000, "cash", 2, ""],
      [500000, "transfer", 0, "1 ca máy xúc"],
    ]);
  });
});

describe("a phone group-fund app's export", () => {
  const values: CellValue[][] = [
    ["Quỹ: Chung sức xây dựng NTM Ấp 3 - Tân Thạnh Đông (Củ Chi)", null, null, null, null],
    ["Xuất ngày 30/06/2024 21:04", null, null, null, null],
    ["STT", "Thành viên", "Số tiền", "Thời gian", "Lời nhắn"],
    [1, "Nguyễn Thị Lan", "+500.000 VND", "05/06/2024 20:15", "Ủng hộ làm đường ấp 3"],
    [2, "Trần Văn Hùng", "+1,000,000 VND", "05/06/2024 21:02", "Hùng tổ 5 góp"],
    [3, "Võ Văn Sang", "+2.000.000 VND", "08/06/2024 19:10", null],
  ];

  it('takes "Thành viên" as the donor\'s name', () => {
    const match = detectHeaderRows(gridOf(values), CONTRIBUTION_TABLE);
    expect(match?.headerRows).toEqual([3]);
    expect(mappingOf(match!)).toMatchObject({ seq: "A", name: "B", amount: "C", date: "D" });
    const list = read(values);
    expect(list.contributions.map((c) => [c.name, c.amount, c.date])).toEqual([
      ["Nguyễn Thị Lan", 500000, "2024-06-05"],
      ["Trần Văn Hùng", 1000000, "2024-06-05"],
      ["Võ Văn Sang", 2000000, "2024-06-08"],
    ]);
  });

  it('takes "Người đóng góp" as the donor\'s name too', () => {
    const typed = values.map((row, r) => (r === 2 ? ["STT", "Người đóng góp", "Số tiền", "Ngày nộp", "Ghi chú"] : row));
    expect(mappingOf(detectHeaderRows(gridOf(typed), CONTRIBUTION_TABLE)!)).toMatchObject({ name: "B", amount: "C" });
  });
});

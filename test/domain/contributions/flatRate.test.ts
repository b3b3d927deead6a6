/**
 * A flat rate per household (probe 12 W05): the village votes what each household pays, and the
 * collector ticks who paid under "Đã nộp"; the rate is stated in the title block or the column's
 * heading.
 */
import { flatRateIn } from "../../../src/domain/contributions/flatRate";
import type { CellValue } from "../../../src/domain/sheet/types";
import { codesOf, messageAt, read } from "./smallLists";

const ticked = (heading: string): CellValue[][] => [
  ["DANH SÁCH THU TIỀN ĐÓNG GÓP LÀM ĐƯỜNG BÊ TÔNG XÓM NÀ HOÀN", null, null, null],
  ["Mức đóng góp theo biên bản họp xóm ngày 20/5/2024: 300.000 đồng/hộ", null, null, null],
  ["STT", "Họ tên chủ hộ", heading, "Ghi chú"],
  [1, "Ma Văn Thái", "x", null],
  [2, "Lý Văn Sơn", "X", null],
  [3, "Triệu Thị Mai", "✓", null],
  [4, "Nông Văn Tuyên", "Miễn (hộ nghèo)", null],
  [5, "Lương Văn Tám", null, "Chưa nộp"],
  [6, "Dương Thị Lan", 500000, "Nộp thêm làm rãnh"],
  [null, "Cộng", 1400000, null],
];

describe("ticks in the paid column of a list stating a rate per household", () => {
  it("read a tick as the rate stated in the title block, told on its cell", () => {
    const list = read(ticked("Đã nộp (đánh dấu x)"));
    expect(list.contributions.map((c) => [c.name, c.amount])).toEqual([
      ["Ma Văn Thái", 300000],
      ["Lý Văn Sơn", 300000],
      ["Triệu Thị Mai", 300000],
      ["Dương Thị Lan", 500000],
    ]);
    // "Miễn" and a blank give nothing, silently; the total of the ticks and the amount agrees.
    expect(codesOf(list)).toEqual(["C4 flat-rate", "C5 flat-rate", "C6 flat-rate"]);
    expect(messageAt(list, "C5")).toBe('Trang "DS", ô C5: đánh dấu "X" đọc là mức 300.000 đ/hộ ghi ở dòng 2.');
  });

  it("read a tick as the rate the column's heading states, naming the heading's cell", () => {
    const rows = ticked("Đã nộp (300 nghìn/hộ)");
    rows[1] = ["Xóm Nà Hoàn - xã Phú Đình", null, null, null];
    const list = read(rows);
    expect(list.contributions.map((c) => c.amount)).toEqual([300000, 300000, 300000, 500000]);
    expect(messageAt(list, "C4")).toBe('Trang "DS", ô C4: đánh dấu "x" đọc là mức 300.000 đ/hộ ghi ở đầu cột (ô C3).');
  });

  it("keep a tick an error where no rate is stated, saying a tick needs one", () => {
    const rows = ticked("Đã nộp");
    rows[1] = ["Xóm Nà Hoàn - xã Phú Đình", null, null, null];
    const list = read(rows);
    expect(list.contributions.map((c) => c.name)).toEqual(["Dương Thị Lan"]);
    expect(codesOf(list).filter((c) => c.endsWith("unreadable-amount"))).toEqual(["C4 unreadable-amount", "C5 unreadable-amount", "C6 unreadable-amount"]);
    expect(messageAt(list, "C4")).toBe(
      'Trang "DS", ô C4: Số tiền "x" là dấu đánh dấu đã nộp, chưa đọc được thành tiền: hãy ghi mức đóng góp, ví dụ "300.000 đồng/hộ", ở tiêu đề hoặc đầu cột (mỗi dấu được tính theo mức đó), hoặc ghi số tiền vào ô.',
    );
  });
});

describe("the rate a line states per household", () => {
  it.each([
    ["Mức đóng góp: 300.000 đồng/hộ", 300000],
    ["Mức thu theo biên bản họp thôn ngày 20/5/2024: 300.000 đồng/hộ", 300000],
    ["Mức ủng hộ: 500.000đ", 500000],
    ["Đã nộp (300.000 đ/hộ)", 300000],
    ["Mỗi hộ đóng 300 nghìn / 1 hộ", 300000],
    ["Mức đóng góp: 1,5 triệu mỗi hộ", 1500000],
  ])("%s → %d", (line, rate) => expect(flatRateIn(line)).toBe(rate));

  it.each(["Mức đóng góp: 200.000 đồng/khẩu", "Mức ủng hộ tối thiểu: 200.000 đồng/hộ", "Khuyến khích ủng hộ từ 500.000 đ/hộ trở lên", "Mức ủng hộ: tùy tâm", "Theo biên bản họp xóm ngày 20/5/2024", "Số hộ: 45 hộ", "Đã nộp (đánh dấu x)"])("%s states none", (line) => expect(flatRateIn(line)).toBeNull());
});

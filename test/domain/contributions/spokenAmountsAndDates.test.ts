/**
 * Amounts and dates typed as they are said (probe 12: W06, W07): each once lost its row with an
 * error.
 */
import { codesOf, messageAt, read } from "./smallLists";

describe("amounts said with “nửa” and “trăm”", () => {
  it("keeps the rows, each with the reading shown", () => {
    const list = read([
      ["STT", "Họ và tên", "Số tiền"],
      [1, "Nguyễn Văn An", "nửa triệu"],
      [2, "Trần Thị Bé", "2 triệu 3 trăm"],
      [3, "Lê Văn Cường", "3 trăm rưỡi"],
      [4, "Phạm Thị Dung", "3 trăm"],
      ["", "Tổng cộng", 3450000],
    ]);
    expect(list.contributions.map((c) => c.amount)).toEqual([500000, 2300000, 350000, 300000]);
    expect(codesOf(list)).toEqual(["C2 money-notation", "C3 money-notation", "C4 money-notation", "C5 money-notation"]);
    expect(messageAt(list, "C4")).toContain("3 trăm rưỡi → 350.000 (“trăm” không kèm đơn vị hiểu là trăm nghìn đồng)");
  });
});

describe("a clock time typed with the date", () => {
  it("keeps the rows, the time dropped with a note", () => {
    const list = read([
      ["STT", "Họ và tên", "Số tiền", "Thời gian nộp"],
      [1, "Nguyễn Văn An", 1000000, "8h30 ngày 06/6/2024"],
      [2, "Trần Thị Bé", 500000, "06/6/2024 14h15"],
      [3, "Lê Văn Cường", 300000, "8 giờ 30 07/6/2024"],
    ]);
    expect(list.contributions.map((c) => c.date)).toEqual(["2024-06-06", "2024-06-06", "2024-06-07"]);
    expect(codesOf(list)).toEqual(["D2 date-notation", "D3 date-notation", "D4 date-notation"]);
    expect(messageAt(list, "D2")).toContain("8h30 ngày 06/6/2024 → 06/06/2024 (bỏ phần giờ)");
  });
});

describe("a date typed in the lunar calendar", () => {
  it("keeps the row with the solar date and a warning to check it", () => {
    const list = read([
      ["STT", "Họ và tên", "Số tiền", "Ngày nộp"],
      [1, "Nguyễn Văn An", 1000000, "Mùng 10 tháng 5 âm lịch"],
      [2, "Trần Thị Bé", 500000, "15/5 ÂL"],
    ]);
    expect(list.contributions.map((c) => c.date)).toEqual(["2024-06-15", "2024-06-20"]);
    expect(codesOf(list)).toEqual(["D2 lunar-date", "D3 lunar-date"]);
    expect(list.diagnostics.find((d) => d.cell === "D2")?.severity).toBe("warning");
    expect(messageAt(list, "D2")).toBe(
      'Trang "DS", ô D2: ngày âm lịch 10/5 đọc là ngày 15/06/2024 dương lịch (năm âm lịch 2024 lấy theo năm của cuộc vận động); hãy kiểm tra lại.',
    );
  });

  it("keeps the money of a lunar date it cannot convert, undated, with a warning", () => {
    const list = read([
      ["STT", "Họ và tên", "Số tiền", "Ngày nộp"],
      [1, "Nguyễn Văn An", 1000000, "30/1 âm lịch"],
    ]);
    expect(list.contributions.map((c) => [c.amount, c.date])).toEqual([[1000000, null]]);
    expect(codesOf(list)).toEqual(["D2 lunar-date"]);
    expect(messageAt(list, "D2")).toContain("tháng 1 âm lịch năm 2024 chỉ có 29 ngày");
    expect(messageAt(list, "D2")).toContain("khoản vẫn được ghi, để trống ngày");
  });
});

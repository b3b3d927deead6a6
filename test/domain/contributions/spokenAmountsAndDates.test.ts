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

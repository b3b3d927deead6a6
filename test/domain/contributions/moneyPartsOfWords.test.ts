/** Columns under a money heading are parts of the money only where their cells hold figures. */
import { codesOf, read } from "./smallLists";

describe("a column of words under the money's heading", () => {
  it("is not read as a part of the money", () => {
    const list = read(
      [
        ["STT", "Họ và tên", "Đóng góp bằng tiền", null, "Ngày nộp"],
        [null, null, "Đợt 1", "Người thu", null],
        [1, "Lê Văn An", 200000, "Anh Nam", "05/06/2024"],
        [2, "Trần Thị Bình", 300000, "Chị Hoa", "06/06/2024"],
        [3, "Hoàng Văn Cường", 100000, "-", "07/06/2024"],
      ],
      ["C1:D1"],
    );
    expect(list.contributions.map((c) => [c.row, c.amount])).toEqual([
      [3, 200000],
      [4, 300000],
      [5, 100000],
    ]);
    expect(codesOf(list).filter((c) => !c.endsWith("date-notation"))).toEqual([]);
  });
});

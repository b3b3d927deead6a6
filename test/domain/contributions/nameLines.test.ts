import { splitNameLines } from "../../../src/domain/contributions/nameLines";

describe("splitNameLines", () => {
  it("keeps the first line as the name and sets aside what later lines say", () => {
    const cases: [string, string, [string, string][]][] = [
      ["Nguyễn Văn An\n0912 345 678", "Nguyễn Văn An", [["0912 345 678", "personal"]]],
      ["Lê Văn B\r\nSĐT: 0987.654.321", "Lê Văn B", [["SĐT: 0987.654.321", "personal"]]],
      ["Lê Văn C\nĐịa chỉ: Xóm 3, xã Nghi Lâm", "Lê Văn C", [["Địa chỉ: Xóm 3, xã Nghi Lâm", "address"]]],
      ["Trần Thị Bình\n(Tổ 3)", "Trần Thị Bình", [["(Tổ 3)", "remark"]]],
      ["Phạm Thị Dung\nCK 12/6", "Phạm Thị Dung", [["CK 12/6", "payment"]]],
      ["Cô Ngô Thị Phượng\nGV trường TH Tân Thành", "Cô Ngô Thị Phượng", [["GV trường TH Tân Thành", "unit"]]],
      // Once a line is set aside, the lines after it are the note's too.
      ["Hoàng Văn Em\nủng hộ 1tr\nthôn 2\nnhờ chị Hà nộp hộ", "Hoàng Văn Em", [["ủng hộ 1tr", "amount"], ["thôn 2", "unit"], ["nhờ chị Hà nộp hộ", "remark"]]],
    ];
    for (const [raw, name, asides] of cases) {
      const lines = splitNameLines(raw);
      expect([raw, lines?.name, lines?.asides.map((a) => [a.text, a.is])]).toEqual([raw, name, asides]);
    }
  });

  it("reads a chat message pasted whole as its sender's name over what they wrote, set aside even where it says nothing known", () => {
    expect(splitNameLines("[20:15] Nguyễn Thị Hồng: ck 200k nha")).toMatchObject({ name: "Nguyễn Thị Hồng", asides: [{ text: "ck 200k nha", is: "payment" }] });
    expect(splitNameLines("[08:02:11] Lê Văn Tám: cảm ơn ban vận động")).toMatchObject({ name: "Lê Văn Tám", asides: [{ text: "cảm ơn ban vận động", is: "remark" }] });
    expect(splitNameLines("[Tổ 3] Trần Văn Bảy")).toBeNull();
  });

  it("gives the figure of the first line that is an amount", () => {
    expect(splitNameLines("Lê Văn Cường\n500k")).toMatchObject({ name: "Lê Văn Cường", amount: "500k", amountAside: 0 });
    expect(splitNameLines("Hoàng Văn Em\nthôn 2\nủng hộ 1tr")).toMatchObject({ amount: "1tr", amountAside: 1 });
    expect(splitNameLines("Nguyễn Văn An\n0912 345 678")).toMatchObject({ amount: "", amountAside: -1 });
  });

  it("leaves a name wrapped onto two lines, and a name of one line, to be read as before", () => {
    expect(splitNameLines("Công ty TNHH Xây dựng và\nThương mại Hoàng Long")).toBeNull();
    expect(splitNameLines("Hội Nông dân\nxã Tân Thành")).toBeNull();
    expect(splitNameLines("Nguyễn Văn An")).toBeNull();
    expect(splitNameLines("Nguyễn Văn An\n\n")).toBeNull();
  });
});

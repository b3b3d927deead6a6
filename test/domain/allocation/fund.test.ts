import { buildFund, earmarkOf, suggestedWork } from "../../../src/domain/allocation/fund";
import { readWorksList, workKey, type Work } from "../../../src/domain/allocation/works";
import type { Contribution } from "../../../src/domain/contributions/types";
import { detectHeaderRows } from "../../../src/domain/sheet/headers";
import { WORKS_TABLE } from "../../../src/domain/sheet/tableSpecs";

const w = (code: string, name: string, place = ""): Work => ({ sheet: "DM", row: 4, code, name, place, criterion: "", estimate: 0, stateBudget: 0, requested: 10_000_000, priority: 1, weight: null });
const works = [w("CT01", "Bê tông hóa đường trục xóm Bản Piềng", "Xóm Bản Piềng"), w("CT02", "Kênh mương nội đồng xóm Đồng Tâm", "Xóm Đồng Tâm"), w("CT03", "Nhà văn hóa")];

function contribution(row: number, amount: number, purpose: string, note = "", channel: "cash" | "transfer" | null = "cash"): Contribution {
  return { sheet: "DS", row, name: `Người ${row}`, unit: "", kind: "household", channel, amount, days: 0, inKindDescription: "", inKindValue: 0, landArea: 0, date: "2024-05-01", receipt: "", note, purpose, section: "" };
}

describe("earmarks", () => {
  test("a Mục đích names a work by its code or by its exact name, in any case and without diacritics", () => {
    expect(earmarkOf("CT02", works)?.code).toBe("CT02");
    expect(earmarkOf("ủng hộ ct01", works)?.code).toBe("CT01");
    expect(earmarkOf("Ủng hộ KÊNH MƯƠNG NỘI ĐỒNG XÓM ĐỒNG TÂM", works)?.code).toBe("CT02");
    expect(earmarkOf("kenh muong noi dong xom dong tam", works)?.code).toBe("CT02");
    expect(earmarkOf("Nhà văn hóa", works)?.code).toBe("CT03");
  });

  test("a note that names no work, a part of a name, a code inside a word or two works is not an earmark", () => {
    expect(earmarkOf("làm đường", works)).toBeNull();
    expect(earmarkOf("Kênh mương", works)).toBeNull();
    expect(earmarkOf("CT011", works)).toBeNull();
    expect(earmarkOf("CT01 và CT02", works)).toBeNull();
    expect(earmarkOf("", works)).toBeNull();
  });

  test("a hint naming two distinctive words of one work is suggested, not earmarked", () => {
    expect(suggestedWork("đổ bê tông Bản Piềng", works)?.code).toBe("CT01");
    expect(suggestedWork("ủng hộ xây dựng", works)).toBeNull();
  });

  test("the fund keeps earmarked money by work, the rest general; only money that counts", () => {
    const list = [contribution(10, 500_000, "CT01"), contribution(11, 300_000, ""), contribution(12, 200_000, "Đồng Tâm kênh"), contribution(13, 0, "CT01"), contribution(14, 900_000, "CT02")];
    const fund = buildFund(list, (key) => key !== "DS!14", works);
    expect(fund.total).toBe(1_000_000);
    expect(fund.earmarked).toEqual({ [workKey(works[0])]: 500_000 });
    expect(fund.general).toBe(500_000);
    expect(fund.suggestions.map((s) => [s.key, s.workName])).toEqual([["DS!12", "Kênh mương nội đồng xóm Đồng Tâm"]]);
  });
});

describe("works list", () => {
  test("reads works under their header, skips the total, names an unreadable cell", () => {
    const grid = {
      sheet: "Danh mục",
      origin: { row: 1, col: 1 },
      values: [
        ["DANH MỤC CÔNG TRÌNH"],
        ["Mã", "Tên công trình", "Địa điểm", "Tiêu chí", "Tổng dự toán", "Ngân sách nhà nước", "Đề nghị từ quỹ vận động", "Thứ tự ưu tiên", "Số hộ hưởng lợi"],
        ["CT01", "Đường trục xóm", "Xóm A", "Giao thông", "850.000.000", 700_000_000, "60 triệu", 1, 85],
        ["CT02", "Kênh mương", "Xóm B", "Thủy lợi", 420_000_000, 350_000_000, "bốn mươi", 2, null],
        ["CT03", "Nhà văn hóa", "Xóm C", "Văn hóa", null, null, 30_000_000, "", "70 hộ"],
        [null, "Tổng cộng", null, null, null, null, 130_000_000],
      ],
    };
    const match = detectHeaderRows(grid, WORKS_TABLE)!;
    const { works: read, issues } = readWorksList(grid, match);
    expect(read.map((x) => [x.code, x.requested, x.priority, x.weight])).toEqual([
      ["CT01", 60_000_000, 1, 85],
      ["CT03", 30_000_000, null, 70],
    ]);
    expect(read[0].estimate).toBe(850_000_000);
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toMatch(/^Trang "Danh mục", ô G4: số đề nghị từ quỹ vận động "bốn mươi"/);
  });

  it("reads a works list kept in millions in đồng, and says so once per column", () => {
    const grid = {
      sheet: "Danh mục",
      origin: { row: 1, col: 1 },
      values: [
        ["Mã", "Tên công trình", "Tổng dự toán (triệu đồng)", "Đề nghị từ quỹ vận động (triệu đồng)"],
        ["CT01", "Đường trục xóm", 850, "60,5"],
      ],
    };
    const { works, issues } = readWorksList(grid, detectHeaderRows(grid, WORKS_TABLE)!);
    expect(works.map((w) => [w.estimate, w.requested])).toEqual([[850_000_000, 60_500_000]]);
    expect(issues.map((i) => [i.cell, i.severity])).toEqual([
      ["C1", "warning"],
      ["D1", "warning"],
    ]);
    expect(issues[0].message).toContain("triệu đồng");
  });
});

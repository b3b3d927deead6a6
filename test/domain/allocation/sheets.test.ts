import { allocate } from "../../../src/domain/allocation/allocate";
import { allocationSheet, approvalStatusText, decisionSheet, type DecisionSettings } from "../../../src/domain/allocation/sheets";
import { workKey, type Work } from "../../../src/domain/allocation/works";

const work = (i: number, requested: number, priority: number): Work => ({ sheet: "DM", row: i + 4, code: `CT0${i + 1}`, name: `Công trình ${i + 1}`, place: "Xóm A", criterion: "Giao thông", estimate: requested * 4, stateBudget: requested * 2, requested, priority, weight: null });
const works = [work(0, 60_000_000, 1), work(1, 40_000_000, 1), work(2, 30_000_000, 2)];
const a = allocate({ works, general: 70_000_000, earmarked: { [workKey(works[2])]: 5_000_000 }, method: "proportional", roundingUnit: 1000 });
const settings: DecisionSettings = {
  commune: "Điềm Mặc",
  district: "Định Hóa",
  campaignName: "Chung sức xây dựng nông thôn mới",
  year: 2024,
  number: 7,
  dateIso: "2024-07-05",
  bases: ["Căn cứ Luật Tổ chức chính quyền địa phương;", "Kế hoạch số 119/KH-BCĐ của Ban Chỉ đạo huyện."],
  proposer: "Phòng Kinh tế xã",
  executors: "",
  recipients: ["UBND huyện (b/c)", "- Đảng ủy xã;"],
  signer: { capacity: "KT. CHỦ TỊCH", title: "PHÓ CHỦ TỊCH", name: "Hoàng Văn Nam" },
  fundSource: "recorded",
};
const strings = (rows: unknown[][]) => rows.flat().filter((v): v is string => typeof v === "string");

describe("Phân bổ sheet (appendix)", () => {
  const { doc, statusRow } = allocationSheet(a, settings);
  test("Phụ lục, its title and the decision it goes with", () => {
    expect(doc.rows[0][0]).toBe("Phụ lục");
    expect(doc.rows[1][0]).toBe("PHÂN BỔ KINH PHÍ VẬN ĐỘNG “CHUNG SỨC XÂY DỰNG NÔNG THÔN MỚI” CHO CÁC CÔNG TRÌNH NĂM 2024");
    expect(doc.rows[2][0]).toBe("(Kèm theo Quyết định số 07/QĐ-UBND ngày 05 tháng 7 năm 2024 của Ủy ban nhân dân xã Điềm Mặc)");
  });
  test("the table's sources, total row equal to the allocation, chưa phân bổ, words; the status outside the print area", () => {
    const total = doc.rows.find((r) => r[2] === "TỔNG CỘNG")!;
    expect(total.slice(5)).toEqual([520_000_000, 130_000_000, 260_000_000, 75_000_000, 5_000_000, 520_000_000 - 260_000_000 - 75_000_000, 55_000_000]);
    expect(doc.rows.find((r) => r[2] === "Quỹ vận động chưa phân bổ")![8]).toBe(0);
    expect(strings(doc.rows).some((t) => t.includes("Bằng chữ: Bảy mươi lăm triệu đồng."))).toBe(true);
    expect(doc.page?.orientation).toBe("landscape");
    const end = Number(doc.page!.printArea!.split(":")[1].replace(/\D/g, ""));
    expect(statusRow).toBeGreaterThan(end);
    expect(doc.rows[statusRow - 1][0]).toBe(approvalStatusText({ state: "draft" }));
  });
});

describe("Quyết định sheet", () => {
  const { doc } = decisionSheet(a, settings, { state: "changed", approver: "Ma Đình Việt", time: "2024-07-05T03:00:00Z", changes: ["Danh mục công trình đã thay đổi"] });
  const t = strings(doc.rows).map((s) => s.trim());
  test("issuer, number, place and date, subject", () => {
    expect(t).toEqual(expect.arrayContaining(["UBND HUYỆN ĐỊNH HÓA", "ỦY BAN NHÂN DÂN XÃ ĐIỀM MẶC", "Số: 07/QĐ-UBND", "Điềm Mặc, ngày 05 tháng 7 năm 2024", "QUYẾT ĐỊNH"]));
    expect(t).toContain("Về việc phân bổ kinh phí vận động “Chung sức xây dựng nông thôn mới” cho các công trình năm 2024");
    // KT. CHỦ TỊCH: the Chairman decides.
    expect(t).toContain("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ ĐIỀM MẶC");
  });
  test("Căn cứ lines end with ';', the last with '.', whatever was typed; then Theo đề nghị, QUYẾT ĐỊNH:, Điều 1–3", () => {
    expect(t.filter((x) => x.startsWith("Căn cứ"))).toEqual(["Căn cứ Luật Tổ chức chính quyền địa phương;", "Căn cứ Kế hoạch số 119/KH-BCĐ của Ban Chỉ đạo huyện."]);
    const order = ["Theo đề nghị của Phòng Kinh tế xã.", "QUYẾT ĐỊNH:"].map((x) => t.indexOf(x));
    expect(order[0]).toBeGreaterThan(0);
    expect(order[1]).toBeGreaterThan(order[0]);
    const articles = t.filter((x) => /^Điều \d\. /.test(x));
    expect(articles).toHaveLength(3);
    expect(articles[0]).toContain("75.000.000 đồng (Bảy mươi lăm triệu đồng)");
    expect(articles[2].endsWith("chịu trách nhiệm thi hành Quyết định này./.")).toBe(true);
  });
  test("signature and Nơi nhận side by side; the status says changed after approval", () => {
    const start = doc.rows.findIndex((r) => r[0] === "Nơi nhận:");
    expect(doc.rows[start][3]).toBe("KT. CHỦ TỊCH");
    expect(doc.rows.slice(start, start + 5).map((r) => r[0])).toEqual(["Nơi nhận:", "- Như Điều 3;", "- UBND huyện (b/c);", "- Đảng ủy xã;", "- Lưu: VT."]);
    expect(t).toContain("Hoàng Văn Nam");
    expect(t.find((x) => x.startsWith("Tình trạng:"))).toContain("ĐÃ THAY ĐỔI SAU PHÊ DUYỆT — Danh mục công trình đã thay đổi");
    expect(doc.page?.orientation).toBe("portrait");
  });
});

import type { Contribution } from "../../../src/domain/contributions/types";
import { moneyInWordsLine } from "../../../src/domain/money";
import { campaignReportSheet } from "../../../src/domain/reports/campaignReport";
import { buildCommendation, commendationSheet, DEFAULT_THRESHOLDS, readThresholds, thresholdSettingValues } from "../../../src/domain/reports/commendation";
import {
  buildDisclosure,
  DEFAULT_DISCLOSURE_OPTIONS,
  disclosureEntries,
  disclosureSettingValues,
  disclosureSheet,
  readDisclosureOptions,
  type DocumentContext,
} from "../../../src/domain/reports/disclosure";
import { DOCUMENT_FONT } from "../../../src/domain/reports/document";

function c(over: Partial<Contribution>): Contribution {
  return { sheet: "DS", row: 5, name: "An", unit: "Xóm 1", kind: "household", channel: "cash", amount: 0, days: 0, inKindDescription: "", inKindValue: 0, landArea: 0, date: null, receipt: "", note: "", purpose: "", section: "", ...over };
}

const ctx: DocumentContext = {
  campaignName: "Chung sức xây dựng nông thôn mới xã Điềm Mặc năm 2024",
  commune: "Điềm Mặc",
  district: "Định Hóa",
  dateIso: "2024-07-15",
  signers: { preparer: { name: "Hà Thị Thu", title: "NGƯỜI LẬP BIỂU" }, accountant: { name: "Nông Văn Hải", title: "KẾ TOÁN" }, head: { name: "Ma Đình Việt", title: "CHỦ TỊCH", capacity: "TM. ỦY BAN NHÂN DÂN" } },
};

const list = [
  c({ row: 5, name: "Hộ ông Ma Văn Bình", unit: "Xóm Bản Piềng", amount: 500_000, days: 2 }),
  c({ row: 6, name: "Hộ bà Lò Thị An", unit: "Xóm Đồng Tâm", amount: 300_000, landArea: 120 }),
  c({ row: 7, name: "Nguyễn Văn Đức", unit: "Trường Mầm non", kind: "staff", amount: 450_000, channel: "transfer" }),
  c({ row: 8, name: "Công ty TNHH Hòa Bình", unit: "Doanh nghiệp", kind: "enterprise", channel: null, inKindDescription: "Xi măng 10 tấn", inKindValue: 15_000_000 }),
  c({ row: 9, name: "Trần Văn Em", unit: "Xóm Bản Piềng", amount: 1_000_000, note: "xin giấu tên" }),
];

describe("Công khai as a printed document", () => {
  const d = buildDisclosure(list, new Set(), DEFAULT_DISCLOSURE_OPTIONS, 150_000);
  const doc = disclosureSheet(d, ctx);

  test("A4 landscape with Nghị định 30 margins, fit to width, page numbers, header rows on every page", () => {
    expect(doc.name).toBe("Công khai");
    expect(doc.page).toEqual({ orientation: "landscape", margins: { top: 20, bottom: 20, left: 30, right: 15 }, fitToWidth: true, printTitleRows: expect.stringMatching(/^\d+:\d+$/), pageNumbers: true });
    const [from, to] = doc.page!.printTitleRows!.split(":").map(Number);
    expect(doc.rows[from - 1][0]).toBe("STT");
    expect(doc.rows[to - 1][0]).toBe("(1)");
    expect(doc.styles![0]).toEqual({ range: expect.stringMatching(/^A1:K\d+$/), style: { font: DOCUMENT_FONT, size: 12 } });
  });

  test("head, title with the campaign's name, groups with subtotals, total, Bằng chữ, signatures from Cấu hình", () => {
    const text = doc.rows.map((r) => r.filter((v) => v !== null).join(" | "));
    expect(text[0]).toBe("UBND HUYỆN ĐỊNH HÓA | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(text[2]).toBe("Điềm Mặc, ngày 15 tháng 7 năm 2024");
    expect(text).toContain("“Chung sức xây dựng nông thôn mới xã Điềm Mặc năm 2024”");
    const groups = doc.rows.filter((r) => typeof r[0] === "string" && /^[IVX]+$/.test(r[0])).map((r) => r[1]);
    expect(groups).toEqual(["CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC, NGƯỜI LAO ĐỘNG", "DOANH NGHIỆP, HỢP TÁC XÃ", "HỘ GIA ĐÌNH, NHÂN DÂN"]);
    const sub = doc.rows.filter((r) => typeof r[1] === "string" && /^Cộng II?I?(\.\d+)?$/.test(r[1])).map((r) => [r[1], r[9]]);
    expect(sub).toEqual([["Cộng I", 450_000], ["Cộng II", 15_000_000], ["Cộng III.1", 1_800_000], ["Cộng III.2", 300_000], ["Cộng III", 2_100_000]]);
    const total = doc.rows.findIndex((r) => r[1] === "TỔNG CỘNG");
    expect(doc.rows[total].slice(3, 10)).toEqual([2_250_000, 2, 300_000, null, 15_000_000, 120, 17_550_000]);
    expect(doc.rows[total + 1][0]).toBe(moneyInWordsLine(17_550_000));
    expect(doc.rows.flat()).toEqual(expect.arrayContaining(["Nhà hảo tâm (giấu tên)", "Hà Thị Thu", "Nông Văn Hải", "Ma Đình Việt", "TM. ỦY BAN NHÂN DÂN"]));
    expect(doc.rows.flat()).not.toContain("Trần Văn Em");
  });

  test("name order is Vietnamese: by given name, the anonymous last", () => {
    const byName = buildDisclosure(list, new Set(), { ...DEFAULT_DISCLOSURE_OPTIONS, grouping: "none", sort: "name" }, 150_000);
    expect(disclosureEntries(byName).map((e) => e.name)).toEqual(["Hộ bà Lò Thị An", "Công ty TNHH Hòa Bình", "Hộ ông Ma Văn Bình", "Nguyễn Văn Đức", "Nhà hảo tâm (giấu tên)"]);
    const byValue = buildDisclosure(list, new Set(), { ...DEFAULT_DISCLOSURE_OPTIONS, grouping: "none", sort: "value" }, 150_000);
    expect(disclosureEntries(byValue)[0].name).toBe("Công ty TNHH Hòa Bình");
  });

  test("choices and thresholds read back as written; unknown values fall back to the defaults", () => {
    const o = { scope: "received", pledges: "omit", grouping: "unit", sort: "value" } as const;
    expect(readDisclosureOptions(disclosureSettingValues(o))).toEqual(o);
    expect(readDisclosureOptions({ "disclose.scope": "tất cả" })).toEqual(DEFAULT_DISCLOSURE_OPTIONS);
    const t = { ...DEFAULT_THRESHOLDS, minValue: 5_000_000, minLand: 50, fullParticipation: 0.9 };
    expect(readThresholds(thresholdSettingValues(t))).toEqual(t);
  });
});

describe("report and commendation list", () => {
  test("the report says chưa tính and chưa phân bổ without those inputs, and totals received money", () => {
    const doc = campaignReportSheet({ contributions: list, received: new Set(["DS!5", "DS!6"]), reconciled: false, labourDayRate: 150_000 }, ctx);
    const text = doc.rows.flat().filter((v) => typeof v === "string").join("\n");
    expect(text).toContain("chưa tính");
    expect(text).toContain("Chưa phân bổ");
    expect(text).toContain("2. Tiền đã nhận (tiền mặt có phiếu thu; chuyển khoản chưa đối chiếu sao kê nên chưa tính): 800.000 đồng.");
    expect(text).toContain("Số: …/BC-UBND");
    expect(text).toContain("Kính gửi: Ủy ban nhân dân huyện Định Hóa.");
    const underProvince = campaignReportSheet({ contributions: list, received: new Set(), reconciled: false, labourDayRate: 150_000 }, { ...ctx, district: "", province: "Lạng Sơn" });
    expect(underProvince.rows.flat()).toEqual(expect.arrayContaining(["Kính gửi: Ủy ban nhân dân tỉnh Lạng Sơn.", "- UBND tỉnh Lạng Sơn;"]));
  });

  test("commendation takes land donors and large contributors, never an anonymous donor by name", () => {
    const cm = buildCommendation(list, { ...DEFAULT_THRESHOLDS, minValue: 800_000, topN: 0, minLand: 100 }, 150_000);
    expect(cm.people.map((p) => p.name).sort()).toEqual(["Hộ bà Lò Thị An", "Hộ ông Ma Văn Bình"].sort());
    expect(cm.collectives.map((p) => p.name)).toEqual(["Công ty TNHH Hòa Bình"]);
    expect(cm.anonymousLeftOut).toBe(1);
    expect(cm.participationKnown).toBe(false);
    const doc = commendationSheet(cm, ctx);
    expect(doc.rows.flat()).toContain("Hiến 120 m² đất");
    expect(doc.rows.flat().join(" ")).not.toContain("Trần Văn Em");
  });
});

/** Công khai on a district-scale list: the engine (list, groups, totals) and the three SheetDocs. */
import type { Contribution } from "../src/domain/contributions/types";
import type { SampleCampaign } from "../src/app/sample";
import { buildDisclosure, DEFAULT_DISCLOSURE_OPTIONS, disclosureSheet, type DocumentContext } from "../src/domain/reports/disclosure";
import { campaignReportSheet } from "../src/domain/reports/campaignReport";
import { buildCommendation, commendationSheet, DEFAULT_THRESHOLDS } from "../src/domain/reports/commendation";

type Measure = <T>(step: string, items: number, fn: () => T | Promise<T>) => Promise<T>;

export async function runDiscloseBenchmarks(campaign: SampleCampaign, measure: Measure): Promise<void> {
  const contributions: Contribution[] = campaign.contributions.map((c, i) => ({
    ...c,
    note: i % 97 === 0 ? "xin giấu tên" : i % 89 === 0 ? "SĐT 0912345678" : "",
    purpose: "",
    section: "",
    date: c.date,
  }));
  const received = new Set(campaign.contributions.filter((c) => c.channel === "cash").map((c) => `${c.sheet}!${c.row}`));
  const ctx: DocumentContext = {
    campaignName: campaign.settings["campaign.name"] ?? "",
    commune: campaign.commune,
    district: campaign.district,
    dateIso: "2024-07-15",
    signers: { preparer: { name: "A", title: "NGƯỜI LẬP BIỂU" }, accountant: { name: "B", title: "KẾ TOÁN" }, head: { name: "C", title: "CHỦ TỊCH", capacity: "TM. ỦY BAN NHÂN DÂN" } },
  };
  const n = contributions.length;
  const list = await measure("công khai: lập danh sách (engine)", n, () => buildDisclosure(contributions, received, { ...DEFAULT_DISCLOSURE_OPTIONS, scope: "received", sort: "name" }, 150_000));
  await measure("công khai: dựng trang Công khai (SheetDoc)", n, () => disclosureSheet(list, ctx));
  await measure("công khai: dựng trang Báo cáo (SheetDoc)", n, () => campaignReportSheet({ contributions, received, reconciled: false, labourDayRate: 150_000 }, ctx));
  await measure("công khai: đề nghị khen thưởng", n, () => commendationSheet(buildCommendation(contributions, DEFAULT_THRESHOLDS, 150_000), ctx));
}

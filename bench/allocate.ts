/** Phân bổ's engine on a district-scale campaign: the fund with earmarks, the rules, both documents. */
import type { SampleCampaign } from "../src/app/sample";
import { prng } from "../src/app/sample";
import { allocate } from "../src/domain/allocation/allocate";
import { buildFund } from "../src/domain/allocation/fund";
import { allocationSheet, decisionSheet, type DecisionSettings } from "../src/domain/allocation/sheets";
import type { Work } from "../src/domain/allocation/works";
import type { Contribution } from "../src/domain/contributions/types";
import { hashData } from "../src/domain/hash";

type Measure = <T>(step: string, items: number, fn: () => T | Promise<T>) => Promise<T>;

const WORKS = 2_000;

export async function runAllocateBenchmarks(campaign: SampleCampaign, measure: Measure): Promise<void> {
  const rnd = prng(8);
  const works: Work[] = Array.from({ length: WORKS }, (_, i) => ({
    sheet: "Danh mục công trình",
    row: i + 4,
    code: `CT${String(i + 1).padStart(4, "0")}`,
    name: `Công trình số ${i + 1} xóm ${i % 50}`,
    place: `Xóm ${i % 50}`,
    criterion: "Giao thông",
    estimate: 900_000_000,
    stateBudget: 600_000_000,
    requested: (1 + Math.floor(rnd() * 200)) * 1_000_000,
    priority: 1 + Math.floor(rnd() * 4),
    weight: Math.floor(rnd() * 300),
  }));
  // One money contribution in ten names a work by its code in Mục đích.
  const contributions: Contribution[] = campaign.contributions.map((c, i) => ({
    ...c,
    date: c.date,
    note: "",
    section: "",
    purpose: i % 10 === 0 ? `Ủng hộ ${works[i % WORKS].code}` : "",
  }));
  const fund = await measure("quỹ và tiền ghi theo công trình (buildFund)", contributions.length, () => buildFund(contributions, () => true, works));
  const allocation = await measure(`phân bổ ${WORKS} công trình (allocate)`, WORKS, () =>
    allocate({ works, general: fund.general, earmarked: fund.earmarked, method: "proportional", roundingUnit: 1000 }),
  );
  const settings: DecisionSettings = {
    commune: campaign.commune,
    district: campaign.district,
    campaignName: "Chung sức xây dựng nông thôn mới",
    year: campaign.year,
    number: null,
    dateIso: null,
    bases: ["Luật Tổ chức chính quyền địa phương"],
    proposer: "Phòng Kinh tế xã",
    executors: "",
    recipients: [],
    signer: { capacity: "TM. ỦY BAN NHÂN DÂN", title: "CHỦ TỊCH", name: "Ma Đình Việt" },
    fundSource: "recorded",
  };
  await measure("dựng trang Phân bổ và Quyết định (SheetDoc)", WORKS, () => [allocationSheet(allocation, settings), decisionSheet(allocation, settings)]);
  await measure("mã băm dữ liệu đầu vào (hashData)", fund.entries.length, () => hashData(fund.entries));
}

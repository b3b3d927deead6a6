/**
 * Công khai, Báo cáo and Khen thưởng on the generator's fixtures: every contributor appears once
 * per listed contribution, names in Unicode whatever their source encoding, totals and "Bằng chữ"
 * exact; the same sheets from the .xlsx adapter (CLI, web) and the Office.js adapter (Excel).
 */
import { seedOfDoc as seedOf } from "../excel/seed";
import { loadDiscloseChoices, runDisclose, type DiscloseChoices } from "../../src/app/disclose";
import { sampleWorkbook } from "../../src/app/files";
import { ensureSettingsSheet } from "../../src/app/settings";
import { planAllocation } from "../../src/app/allocate";
import { computeWorkbookQuotas } from "../../src/app/quota";
import type { Contribution } from "../../src/domain/contributions/types";
import { formatMoney, labourDaysToMoney, moneyInWordsLine } from "../../src/domain/money";
import { ANONYMOUS_NAME, hasPersonalNumber } from "../../src/domain/reports/privacy";
import type { CellValue, SheetDoc } from "../../src/domain/sheet/types";
import type { WorkbookPort } from "../../src/workbook/port";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { FakeExcel } from "../excel/fakeExcel";
import { inspectSheet, portOver } from "../excel/harness";
import { generateContributionList } from "../fixtures/contributionLists";

const DATE = "2024-07-15";
const RATE = 150_000;


async function xlsxOf(docs: SheetDoc[]): Promise<XlsxWorkbook> {
  const book = XlsxWorkbook.empty();
  for (const d of docs) await book.addUserSheet(d);
  return XlsxWorkbook.fromBuffer(await book.toBuffer());
}

interface Listed {
  name: string;
  unit: string;
  amount: number;
  days: number;
  labourValue: number;
  inKindValue: number;
  land: number;
  total: number;
}

/** The entry rows (a number in STT) of the main table, its TỔNG CỘNG row and the line under it. */
function readDisclosure(values: CellValue[][]) {
  const entries: Listed[] = [];
  const pledges: Listed[] = [];
  let total: CellValue[] | null = null;
  let words = "";
  let inPledges = false;
  let pledgeTotal: CellValue[] | null = null;
  for (const [i, r] of values.entries()) {
    if (r[1] === "TỔNG CỘNG") {
      total = r;
      words = String(values[i + 1][0]);
    }
    if (typeof r[1] === "string" && r[1].startsWith("CÁC KHOẢN ĐÃ ĐĂNG KÝ")) inPledges = true;
    if (r[1] === "Cộng chưa nộp") pledgeTotal = r;
    if (typeof r[0] === "number" && typeof r[1] === "string") {
      const n = (v: CellValue) => (typeof v === "number" ? v : 0);
      const e = { name: r[1], unit: String(r[2] ?? ""), amount: n(r[3]), days: n(r[4]), labourValue: n(r[5]), inKindValue: n(r[7]), land: n(r[8]), total: n(r[9]) };
      (inPledges ? pledges : entries).push(e);
    }
  }
  return { entries, pledges, total, words, pledgeTotal };
}

function given(c: Contribution): boolean {
  return c.amount > 0 || c.days > 0 || c.inKindValue > 0 || c.inKindDescription !== "" || c.landArea > 0;
}

function sorted<T>(xs: T[]): T[] {
  return [...xs].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
}

const run = (port: WorkbookPort, choices: DiscloseChoices = {}) => runDisclose(port, { dateIso: DATE, ...choices }, { now: () => new Date("2024-07-15T08:00:00Z") });

describe.each([1, 2, 3, 5])("fixture list, seed %i", (seed) => {
  const { doc, expected } = generateContributionList({ seed, header: seed % 2 ? "one-row" : "two-row", faults: "none", legacy: 0.4 });
  const truth = expected.contributions.filter(given);

  it("lists every contribution once, its name in Unicode, with exact figures, totals and Bằng chữ", async () => {
    const book = await xlsxOf([doc]);
    await run(book);
    const read = readDisclosure((await book.readSheet("Công khai")).values);
    const want = truth.map((c) => {
      const labourValue = c.days ? labourDaysToMoney(c.days, RATE) : 0;
      return { name: c.name, unit: c.unit, amount: c.amount, days: c.days, labourValue, inKindValue: c.inKindValue, land: c.landArea, total: c.amount + labourValue + c.inKindValue };
    });
    expect(want.length).toBeGreaterThan(10);
    // Some names were typed in TCVN3 or VNI: the list shows them in Unicode all the same.
    expect(doc.styles?.some((s) => s.style.font === ".VnTime" || s.style.font === "VNI-Times")).toBe(true);
    expect(sorted(read.entries)).toEqual(sorted(want));
    for (const e of read.entries) expect(e.name).toBe(e.name.normalize("NFC"));
    const sum = (k: keyof Listed) => want.reduce((s, e) => s + (e[k] as number), 0);
    expect(read.total?.[3]).toBe(sum("amount"));
    expect(read.total?.[5]).toBe(sum("labourValue"));
    expect(read.total?.[7]).toBe(sum("inKindValue"));
    expect(read.total?.[9]).toBe(sum("total"));
    expect(read.words).toBe(moneyInWordsLine(sum("total")));
  });

  it("writes the same three sheets inside Excel as on the .xlsx file", async () => {
    const book = await xlsxOf([doc]);
    const fake = new FakeExcel([seedOf(doc)]);
    const excel = portOver(fake);
    await run(book);
    await run(excel);
    for (const name of ["Công khai", "Báo cáo", "Khen thưởng"]) {
      expect((await excel.readSheet(name)).values).toEqual((await book.readSheet(name)).values);
    }
    // Printed the same way inside Excel: A4 landscape, the header rows repeated, Times New Roman.
    const page = inspectSheet(fake, "Công khai");
    expect(page.orientation).toBe("landscape");
    expect(page.printTitleRows?.replace(/\$/g, "")).toMatch(/^\d+:\d+$/);
    expect(page.cell("B12").fontName).toBe("Times New Roman");
    expect(fake.sheet("Công khai")!.page.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(fake.sheet("Công khai")!.page.centerFooter).toBe("Trang &P/&N");
  });
});

describe("the sample campaign", () => {
  it("lists only what was received, with unpaid pledges apart, and remembers the choice", async () => {
    const { book, campaign } = await sampleWorkbook();
    const result = await run(book, { options: { scope: "received", pledges: "apart" } });
    const read = readDisclosure((await book.readSheet("Công khai")).values);
    const all = campaign.contributions.reduce((s, c) => s + c.amount, 0);
    const receipted = campaign.contributions.filter((c) => c.channel === "cash" && c.receipt).reduce((s, c) => s + c.amount, 0);
    expect(read.total?.[3]).toBe(receipted);
    expect(read.pledgeTotal?.[3]).toBe(all - receipted);
    expect(read.pledges.length).toBe(campaign.contributions.filter((c) => c.channel === "transfer").length);
    expect(result.disclosure.pledgeTotals.amount + result.disclosure.totals.amount).toBe(all);
    expect((await loadDiscloseChoices(book)).options.scope).toBe("received");
    const again = await run(book);
    expect(again.options.scope).toBe("received");
  });

  it("says what is not computed yet, and shows participation and allocation once given", async () => {
    const { book } = await sampleWorkbook();
    await run(book, { participation: null, allocation: null });
    const text = (await book.readSheet("Báo cáo")).values.flat().filter((v) => typeof v === "string").join("\n");
    expect(text).toMatch(/chưa tính/);
    expect(text).toMatch(/Chưa phân bổ/);
    await run(book, {
      participation: [{ unit: "Trường Mầm non", headcount: 8, participationRate: 1 }],
      allocation: { total: 41_950_000, unallocated: 1_950_000, items: [{ name: "Bê tông hóa đường trục xóm Bản Piềng", allocated: 40_000_000 }] },
    });
    const values = (await book.readSheet("Báo cáo")).values;
    const report = values.flat().filter((v) => typeof v === "string").join("\n");
    expect(report).toMatch(/Đã phân bổ 40\.000\.000 đồng cho 1 công trình/);
    expect(values.some((r) => r[1] === "Trường Mầm non" && r[2] === 8 && r[3] === 8 && r[4] === 1)).toBe(true);
    const commend = (await book.readSheet("Khen thưởng")).values;
    expect(commend.some((r) => r[1] === "Trường Mầm non" && String(r[3]).includes("100%"))).toBe(true);
  });

  it("takes participation from Định mức and the allocation from Phân bổ where they are not given", async () => {
    const { book } = await sampleWorkbook();
    const quota = await computeWorkbookQuotas(book);
    const plan = await planAllocation(book);
    const result = await run(book);
    const values = (await book.readSheet("Báo cáo")).values;
    const report = values.flat().filter((v) => typeof v === "string").join("\n");
    const works = plan.allocation.lines.filter((l) => l.allocated > 0).length;
    expect(report).toContain(`Đã phân bổ ${formatMoney(plan.allocation.allocated)} đồng cho ${works} công trình`);
    const school = quota.units.find((u) => u.unit === "Trường Mầm non")!;
    expect(values.some((r) => r[1] === "Trường Mầm non" && r[2] === school.headcount && r[3] === school.participants)).toBe(true);
    const full = quota.units.filter((u) => u.participationRate === 1).map((u) => u.unit);
    expect(full.length).toBeGreaterThan(0);
    expect(result.commendation.collectives.map((c) => c.name)).toEqual(expect.arrayContaining(full));
  });

  it("proposes land donors and large contributors by the thresholds set", async () => {
    const { book, campaign } = await sampleWorkbook();
    const result = await run(book, { thresholds: { minLand: 150, minValue: 10_000_000, topN: 0 }, participation: null });
    const land = campaign.contributions.filter((c) => c.landArea >= 150).map((c) => c.name);
    const big = campaign.contributions.filter((c) => c.amount + c.inKindValue + c.days * RATE >= 10_000_000).map((c) => c.name);
    const names = [...result.commendation.collectives, ...result.commendation.people].map((c) => c.name);
    expect(sorted(names)).toEqual(sorted([...new Set([...land, ...big])]));
  });
});

describe("privacy", () => {
  const list: SheetDoc = {
    name: "DS ủng hộ",
    rows: [
      ["DANH SÁCH ỦNG HỘ NĂM 2024"],
      ["STT", "Họ và tên", "Đơn vị", "Số tiền", "Ghi chú"],
      [1, "Nguyễn Văn An - 0912 345 678", "Xóm Bản Piềng", 500000, "CCCD 001203004567"],
      [2, "Trần Thị Bình", "Xóm Bản Piềng", 2000000, "xin giấu tên"],
      [3, "Lê Văn Cường (ĐT: 0987.654.321)", "Xóm Đồng Tâm", 300000, "STK 8502215000001 Agribank"],
      [4, "Phạm Thị Dung", "Xóm Đồng Tâm", 1000000, "ẩn danh, SĐT +84 912 345 678"],
      [5, "Hộ ông Hoàng Văn Em", "Xóm Đồng Tâm", 10000000, "Nộp 10.000.000 đồng tại hội nghị"],
    ],
  };

  it("never shows a phone, ID or account number; anonymous donors are named as such and still counted", async () => {
    const book = await xlsxOf([list]);
    await run(book, { thresholds: { minValue: 1_000_000, topN: 0 } });
    for (const sheet of ["Công khai", "Báo cáo", "Khen thưởng"]) {
      for (const v of (await book.readSheet(sheet)).values.flat()) if (typeof v === "string") expect(hasPersonalNumber(v)).toBe(false);
    }
    const read = readDisclosure((await book.readSheet("Công khai")).values);
    expect(read.entries.map((e) => e.name).sort()).toEqual(["Hộ ông Hoàng Văn Em", "Lê Văn Cường", "Nguyễn Văn An", ANONYMOUS_NAME, ANONYMOUS_NAME].sort());
    expect(read.total?.[3]).toBe(13_800_000);
    const values = (await book.readSheet("Công khai")).values;
    expect(values.some((r) => r[10] === "Nộp 10.000.000 đồng tại hội nghị")).toBe(true);
    const commend = (await book.readSheet("Khen thưởng")).values.flat().join(" ");
    expect(commend).not.toMatch(/Trần Thị Bình|Phạm Thị Dung|giấu tên\)/);
    expect(commend).toMatch(/Hoàng Văn Em/);
  });
});

it("a workbook without Cấu hình gets one and the documents carry its defaults", async () => {
  const { doc } = generateContributionList({ seed: 7, header: "one-row", faults: "none" });
  const book = await xlsxOf([doc]);
  expect(await ensureSettingsSheet(book)).toBe(true);
  await run(book);
  const values = (await book.readSheet("Công khai")).values;
  expect(values[0][0]).toBe("ỦY BAN NHÂN DÂN XÃ …");
  expect(values.some((r) => r[0] === "BẢNG CÔNG KHAI")).toBe(true);
});

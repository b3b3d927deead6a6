/** Engine-only steps (no file I/O), measured on plain data from the generator. */
import type { SampleCampaign } from "../src/app/sample";
import { detectTable } from "../src/domain/sheet/headers";
import { ALL_TABLES } from "../src/domain/sheet/tableSpecs";
import { convertColumn, encodeTcvn3, encodeVni } from "../src/domain/text";
import { amountInWords, parseLabourDays, parseMoney } from "../src/domain/money";
import { parseDate } from "../src/domain/dates";
import { prng } from "../src/app/sample";
import type { CellValue, Grid } from "../src/domain/sheet/types";

type Measure = <T>(step: string, items: number, fn: () => T | Promise<T>) => Promise<T>;

/** Where a header sits in the contribution sheet, so that the steps follow the sample's layout. */
function columnOf(rows: readonly CellValue[][], header: string): number {
  for (const row of rows.slice(0, 20)) {
    const at = row.indexOf(header);
    if (at !== -1) return at;
  }
  throw new Error(`bench: no "${header}" column in the sample`);
}

export async function runEngineBenchmarks(campaign: SampleCampaign, measure: Measure): Promise<void> {
  const doc = campaign.sheets[0];
  const grid: Grid = { sheet: doc.name, origin: { row: 1, col: 1 }, values: doc.rows };
  const n = doc.rows.length;
  const col = (header: string) => columnOf(doc.rows, header);
  await measure("nhận diện tiêu đề (header detection)", n, () => detectTable(grid, ALL_TABLES));
  const nameAt = col("Họ và tên");
  const names = doc.rows.map((r) => (typeof r[nameAt] === "string" ? r[nameAt] : null));
  await measure("chuyển mã tên sang Unicode (cột)", names.length, () => convertColumn(names, { nameColumn: true }));
  const moneyAt = col("Tiền (đồng)");
  const money = doc.rows.map((r) => r[moneyAt] ?? null);
  await measure("đọc số tiền (parseMoney)", money.length, () => money.map((v) => parseMoney(v)));
  const dateAt = col("Ngày nộp");
  const dates = doc.rows.map((r) => r[dateAt] ?? null);
  await measure("đọc ngày (parseDate)", dates.length, () => dates.map((v) => parseDate(v, { campaignYear: campaign.year })));
  const amounts = campaign.contributions.map((c) => c.amount);
  await measure("đọc số bằng chữ (amountInWords)", amounts.length, () => amounts.map((a) => amountInWords(a)));
  await runNormalizationPass(campaign, measure);
}

// ---------------------------------------------------------------------------------------------
// A 100.000-row normalization pass: the budget is 1 s of engine time for all of it.

const ROWS = 100_000;

/**
 * Name syllables as commune lists have them. Whole names are unique (a real list has few exact
 * duplicates) while their syllables repeat heavily, as they do in Vietnamese.
 */
const FAMILY = words(`Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Đoàn Trịnh Mai
  Lâm Lương Cao Trương Hà Ma Nông Triệu Lò Hứa`);
const MIDDLE = words(`Văn Thị Hữu Đức Minh Ngọc Thanh Xuân Thu Hồng Kim Anh Quốc Quang Duy Gia Bảo Đình Công Trọng
  Thế Mạnh Tuấn Khánh Bích`);
const GIVEN = words(`An Anh Ánh Bắc Bằng Bình Cảnh Chi Chiến Cúc Cường Dân Diệp Dũng Dung Duyên Đạt Đào Điệp Định
  Đông Giang Hà Hải Hạnh Hằng Hậu Hiền Hiếu Hòa Hoa Hoài Hồng Hợp Hùng Hưng Hương Hường Huy Huyền Huệ Khải Khang
  Khánh Khoa Khôi Kiên Lam Lan Liên Liễu Linh Loan Lộc Long Lực Lụa Lượng Mai Mạnh Minh Mỹ Nam Nga Ngân Nghĩa Ngọc
  Nguyên Nguyệt Nhàn Nhung Oanh Phát Phong Phú Phúc Phương Quân Quang Quế Quyên Quý Quỳnh Sang Sen Sơn Tài Tâm Tân
  Thái Thanh Thành Thảo Thắng Thịnh Thoa Thông Thu Thuận Thủy Thúy Thư Thương Tiến Toàn Trang Trâm Trinh Trung
  Tú Tuấn Tùng Tuyết Uyên Vân Việt Vinh Xuân Yến`);

function words(list: string): string[] {
  return list.split(/\s+/);
}


/** `count` distinct names, typed as the sample types them: Unicode, TCVN3, VNI or NFD. */
function uniqueNames(count: number): string[] {
  const rnd = prng(100_000);
  const pick = (list: readonly string[]) => list[Math.floor(rnd() * list.length)];
  const seen = new Set<string>();
  while (seen.size < count) {
    const middle = rnd() < 0.5 ? pick(MIDDLE) : `${pick(MIDDLE)} ${pick(MIDDLE)}`;
    seen.add(`${pick(FAMILY)} ${middle} ${pick(GIVEN)}`);
  }
  const typings = [(n: string) => n, (n: string) => n, encodeTcvn3, encodeVni, (n: string) => n.normalize("NFD")];
  return [...seen].map((name, i) => typings[i % typings.length](name));
}

/** The non-empty cells of a column, repeated to `count` cells. */
function cycle(values: readonly CellValue[], count: number): CellValue[] {
  const filled = values.filter((v) => v !== null && v !== "");
  return Array.from({ length: count }, (_, i) => filled[i % filled.length]);
}

/** Labour days as lists type them: numbers, decimals with either mark, words, halves. */
const LABOUR_NOTATIONS: readonly CellValue[] = [
  2, 3, 1, "2", "3", "2,5", "1.5", "3 ngày", "2 công", "1 ngày rưỡi", "nửa ngày", "1½", 0.5, "4 ngày công",
];

async function runNormalizationPass(campaign: SampleCampaign, measure: Measure): Promise<void> {
  const all = campaign.sheets[0].rows;
  const col = (header: string) => columnOf(all, header);
  const rows = all.slice(all.findIndex((r) => r.includes("Tiền (đồng)")) + 1);
  const column = (...headers: string[]) => {
    const at = headers.map(col);
    return rows.flatMap((r) => at.map((i) => r[i] ?? null));
  };

  const names = uniqueNames(ROWS);
  await measure("100.000 tên khác nhau: chuyển mã (cột)", ROWS, () => convertColumn(names, { nameColumn: true }));
  const units = cycle(column("Đơn vị/Thôn"), ROWS).map((v) => (typeof v === "string" ? v : null));
  await measure("100.000 ô đơn vị/thôn: chuyển mã (cột)", ROWS, () => convertColumn(units));
  const money = cycle(column("Tiền (đồng)", "Giá trị hiện vật (đồng)"), ROWS);
  await measure("100.000 ô tiền (parseMoney)", ROWS, () => money.map((v) => parseMoney(v)));
  const dates = cycle(column("Ngày nộp"), ROWS);
  await measure("100.000 ô ngày (parseDate)", ROWS, () => dates.map((v) => parseDate(v, { campaignYear: campaign.year })));
  const labour = Array.from({ length: ROWS }, (_, i) => LABOUR_NOTATIONS[i % LABOUR_NOTATIONS.length]);
  await measure("100.000 ô ngày công (parseLabourDays)", ROWS, () => labour.map((v) => parseLabourDays(v)));
}

/**
 * A generator of reconciliation cases: recorded contributions and the statement lines that truly
 * came for them, with every hard case of issue 6 — near-name twins of the same amount on the same
 * day, relatives paying, amount typos, transfers that never came, unknown donors, interest, fees,
 * a unit's batch, cash deposits, installments — and the truth of each line.
 */
import { prng } from "../../../src/app/sample";
import type { Contribution } from "../../../src/domain/contributions/types";
import type { StatementLine } from "../../../src/domain/reconcile/types";
import { foldText } from "../../../src/domain/text";

export type TruthKind = "clean" | "twin" | "twin-same-fold" | "relative" | "typo" | "unknown" | "interest" | "fee" | "batch" | "deposit" | "installment";

export interface TrueLine {
  line: StatementLine;
  kind: TruthKind;
  /** Contribution keys ("sheet!row") the line truly pays for. */
  pays: string[];
}

export interface ReconcileFixture {
  contributions: Contribution[];
  lines: TrueLine[];
  /** Transfers recorded that never came. */
  neverCame: string[];
}

const SHEET = "DS ủng hộ";
const STATEMENT = "Sao kê";
const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ma", "Hà", "Lương", "Nông", "Triệu", "Dương", "Lò", "Mông", "Chu"];
const MIDDLE = ["Văn", "Thị", "Đình", "Đức", "Minh", "Quang", "Xuân", "Thu", "Thanh", "Ngọc", "Hồng", "Kim", "Bá"];
const GIVEN = ["An", "Bình", "Cường", "Dũng", "Đông", "Hùng", "Khánh", "Long", "Mạnh", "Nam", "Phúc", "Sơn", "Thắng", "Trường", "Tuấn", "Việt", "Anh", "Chi", "Dung", "Hạnh", "Lan", "Liên", "Mai", "Nhung", "Oanh", "Phương", "Thảo", "Yến", "Giang", "Huệ", "Lộc", "Tâm"];
/** Given names that differ only by their diacritics or by one letter: banks drop the marks. */
const TWINS: [string, string, boolean][] = [
  ["Hải", "Hảo", false],
  ["Hương", "Hường", true],
  ["Thu", "Thư", true],
  ["Hà", "Hạ", true],
  ["Tú", "Tư", true],
  ["Hiền", "Hiên", true],
  ["Quý", "Quy", true],
  ["Lan", "Loan", false],
  ["Minh", "Linh", false],
];
const HAMLETS = ["Xóm Bản Piềng", "Xóm Đồng Tâm", "Xóm Khuôn Tát", "Xóm Làng Mới", "Xóm Na Lang"];
const UNITS = ["Trường Mầm non", "Trường Tiểu học", "Trường THCS", "Trạm Y tế xã", "Hội Cựu chiến binh"];
const ascii = (s: string) => foldText(s).toUpperCase();

export function makeFixture(seed: number, size = 40, windowDays = 7): ReconcileFixture {
  const rnd = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const contributions: Contribution[] = [];
  const lines: TrueLine[] = [];
  const neverCame: string[] = [];
  const used = new Set<string>();
  let row = 8;
  let lineRow = 8;
  let receiptNo = 1;
  const year = 2024;
  const base = Date.UTC(year, 4, 1);
  const iso = (day: number) => new Date(base + day * 86_400_000).toISOString().slice(0, 10);

  /** A name whose folded form nobody else has: so a clean transfer has one true donor. */
  const freshName = (given?: string): string => {
    for (let tries = 0; tries < 1000; tries++) {
      const n = `${pick(FAMILY)} ${pick(MIDDLE)} ${given ?? pick(GIVEN)}`;
      const f = foldText(n);
      if (!used.has(f)) {
        used.add(f);
        return n;
      }
    }
    throw new Error("names exhausted");
  };
  const money = () => int(1, 20) * 100_000;
  const add = (c: Partial<Contribution> & Pick<Contribution, "name" | "amount">): Contribution => {
    const full: Contribution = {
      sheet: SHEET,
      row: row++,
      unit: pick(HAMLETS),
      kind: "household",
      channel: "transfer",
      days: 0,
      inKindDescription: "",
      inKindValue: 0,
      landArea: 0,
      date: iso(int(0, 60)),
      receipt: "",
      note: "",
      purpose: "",
      section: "",
      ...c,
    };
    contributions.push(full);
    return full;
  };
  const key = (c: Contribution) => `${c.sheet}!${c.row}`;
  const line = (date: string, description: string, credit: number, debit: number, kind: TruthKind, pays: Contribution[]) => {
    lines.push({ line: { sheet: STATEMENT, row: lineRow++, date, reference: String(100000 + lineRow), description, credit, debit, balance: null }, kind, pays: pays.map(key) });
  };
  const after = (c: Contribution, max = windowDays) => iso(Math.round((Date.parse(c.date as string) - base) / 86_400_000) + int(0, max));
  const wrap = (who: string, c: Contribution) =>
    pick([
      (n: string) => `MBVCB.${6_900_000_000 + c.row}.${c.row}.${n} ung ho NTM.CT tu 0491000000${c.row} ${n} toi 8502215000001 UBND XA DIEM MAC`,
      (n: string) => `CT nhanh 247 den: ${n} chuyen tien ung ho NTM`,
      (n: string) => `Chuyen tien den tu NAPAS Noi dung: ${n} UNG HO XAY DUNG NONG THON MOI`,
      (n: string) => `${n} dong gop xay dung NTM; thoi gian GD:${(c.date as string).replace(/-/g, "")} 09:12:31`,
      (n: string) => `IBFT ${n} UNG HO CHUNG SUC XD NTM FT24${c.row}000`,
      (n: string) => `${n} ${c.unit ? ascii(c.unit) : ""} UNG HO NTM`,
    ])(ascii(who));
  const prefix = () => pick(["", "Hộ ông ", "Hộ bà ", "Hộ "]);

  for (let k = 0; k < size; k++) {
    const r = rnd();
    if (r < 0.35) {
      const c = add({ name: prefix() + freshName(), amount: money() });
      line(after(c), wrap(c.name.replace(/^Hộ (ông |bà )?/, ""), c), c.amount, 0, "clean", [c]);
    } else if (r < 0.45) {
      const [a, b, sameFold] = pick(TWINS);
      const family = pick(FAMILY);
      const middle = pick(MIDDLE);
      const nameA = `${family} ${middle} ${a}`;
      const nameB = `${family} ${middle} ${b}`;
      if (used.has(foldText(nameA)) || used.has(foldText(nameB))) continue;
      used.add(foldText(nameA));
      used.add(foldText(nameB));
      const amount = money();
      const date = iso(int(0, 60));
      const ca = add({ name: nameA, amount, date });
      const cb = add({ name: nameB, amount, date });
      const kind = sameFold ? "twin-same-fold" : "twin";
      line(after(ca), wrap(nameA, ca), amount, 0, kind, [ca]);
      if (rnd() < 0.7) line(after(cb), wrap(nameB, cb), amount, 0, kind, [cb]);
    } else if (r < 0.5) {
      const c = add({ name: "Hộ bà " + freshName(), amount: money() });
      const payer = freshName();
      used.add(foldText(payer));
      line(after(c), `${ascii(payer)} CK CHO ME LA BA ${ascii(c.name.replace(/^Hộ bà /, ""))} UNG HO NTM`, c.amount, 0, "relative", [c]);
    } else if (r < 0.56) {
      const c = add({ name: freshName(), amount: money() });
      const typo = pick([c.amount + 10_000, c.amount - 10_000, c.amount * 10, c.amount + 1_000_000, Math.max(50_000, c.amount / 2)]);
      line(after(c), wrap(c.name, c), typo, 0, "typo", [c]);
    } else if (r < 0.62) {
      const c = add({ name: freshName(), amount: money() });
      neverCame.push(key(c));
    } else if (r < 0.7) {
      // Someone nobody recorded, sometimes of an amount somebody else recorded that week.
      const stranger = freshName();
      const other = contributions.length > 0 ? pick(contributions) : null;
      const amount = other && rnd() < 0.5 ? other.amount : money();
      const date = other?.date && rnd() < 0.5 ? other.date : iso(int(0, 60));
      line(date, `${ascii(stranger)} ung ho NTM`, amount, 0, "unknown", []);
    } else if (r < 0.73) {
      line(iso(int(0, 60)), pick(["LAI TIEN GUI KY HAN THANG 5", "TRA LAI TIEN GUI", "Lai nhap goc"]), int(1_000, 60_000), 0, "interest", []);
    } else if (r < 0.76) {
      line(iso(int(0, 60)), pick(["PHI QUAN LY TAI KHOAN", "THU PHI SMS BANKING", "Phi chuyen tien"]), 0, pick([11_000, 22_000, 5_500]), "fee", []);
    } else if (r < 0.83) {
      const unit = UNITS.find((u) => !contributions.some((c) => c.unit === u));
      if (!unit) continue;
      const n = int(3, 8);
      const rows: Contribution[] = [];
      const day = int(0, 50);
      for (let m = 0; m < n; m++) rows.push(add({ name: freshName(), unit, kind: "staff", amount: pick([300_000, 450_000, 200_000]), date: iso(day + int(0, 3)) }));
      const last = rows.reduce((d, c) => ((c.date as string) > d ? (c.date as string) : d), rows[0].date as string);
      const total = rows.reduce((s, c) => s + c.amount, 0);
      line(iso(Math.round((Date.parse(last) - base) / 86_400_000) + int(0, 5)), `${ascii(unit)} CHUYEN TIEN UNG HO NTM THEO DANH SACH GUI KEM`, total, 0, "batch", rows);
    } else if (r < 0.9) {
      const n = int(2, 12);
      const rows: Contribution[] = [];
      let day = lines.reduce((d, l) => (l.kind === "deposit" ? Math.max(d, Math.round((Date.parse(l.line.date as string) - base) / 86_400_000)) : d), -1) + 1;
      for (let m = 0; m < n; m++) {
        day += int(0, 1);
        rows.push(add({ name: "Hộ ông " + freshName(), channel: "cash", amount: money(), date: iso(day), receipt: `PT${String(receiptNo++).padStart(3, "0")}` }));
      }
      const total = rows.reduce((s, c) => s + c.amount, 0);
      const style = int(0, 1);
      const description =
        style === 0 ? `NOP TIEN MAT UNG HO NTM THEO PHIEU THU ${rows[0].receipt}-${rows[rows.length - 1].receipt}` : `KE TOAN XA NOP TIEN MAT THU UNG HO NTM`;
      line(iso(day + int(0, 2)), description, total, 0, "deposit", rows);
    } else {
      const c = add({ name: freshName(), amount: int(2, 10) * 1_000_000 });
      const first = Math.round(c.amount / 2 / 100_000) * 100_000;
      line(after(c, 3), wrap(c.name, c) + " DOT 1", first, 0, "installment", [c]);
      line(after(c, 3), wrap(c.name, c) + " DOT 2", c.amount - first, 0, "installment", [c]);
    }
  }
  return { contributions, lines, neverCame };
}

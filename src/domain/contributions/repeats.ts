/**
 * The same row typed twice, and one receipt for two donors: what makes two rows one, shared by
 * the check of a list's own rows (ListReader) and that of a workbook's lists against each other.
 */
import { foldText } from "../text/fold";
import { caselessEqual, caselessHash, numberHash } from "../text/caseless";
import { cellDiagnostic, type Contribution, type Diagnostic } from "./types";

/** Receipt numbers are compared ignoring case and white space: "PT 012" is "pt012". */
export const RECEIPT_COMPARISON = { ignoreSpaces: true };

/** The same row typed twice: the same figures, date, name, unit and receipt. */
export function sameRow(a: Contribution, b: Contribution): boolean {
  return (
    a.amount === b.amount &&
    a.days === b.days &&
    a.date === b.date &&
    a.inKindValue === b.inKindValue &&
    a.landArea === b.landArea &&
    caselessEqual(a.name, b.name) &&
    caselessEqual(a.unit, b.unit) &&
    caselessEqual(a.receipt, b.receipt)
  );
}

/**
 * A hash equal for rows sameRow finds equal, from their name's hash. With the date in it, rows of
 * one name and amount on other days (a household every month) hash apart and are never compared.
 */
export function rowHash(c: Contribution, nameHash: number): number {
  const figures = numberHash(numberHash(numberHash(numberHash(nameHash, c.amount), c.days), c.inKindValue), c.landArea);
  return c.date === null ? figures : caselessHash(figures, c.date);
}

/** Two uses of one receipt by one donor, however the name is typed, are one payment. */
export function sameDonor(a: string, b: string): boolean {
  return caselessEqual(a, b) || foldText(a) === foldText(b);
}

/** A workbook's list as the check across lists needs it. */
export interface ListedContributions {
  readonly sheet: string;
  readonly contributions: readonly Contribution[];
  /** Column letters of its names and of its receipt numbers (null where it keeps none). */
  readonly nameColumn: string;
  readonly receiptColumn: string | null;
}

interface Placed {
  readonly list: number;
  readonly c: Contribution;
}

/**
 * The repeats whose two rows stand on different lists of a workbook, or different tables of a
 * sheet: a household typed on two hamlets' sheets, one receipt book shared by two collectors
 * writing the same number for two donors. Each is told on the later list's row, naming the
 * earlier one's row (and sheet). Repeats within one list are that list's own check's.
 */
export function repeatsAcrossLists(lists: readonly ListedContributions[]): Diagnostic[] {
  if (lists.length < 2) return [];
  const rows = new Map<number, Placed[]>();
  const receipts = new Map<number, Placed[]>();
  const found: Diagnostic[] = [];
  lists.forEach((list, l) => {
    for (const c of list.contributions) {
      const twin = earlierOnAnotherList(rows, rowHash(c, caselessHash(0, c.name)), { list: l, c }, (e) => samePaymentOnTwoLists(e.c, c));
      if (twin !== null) {
        found.push(cellDiagnostic(list.sheet, list.nameColumn, c.row, "duplicate-row", `dòng trùng hoàn toàn với ${rowOf(twin, list.sheet)} ("${twin.c.name}"): có thể gõ hai lần.`));
      }
      if (c.receipt === "" || list.receiptColumn === null) continue;
      const other = earlierOnAnotherList(receipts, caselessHash(0, c.receipt, RECEIPT_COMPARISON), { list: l, c }, (e) => caselessEqual(e.c.receipt, c.receipt, RECEIPT_COMPARISON));
      if (other !== null && !sameDonor(other.c.name, c.name)) {
        found.push(cellDiagnostic(list.sheet, list.receiptColumn, c.row, "receipt-reused", `số phiếu thu "${c.receipt}" đã dùng cho "${other.c.name}" ở ${rowOf(other, list.sheet)}.`));
      }
    }
  });
  return found;
}

/** "dòng 5 của trang "Thôn 1"": an earlier row, its sheet named where it is not the later row's (tables stacked or side by side). */
function rowOf(earlier: Placed, sheet: string): string {
  return earlier.c.sheet === sheet ? `dòng ${earlier.c.row}` : `dòng ${earlier.c.row} của trang "${earlier.c.sheet}"`;
}

/**
 * A row of one list typed again on another: as sameRow, but where each list has its unit from its
 * own title or sheet ("Nộp muộn" beside "Thôn 1"), the units may differ. A receipt number settles
 * it; without one, two lists' units must agree where both are known, since two hamlets may each
 * have a "Nguyễn Văn An" who gave the same on the same day.
 */
function samePaymentOnTwoLists(a: Contribution, b: Contribution): boolean {
  const unitsMayDiffer = a.receipt !== "" || a.unit === "" || b.unit === "";
  return sameRow(a, unitsMayDiffer ? { ...b, unit: a.unit } : b);
}

/** The first earlier item of the hash's bucket on another list that `equal` accepts; the item joins the bucket. */
function earlierOnAnotherList(buckets: Map<number, Placed[]>, hash: number, item: Placed, equal: (earlier: Placed) => boolean): Placed | null {
  const bucket = buckets.get(hash);
  if (bucket === undefined) {
    buckets.set(hash, [item]);
    return null;
  }
  const earlier = bucket.find((e) => e.list !== item.list && equal(e));
  bucket.push(item);
  return earlier ?? null;
}

/**
 * Money typed in one cell with something more than itself, as offices write it when the list has
 * no column for the rest: labour days beside it ("500k + 2 ngày công"), or an amount per person
 * times the persons ("200.000 x 3 khẩu"). Asked only of a cell that did not read as an amount.
 */
import { parseLabourDays } from "./labour";
import { summedParts } from "./parse";
import { parseMoneyIn, type MoneyUnit } from "./unit";

/** A sum or a product sign: the cheap test before a cell that did not read is asked more. */
const SUM_OR_PRODUCT = /[+x×*]/i;

export function mayHoldMoneyAndMore(text: string): boolean {
  return SUM_OR_PRODUCT.test(text);
}

/** A part of a sum that names labour ("2 ngày công", "3 công", "1 ngày"): read as days, not money. */
const NAMES_LABOUR = /(?<!\p{L})(?:công|ngày|cong|ngay)(?!\p{L})/iu;

export interface MoneyAndDays {
  amount: number;
  days: number;
}

/**
 * "500k + 2 ngày công": money and labour days given together, each part read as its own (money
 * in the column's unit). Null unless there are both and every part reads.
 */
export function readMoneyAndDays(text: string, unit: MoneyUnit): MoneyAndDays | null {
  const parts = summedParts(text);
  if (parts === null || parts.length < 2) return null;
  let amount = 0;
  let days = 0;
  let moneyParts = 0;
  let dayParts = 0;
  for (const part of parts) {
    if (NAMES_LABOUR.test(part)) {
      const read = parseLabourDays(part);
      if (!read.ok || read.days <= 0) return null;
      days += read.days;
      dayParts++;
    } else {
      const read = parseMoneyIn(part, unit);
      if (!read.ok || read.amount < 0) return null;
      amount += read.amount;
      moneyParts++;
    }
  }
  if (moneyParts === 0 || dayParts === 0 || !Number.isSafeInteger(amount)) return null;
  return { amount, days: Math.round(days * 1000) / 1000 };
}

/** Who an amount is given for, each: the persons of a household ("khẩu", "nhân khẩu", "người"). */
const PERSONS = "nhân khẩu|khẩu|người|suất|lao động|thành viên|nhan khau|khau|nguoi|suat";
/** A household counts its persons in one or two digits. */
const AMOUNT_TIMES_PERSONS = new RegExp(`^(.*\\d.*?)\\s*[x×*]\\s*(\\d{1,2})\\s*(${PERSONS})?\\.?$`, "iu");
const PERSONS_TIMES_AMOUNT = new RegExp(`^(\\d{1,2})\\s*(${PERSONS})?\\s*[x×*]\\s*(.*\\d.*)$`, "iu");

export interface AmountPerPerson {
  /** The amount for each person, in đồng. */
  each: number;
  count: number;
  /** The persons' word as typed ("khẩu"), "" where none. */
  per: string;
  amount: number;
}

/** "200.000 x 3 khẩu", "3 người × 100.000đ": an amount per person times the persons. Null where the cell is not that. */
export function readAmountPerPerson(text: string, unit: MoneyUnit): AmountPerPerson | null {
  const t = text.trim();
  const after = AMOUNT_TIMES_PERSONS.exec(t);
  if (after !== null) return timesPersons(after[1], Number(after[2]), after[3], unit);
  const before = PERSONS_TIMES_AMOUNT.exec(t);
  return before === null ? null : timesPersons(before[3], Number(before[1]), before[2], unit);
}

function timesPersons(typed: string, count: number, per: string | undefined, unit: MoneyUnit): AmountPerPerson | null {
  if (count < 1) return null;
  const read = parseMoneyIn(typed.trim(), unit);
  if (!read.ok || read.amount <= 0 || !Number.isSafeInteger(read.amount * count)) return null;
  return { each: read.amount, count, per: per ?? "", amount: read.amount * count };
}

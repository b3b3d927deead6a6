export { parseMoney, isBlank, PAYMENT_WORDS } from "./parse";
export type { MoneyParse, MoneyErrorCode } from "./parse";
export {
  formatMoney,
  groupThousands,
  moneyNumberFormatFor,
  MONEY_NUMBER_FORMAT,
  MONEY_NUMBER_FORMAT_LOCALE,
  LABOUR_DAYS_NUMBER_FORMAT,
} from "./format";
export { amountInWords, moneyInWordsLine, readAmountWords } from "./words";
export type { AmountInWordsOptions } from "./words";
export {
  DEFAULT_LABOUR_DAY_RATE,
  MAX_LABOUR_DAYS,
  labourDaysToMoney,
  moneyToLabourDays,
  roundLabourDays,
  formatLabourDays,
  parseLabourDays,
  attendanceMarkDays,
} from "./labour";
export type { LabourDaysParse, LabourDaysErrorCode } from "./labour";

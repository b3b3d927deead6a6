export { parseDate, expandTwoDigitYear, PLAIN_SERIAL_MIN, PLAIN_SERIAL_MAX } from "./parse";
export type { DateParse, DateErrorCode, ParseDateOptions } from "./parse";
export {
  serialToIso,
  isoToSerial,
  isValidSerial,
  isIsoDate,
  isoParts,
  isoFromParts,
  isValidDate,
  isLeapYear,
  daysInMonth,
  daysFromCivil,
  civilFromDays,
  MAX_SERIAL,
  PHANTOM_LEAP_DAY_SERIAL,
} from "./serial";
export { formatDateVN, documentDateText, documentDateLine, DATE_NUMBER_FORMAT, isDateNumberFormat, isMonthOnlyDateFormat } from "./format";

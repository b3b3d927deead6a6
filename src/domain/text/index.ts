export { foldedCharAt, foldText } from "./fold";
export { isVietnameseSyllable, syllableParts, canonicalTonePlacement, Tone } from "./syllable";
export type { SyllableParts } from "./syllable";
export {
  decodeTcvn3,
  decodeVni,
  encodeTcvn3,
  encodeVni,
  legacyFont,
  detectEncoding,
  toUnicode,
  convertColumn,
  composed,
  columnConversions,
  detectColumnEncoding,
} from "./legacy";
export type {
  LegacyEncoding,
  TextEncoding,
  LegacyFont,
  DetectionSignal,
  EncodingDetection,
  DetectOptions,
  ConvertedText,
  ConvertedCell,
  ColumnOptions,
  ColumnVerdict,
  ColumnConversions,
} from "./legacy";
export { parseName, compareNames, nameTokensForSearch } from "./names";
export type { PersonName, NameVerdict, NameComparison } from "./names";
export { hasUntidySpaces, INVISIBLE, isAscii, isWhiteSpace } from "./scan";

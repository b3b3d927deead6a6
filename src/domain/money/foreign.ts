/**
 * Money that is not đồng, as benefactors abroad give it and offices type it beside đồng: foreign
 * currencies ("100 USD", "50 đô", "$200", "(AUD)" in a heading) and gold ("1 chỉ vàng 24K",
 * "2 lượng vàng"). None of it can be counted until it is quy đổi (converted) into đồng.
 */

/** Currency codes and names, as typed or typed without marks ("do la"); "đô" alone only with its mark, since "do" is a common word. */
const FOREIGN_CURRENCY = /(?<![\p{L}\d])(?:usd|aud|eur|euro|cad|gbp|jpy|krw|twd|cny|chf|sgd|ndt|nhân dân tệ|yên nhật|đô la|do la|dola|đô|ngoại tệ|ngoai te)(?!\p{L})|[$€£¥]/iu;

/** Gold by weight ("chỉ", "lượng", "cây"), or named with its mark; "vang" alone folds from "vắng" too. */
const GOLD = /(?<!\p{L})(?:vàng|(?:chỉ|lượng|cây|chi|luong|cay)\s+vang)(?!\p{L})/iu;

/** A text naming a foreign currency: "Số tiền (USD)" is not đồng; "100 USD" cannot be read as đồng. */
export function namesForeignCurrency(text: string): boolean {
  return FOREIGN_CURRENCY.test(text.normalize("NFC"));
}

/** A gift that is money, but not đồng: a foreign currency or gold. */
export function namesMoneyNotDong(text: string): boolean {
  const nfc = text.normalize("NFC");
  return FOREIGN_CURRENCY.test(nfc) || GOLD.test(nfc);
}

/** "1 chỉ vàng 24K" is gold: its sentence says gold, not foreign money. */
export function namesGold(text: string): boolean {
  return GOLD.test(text.normalize("NFC"));
}

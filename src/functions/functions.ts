/**
 * Custom functions CHUNGSUC.* — they run in the task pane's runtime (shared runtime).
 * The JSDoc below is the metadata: custom-functions-metadata-plugin writes functions.json from it
 * and appends the CustomFunctions.associate calls. Each function only calls src/app.
 */
import { functionRules, quotaDaysOfIncome } from "../app/functionRules";
import { amountCellToWords, amountOf, foldForMatching, labourDaysFor, textToUnicode } from "../app/text";

/** A #VALUE! error whose message Excel shows in the cell's tooltip. */
function invalid(message: string): CustomFunctions.Error | Error {
  if (typeof CustomFunctions !== "undefined") {
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
  }
  return new Error(message);
}

/**
 * Đọc số tiền bằng chữ, như dòng "Bằng chữ" (amount in Vietnamese words).
 * @customfunction DOCSO
 * @param amount Số tiền: số, hoặc chữ như "1,5 triệu", "450k"
 * @param [style] Kiểu đọc, ghép bằng dấu phẩy: lẻ, ngàn, bốn, tỉ, chẵn, không đồng
 * @returns Số tiền bằng chữ
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Excel passes a number or text
export function docso(amount: any, style?: string): string {
  const r = amountCellToWords(amount ?? null, style ?? null);
  if (!r.ok) throw invalid(r.reason);
  return r.words;
}

/**
 * Chuyển chữ TCVN3 (ABC), VNI hoặc Unicode tổ hợp sang Unicode dựng sẵn (legacy text to Unicode).
 * @customfunction UNICODE
 * @param text Chuỗi cần chuyển mã
 * @returns Chuỗi Unicode
 */
export function unicode(text: string): string {
  return textToUnicode(String(text ?? ""));
}

/**
 * Bỏ dấu, đ → d, chữ thường, gộp khoảng trắng (folded text for matching).
 * @customfunction KHONGDAU
 * @param text Chuỗi tiếng Việt
 * @returns Chuỗi không dấu
 */
export function khongdau(text: string): string {
  return foldForMatching(textToUnicode(String(text ?? "")));
}

/**
 * Đọc số tiền viết theo mọi kiểu (450.000đ, 450k, 1,5 triệu, 1tr5) thành số đồng.
 * @customfunction SOTIEN
 * @param text Số tiền như văn phòng gõ
 * @returns Số đồng
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Excel passes a number or text
export function sotien(text: any): number {
  const r = amountOf(text ?? null);
  if (!r.ok) throw invalid(r.reason);
  return r.amount;
}

/**
 * Số ngày công tương đương một số tiền (labour days for an amount).
 * @customfunction NGAYCONG
 * @param amount Số tiền (đồng)
 * @param [rate] Đơn giá một ngày công, mặc định 150.000 đ
 * @returns Số ngày công
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Excel passes a number or text
export function ngaycong(amount: any, rate?: number): number {
  const r = labourDaysFor(amount ?? null, rate ?? undefined);
  if (!r.ok) throw invalid(r.reason);
  return r.days;
}

/**
 * Số ngày công định mức một năm của một người theo thu nhập/tháng, theo các bậc thu nhập trong
 * trang Cấu hình (mặc định: từ 5.000.000 đ trở lên 3 ngày, thấp hơn 2 ngày).
 * @customfunction DINHMUC
 * @param income Thu nhập bình quân/tháng: số, hoặc chữ như "4tr5", "5.000.000đ"
 * @returns Số ngày công định mức
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Excel passes a number or text
export async function dinhmuc(income: any): Promise<number> {
  let rules;
  try {
    rules = await functionRules();
  } catch (e) {
    throw invalid(e instanceof Error ? e.message : String(e));
  }
  const r = quotaDaysOfIncome(income ?? null, rules);
  if (!r.ok) throw invalid(r.reason);
  return r.days;
}

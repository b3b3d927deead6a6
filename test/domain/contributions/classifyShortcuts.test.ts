/**
 * totalKind, kindFromName and isSignatureText stop early on the first letters of a text. These
 * properties check them against the definitions they shortcut (fold the whole text, then match;
 * a total's label starts with C or T, a name's prefix with c, d, g, h or n), on texts built from
 * the words lists are typed with, in any case and in NFC or NFD.
 */
import fc from "fast-check";
import { isSignatureText, kindFromName, totalKind } from "../../../src/domain/contributions/classify";
import { foldText } from "../../../src/domain/text";

function totalKindPlain(text: string): ReturnType<typeof totalKind> {
  if (!/^[CcTt]/.test(text.trimStart())) return null;
  const f = foldText(text).replace(/[.:,]/g, " ").replace(/\s+/g, " ").trim();
  if (/^(tong cong|tong so|cong tong|tong (gia tri|tien|cac|toan|chung|muc|phan|hop)\b|tong( [^a-z].*)?$)/.test(f)) return "total";
  if (/^cong( (muc|phan|nhom))?( ([ivxlc]+|\d+|[a-z]))?$/.test(f)) return "subtotal";
  const nfc = text.trimStart().normalize("NFC").toLowerCase();
  return /^cộng([\s(:.\-–]|$)/u.test(nfc) && !/^cộng (đồng|hòa|hoà|tác|văn|thị)(\s|$)/u.test(nfc) ? "subtotal" : null;
}

function kindFromNamePlain(name: string): ReturnType<typeof kindFromName> {
  const lower = name.trimStart().slice(0, 32).normalize("NFC").toLowerCase();
  if (/^(hộ|gia đình|gđ)(\s|$)/u.test(lower)) return "household";
  const f = foldText(lower);
  if (/^(cong ty|cty|htx|hop tac xa|doanh nghiep|dntn|chi nhanh cong ty)\b/.test(f)) return "enterprise";
  if (/^nha hao tam\b/.test(f)) return "individual";
  return null;
}

function isSignatureTextPlain(text: string): boolean {
  if (!/\p{L}\p{L}/u.test(text)) return false;
  const f = foldText(text);
  return (
    /^(nguoi lap( bieu)?|ke toan( truong)?|thu quy|tm |tm\.|kt |kt\.|chu tich|pho chu tich|truong ban|xac nhan|thu truong|giam doc|ky,? ghi ro ho ten|\(ky)/.test(f) ||
    /ngay \S* ?thang \S* ?nam/.test(f)
  );
}

const WORDS = [
  "Cộng", "cộng", "Tổng", "tổng", "Tổng cộng", "Cộng mục", "thôn", "Đông", "đồng", "Thị", "văn", "(I)", "-", "I", "II", "số", "Cao", "Công", "công", "ty", "Cty", "HTX", "Hợp", "tác", "xã",
  "Hộ", "hộ", "Hồ", "ông", "bà", "Gia", "đình", "GĐ", "Gđ", "Doanh", "nghiệp", "DNTN", "Chi", "nhánh", "Nhà", "hảo", "tâm", "Nguyễn", "Nông",
  "Đinh", "Dương", "Hà", "Trần", "Tô", "Người", "lập", "biểu", "Kế", "toán", "trưởng", "Thủ", "quỹ", "TM.", "KT.", "Chủ", "tịch", "Phó",
  "Xác", "nhận", "Giám", "đốc", "(Ký,", "ghi", "rõ", "họ", "tên)", "ngày", "tháng", "năm", "Điềm", "Mặc,", "20", "4", "2024", "450", "nghìn",
  "7/5/2024", ":", ".", "",
];
const word = fc.constantFrom(...WORDS);
const text = fc
  .tuple(fc.array(word, { minLength: 1, maxLength: 6 }), fc.constantFrom("", " ", "  "), fc.constantFrom("as typed", "upper", "lower", "nfd"))
  .map(([words, lead, form]) => {
    const t = lead + words.join(" ");
    return form === "upper" ? t.toUpperCase() : form === "lower" ? t.toLowerCase() : form === "nfd" ? t.normalize("NFD") : t;
  });

describe("the early stops of the row classifiers change no answer", () => {
  it("totalKind", () => {
    fc.assert(fc.property(text, (t) => expect(totalKind(t)).toBe(totalKindPlain(t))), { numRuns: 3000 });
  });

  it("kindFromName", () => {
    fc.assert(fc.property(text, (t) => expect(kindFromName(t)).toBe(kindFromNamePlain(t))), { numRuns: 3000 });
  });

  it("isSignatureText", () => {
    fc.assert(fc.property(text, (t) => expect(isSignatureText(t)).toBe(isSignatureTextPlain(t))), { numRuns: 3000 });
  });

  it("still knows the usual rows", () => {
    expect(totalKind("Tổng cộng")).toBe("total");
    expect(totalKind("Cộng I")).toBe("subtotal");
    expect(totalKind("Trần Văn Cộng")).toBeNull();
    for (const subtotal of ["Cộng thôn Đông", "Cộng xóm 1", "Cộng II - Thôn Tây", "Cộng (I)", "CỘNG CÁC HỘ"]) expect(totalKind(subtotal)).toBe("subtotal");
    for (const total of ["Tổng số tiền", "Tổng:", "Tổng cộng (A+B)"]) expect(totalKind(total)).toBe("total");
    // Donors: a community, a company, people whose family name is Tổng or Cộng.
    for (const donor of ["Cộng đồng dân cư thôn Đông", "Công ty TNHH Cộng Thành", "Tổng Thị Gấm", "Tổng Văn Sơn", "Cộng Văn Hải"]) expect(totalKind(donor)).toBeNull();
    expect(kindFromName("Hộ ông Nguyễn Văn An")).toBe("household");
    expect(kindFromName("HỘ BÀ LÊ THỊ HÀ")).toBe("household");
    expect(kindFromName("Công ty TNHH Minh Phát")).toBe("enterprise");
    expect(kindFromName("Hồ Văn Nam")).toBeNull();
    expect(isSignatureText("Điềm Mặc, ngày 20 tháng 4 năm 2024")).toBe(true);
    expect(isSignatureText("450 nghìn")).toBe(false);
  });
});

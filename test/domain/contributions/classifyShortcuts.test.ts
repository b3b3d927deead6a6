/**
 * totalKind, kindFromName and isSignatureText stop early on the first letters of a text. These
 * properties check them against the definitions they shortcut (fold the whole text, then match;
 * a total's label starts with C or T, a running sum's with C, T, M, S or L, a name's first word, with its marks, is one a prefix can start with or a bank's name), on texts built from
 * the words lists are typed with, in any case and in NFC or NFD.
 */
import fc from "fast-check";
import { isSignatureText, kindFromName, totalKind } from "../../../src/domain/contributions/classify";
import { foldText } from "../../../src/domain/text";

function totalKindPlain(text: string): ReturnType<typeof totalKind> {
  const running = /^(trang truoc chuyen sang|chuyen sang|mang sang|so mang sang|luy ke|cong luy ke|cong don|tong luy ke)\b/;
  const f = foldText(text).replace(/[.:,]/g, " ").replace(/\s+/g, " ").trim();
  if (/^[CcTtMmSsLl]/.test(text.trimStart()) && running.test(f)) return "running";
  if (!/^[CcTt]/.test(text.trimStart())) return null;
  if (/^(tong cong|tong so|cong tong|tong (gia tri|tien|cac|toan|chung|muc|phan|hop)\b|tong( [^a-z].*)?$|total\b)/.test(f)) return "total";
  if (/^cong( (muc|phan|nhom))?( ([ivxlc]+|\d+|[a-z]))?$/.test(f)) return "subtotal";
  const nfc = text.trimStart().normalize("NFC").toLowerCase();
  return /^cộng([\s(:.\-–]|$)/u.test(nfc) && !/^cộng (đồng|hòa|hoà|tác|văn|thị)(\s|$)/u.test(nfc) ? "subtotal" : null;
}

function kindFromNamePlain(name: string): ReturnType<typeof kindFromName> {
  const lower = name.trimStart().slice(0, 40).normalize("NFC").toLowerCase();
  if (/^hộ kinh doanh(\s|$)/u.test(lower)) return "enterprise";
  if (/^(hộ|gia đình|gđ)(\s|$)/u.test(lower)) return "household";
  // A bank named by its first word: a brand or an abbreviation, up to its first sign.
  const firstWord = foldText(name.trimStart().split(" ")[0].normalize("NFC").toLowerCase().replace(/[.,:]+$/, ""));
  if (/^([a-z]+bank|bidv|acb|shb|mb|ocb|msb|vib|scb|ncb|vbsp|nhno|nhnn|nhcsxh|nhtm|qtd|qtdnd)(?![a-z])/.test(firstWord)) return "enterprise";
  if (/^(ngân hàng|quỹ tín dụng|phòng giao dịch|cửa hàng|nhà hàng|đại lý|xí nghiệp|tập đoàn|tổng công ty|siêu thị|khách sạn|nhà máy|xưởng|cơ sở)(\s|$)/u.test(lower)) return "enterprise";
  const organization =
    /^(hội|chi hội|đoàn thanh niên|đoàn tn|chi đoàn|công đoàn|chi bộ|đảng ủy|đảng uỷ|ubnd|ủy ban|uỷ ban|mặt trận|mttq|ban|công an|trường|trạm y tế|trung tâm|bệnh viện|phòng|cơ quan|tập thể|tổ dân phố|đồn|bộ đội|bộ chỉ huy)(\s|$)/u;
  if (organization.test(lower)) return "organization";
  const religious =
    /^(chùa|giáo xứ|giáo họ|giáo hội|giáo điểm|họ đạo|nhà thờ|nhà nguyện|tịnh xá|tịnh thất|thánh thất|thánh đường|niệm phật đường|phật đường|tu viện|thiền viện|tổ đình|đạo tràng|hội thánh|ban hộ tự|ban trị sự|đền|miếu|chua|giao xu|giao ho|giao hoi|nha tho|tinh xa|thanh that|niem phat duong|hoi thanh|ban ho tu|mieu)(\s|$)/u;
  if (religious.test(lower)) return "organization";
  if (/^(ẩn danh|vô danh)(\s|$)/u.test(lower)) return "individual";
  const f = foldText(lower);
  const banks = "ngan hang|quy tin dung|[a-z]+bank|bidv|acb|shb|mb|ocb|msb|vib|scb|ncb|vbsp|nhno|nhnn|nhcsxh|nhtm|qtd|qtdnd";
  if (new RegExp(`^(cong ty|cty|htx|hop tac xa|doanh nghiep|dntn|chi nhanh (cong ty|${banks})|pgd (${banks})|${banks})\\b`).test(f)) return "enterprise";
  if (/^(nha hao tam|nguoi hao tam|manh thuong quan|khuyet danh|(xin )?giau ten|khong (ghi|neu|de) ten|nguoi (giau ten|khong (ghi|neu|de) ten)|mot (nha hao tam|nguoi|ca nhan|manh thuong quan))\b/.test(f)) return "individual";
  if (/^(hdnd|bchqs|hoi dong nhan dan|tram y te|cong an (xa|huyen|tinh|thi tran|phuong|thi xa|thanh pho|quan))\b/.test(f)) return "organization";
  return null;
}

function isSignatureTextPlain(text: string): boolean {
  if (!/\p{L}\p{L}/u.test(text)) return false;
  const f = foldText(text);
  return (
    /^(nguoi lap( bieu)?|nguoi cham cong|ke toan( truong)?|thu quy|tm |tm\.|kt |kt\.|chu tich|pho chu tich|truong (ban|thon|xom|ap)|xac nhan|thu truong|giam doc|ky,? ghi ro ho ten|\(ky)/.test(f) ||
    /ngay \S* ?thang \S* ?nam/.test(f)
  );
}

const WORDS = [
  "Hội", "HỘI", "Trường", "Trương", "Ban", "Bàn", "Đoàn", "thanh", "niên", "Ngân", "hàng", "Trạm", "y", "tế", "Chi", "bộ", "UBND", "Ủy", "ban", "Cộng", "cộng", "Tổng", "tổng", "Tổng cộng", "Cộng mục", "thôn", "Đông", "đồng", "Thị", "văn", "(I)", "-", "I", "II", "số", "Cao", "Công", "công", "ty", "Cty", "HTX", "Hợp", "tác", "xã",
  "Hộ", "hộ", "Hồ", "ông", "bà", "Gia", "đình", "GĐ", "Gđ", "Doanh", "nghiệp", "DNTN", "Chi", "nhánh", "Nhà", "hảo", "tâm", "Nguyễn", "Nông",
  "Đinh", "Dương", "Hà", "Trần", "Tô", "Người", "lập", "biểu", "Kế", "toán", "trưởng", "Thủ", "quỹ", "TM.", "KT.", "Chủ", "tịch", "Phó",
  "Xác", "nhận", "Giám", "đốc", "chấm", "Xóm", "ấp", "(Ký,", "ghi", "rõ", "họ", "tên)", "ngày", "tháng", "năm", "Điềm", "Mặc,", "20", "4", "2024", "450", "nghìn",
  "7/5/2024", ":", ".", "", "Trang", "trước", "chuyển", "sang", "Chuyển", "Mang", "Số", "mang", "Lũy", "kế", "dồn", "Lương", "Châu", "Mai", "Trang", "Total", "TOTAL", "kinh", "doanh", "KINH",
  // Religious bodies, with and without marks, and names that fold like them (Tô Đình, Đào Trang, Từ Viên, Nhà thơ).
  "Chùa", "Chua", "CHUA", "Chu", "Giáo", "giao", "xứ", "xu", "họ", "ho", "Họ", "đạo", "Nhà", "nha", "thờ", "thơ", "tho", "Tịnh", "tinh", "xá", "xa", "Thánh", "thanh", "thất", "that",
  "Niệm", "niem", "Phật", "phat", "đường", "duong", "Tổ", "Đình", "Đào", "Từ", "Tu", "viện", "vien", "tự", "tu", "Miếu", "mieu", "Đền", "den",
  // Banks, and names that start like one (Ngân, Quý, Bành).
  "Agribank", "AGRIBANK", "Vietcombank", "Bank", "bank", "BIDV", "MB", "NHNo&PTNT", "NHCSXH", "PGD", "pgd", "PGD&ĐT", "QTDND", "QTD.", "Ngân", "ngan", "NGAN", "hàng", "hang", "Quỹ", "quy", "Quý", "tín", "tin", "dụng", "dung",
  "Phòng", "giao", "dịch", "Bành", "nhánh", "nhanh",
  // Anonymous donors, and names that start like one (An, Vô, Mạnh).
  // Border posts and army units, and names that start like one (Đoàn, Bộ alone).
  "Đồn", "ĐỒN", "Don", "biên", "phòng", "Bộ", "đội", "chỉ", "huy", "quân", "sự",
  // The commune's bodies abbreviated or typed without marks, and names that start like one (Đặng Uy, Công, Trâm).
  "HĐND", "HDND", "hđnd", "BCHQS", "CHQS", "Cong", "an", "An", "xa", "huyen", "Tram", "Trâm", "te", "Hoi", "dong", "nhan", "dan", "Đặng", "Dang", "Uy", "uy", "Hội", "đồng", "nhân", "dân",
  "Khuyết", "KHUYET", "khuyet", "danh", "Ẩn", "ẩn", "An", "Vô", "Vo", "Người", "nguoi", "giấu", "giau", "tên", "ten", "Xin", "Không", "khong", "Một", "MOT", "Mạnh", "thường", "quân", "cá", "nhân",
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
    for (const business of ["Hộ kinh doanh Nguyễn Thị Lan", "HỘ KINH DOANH VẬT LIỆU XÂY DỰNG", "Hộ kinh doanh"]) expect(kindFromName(business)).toBe("enterprise");
    for (const total of ["Total", "TOTAL:"]) expect(totalKind(total)).toBe("total");
    expect(kindFromName("Công ty TNHH Minh Phát")).toBe("enterprise");
    expect(kindFromName("Hồ Văn Nam")).toBeNull();
    expect(kindFromName("Hội Cựu chiến binh xã")).toBe("organization");
    expect(kindFromName("Trường Mầm non Đồng Văn")).toBe("organization");
    expect(kindFromName("Ngân hàng Agribank chi nhánh Định Hóa")).toBe("enterprise");
    expect(kindFromName("Agribank chi nhánh huyện Định Hóa")).toBe("enterprise");
    expect(kindFromName("Khuyết danh")).toBe("individual");
    expect(kindFromName("An Văn Danh")).toBeNull();
    expect(kindFromName("Cửa hàng VLXD Minh Phát")).toBe("enterprise");
    // Family names that fold like a prefix: Trương, Bàn, Đoàn.
    for (const person of ["Trương Văn Ba", "Bàn Văn Sơn", "Đoàn Thị Lan"]) expect(kindFromName(person)).toBeNull();
    expect(kindFromName("Chùa Phước Long")).toBe("organization");
    expect(isSignatureText("Điềm Mặc, ngày 20 tháng 4 năm 2024")).toBe(true);
    expect(isSignatureText("450 nghìn")).toBe(false);
  });
});

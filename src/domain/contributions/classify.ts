/**
 * What a row of a contribution list is, and what kind of contributor a name or a section title
 * names. Words are matched folded (no diacritics, lower case).
 */
import { composed, foldedCharAt, foldText } from "../text";
import { PAYMENT_WORDS } from "../money";
import type { Kind } from "./types";

const ROMAN = /^[ivxlc]+$/;
const CAPITAL_LETTER = /^\s*[A-Z][.):]?\s*$/;

/** "I", "II.", "IV)", or a capital "A." alone in a cell: the numbering of a section. */
export function isSectionNumber(text: string): boolean {
  return ROMAN.test(foldText(text).replace(/[.):]+$/, "")) || CAPITAL_LETTER.test(text);
}

/** "II. TRƯỜNG TIỂU HỌC", "1. Cán bộ xã", "I - Thôn Đông": a section title with its numbering in one cell. */
const NUMBERED_TITLE = /^\s*([IVXLC]+|\d{1,2}|[A-Z])(?:[.)]|\s+[-–])\s+(\S.*)$/;

export function splitNumberedTitle(text: string): { number: string; title: string } | null {
  const m = NUMBERED_TITLE.exec(text);
  return m ? { number: m[1], title: m[2].trim().replace(/:$/, "").trim() } : null;
}

/** The section title without its numbering and trailing colon, as typed otherwise. */
export function sectionTitle(text: string): string {
  return (splitNumberedTitle(text)?.title ?? text).trim().replace(/:$/, "").trim();
}

/** Text in capitals that has letters: section titles are typed so ("TRƯỜNG TIỂU HỌC"). */
export function isAllCaps(text: string): boolean {
  return /\p{L}/u.test(text) && text === text.toUpperCase() && text !== text.toLowerCase();
}

/** "running": a row restating the sum of every row so far, as printed lists carry it from page to page. */
export type TotalKind = "subtotal" | "total" | "running" | null;

/** "Trang trước chuyển sang", "Mang sang", "Lũy kế", "Cộng dồn": the running sum carried over a page break. */
const RUNNING = /^(trang truoc chuyen sang|chuyen sang|mang sang|so mang sang|luy ke|cong luy ke|cong don|tong luy ke)\b/;

/** After "Tổng", the words of a total ("Tổng cộng", "Tổng số tiền"), not a given name (Tổng Thị Gấm); "Total" in a list headed in English. */
const TOTAL = /^(tong cong|tong so|cong tong|tong (gia tri|tien|cac|toan|chung|muc|phan|hop)\b|tong( [^a-z].*)?$|total\b)/;
/** "Cộng thôn Đông", "Cộng (I)": with its marks, since Công (Công ty) folds to the same letters. */
const SUBTOTAL_WITH_WORDS = /^cộng(?=[\s(:.\-–]|$)(?! (?:đồng|hòa|hoà|tác|văn|thị)(?:\s|$))/iu;

/**
 * "Cộng", "Cộng I", "Cộng mục II", "Cộng thôn Đông", "Tổng cộng", "Tổng số": rows that sum
 * others. Not "Cộng đồng dân cư…" (a donor) nor a donor whose family name is Tổng.
 */
export function totalKind(text: string): TotalKind {
  // Called on every row's labels: a row that sums others starts with C or T ("Cộng", "Tổng"), a
  // running sum with one of RUNNING_STARTS; names such as Trần, Châu or Lương stop at the words.
  const head = text.trimStart();
  const first = head.charCodeAt(0) | 0x20;
  const second = foldedCharAt(head, 1);
  if (RUNNING_STARTS.has(String.fromCharCode(first) + second)) return RUNNING.test(totalWords(head)) ? "running" : null;
  if (first !== 0x63 /* c */ && first !== 0x74 /* t */) return null;
  // Both words go on with an o (ộ, ổ): names such as Cao stop here, unfolded.
  if (second !== "o") return null;
  const f = totalWords(text);
  if (RUNNING.test(f)) return "running";
  if (TOTAL.test(f)) return "total";
  if (/^cong( (muc|phan|nhom))?( ([ivxlc]+|\d+|[a-z]))?$/.test(f)) return "subtotal";
  return SUBTOTAL_WITH_WORDS.test(composed(head)) ? "subtotal" : null;
}

/** The first two letters of "Trang trước…", "Chuyển sang", "Mang sang", "Số mang sang", "Lũy kế". */
const RUNNING_STARTS: ReadonlySet<string> = new Set(["tr", "ch", "ma", "so", "lu"]);

/** A label's folded words, without the punctuation offices put after them ("Tổng cộng:"). */
function totalWords(text: string): string {
  return foldText(text).replace(/[.:,]/g, " ").replace(/\s+/g, " ").trim();
}

const SIGNATURE = /^(nguoi lap( bieu)?|nguoi cham cong|nguoi tong hop|ke toan( truong)?|thu quy|tm |tm\.|kt |kt\.|chu tich|pho chu tich|truong (ban|thon|xom|ap)|xac nhan|thu truong|giam doc|ky,? ghi ro ho ten|\(ky)/;
const DATE_LINE = /ngay \S* ?thang \S* ?nam/;
const SIGNATURE_FIRST_LETTERS = "nktcpxg(";

/** Signature block lines: titles of signers, "(Ký, ghi rõ họ tên)", the place-and-date line. */
export function isSignatureText(text: string): boolean {
  // Most cells are figures or dates ("7/5/2024"): without two letters in a row they cannot be.
  if (!/\p{L}\p{L}/u.test(text)) return false;
  // A title starts with one of these letters; a date line has "tháng" in it. Amounts typed as
  // "450 nghìn" have neither and are not folded.
  if (!SIGNATURE_FIRST_LETTERS.includes(foldedCharAt(text.trimStart(), 0) || "-") && !/[tT][hH]/.test(text)) return false;
  const f = foldText(text);
  return SIGNATURE.test(f) || DATE_LINE.test(f);
}

/**
 * Banks as lists name them: a brand alone ("Agribank", "BIDV"), or abbreviated ("NHNo&PTNT",
 * "NHCSXH", "QTDND"). The folded letters a name's first word starts with; any word ending in
 * "bank" is one too (Vietcombank, VietinBank, LPBank). Not "PGD" alone, a transaction office
 * only before a bank's name: "PGD&ĐT" is the district's education office.
 */
const BANK_WORDS: ReadonlySet<string> = new Set("bidv acb shb mb ocb msb vib scb ncb vbsp nhno nhnn nhcsxh nhtm qtd qtdnd".split(" "));
const BANK_NAMES = `ngan hang|quy tin dung|[a-z]+bank|${[...BANK_WORDS].join("|")}`;

/**
 * A donor who gives no name, matched folded: no one's name starts with these words. "Ẩn danh"
 * and "Vô danh" are matched with their marks (MARKED_PREFIX_KINDS): folded, "An" and "Vo" are
 * family names and "Danh" a given name.
 */
const ANONYMOUS =
  "nha hao tam|nguoi hao tam|manh thuong quan|khuyet danh|(xin )?giau ten|khong (ghi|neu|de) ten|nguoi (giau ten|khong (ghi|neu|de) ten)|mot (nha hao tam|nguoi|ca nhan|manh thuong quan)";

/**
 * The commune's bodies abbreviated ("HĐND xã", "BCHQS xã") or typed without marks, matched
 * folded: only words no one's name folds to. "Công an" only before where it serves ("Cong an
 * Cong" could be a name); not "dang uy", which is also the name Đặng Uy. Cut short as a narrow
 * column makes them: "TYT xã" (Trạm y tế), "UBMTTQ xã" (Ủy ban Mặt trận Tổ quốc), "Trg THCS …" (Trường).
 */
const BODIES_FOLDED = "hdnd|bchqs|hoi dong nhan dan|tram y te|cong an (xa|huyen|tinh|thi tran|phuong|thi xa|thanh pho|quan)|tyt|ubmttq|ubmt|trg";

const NAME_PREFIX_KINDS: [RegExp, Kind][] = [
  [new RegExp(`^(cong ty|cty|htx|hop tac xa|doanh nghiep|dntn|chi nhanh (cong ty|${BANK_NAMES})|pgd (${BANK_NAMES})|${BANK_NAMES})\\b`), "enterprise"],
  [new RegExp(`^(${ANONYMOUS})\\b`), "individual"],
  [new RegExp(`^(${BODIES_FOLDED})\\b`), "organization"],
];

/**
 * Religious bodies, which give as organizations: pagodas, parishes and their sub-parishes,
 * churches, Cao Đài and Buddhist temples, the boards that keep them.
 */
const RELIGIOUS_BODIES = [
  "chùa", "giáo xứ", "giáo họ", "giáo hội", "giáo điểm", "họ đạo", "nhà thờ", "nhà nguyện", "tịnh xá", "tịnh thất", "thánh thất", "thánh đường",
  "niệm phật đường", "phật đường", "tu viện", "thiền viện", "tổ đình", "đạo tràng", "hội thánh", "ban hộ tự", "ban trị sự", "đền", "miếu",
];

/**
 * The same typed without marks, matched as typed: only those that are no one's name so. Not
 * "ho dao", "to dinh", "dao trang", "tu vien" (Hồ Đào, Tô Đình…, Đào Trang, Từ Viên); and "nha
 * tho" only without marks, since "Nhà thơ" (a poet) folds to it too.
 */
const RELIGIOUS_BODIES_UNMARKED = ["chua", "giao xu", "giao ho", "giao hoi", "nha tho", "tinh xa", "thanh that", "niem phat duong", "hoi thanh", "ban ho tu", "mieu"];

/** A name starting with one of `words` as they are spelled (marks and all), in any case. */
function prefixes(words: readonly string[]): RegExp {
  return new RegExp(`^(${words.join("|")})(\\s|$)`, "iu");
}

/**
 * Prefixes matched with their marks: folded, "trường" would be the family name Trương, "ban"
 * the family name Bàn, "hội" the given name Hồi.
 */
const MARKED_PREFIX_KINDS: [RegExp, Kind][] = [
  [/^(ngân hàng|quỹ tín dụng|phòng giao dịch|cửa hàng|nhà hàng|đại lý|xí nghiệp|tập đoàn|tổng công ty|siêu thị|khách sạn|nhà máy|xưởng|cơ sở|tiệm|hiệu|quán|nhà thuốc|trang trại|gara|garage|lò gạch)(\s|$)/iu, "enterprise"],
  [
    /^(hội|chi hội|đoàn thanh niên|đoàn tn|chi đoàn|công đoàn|chi bộ|đảng ủy|đảng uỷ|ubnd|ủy ban|uỷ ban|mặt trận|mttq|ban|công an|trường|trạm y tế|trung tâm|bệnh viện|phòng|cơ quan|tập thể|tổ dân phố|đồn|bộ đội|bộ chỉ huy)(\s|$)/iu,
    "organization",
  ],
  [prefixes([...RELIGIOUS_BODIES, ...RELIGIOUS_BODIES_UNMARKED]), "organization"],
  [/^(ẩn danh|vô danh)(\s|$)/iu, "individual"],
];

/** What follows "Hộ" in "Hộ kinh doanh Nguyễn Thị Lan", in any case and either normal form. */
const HOUSEHOLD_BUSINESS = /^kinh\s+doanh(\s|$)/i;

/** "Hộ", "Gia đình": matched with their marks, since folded "ho" is also the family name Hồ. */
const HOUSEHOLD_PREFIX = /^(hộ|gia đình|gđ)(\s|$)/iu;

/**
 * The first words the prefixes above start with: lower case with their marks for the marked
 * prefixes (so the family names Hồ, Tô and Trương stop here), folded for the folded ones.
 */
const MARKED_FIRST_WORDS: ReadonlySet<string> = new Set([
  ..."hộ gia gđ ngân quỹ cửa nhà đại xí tập tổng siêu khách xưởng hội chi đoàn công đảng ubnd ủy uỷ mặt mttq ban trường trạm trung bệnh phòng cơ tổ đồn bộ ẩn vô tiệm hiệu quán trang gara garage lò".split(" "),
  ...[...RELIGIOUS_BODIES, ...RELIGIOUS_BODIES_UNMARKED].map((words) => words.split(" ")[0]),
]);
const FOLDED_FIRST_WORDS: ReadonlySet<string> = new Set("cong cty htx hop doanh dntn chi nha ngan quy pgd khuyet nguoi manh giau xin khong mot hdnd bchqs hoi tram tyt ubmttq ubmt trg".split(" "));

/** What a name's first word alone tells: a household ("Hộ", "GĐ"), a bank, a prefix to read on, or nothing. */
type FirstWordSays = "household" | "enterprise" | "prefix" | null;

function firstWordSays(first: string): FirstWordSays {
  const word = composed(first).toLowerCase();
  if (word === "hộ" || word === "gđ") return "household";
  const bare = word.replace(/[.,:]+$/, "");
  const folded = foldText(bare);
  if (namesABank(folded)) return "enterprise";
  return MARKED_FIRST_WORDS.has(bare) || FOLDED_FIRST_WORDS.has(folded) ? "prefix" : null;
}

/** "Agribank", "BIDV", "NHNo&PTNT": a first word that is a bank's name, up to its first sign. */
function namesABank(folded: string): boolean {
  const letters = /^[a-z]*/.exec(folded)?.[0] ?? "";
  return BANK_WORDS.has(letters) || (letters.length > 4 && letters.endsWith("bank"));
}

/** Names repeat their first word (Nguyễn, Trần, Hộ): what it says is worked out once per word. */
const firstWords = new Map<string, FirstWordSays>();

/**
 * What a section's, a unit's or a list's title (folded) names. "Các hộ", "hộ dân" are households
 * ("DANH SÁCH CÁC HỘ KHU 4"), but "các hộ kinh doanh" are registered businesses.
 */
const SECTION_KINDS: [RegExp, Kind][] = [
  [/\b(can bo|cong chuc|vien chuc|giao vien|ban giam hieu|nguoi lao dong|cbccvc|cbcc|tram y te|ubnd|dang uy|hdnd|hoi dong nhan dan|cong an|chqs|bchqs|chi huy quan su)\b/, "staff"],
  // A school leads its name ("Trường THCS …") or names its level ("các trường học"): in "Thôn Yên Trường" it is a place name.
  [/^truong\b|\btruong (hoc|thcs|thpt|th|tieu hoc|trung hoc|mam non|mau giao|mn|pt|ptdt|ptdtbt|dai hoc|cao dang|trung cap)\b/, "staff"],
  [/\b(doanh nghiep|cong ty|htx|hop tac xa|ho kinh doanh)\b/, "enterprise"],
  [/\b((?<!hoi dong )nhan dan|ho gia dinh|cac ho(?! kinh doanh)|ho dan|thon|xom|ban|khu dan cu|to dan pho)\b/, "household"],
  [/\b(co quan|to chuc|doan the|hoi|mttq)\b/, "organization"],
  [/\b(nha hao tam|ca nhan)\b/, "individual"],
];

export function kindFromName(name: string): Kind | null {
  const head = name.trimStart();
  const space = head.indexOf(" ");
  const first = space < 0 ? head : head.slice(0, space);
  let says = firstWords.get(first);
  if (says === undefined) {
    says = firstWordSays(first);
    if (firstWords.size < 10_000) firstWords.set(first, says);
  }
  // "Hộ kinh doanh" is a registered household business, listed with the enterprises.
  if (says === "household") return HOUSEHOLD_BUSINESS.test(head.slice(space + 1, space + 14)) ? "enterprise" : says;
  if (says !== "prefix") return says;
  const start = composed(head.slice(0, 40));
  if (HOUSEHOLD_PREFIX.test(start)) return "household";
  for (const [re, kind] of MARKED_PREFIX_KINDS) if (re.test(start)) return kind;
  const f = foldText(start);
  for (const [re, kind] of NAME_PREFIX_KINDS) if (re.test(f)) return kind;
  return null;
}

/**
 * What a title before a name says, where nothing else tells the kind: "Thầy", "Cô giáo", "Đ/c",
 * "Đồng chí" name a teacher or an officer, "Vợ chồng" a family. "Ông", "Bà", "Anh" name only a
 * person: on a list of staff or of households (read before this) they are its staff or a
 * household's head; where nothing tells, a person giving as such, an individual. Such a person is
 * never an enterprise or an organization (namesAPerson). The title stays in the name, as the list
 * typed it.
 */
const TITLE_KINDS: [RegExp, Kind][] = [
  [/^(thầy|thầy giáo|cô giáo|đ\/c|đ\.c|đồng chí)(\s|$)/iu, "staff"],
  [/^vợ chồng(\s|$)/iu, "household"],
];

/** "Ông", "Bà", "Anh", "Chị", "Cụ", "Ô.", "B." before a name: a person, whatever list they are on. */
const PERSON_TITLE = /^(ông|bà|anh|chị|cụ|bác|chú|ô\.|b\.)\s/iu;

export function namesAPerson(name: string): boolean {
  return PERSON_TITLE.test(composed(name.trimStart().slice(0, 8)));
}

export function kindFromTitle(name: string): Kind | null {
  const start = composed(name.trimStart().slice(0, 20));
  for (const [re, kind] of TITLE_KINDS) if (re.test(start)) return kind;
  return PERSON_TITLE.test(start) ? "individual" : null;
}

/**
 * A line of a staff list's title block naming where its people work: a school or a health
 * station as the issuer ("TRƯỜNG MẦM NON ĐIỀM MẶC", "Trạm Y tế xã Phú Đình"), or a unit after
 * "Đơn vị:". Not "UBND xã", which issues lists of every kind, nor "Trương" (a family name),
 * which "trường" folds to: matched with its marks.
 */
const WORKPLACE = /^(?:(?:đơn vị|cơ quan)\s*:\s*(\S.*)|((?:trường|trạm y tế)\s+\S.*))$/iu;

export function workplaceNamedIn(line: string): string | null {
  if (line.length > 80) return null;
  const m = WORKPLACE.exec(composed(line).trim());
  return m ? (m[1] ?? m[2]).replace(/\s+/g, " ").trim() : null;
}

/** What a person does where they work, typed before the workplace ("GV Trường TH", "Kế toán UBND xã", "Trưởng thôn 2"). */
const ROLE =
  "phó hiệu trưởng|hiệu trưởng|hiệu phó|phó chủ tịch|chủ tịch|phó bí thư|bí thư|chỉ huy trưởng|tổ trưởng|tổ phó|kế toán|thủ quỹ|văn thư|giáo viên|gv|cô giáo|thầy giáo|nhân viên|nv|cán bộ|cb|công chức|viên chức|y sĩ|bác sĩ|điều dưỡng|trưởng|phó";
/** The words a hamlet or a workplace is named by, with their marks: folded, "trường" is the family name Trương. */
const UNIT_WORD =
  "thôn|xóm|bản|ấp|buôn|làng|khu dân cư|khu phố|tổ dân phố|khu|tổ|khối|trường|trạm y tế|ubnd|ủy ban|uỷ ban|công an|đảng ủy|đảng uỷ|mặt trận|mttq|hội|đoàn|chi bộ|phòng|bệnh viện|trung tâm|kho bạc|chi cục|ban";
/** A hamlet or a workplace, after a role or not: "thôn 2", "Xóm Chùa", "GV Trường TH", "Trưởng Công an xã"; not a role ("Tổ trưởng"). */
const UNIT_TEXT = new RegExp(`^(?:(${ROLE})\\s+)?((?:${UNIT_WORD})\\s+(?!(?:${ROLE})(?:\\s|$))[^()]*\\S)$`, "iu");
/** A name opening with a unit's word: "Thôn Đồng Phú", "Tổ dân phố 3", "Trường THCS Điềm Mặc", "UBND xã". */
const UNIT_FIRST = new RegExp(`^(?:${UNIT_WORD})(?:\\s|$)`, "iu");

/** Whether a name is a unit's (a hamlet, a workplace, a body) rather than a person's or a household's. */
export function namesAUnit(name: string): boolean {
  return UNIT_FIRST.test(composed(name.trimStart().slice(0, 20)));
}

/** A hamlet or a workplace and nothing else, after a role or not: "thôn 2", "GV trường TH Tân Thành". */
export function isOnlyAUnit(text: string): boolean {
  return text.length <= 80 && UNIT_TEXT.test(composed(text).trim());
}

/** "Tên (thôn 2)": the last bracket of a name. */
const LAST_BRACKET = /^(.*\S)\s*\(([^()]+)\)$/u;
/** "Tên - GV Trường TH", "Tên – Thôn Đồng Xuân": what follows the last dash set apart by spaces. */
const LAST_DASH = /^(.*\S)\s+[-–—]\s+([^-–—]+)$/u;

/**
 * A name with the donor's hamlet or workplace typed after it, in brackets or after a dash:
 * "Nguyễn Văn An (thôn 2)", "Hoàng Văn Tú - GV Trường TH". The name, the unit, and the role
 * typed before the workplace ("GV"), or null where what follows names no unit: "(con ông B)",
 * "(đã mất)", "(nộp thay)", "- Hà Nội", "(Nà Pài)" (a place, or a nickname? nothing says) stay
 * part of the name, as typed. Only names with a bracket or a spaced dash need asking.
 */
export function unitAfterName(typed: string): { name: string; unit: string; role: string | null } | null {
  const text = composed(typed).trim();
  const split = text.endsWith(")") ? LAST_BRACKET.exec(text) : LAST_DASH.exec(text);
  const unit = split === null ? null : UNIT_TEXT.exec(split[2].trim());
  if (split === null || unit === null) return null;
  return { name: split[1], unit: unit[2].replace(/\s+/g, " "), role: unit[1] ?? null };
}

/** The one kind a list's title names; null where it names none, or several ("cơ quan, doanh nghiệp, nhà hảo tâm"). */
export function onlyKindNamed(title: string): Kind | null {
  const f = foldText(title);
  const named = SECTION_KINDS.filter(([re]) => re.test(f));
  return named.length === 1 ? named[0][1] : null;
}

/**
 * What a section's title says its rows are, on a list whose title says `listKind`. On a list of
 * staff, a section naming a body ("KHỐI MẶT TRẬN VÀ CÁC ĐOÀN THỂ", "Hội Phụ nữ") groups the staff
 * by where they work, so its people stay staff; a row naming a body itself ("Hội Nông dân xã") is
 * still one, since a row's name is read before its section.
 */
export function kindFromSection(title: string, listKind: Kind | null = null): Kind | null {
  if (leadsWithHamlet(title, listKind)) return "household";
  const f = foldText(title);
  for (const [re, kind] of SECTION_KINDS) if (re.test(f)) return listKind === "staff" && groupsStaff(kind, title) ? "staff" : kind;
  return null;
}

/**
 * A unit led by a hamlet's word ("Thôn Yên Trường", "Xóm Trường Sơn", "Ấp Sóc Ven") is a hamlet
 * whatever words name it, so its people are households. Read with marks, since folded "ban" is
 * also a board ("Ban Giám hiệu"). "Tổ", "Khu" are a residential group only with a number ("Tổ 3",
 * "Khu 4"): "Tổ Toán", "Tổ chức" are not, nor a numbered team on a list of staff.
 */
/** The words a hamlet's name opens with, across the regions: one list for telling a hamlet and for matching two lists' names of one. */
export const HAMLET_WORDS: readonly string[] = ["thôn", "xóm", "ấp", "bản", "buôn", "làng", "sóc", "khóm", "khu dân cư", "khu phố", "tổ dân phố"];
// Typed without marks, only the words no other word folds to ("ban" is a board, "ap" nothing).
const HAMLET_FIRST = new RegExp(`^(?:${[...HAMLET_WORDS, "thon", "xom", "buon"].join("|")})(?!\\p{L})`, "iu");
const NUMBERED_GROUP = /^(?:tổ|khu|to)\s*(?:số\s*)?\d/iu;

function leadsWithHamlet(title: string, listKind: Kind | null): boolean {
  const head = composed(title.trimStart().slice(0, 24));
  return HAMLET_FIRST.test(head) || (listKind !== "staff" && NUMBERED_GROUP.test(head));
}

/** A body on a list of staff: an organization, or a board ("Ban Tuyên giáo") that folds like the hamlet "Bản". */
function groupsStaff(kind: Kind, title: string): boolean {
  return kind === "organization" || (kind === "household" && namesABoard(title));
}

/**
 * "Ban Chỉ huy Quân sự": a board, typed "Ban" where the hamlet is "Bản". Only a title typed with
 * marks tells them apart; one typed without any ("BAN KHUON PHAY") stays a hamlet.
 */
function namesABoard(title: string): boolean {
  return /^ban\s/i.test(composed(title.trimStart().slice(0, 4))) && /[\u0080-\uffff]/.test(title);
}

// A channel word may be followed by where the money went ("CK Agribank", "Nộp kho bạc huyện").
const CASH = /^(tien mat|tm|nop tien mat|truc tiep|nop truc tiep)( |$)/;
const TRANSFER =
  /^(chuyen khoan|ck|unc|uy nhiem chi|ngan hang|qua ngan hang|tk|qua tai khoan|chuyen tien|nop (vao )?(kb|kho bac|tk|tai khoan|nh|ngan hang)|kho bac|kbnn|momo|vi dien tu|internet banking)( |$)/;

/** A title that names how the whole list was paid: "DANH SÁCH ỦNG HỘ QUA TÀI KHOẢN AGRIBANK". */
const TITLE_TRANSFER = /\b(chuyen khoan|qua (tk|tai khoan|ngan hang))\b/;
const TITLE_CASH = /\b(tien mat|truc tiep)\b/;

/** The channel a list's title (folded) gives all its rows; null where it names none, or both ("chuyển khoản hoặc nộp trực tiếp"). */
export function channelNamedIn(title: string): "cash" | "transfer" | null {
  const transfer = TITLE_TRANSFER.test(title);
  const cash = TITLE_CASH.test(title);
  return transfer === cash ? null : transfer ? "transfer" : "cash";
}


/**
 * A note that says the money on its row was not received, or not kept: "Chưa nộp", "Còn nợ
 * 100.000", "Đã trả lại", "Hẹn tháng sau nộp". Not "Đã nộp", "Nộp thay", "Đã nhận đủ".
 */
const NOT_RECEIVED = /\b(chua (nop|thu|dong|gop|chuyen|nhan|dong gop)|con no|no lai|(da )?tra lai|hoan (tra|lai)|hen .*\b(nop|dong|tra)|se (nop|dong))\b/;

/**
 * "Đủ", "Nộp đủ", "Đã nộp đủ" in the column of money paid: the pledge on the row, paid in full.
 * With its marks only: folded, "du" is also "dư" (more than due).
 */
const PAID_IN_FULL = /^(?:đã\s+)?(?:(?:nộp|đóng|thu|góp)\s+)?đủ(?:\s+rồi)?[.!]?$/iu;

export function saysPaidInFull(text: string): boolean {
  return PAID_IN_FULL.test(composed(text).trim());
}

/** Texts repeat down a list (notes, "TM", "Chuyển khoản"): each is read once, up to a bound. */
function readOncePerText<T>(read: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    let value = seen.get(text);
    if (value === undefined) {
      value = read(text);
      if (seen.size < 1000) seen.set(text, value);
    }
    return value;
  };
}

/**
 * What a column of donor kinds ("Đối tượng", "Phân loại") says, as offices code it or spell it
 * out: "HGĐ" or "Hộ gia đình", "CBCC" or "Cán bộ, công chức", "DN", "TC", "NHT" (nhà hảo tâm).
 * Matched whole and folded, since each is a code, not a name: anything else says nothing. The
 * labels the normalized list writes (KIND_LABELS) read back as their kinds.
 */
const KINDS_CODED: ReadonlyMap<string, Kind> = new Map<string, Kind>([
  ...["hgd", "gd", "ho", "ho gd", "ho gia dinh", "gia dinh", "ho dan", "nhan dan", "nd"].map((code): [string, Kind] => [code, "household"]),
  ...["cbcc", "cbccvc", "cbvc", "cb", "cc", "vc", "cb cc", "cb cc vc", "can bo", "cong chuc", "vien chuc", "can bo cong chuc", "can bo cong chuc vien chuc", "can bo vien chuc", "giao vien", "gv", "nguoi lao dong"].map(
    (code): [string, Kind] => [code, "staff"],
  ),
  ...["dn", "doanh nghiep", "dntn", "cong ty", "cty", "htx", "hop tac xa", "hkd", "ho kinh doanh", "co so kinh doanh", "doanh nghiep htx"].map((code): [string, Kind] => [code, "enterprise"]),
  ...["tc", "to chuc", "co quan", "cq", "co quan don vi", "doan the", "tap the", "to chuc doan the", "co quan to chuc"].map((code): [string, Kind] => [code, "organization"]),
  ...["nht", "nha hao tam", "ca nhan", "cn", "mtq", "manh thuong quan", "ca nhan nha hao tam"].map((code): [string, Kind] => [code, "individual"]),
]);

export const kindCoded = readOncePerText((text): Kind | null => KINDS_CODED.get(foldText(text).replace(/[^a-z0-9]+/g, " ").trim()) ?? null);

export const saysNotReceived = readOncePerText((note) => NOT_RECEIVED.test(foldText(note)));

/**
 * A cell that cancels its row: "Hủy", "Đã hủy", "Hủy - nhập trùng", "(hủy)", "300.000 (đã hủy)",
 * "500.000 - hủy", or without marks "Da huy", "Huy bo". Only where the word opens the text or
 * closes it after a bracket or dash: "Huy" is a given name, and "nhà bị phá hủy" cancels nothing.
 */
const CANCEL_FIRST = /^\(?\s*(?:(?:đã|bị)\s+)?(?:hủy|huỷ)(?:\s+bỏ)?(?![\p{L}\p{N}])|^\(?\s*(?:da\s+huy|bi\s+huy|huy\s+bo)\b/iu;
const CANCEL_LAST = /(?:\(\s*(?:(?:đã|bị)\s+)?(?:hủy|huỷ)(?:\s+bỏ)?\s*\)|[-–]\s*(?:đã\s+)?(?:hủy|huỷ))\s*$/iu;

/**
 * Every way of writing it opens on h, đ, b, d or a bracket, or closes on y, ỷ or a bracket: most
 * notes, receipts and amounts ("PT0012", "450k", "500.000đ") are told apart by two characters.
 */
function mayCancel(text: string): boolean {
  const first = text.charCodeAt(0);
  const f = first | 0x20;
  if (f === 0x68 || f === 0x64 || f === 0x62 || f === 0x28 || first === 0x110 || first === 0x111) return true;
  const last = text.charCodeAt(text.length - 1);
  const l = last | 0x20;
  return l === 0x79 || l === 0x29 || last === 0x1ef6 || last === 0x1ef7 || last === 0x20 || last === 0x301 || last === 0x309;
}

export function saysCancelled(text: string): boolean {
  if (text.length < 3 || !mayCancel(text)) return false;
  const nfc = composed(text).trim();
  return CANCEL_FIRST.test(nfc) || CANCEL_LAST.test(nfc);
}

export const channelFromText = readOncePerText((text): "cash" | "transfer" | null => {
  const f = foldText(text).replace(/[.]/g, "").trim();
  return CASH.test(f) ? "cash" : TRANSFER.test(f) ? "transfer" : null;
});

/** How the money was paid, typed in the amount cell beside it: "CK 500.000", "500.000 (CK)", "200.000 - tiền mặt". */
const PAYMENT_FOLDED = PAYMENT_WORDS.map(foldText).join("|");
const PAYMENT_FIRST = new RegExp(`^(${PAYMENT_FOLDED})\\b`);
const PAYMENT_LAST = new RegExp(`\\b(${PAYMENT_FOLDED})\\W*$`);
/** Every payment word has a c or a t: most amounts typed as text ("450k", "500.000đ") have neither. */
const MAY_NAME_PAYMENT = /[ct]/i;

const paymentBesideAmount = readOncePerText((text) => {
  const f = foldText(text).trim();
  const word = PAYMENT_FIRST.exec(f)?.[1] ?? PAYMENT_LAST.exec(f)?.[1];
  return word === undefined ? null : channelFromText(word);
});

export function channelBesideAmount(text: string): "cash" | "transfer" | null {
  return MAY_NAME_PAYMENT.test(text) ? paymentBesideAmount(text) : null;
}

/**
 * Whether a name's first or last character may be a mark typed around it ("• ", "✅ ", "- ",
 * "Nguyễn Thị Lan 🌸"): the cheap test before `nameWithoutMarks`. Letters, digits and ASCII at
 * the end (a bracket, a full stop) need no look.
 */
export function mayHaveNameMarks(name: string): boolean {
  return !isLetterOrDigitCode(name.charCodeAt(0)) || name.charCodeAt(name.length - 1) >= 0x2000;
}

function isLetterOrDigitCode(c: number): boolean {
  // Latin letters with their marks (Vietnamese among them) lie between 0xC0 and 0x2000.
  return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || (c >= 0xc0 && c < 0x2000);
}

/**
 * Bullets, dashes and emoji a list typed in a chat or a word processor puts around names: no part
 * of a name, and they hide its first word ("✅ Công ty TNHH …") from the kind.
 */
// The joiner and selectors that build an emoji ("❤️", "👍🏻") stand outside the classes.
const LEADING_NAME_MARKS = /^(?:[\s\p{Extended_Pictographic}\p{So}\p{Sm}\p{Sk}\p{Pd}\p{Emoji_Modifier}\u2022\u2023\u2043\u00b7\u2219\u25e6*]|\ufe0f|\u200d|\u20e3)+/u;
const TRAILING_NAME_MARKS = /(?:[\s\p{Extended_Pictographic}\p{So}\p{Emoji_Modifier}]|\ufe0f|\u200d|\u20e3)+$/u;
const STARTS_WITH_LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

/** The name without the marks around it; null where it has none, or nothing would be left of it. */
export function nameWithoutMarks(name: string): string | null {
  const bare = name.replace(LEADING_NAME_MARKS, "").replace(TRAILING_NAME_MARKS, "");
  return bare === name || !STARTS_WITH_LETTER_OR_DIGIT.test(bare) ? null : bare;
}

/** A line of a cash book correcting an earlier one: its direction, and whom and which receipt it names. */
export interface Correction {
  /** "tăng" (more was received), "giảm" (less), or null where the line does not say. */
  increase: boolean | null;
  /** The donor the line names ("Nông Thị Hoa"), null where it names none. */
  donor: string | null;
  /** The receipt it corrects ("PT005"), null where it names none. */
  receipt: string | null;
}

/** Whether a name may open a correction line ("Điều chỉnh …"): the cheap test before `correctionLine`. */
export function mayBeCorrection(name: string): boolean {
  const c = name.charCodeAt(0);
  return c === 0x110 || c === 0x111 || c === 0x44 || c === 0x64;
}

const CORRECTION = /^(?:điều|dieu) (?:chỉnh|chinh)(?: (tăng|tang|giảm|giam))?(?!\p{L})\s*[:\-–]?\s*/iu;
/** Where the donor's name ends: the verb of the sentence, or a bracket or comma. */
const AFTER_DONOR = /\s+(?:nộp|nop|ủng hộ|ung ho|đóng|dong|bổ sung|bo sung|thu thêm|thu them|ghi thiếu|ghi thieu)(?!\p{L})|\s*[(,;]/iu;
const RECEIPT_NAMED = /(?<![\p{L}\d])(?:pt|pc|bl|ph)\s*[-.]?\s*\d+(?!\d)/iu;
const TOO_MANY_WORDS = 7;

/**
 * "Điều chỉnh tăng: Nông Thị Hoa nộp bổ sung (PT005 ghi thiếu)", "Điều chỉnh giảm (nhập trùng
 * PT008)": a cash book corrects an earlier line by a line of its own, worded as a sentence in the
 * name column. Null where the name is not such a line.
 */
export function correctionLine(name: string): Correction | null {
  const nfc = name.normalize("NFC");
  const m = CORRECTION.exec(nfc);
  if (m === null) return null;
  const rest = nfc.slice(m[0].length);
  const direction = m[1] === undefined ? null : foldText(m[1]);
  const end = AFTER_DONOR.exec(rest);
  const donor = (end === null ? rest : rest.slice(0, end.index)).trim();
  const words = donor.split(" ").length;
  const named = donor !== "" && /^\p{Lu}/u.test(donor) && words >= 2 && words <= TOO_MANY_WORDS;
  const receipt = RECEIPT_NAMED.exec(rest);
  return { increase: direction === null ? null : direction === "tang", donor: named ? donor : null, receipt: receipt === null ? null : receipt[0].replace(/\s+/g, "").toUpperCase() };
}

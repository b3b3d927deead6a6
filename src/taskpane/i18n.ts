/**
 * Every text the task pane shows, in Vietnamese (the default) and English.
 * Messages that come from the app layer (errors, progress labels, not-built notices) are already
 * Vietnamese with an English gloss and are shown as they come.
 */
import { createContext, useContext } from "react";
import type { Step } from "../app/steps";

export type Lang = "vi" | "en";

const vi = {
  productName: "Chung Sức",
  tagline: "Chung sức xây dựng nông thôn mới",
  language: "Ngôn ngữ",
  langVi: "VI",
  langEn: "EN",
  langViLong: "Tiếng Việt",
  langEnLong: "English",
  stepsLabel: "Các bước",
  stepOf: (n: number, total: number) => `Bước ${n}/${total}`,
  notBuiltBadge: "Chưa xây dựng",
  readyBadge: "Sẵn sàng",
  /** Labels under the step numbers where the full name is too wide for the pane. */
  stepShort: {} as Partial<Record<Step["id"], string>>,
  notBuiltTitle: "Chưa xây dựng",
  runStep: (name: string) => `Chạy bước ${name}`,
  stepAbout: {
    input: "Nhận diện các bảng trong sổ (danh sách ủng hộ, danh sách cán bộ, sao kê, danh mục công trình) và chuyển chữ mã cũ (TCVN3, VNI) sang Unicode.",
    validate: "Kiểm tra và chuẩn hóa danh sách ủng hộ: số tiền, ngày, loại đối tượng, trùng lặp; ghi trang Chuẩn hóa.",
    quota: "Quy đổi ngày công ra tiền, tính định mức theo đơn vị và tỷ lệ tham gia; ghi trang Định mức.",
    reconcile: "Đối chiếu các khoản ủng hộ với sao kê Kho bạc hoặc ngân hàng; ghi trang Đối chiếu.",
    disclose: "Lập bảng công khai các khoản ủng hộ, có tổng cộng và số tiền bằng chữ; ghi trang Công khai.",
    allocate: "Phân bổ nguồn vận động cho các công trình và lập dự thảo quyết định của UBND xã.",
    approve: "Ghi nhận phê duyệt của Chủ tịch UBND xã đối với bảng phân bổ.",
  } as Record<Step["id"], string>,

  // Web file bar
  webMode: "Làm việc trên tệp .xlsx trong trình duyệt",
  openFile: "Mở tệp .xlsx",
  useSample: "Dùng sổ mẫu",
  openShort: "Mở tệp",
  sampleShort: "Sổ mẫu",
  download: "Tải sổ kết quả",
  dropHint: "Kéo thả tệp .xlsx vào đây, hoặc",
  dropHere: "Thả tệp để mở",
  noFile: "Chưa mở sổ nào. Mở tệp của xã hoặc dùng sổ mẫu để thử.",
  sheetCount: (n: number) => `${n} trang tính`,
  sampleName: "Sổ mẫu (xã Điềm Mặc)",
  unsaved: "Có thay đổi chưa tải về",
  saved: "Đã tải sổ kết quả",
  privacy: "Tệp chỉ được xử lý trên máy này, không gửi đi đâu.",
  notXlsx: (name: string) =>
    /\.xls$/i.test(name)
      ? `"${name}" là tệp Excel 97–2003 (.xls): hãy mở bằng Excel và lưu lại thành .xlsx.`
      : `"${name}" không phải tệp .xlsx.`,
  leaveWarning: "Có thay đổi chưa tải về. Rời trang sẽ mất các thay đổi đó.",
  excelMode: "Đang làm việc trên sổ đang mở trong Excel",
  connecting: "Đang kết nối với sổ Excel…",
  needWorkbook: "Hãy mở một tệp .xlsx hoặc dùng sổ mẫu trước.",

  // Common
  working: "Đang xử lý…",
  errorTitle: "Lỗi",
  dismiss: "Đóng",
  done: "Xong",
  cancel: "Hủy",

  // Input step — recognise
  recognizeTitle: "Nhận diện bảng",
  recognizeAbout: "Tìm dòng tiêu đề và các cột trong từng trang tính của bạn. Trang tính của bạn không bị sửa.",
  recognizeRun: "Nhận diện bảng",
  recognizeNone: "Sổ không có trang tính nào của người dùng.",
  recognizeSummary: (sheets: number, found: number) => `${sheets} trang tính, nhận diện được ${found} bảng. Đã ghi vào Nhật ký.`,
  needsConfirm: "cần xác nhận",
  headerRows: (rows: number[]) => (rows.length ? `Tiêu đề ở dòng ${rows.join("–")}` : "Không thấy dòng tiêu đề"),
  rowCount: (n: number) => `${n} dòng`,
  missingColumns: (cols: string) => `Thiếu cột: ${cols}`,
  column: "Cột",
  field: "Nội dung",
  kindLabel: (_kind: string | null, label: string) => label,

  // Input step — convert
  convertTitle: "Chuyển mã sang Unicode",
  convertAboutExcel: "Chọn vùng ô có chữ gõ bằng phông TCVN3 (.VnTime) hoặc VNI rồi bấm Xem trước. Không ô nào bị đổi trước khi bạn bấm Áp dụng.",
  convertAboutWeb: "Chọn trang tính và vùng ô có chữ gõ bằng phông TCVN3 (.VnTime) hoặc VNI rồi bấm Xem trước. Không ô nào bị đổi trước khi bạn bấm Áp dụng.",
  sheet: "Trang tính",
  chooseSheet: "Chọn trang tính",
  range: "Vùng ô",
  rangePlaceholder: "ví dụ B8:B60",
  badRange: "Vùng ô không hợp lệ: hãy gõ như B8:B60.",
  useNameColumn: (field: string, range: string) => `Dùng cột ${field} đã nhận diện: ${range}`,
  nameColumns: "Cột họ tên (viết hoa chữ đầu)",
  preview: "Xem trước",
  noSelection: "Chưa chọn vùng ô nào trong Excel.",
  chooseSheetFirst: "Hãy chọn trang tính.",
  previewSummary: (n: number, where: string, read: number) => `${n} ô sẽ đổi trong ${where} (đã đọc ${read} ô).`,
  previewNothing: (where: string, read: number) => `Không có ô nào cần chuyển mã trong ${where} (đã đọc ${read} ô).`,
  cell: "Ô",
  before: "Trước",
  after: "Sau",
  encoding: "Mã",
  moreChanges: (n: number) => `… và ${n} ô nữa`,
  apply: "Áp dụng",
  applied: (n: number) => `Đã chuyển ${n} ô sang Unicode. Giá trị cũ được lưu trong Nhật ký để có thể hoàn tác.`,
  undo: "Hoàn tác lần chuyển mã gần nhất",
  undone: (restored: number, kept: number) =>
    `Đã trả lại giá trị cũ cho ${restored} ô.` + (kept ? ` ${kept} ô đã sửa sau đó được giữ nguyên.` : ""),
  nothingToUndo: "Chưa có lần chuyển mã nào để hoàn tác.",
  encodingNames: { tcvn3: "TCVN3", vni: "VNI", nfd: "Unicode tổ hợp", unicode: "Unicode" } as Record<string, string>,

  // Input step — quick tools
  toolsTitle: "Công cụ nhanh",
  wordsLabel: "Đọc số tiền bằng chữ",
  wordsPlaceholder: "ví dụ 1.250.000 hoặc 1,25 tr",
  textLabel: "Chuyển một đoạn chữ sang Unicode",
  textPlaceholder: "dán chữ TCVN3 / VNI vào đây",
  copy: "Sao chép",
  copied: "Đã sao chép",

  // Validate step — Kiểm tra, Chuẩn hóa
  checkTitle: "Kiểm tra danh sách ủng hộ",
  checkAbout: "Trang của bạn không bị sửa.",
  checkSheet: "Danh sách",
  allLists: "Mọi danh sách (tự tìm)",
  checkRun: "Kiểm tra",
  normalizeRun: "Chuẩn hóa → trang Chuẩn hóa",
  statRows: "dòng dữ liệu",
  statContributions: "khoản đóng góp",
  statTotal: "tổng tiền (đồng)",
  otherTotals: (days: string | null, inKind: string | null, land: string | null) =>
    [days && `Ngày công: ${days}`, inKind && `Hiện vật: ${inKind} đ`, land && `Hiến đất: ${land} m²`].filter(Boolean).join(" · "),
  listLine: (headerRows: number[], contributions: number) => `Tiêu đề dòng ${headerRows.join("–")} · ${contributions} khoản`,
  mappingConfirmedBadge: "cột đã xác nhận",
  editMapping: "Sửa cách ghép cột",
  confirmTitle: "Xác nhận cột",
  confirmAboutUnsure: (sheet: string) =>
    `Chung Sức chưa chắc cột nào là cột nào trong trang "${sheet}". Hãy xem lại rồi bấm Lưu: những lần sau sẽ đọc trang theo cách này.`,
  confirmAboutEdit: (sheet: string) => `Chọn cột của từng nội dung trong trang "${sheet}". Cách ghép được lưu trong sổ và dùng cho những lần sau.`,
  confirmAboutManual: (sheet: string) => `Chỉ ra dòng tiêu đề và cột của từng nội dung trong trang "${sheet}", rồi bấm Lưu.`,
  headerRowsLabel: "Dòng tiêu đề",
  headerRowsPlaceholder: "ví dụ 7 hoặc 7–8",
  badHeaderRows: "Gõ số dòng tiêu đề: một dòng (7) hoặc hai dòng liền nhau (7–8).",
  noColumn: "—",
  requiredMark: "bắt buộc",
  needColumn: (field: string) => `Hãy chọn cột cho "${field}".`,
  sameColumn: (column: string, a: string, b: string) => `Cột ${column} đang được chọn cho cả "${a}" và "${b}".`,
  saveMapping: "Lưu cách ghép cột",
  mappingSaved: (sheet: string) => `Đã lưu cách ghép cột cho trang "${sheet}" và kiểm tra lại.`,
  resultsTitle: "Kết quả kiểm tra",
  resultsAboutExcel: "Bấm vào một mục để chọn ô đó trong sổ.",
  severity: { error: "Lỗi", warning: "Cảnh báo", fixed: "Đã chuẩn hóa" } as Record<"error" | "warning" | "fixed", string>,
  severityAbout: {
    error: "Dòng chưa dùng được: hãy sửa trong trang của bạn.",
    warning: "Nên có người xem lại.",
    fixed: "Đã đọc lại cho đúng; trang Chuẩn hóa dùng giá trị mới.",
  } as Record<"error" | "warning" | "fixed", string>,
  severityNone: {
    error: "Không có lỗi nào.",
    warning: "Không có cảnh báo nào.",
    fixed: "Không có ô nào cần chuẩn hóa.",
  } as Record<"error" | "warning" | "fixed", string>,
  diagnosticsLabel: "Các vấn đề theo mức độ",
  filterPlaceholder: "Lọc theo ô hoặc nội dung",
  noMatch: "Không có mục nào khớp với bộ lọc.",
  shownOf: (shown: number, total: number) => `Đang hiện ${shown} / ${total} mục`,
  showMore: (n: number) => `Xem thêm ${n} mục`,
  goToCell: (where: string) => `Chọn ô ${where} trong sổ`,
  normalized: (n: number) => `Đã ghi trang Chuẩn hóa: ${n} khoản đóng góp. Đã ghi vào Nhật ký.`,
  openNormalized: "Mở trang Chuẩn hóa",
  applyHint: (n: number, sheet: string) => `${n} ô có thể sửa thẳng vào trang "${sheet}".`,
  applyFixes: "Áp dụng sửa vào trang của tôi",
  applyDialogTitle: "Áp dụng sửa vào trang của bạn?",
  applyDialogCells: (n: number, sheet: string) =>
    `${n} ô sẽ được sửa trong trang "${sheet}": chữ mã cũ thành Unicode, số tiền và ngày thành số, như danh sách Đã chuẩn hóa.`,
  applyDialogBackup: (example: string) => `Trước khi sửa, bản gốc của trang được chép sang một trang mới (tên như "${example}") để bạn đối chiếu hoặc lấy lại.`,
  applyDialogRest: "Các ô khác không thay đổi. Việc sửa được ghi vào Nhật ký.",
  applyConfirm: (n: number) => `Chép bản gốc rồi sửa ${n} ô`,
  fixesApplied: (n: number, sheet: string, backup: string) => `Đã sửa ${n} ô trong trang "${sheet}". Bản gốc ở trang "${backup}".`,
  openBackup: "Xem bản gốc",
  noListHint: "Chọn trang có danh sách ở ô Danh sách rồi bấm Kiểm tra. Nếu vẫn không thấy, hãy tự chỉ ra dòng tiêu đề và các cột.",
  // --- allocate / approve ---
  allocTitle: "Phân bổ cho công trình",
  allocAbout: "Tiền ghi theo mục đích cho công trình nào giữ cho công trình đó; phần còn lại chia theo thứ tự ưu tiên, không công trình nào quá số đề nghị.",
  allocMethod: "Trong cùng thứ tự ưu tiên, chia",
  allocMethods: { proportional: "theo tỷ lệ số còn thiếu", weight: "theo trọng số (số hộ, chiều dài)", equal: "chia đều" } as Record<"proportional" | "weight" | "equal", string>,
  allocFund: "Tiền đưa vào phân bổ",
  allocFunds: { recorded: "đã ghi sổ (tiền mặt và chuyển khoản)", confirmed: "chỉ tiền đã xác nhận (đối chiếu)" } as Record<"recorded" | "confirmed", string>,
  allocPreview: "Xem trước",
  allocRun: "Phân bổ và lập dự thảo quyết định",
  allocFundTotal: "Quỹ",
  allocAllocated: "Đã phân bổ",
  allocUnallocated: "Chưa phân bổ",
  allocWork: "Công trình",
  allocRequested: "Đề nghị",
  allocAmount: "Phân bổ",
  allocEarmarked: (amount: string) => `trong đó ${amount} đ theo mục đích người ủng hộ`,
  allocPriority: (p: number | null) => (p === null ? "chưa xếp ưu tiên" : `ưu tiên ${p}`),
  allocWarnings: "Cần xem",
  allocPreviewNote: "Bản xem trước: chưa ghi gì vào sổ.",
  allocWritten: "Đã ghi trang Phân bổ và Quyết định.",
  openAllocation: "Mở trang Phân bổ",
  openDecision: "Mở trang Quyết định",
  approveTitle: "Phê duyệt",
  approveAbout: "Người có thẩm quyền xác nhận họ tên rồi phê duyệt: Chung Sức ghi ai, lúc nào và mã băm của bảng phân bổ cùng mọi số liệu đã dùng, rồi khóa hai trang.",
  approveName: "Họ và tên người phê duyệt",
  approveReview: "Xem số liệu sẽ phê duyệt",
  approveRun: "Phê duyệt",
  approveCheck: "Kiểm tra tình trạng",
  approveSummary: (works: number, amount: string, rest: string) => `${works} công trình; phân bổ ${amount} đ; chưa phân bổ ${rest} đ.`,
  stateDraft: "Chưa phê duyệt",
  stateApproved: "Đã phê duyệt",
  stateChanged: "Đã thay đổi sau phê duyệt",
  approvedBy: (name: string, time: string) => `${name}, lúc ${time}`,
  approveDone: (name: string) => `Đã phê duyệt (${name}); trang Phân bổ và Quyết định đã được khóa.`,
  approveNeedName: "Hãy ghi họ và tên người phê duyệt.",
  approveNeedReview: "Bấm “Xem số liệu sẽ phê duyệt” trước khi phê duyệt.",
};

export type Strings = typeof vi;

const en: Strings = {
  productName: "Chung Sức",
  tagline: "Joining hands to build new rural areas",
  language: "Language",
  langVi: "VI",
  langEn: "EN",
  langViLong: "Tiếng Việt",
  langEnLong: "English",
  stepsLabel: "Steps",
  stepOf: (n, total) => `Step ${n} of ${total}`,
  notBuiltBadge: "Not built",
  readyBadge: "Ready",
  stepShort: { disclose: "Disclose", allocate: "Allocate", approve: "Approve" },
  notBuiltTitle: "Not built yet",
  runStep: (name) => `Run ${name}`,
  stepAbout: {
    input: "Recognise the tables in the workbook (contribution list, staff roster, statement, works list) and convert legacy TCVN3 / VNI text to Unicode.",
    validate: "Check and normalise the contribution list: amounts, dates, contributor kinds, duplicates; writes the Chuẩn hóa sheet.",
    quota: "Convert labour days to money and compute per-unit quotas and participation; writes the Định mức sheet.",
    reconcile: "Match contributions against Treasury or bank statements; writes the Đối chiếu sheet.",
    disclose: "Build the public disclosure table with totals and the amount in words; writes the Công khai sheet.",
    allocate: "Allocate the campaign funds to the works and draft the commune's decision.",
    approve: "Record the commune chairperson's approval of the allocation.",
  },

  webMode: "Working on an .xlsx file in the browser",
  openFile: "Open .xlsx file",
  useSample: "Use sample workbook",
  openShort: "Open",
  sampleShort: "Sample",
  download: "Download result",
  dropHint: "Drop an .xlsx file here, or",
  dropHere: "Drop the file to open it",
  noFile: "No workbook open. Open your commune's file or try the sample workbook.",
  sheetCount: (n) => `${n} ${n === 1 ? "sheet" : "sheets"}`,
  sampleName: "Sample workbook (Điềm Mặc commune)",
  unsaved: "Changes not downloaded yet",
  saved: "Result downloaded",
  privacy: "The file is processed on this computer only and sent nowhere.",
  notXlsx: (name) =>
    /\.xls$/i.test(name) ? `"${name}" is an Excel 97–2003 file (.xls): open it in Excel and save it as .xlsx.` : `"${name}" is not an .xlsx file.`,
  leaveWarning: "Changes have not been downloaded. Leaving the page loses them.",
  excelMode: "Working on the workbook open in Excel",
  connecting: "Connecting to the Excel workbook…",
  needWorkbook: "Open an .xlsx file or use the sample workbook first.",

  working: "Working…",
  errorTitle: "Error",
  dismiss: "Dismiss",
  done: "Done",
  cancel: "Cancel",

  recognizeTitle: "Recognise tables",
  recognizeAbout: "Finds the header rows and columns in each of your sheets. Your sheets are not changed.",
  recognizeRun: "Recognise tables",
  recognizeNone: "The workbook has no sheets of the user's.",
  recognizeSummary: (sheets, found) => `${sheets} sheets, ${found} tables recognised. Recorded in Nhật ký.`,
  needsConfirm: "needs confirmation",
  headerRows: (rows) => (rows.length ? `Header on row ${rows.join("–")}` : "No header row found"),
  rowCount: (n) => `${n} rows`,
  missingColumns: (cols) => `Missing columns: ${cols}`,
  column: "Column",
  field: "Field",
  kindLabel: (kind, label) =>
    ({ contributions: "Contribution list", roster: "Staff roster", statement: "Account statement", works: "Works list" })[kind ?? ""] ??
    (kind ? label : "No table recognised"),

  convertTitle: "Convert to Unicode",
  convertAboutExcel: "Select cells typed in a TCVN3 (.VnTime) or VNI font, then press Preview. No cell changes until you press Apply.",
  convertAboutWeb: "Choose the sheet and the cells typed in a TCVN3 (.VnTime) or VNI font, then press Preview. No cell changes until you press Apply.",
  sheet: "Sheet",
  chooseSheet: "Choose a sheet",
  range: "Range",
  rangePlaceholder: "e.g. B8:B60",
  badRange: "Not a valid range: type it like B8:B60.",
  useNameColumn: (field, range) => `Use the recognised ${field} column: ${range}`,
  nameColumns: "Name column (capitalise each word)",
  preview: "Preview",
  noSelection: "No range is selected in Excel.",
  chooseSheetFirst: "Choose a sheet.",
  previewSummary: (n, where, read) => `${n} cells will change in ${where} (${read} cells read).`,
  previewNothing: (where, read) => `Nothing to convert in ${where} (${read} cells read).`,
  cell: "Cell",
  before: "Before",
  after: "After",
  encoding: "Encoding",
  moreChanges: (n) => `… and ${n} more cells`,
  apply: "Apply",
  applied: (n) => `${n} cells converted to Unicode. The old values are kept in Nhật ký so this can be undone.`,
  undo: "Undo the last conversion",
  undone: (restored, kept) => `${restored} cells restored.` + (kept ? ` ${kept} cells edited since were kept.` : ""),
  nothingToUndo: "No conversion to undo.",
  encodingNames: { tcvn3: "TCVN3", vni: "VNI", nfd: "Unicode NFD", unicode: "Unicode" },

  toolsTitle: "Quick tools",
  wordsLabel: "Amount in Vietnamese words",
  wordsPlaceholder: "e.g. 1.250.000 or 1,25 tr",
  textLabel: "Convert a piece of text to Unicode",
  textPlaceholder: "paste TCVN3 / VNI text here",
  copy: "Copy",
  copied: "Copied",

  checkTitle: "Check the contribution list",
  checkAbout: "Your sheets are not changed.",
  checkSheet: "List",
  allLists: "Every list (found automatically)",
  checkRun: "Check",
  normalizeRun: "Normalise → Chuẩn hóa sheet",
  statRows: "data rows",
  statContributions: "contributions",
  statTotal: "total (đồng)",
  otherTotals: (days, inKind, land) =>
    [days && `Labour days: ${days}`, inKind && `In kind: ${inKind} đ`, land && `Land: ${land} m²`].filter(Boolean).join(" · "),
  listLine: (headerRows, contributions) => `Header row ${headerRows.join("–")} · ${contributions} contributions`,
  mappingConfirmedBadge: "columns confirmed",
  editMapping: "Correct the columns",
  confirmTitle: "Confirm the columns",
  confirmAboutUnsure: (sheet) => `Chung Sức is not sure which column is which in "${sheet}". Check them, then press Save: later runs read the sheet this way.`,
  confirmAboutEdit: (sheet) => `Choose the column of each field in "${sheet}". The choice is kept in the workbook for later runs.`,
  confirmAboutManual: (sheet) => `Give the header rows and the column of each field in "${sheet}", then press Save.`,
  headerRowsLabel: "Header rows",
  headerRowsPlaceholder: "e.g. 7 or 7–8",
  badHeaderRows: "Type the header rows: one row (7) or two adjacent rows (7–8).",
  noColumn: "—",
  requiredMark: "required",
  needColumn: (field) => `Choose the column for "${field}".`,
  sameColumn: (column, a, b) => `Column ${column} is chosen for both "${a}" and "${b}".`,
  saveMapping: "Save the columns",
  mappingSaved: (sheet) => `Columns saved for "${sheet}" and the list checked again.`,
  resultsTitle: "Check results",
  resultsAboutExcel: "Click an item to select its cell in the workbook.",
  severity: { error: "Errors", warning: "Warnings", fixed: "Normalised" },
  severityAbout: {
    error: "Rows that cannot be used yet: correct them in your sheet.",
    warning: "A person should look at these.",
    fixed: "Read correctly; the Chuẩn hóa sheet uses the new values.",
  },
  severityNone: { error: "No errors.", warning: "No warnings.", fixed: "No cell needed normalising." },
  diagnosticsLabel: "Findings by severity",
  filterPlaceholder: "Filter by cell or text",
  noMatch: "Nothing matches the filter.",
  shownOf: (shown, total) => `Showing ${shown} of ${total}`,
  showMore: (n) => `Show ${n} more`,
  goToCell: (where) => `Select ${where} in the workbook`,
  normalized: (n) => `Chuẩn hóa sheet written: ${n} contributions. Recorded in Nhật ký.`,
  openNormalized: "Open the Chuẩn hóa sheet",
  applyHint: (n, sheet) => `${n} cells can be corrected in "${sheet}" itself.`,
  applyFixes: "Apply the fixes to my sheet",
  applyDialogTitle: "Apply the fixes to your sheet?",
  applyDialogCells: (n, sheet) => `${n} cells of "${sheet}" will change: legacy text to Unicode, amounts and dates to numbers, as listed under Normalised.`,
  applyDialogBackup: (example) => `First the whole sheet is copied to a new sheet (named like "${example}"), so you can compare or go back.`,
  applyDialogRest: "No other cell changes. The change is recorded in Nhật ký.",
  applyConfirm: (n) => `Copy the original, then fix ${n} cells`,
  fixesApplied: (n, sheet, backup) => `${n} cells of "${sheet}" fixed. The original is in "${backup}".`,
  openBackup: "Show the original",
  noListHint: "Choose the sheet that holds the list under List and press Check. If it is still not found, give its header rows and columns yourself.",
  // --- allocate / approve ---
  allocTitle: "Allocate to works",
  allocAbout: "Money given for a named work stays with it; the rest goes by priority, and no work gets more than it asked for.",
  allocMethod: "Within one priority, share",
  allocMethods: { proportional: "by what is still missing", weight: "by weight (households, length)", equal: "equally" },
  allocFund: "Money to allocate",
  allocFunds: { recorded: "recorded (cash and transfers)", confirmed: "confirmed received only (reconciled)" },
  allocPreview: "Preview",
  allocRun: "Allocate and draft the decision",
  allocFundTotal: "Fund",
  allocAllocated: "Allocated",
  allocUnallocated: "Not allocated",
  allocWork: "Work",
  allocRequested: "Requested",
  allocAmount: "Allocated",
  allocEarmarked: (amount) => `of which ${amount} đ given for this work`,
  allocPriority: (p) => (p === null ? "no priority" : `priority ${p}`),
  allocWarnings: "To look at",
  allocPreviewNote: "Preview: nothing was written to the workbook.",
  allocWritten: "The Phân bổ and Quyết định sheets were written.",
  openAllocation: "Open the Phân bổ sheet",
  openDecision: "Open the Quyết định sheet",
  approveTitle: "Approval",
  approveAbout: "The head confirms their name and approves: Chung Sức records who, when and a hash of the allocation and of every input it used, then locks both sheets.",
  approveName: "Approver's full name",
  approveReview: "Show what will be approved",
  approveRun: "Approve",
  approveCheck: "Check the status",
  approveSummary: (works, amount, rest) => `${works} works; ${amount} đ allocated; ${rest} đ not allocated.`,
  stateDraft: "Not approved",
  stateApproved: "Approved",
  stateChanged: "Changed after approval",
  approvedBy: (name, time) => `${name}, at ${time}`,
  approveDone: (name) => `Approved (${name}); the Phân bổ and Quyết định sheets are locked.`,
  approveNeedName: "Enter the approver's full name.",
  approveNeedReview: "Press “Show what will be approved” before approving.",
};

/** Column fields of the recognised tables (src/domain/sheet/tableSpecs.ts), by language. */
const FIELD_NAMES: Record<Lang, Record<string, string>> = {
  vi: {
    seq: "STT",
    name: "Họ và tên",
    unit: "Đơn vị / Thôn",
    amount: "Số tiền",
    days: "Ngày công",
    inKind: "Hiện vật",
    inKindValue: "Giá trị hiện vật",
    land: "Hiến đất (m²)",
    date: "Ngày",
    channel: "Hình thức",
    receipt: "Số phiếu thu",
    note: "Ghi chú",
    purpose: "Mục đích",
    position: "Chức vụ",
    income: "Thu nhập/tháng",
    reference: "Số tham chiếu",
    description: "Nội dung",
    debit: "Ghi nợ",
    credit: "Ghi có",
    balance: "Số dư",
    code: "Mã",
    place: "Địa điểm",
    criterion: "Tiêu chí",
    estimate: "Tổng dự toán",
    stateBudget: "Ngân sách nhà nước",
    requested: "Đề nghị từ quỹ vận động",
    priority: "Thứ tự ưu tiên",
    weight: "Trọng số",
  },
  en: {
    seq: "No.",
    name: "Name",
    unit: "Unit / hamlet",
    amount: "Amount",
    days: "Labour days",
    inKind: "In kind",
    inKindValue: "In-kind value",
    land: "Land (m²)",
    date: "Date",
    channel: "Channel",
    receipt: "Receipt no.",
    note: "Note",
    purpose: "Purpose",
    position: "Position",
    income: "Monthly income",
    reference: "Reference",
    description: "Description",
    debit: "Debit",
    credit: "Credit",
    balance: "Balance",
    code: "Code",
    place: "Place",
    criterion: "Criterion",
    estimate: "Total estimate",
    stateBudget: "State budget",
    requested: "Requested from fund",
    priority: "Priority",
    weight: "Weight",
  },
};

export const STRINGS: Record<Lang, Strings> = { vi, en };

/** Where a field means something else in one kind of table ("name" of a work is its title). */
const KIND_FIELD_NAMES: Record<Lang, Record<string, string>> = {
  vi: { "works.name": "Tên công trình", "statement.date": "Ngày giao dịch", "roster.unit": "Đơn vị", "works.weight": "Trọng số / số hộ" },
  en: { "works.name": "Work", "statement.date": "Transaction date", "roster.unit": "Unit", "works.weight": "Weight / households" },
};

export function fieldName(lang: Lang, field: string, kind?: string | null): string {
  return (kind ? KIND_FIELD_NAMES[lang][`${kind}.${field}`] : undefined) ?? FIELD_NAMES[lang][field] ?? field;
}

export function stepName(lang: Lang, step: Step): string {
  return lang === "vi" ? step.vi : step.en;
}

export interface I18n {
  lang: Lang;
  t: Strings;
  setLang(lang: Lang): void;
}

export const I18nContext = createContext<I18n>({ lang: "vi", t: vi, setLang: () => undefined });

export function useI18n(): I18n {
  return useContext(I18nContext);
}

const LANG_KEY = "chungsuc.lang";

/** The language chosen last time on this computer; Vietnamese otherwise. */
export function storedLang(): Lang {
  try {
    return window.localStorage.getItem(LANG_KEY) === "en" ? "en" : "vi";
  } catch {
    return "vi";
  }
}

export function storeLang(lang: Lang): void {
  try {
    window.localStorage.setItem(LANG_KEY, lang);
  } catch {
    // Storage may be disabled (private mode, some Office hosts): the choice lasts this session.
  }
}

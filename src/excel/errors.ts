/**
 * Office.js errors turned into messages a commune finance officer can act on: Vietnamese first,
 * with an English gloss and Excel's own error code, naming the sheet and the cells where known.
 *
 * Nothing here swallows an error: `toExcelError` returns a new error that carries the original
 * as `cause` (and its `code`), and hands every other error back unchanged.
 */

/** The shape of OfficeExtension.Error (the global class does not exist outside Office). */
export interface OfficeErrorLike {
  name?: string;
  code: string;
  message: string;
  debugInfo?: { code?: string; message?: string; errorLocation?: string; statement?: string };
}

/** Where an error happened, as far as the adapter knows. */
export interface ErrorPlace {
  sheet?: string;
  /** A cell or range address on that sheet ("A1", "A1:H1250"). */
  cell?: string;
  /** What Chung Sức was doing, in Vietnamese ("ghi trang tính", "đọc cài đặt"). */
  operation?: string;
}

/** True for an error raised by Office.js (OfficeExtension.Error or an object of the same shape). */
export function isOfficeError(error: unknown): error is OfficeErrorLike {
  if (typeof error !== "object" || error === null) return false;
  const e = error as Partial<OfficeErrorLike>;
  if (typeof e.code !== "string" || e.code === "" || typeof e.message !== "string") return false;
  // Node's own errors also carry a `code` (ENOENT, ERR_…); Office errors are named RichApi.Error
  // and carry debugInfo.
  return e.name === "RichApi.Error" || typeof e.debugInfo === "object";
}

export const PAYLOAD_TOO_LARGE = "RequestPayloadSizeLimitExceeded";
export const RESPONSE_TOO_LARGE = "ResponsePayloadSizeLimitExceeded";

export function hasOfficeCode(error: unknown, code: string): boolean {
  if (error instanceof ExcelOperationError) return error.code === code;
  return isOfficeError(error) && error.code === code;
}

/** Vietnamese explanation and English gloss for each Office error code the adapter can meet. */
const MESSAGES: Record<string, [vi: string, en: string]> = {
  ItemNotFound: ["Không tìm thấy trang tính hoặc vùng ô cần dùng; có thể nó vừa bị xóa hoặc đổi tên", "the sheet or range was not found; it may have been deleted or renamed"],
  InvalidArgument: ["Excel không nhận dữ liệu hoặc tham số được gửi tới (giá trị, địa chỉ ô hoặc định dạng không hợp lệ)", "Excel rejected a value, address or format as invalid"],
  RequestPayloadSizeLimitExceeded: [
    "Khối dữ liệu gửi tới Excel vượt giới hạn 5 MB của một lần gửi (Excel trên web); hãy chia nhỏ dữ liệu",
    "the request exceeded Excel's 5 MB payload limit",
  ],
  ResponsePayloadSizeLimitExceeded: [
    "Dữ liệu Excel trả về vượt giới hạn 5 MB của một lần đọc (Excel trên web); hãy thu hẹp vùng cần đọc",
    "the response exceeded Excel's 5 MB payload limit",
  ],
  AccessDenied: [
    "Excel từ chối thao tác: trang tính hoặc sổ làm việc đang được bảo vệ, chỉ đọc, hoặc đang được người khác chỉnh sửa",
    "access denied: the sheet or workbook is protected, read-only or locked by another user",
  ],
  ItemAlreadyExists: ["Đã có một trang tính (hoặc đối tượng) cùng tên trong sổ làm việc", "an item with that name already exists"],
  InsertDeleteConflict: [
    "Không thể chèn hoặc xóa ô vì sẽ xung đột với bảng, vùng gộp ô hoặc bộ lọc trên trang",
    "the insert or delete conflicts with a table, merged cells or a filter",
  ],
  GeneralException: ["Excel gặp lỗi chung khi thực hiện thao tác; hãy thử lại, nếu vẫn lỗi hãy lưu và mở lại sổ làm việc", "Excel reported a general exception"],
  InvalidOperation: ["Excel không cho phép thao tác này ở trạng thái hiện tại của sổ làm việc", "the operation is not allowed in the workbook's current state"],
  InvalidReference: ["Địa chỉ ô hoặc tham chiếu không hợp lệ", "the reference is not valid for this operation"],
  InvalidSelection: ["Vùng chọn hiện tại không hợp lệ cho thao tác này", "the current selection is invalid for this operation"],
  InvalidObjectPath: ["Đối tượng Excel không còn dùng được (có thể đã bị xóa trong lúc chạy)", "the Excel object is no longer valid"],
  MergedRangeConflict: ["Thao tác xung đột với vùng ô đã gộp", "the operation conflicts with merged cells"],
  FilteredRangeConflict: ["Thao tác xung đột với vùng đang lọc", "the operation conflicts with a filtered range"],
  NonBlankCellOffSheet: ["Không thể chèn ô vì sẽ đẩy dữ liệu ra ngoài trang tính", "inserting would push non-blank cells off the sheet"],
  RangeExceedsLimit: ["Vùng ô vượt quá giới hạn số ô Excel xử lý được trong một lần", "the range exceeds Excel's cell-count limit"],
  ActivityLimitReached: ["Excel đang quá tải vì quá nhiều yêu cầu; hãy đợi một lát rồi thử lại", "the activity limit was reached"],
  Conflict: ["Sổ làm việc vừa được người khác sửa cùng lúc; hãy thử lại", "the request conflicted with another change"],
  ApiNotFound: ["Phiên bản Excel này không hỗ trợ chức năng cần dùng (cần ExcelApi 1.9 trở lên)", "this Excel version lacks the API (ExcelApi 1.9 needed)"],
  NotImplemented: ["Phiên bản Excel này chưa hỗ trợ chức năng cần dùng", "the feature is not implemented in this Excel version"],
  UnsupportedOperation: ["Excel không hỗ trợ thao tác này", "the operation is not supported"],
  ServiceNotAvailable: ["Dịch vụ Excel tạm thời không phản hồi; hãy thử lại sau", "the Excel service is unavailable"],
  Unauthenticated: ["Phiên đăng nhập đã hết hạn; hãy đăng nhập lại", "authentication is missing or expired"],
  UnsupportedSheet: ["Loại trang tính này không hỗ trợ thao tác (ví dụ trang biểu đồ hoặc trang macro)", "this sheet type does not support the operation"],
};

function quoted(name: string): string {
  return `“${name}”`;
}

function placeVi(place: ErrorPlace): string {
  const parts: string[] = [];
  if (place.sheet) parts.push(`trang ${quoted(place.sheet)}`);
  if (place.cell) parts.push(`ô ${place.cell}`);
  return parts.length ? ` (${parts.join(", ")})` : "";
}

function placeEn(place: ErrorPlace): string {
  const parts: string[] = [];
  if (place.sheet) parts.push(`sheet "${place.sheet}"`);
  if (place.cell) parts.push(`cells ${place.cell}`);
  return parts.length ? ` at ${parts.join(", ")}` : "";
}

/** One line: Vietnamese sentence, then (English gloss; Excel code and Excel's own message). */
export function describeOfficeError(error: OfficeErrorLike, place: ErrorPlace = {}): string {
  const [vi, en] = MESSAGES[error.code] ?? [`Excel báo lỗi ${error.code}`, `Excel error ${error.code}`];
  const doing = place.operation ? `Khi ${place.operation}: ` : "";
  const location = error.debugInfo?.errorLocation ? `, at ${error.debugInfo.errorLocation}` : "";
  const detail = error.message && error.message !== error.code ? ` — ${error.message}` : "";
  return `${doing}${vi}${placeVi(place)}. (${en}${placeEn(place)}; Excel code ${error.code}${location}${detail})`;
}

/** An Office error re-thrown with a message for people; the original stays in `cause`. */
export class ExcelOperationError extends Error {
  readonly code: string;
  readonly sheet?: string;
  readonly cell?: string;
  override readonly cause: unknown;

  constructor(original: OfficeErrorLike, place: ErrorPlace = {}) {
    super(describeOfficeError(original, place));
    this.name = "ExcelOperationError";
    this.code = original.code;
    this.sheet = place.sheet;
    this.cell = place.cell;
    this.cause = original;
  }
}

/**
 * The error to re-throw: an Office error becomes an ExcelOperationError with the place filled
 * in; anything else (our own SheetNotOwnedError, an already translated error, a bug) is
 * returned unchanged.
 */
export function toExcelError(error: unknown, place: ErrorPlace = {}): unknown {
  if (error instanceof ExcelOperationError) return error;
  if (isOfficeError(error)) return new ExcelOperationError(error, place);
  return error;
}

/** Office errors become messages in Vietnamese with an English gloss, never swallowed. */
import { ExcelOperationError, describeOfficeError, isOfficeError, toExcelError } from "../../src/excel/errors";
import { SheetNotOwnedError } from "../../src/workbook/port";
import { FakeOfficeError } from "./fakeExcel";

const codes = [
  "ItemNotFound",
  "InvalidArgument",
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "AccessDenied",
  "ItemAlreadyExists",
  "InsertDeleteConflict",
  "GeneralException",
];

describe("Office errors", () => {
  test.each(codes)("%s: a Vietnamese sentence, the place, an English gloss and the code", (code) => {
    const message = describeOfficeError(new FakeOfficeError(code, "raw message", "Range.values"), { sheet: "Công khai", cell: "A1:H1250", operation: "ghi trang tính" });
    expect(message).toMatch(/^Khi ghi trang tính: /);
    expect(message).toContain("trang “Công khai”, ô A1:H1250");
    expect(message).toContain('at sheet "Công khai", cells A1:H1250');
    expect(message).toContain(`Excel code ${code}, at Range.values — raw message`);
    expect(message).not.toMatch(/Excel báo lỗi/);
  });

  test("each code has its own explanation", () => {
    const texts = codes.map((code) => describeOfficeError(new FakeOfficeError(code, "")).split(".")[0]);
    expect(new Set(texts).size).toBe(codes.length);
    expect(describeOfficeError(new FakeOfficeError("AccessDenied", ""))).toMatch(/bảo vệ/);
    expect(describeOfficeError(new FakeOfficeError("RequestPayloadSizeLimitExceeded", ""))).toMatch(/5 MB/);
  });

  test("an unknown code still names itself", () => {
    expect(describeOfficeError(new FakeOfficeError("SomethingNew", "x"))).toMatch(/^Excel báo lỗi SomethingNew\. \(Excel error SomethingNew; Excel code SomethingNew — x\)$/);
  });

  test("toExcelError wraps Office errors and keeps the original; other errors pass unchanged", () => {
    const original = new FakeOfficeError("ItemAlreadyExists", "exists");
    const wrapped = toExcelError(original, { sheet: "Nhật ký" });
    expect(wrapped).toBeInstanceOf(ExcelOperationError);
    expect(wrapped).toMatchObject({ code: "ItemAlreadyExists", sheet: "Nhật ký", cause: original });
    expect(toExcelError(wrapped, { sheet: "other" })).toBe(wrapped);
    const ours = new SheetNotOwnedError("DS");
    expect(toExcelError(ours)).toBe(ours);
    const bug = new TypeError("x is not a function");
    expect(toExcelError(bug)).toBe(bug);
  });

  test("node errors with a code are not taken for Office errors", () => {
    const nodeError = Object.assign(new Error("no such file"), { code: "ENOENT" });
    expect(isOfficeError(nodeError)).toBe(false);
    expect(isOfficeError(new FakeOfficeError("GeneralException", "x"))).toBe(true);
    expect(isOfficeError({ code: "ItemNotFound", message: "m", debugInfo: {} })).toBe(true);
    expect(isOfficeError(null)).toBe(false);
  });
});

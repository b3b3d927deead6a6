import path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { setRulesWorkbook } from "../../src/app/functionRules";
import { ensureSettingsSheet, writeSettingValues } from "../../src/app/settings";
import { dinhmuc, docso, khongdau, ngaycong, sotien, unicode } from "../../src/functions/functions";
import { MemoryWorkbook } from "../taskpane/memoryPort";

interface Param {
  name: string;
  type?: string;
  optional?: boolean;
}
interface Fn {
  id: string;
  name: string;
  parameters: Param[];
  result: { type?: string };
}

describe("custom functions metadata", () => {
  let functions: Fn[];
  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata(path.resolve(__dirname, "../../src/functions/functions.ts"));
    expect(result.errors).toEqual([]);
    functions = (JSON.parse(result.metadataJson) as { functions: Fn[] }).functions;
  });

  it("declares the six functions under their Vietnamese names", () => {
    expect(functions.map((f) => f.name).sort()).toEqual(["DINHMUC", "DOCSO", "KHONGDAU", "NGAYCONG", "SOTIEN", "UNICODE"]);
    expect(functions.map((f) => f.id).sort()).toEqual(["DINHMUC", "DOCSO", "KHONGDAU", "NGAYCONG", "SOTIEN", "UNICODE"]);
  });

  it("DINHMUC takes one income and gives a number of days", () => {
    const f = functions.find((x) => x.name === "DINHMUC")!;
    expect(f.parameters.map((p) => [p.name, Boolean(p.optional)])).toEqual([["income", false]]);
    expect(f.result.type).toBe("number");
  });

  it("gives each its parameters, optional ones marked, and result types", () => {
    const byName = Object.fromEntries(functions.map((f) => [f.name, f]));
    expect(byName.DOCSO.parameters.map((p) => [p.name, Boolean(p.optional)])).toEqual([["amount", false], ["style", true]]);
    expect(byName.NGAYCONG.parameters.map((p) => [p.name, Boolean(p.optional)])).toEqual([["amount", false], ["rate", true]]);
    expect(byName.SOTIEN.result.type).toBe("number");
    expect(byName.NGAYCONG.result.type).toBe("number");
    expect(byName.DOCSO.result.type).toBe("string");
    expect(byName.UNICODE.parameters).toEqual([expect.objectContaining({ name: "text", type: "string" })]);
  });
});

describe("custom functions called directly", () => {
  it("DOCSO reads amounts and styles, and refuses what is not an amount", () => {
    expect(docso(125_400_000)).toBe("Một trăm hai mươi lăm triệu bốn trăm nghìn đồng");
    expect(docso("1,5 triệu")).toBe("Một triệu năm trăm nghìn đồng");
    expect(docso(105_000, "lẻ, ngàn")).toBe("Một trăm lẻ năm ngàn đồng");
    expect(docso(500_000, "chan")).toBe("Năm trăm nghìn đồng chẵn");
    expect(docso(24, "không đồng")).toBe("Hai mươi tư");
    expect(() => docso("đã nộp")).toThrow();
    expect(() => docso(1000, "abc")).toThrow(/Kiểu đọc không rõ/);
  });

  it("UNICODE and KHONGDAU convert and fold", () => {
    expect(unicode("NguyÔn V¨n §øc")).toBe("Nguyễn Văn Đức");
    expect(unicode("Zoë Ørsted")).toBe("Zoë Ørsted");
    expect(khongdau("  Nguyễn  Văn ĐỨC ")).toBe("nguyen van duc");
    expect(khongdau("NguyÔn V¨n §øc")).toBe("nguyen van duc");
  });

  it("SOTIEN and NGAYCONG read office notations", () => {
    expect(sotien("450k")).toBe(450_000);
    expect(sotien("2.000.000 VNĐ")).toBe(2_000_000);
    expect(sotien("(300.000)")).toBe(-300_000);
    expect(() => sotien("1,5")).toThrow();
    expect(ngaycong(450_000)).toBe(3);
    expect(ngaycong("375.000")).toBe(2.5);
    expect(ngaycong(400_000, 200_000)).toBe(2);
    expect(() => ngaycong(1000, 0)).toThrow();
  });
});

describe("CHUNGSUC.DINHMUC", () => {
  afterEach(() => setRulesWorkbook(null));

  it("gives the plans' tiers when no workbook is reachable: 5.000.000 and more is 3 days, less is 2", async () => {
    setRulesWorkbook(null);
    expect(await dinhmuc(5_000_000)).toBe(3);
    expect(await dinhmuc("5.000.000đ")).toBe(3);
    expect(await dinhmuc(4_999_999)).toBe(2);
    expect(await dinhmuc("4tr5")).toBe(2);
    await expect(dinhmuc("nhiều")).rejects.toThrow(/không phải là số tiền/);
    setRulesWorkbook(() => Promise.reject(new Error("no workbook")));
    expect(await dinhmuc(6_000_000)).toBe(3);
  });

  it("follows the commune's own tiers in Cấu hình, and names the cell of a bad value", async () => {
    const book = new MemoryWorkbook();
    await ensureSettingsSheet(book);
    await writeSettingValues(book, { "tier.1.minIncome": "6 triệu", "tier.1.days": "4", "tier.3.minIncome": "4.000.000", "tier.3.days": "3" });
    setRulesWorkbook(async () => book);
    expect(await Promise.all([3_999_999, 4_000_000, 5_999_999, 6_000_000].map((n) => dinhmuc(n)))).toEqual([2, 3, 3, 4]);
    await writeSettingValues(book, { "tier.1.days": "bốn" });
    setRulesWorkbook(async () => book);
    await expect(dinhmuc(6_000_000)).rejects.toThrow(/Trang "Cấu hình", ô B\d+ \(tier\.1\.days\)/);
  });

  it("reads Cấu hình without creating it", async () => {
    const book = new MemoryWorkbook();
    setRulesWorkbook(async () => book);
    expect(await dinhmuc(5_000_000)).toBe(3);
    expect(await book.listSheets()).toEqual([]);
  });
});

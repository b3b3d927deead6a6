import path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { docso, khongdau, ngaycong, sotien, unicode } from "../../src/functions/functions";

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

  it("declares the five functions under their Vietnamese names", () => {
    expect(functions.map((f) => f.name).sort()).toEqual(["DOCSO", "KHONGDAU", "NGAYCONG", "SOTIEN", "UNICODE"]);
    expect(functions.map((f) => f.id).sort()).toEqual(["DOCSO", "KHONGDAU", "NGAYCONG", "SOTIEN", "UNICODE"]);
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

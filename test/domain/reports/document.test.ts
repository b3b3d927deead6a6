import { a4Page, communeIssuer, documentHead, documentNumber, signatureBlocks, stackBlocks, titleRows } from "../../../src/domain/reports/document";

describe("Nghị định 30 document parts", () => {
  test("head: issuer left, Quốc hiệu and Tiêu ngữ right, number and the italic place-date line", () => {
    const head = documentHead(10, { issuer: communeIssuer("Điềm Mặc", "Định Hóa"), number: documentNumber(5, "QĐ-UBND"), place: "Điềm Mặc", dateIso: "2025-01-05" });
    expect(head.rows.map((r) => [r[0], r[4]])).toEqual([
      ["UBND HUYỆN ĐỊNH HÓA", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
      ["ỦY BAN NHÂN DÂN XÃ ĐIỀM MẶC", "Độc lập - Tự do - Hạnh phúc"],
      ["Số: 05/QĐ-UBND", "Điềm Mặc, ngày 05 tháng 01 năm 2025"],
    ]);
    expect(head.merges).toEqual(["A1:D1", "E1:J1", "A2:D2", "E2:J2", "A3:D3", "E3:J3"]);
    expect(head.styles.find((s) => s.range === "E3:J3")!.style.italic).toBe(true);
    expect(head.styles.find((s) => s.range === "A2:D2")!.style.bold).toBe(true);
  });

  test("a commune directly under the province has no parent line; an undated draft leaves dots", () => {
    const head = documentHead(6, { issuer: communeIssuer("Hữu Lũng", ""), place: "Hữu Lũng", dateIso: null });
    expect(head.rows[0][0]).toBe("ỦY BAN NHÂN DÂN XÃ HỮU LŨNG");
    expect(head.rows[2][2]).toBe("Hữu Lũng, ngày … tháng … năm …");
    expect(documentNumber(null, "QĐ-UBND")).toBe("Số: …/QĐ-UBND");
    expect(documentNumber(12, "BC-UBND")).toBe("Số: 12/BC-UBND");
  });

  test("signature blocks side by side, the head last with the seal note", () => {
    const sig = signatureBlocks(9, [
      { capacity: "", title: "NGƯỜI LẬP BIỂU", name: "Hà Thị Thu" },
      { capacity: "", title: "KẾ TOÁN", name: "Nông Văn Hải" },
      { capacity: "TM. ỦY BAN NHÂN DÂN", title: "CHỦ TỊCH", name: "Ma Đình Việt" },
    ]);
    expect(sig.rows[0]).toEqual([null, null, null, null, null, null, "TM. ỦY BAN NHÂN DÂN", null, null]);
    expect([sig.rows[1][0], sig.rows[1][3], sig.rows[1][6]]).toEqual(["NGƯỜI LẬP BIỂU", "KẾ TOÁN", "CHỦ TỊCH"]);
    expect(sig.rows[2][6]).toBe("(Ký tên, đóng dấu)");
    expect(sig.rows[sig.rows.length - 1].filter(Boolean)).toEqual(["Hà Thị Thu", "Nông Văn Hải", "Ma Đình Việt"]);
  });

  test("stacked blocks keep their merges and styles on their own rows", () => {
    const doc = stackBlocks([documentHead(4, { issuer: communeIssuer("A", ""), place: "A", dateIso: "2024-06-30" }), { blank: 1 }, titleRows(4, [{ text: "BẢNG" }])]);
    expect(doc.starts).toEqual([1, 4, 5]);
    expect(doc.rows[4][0]).toBe("BẢNG");
    expect(doc.merges).toContain("A5:D5");
  });

  test("A4 with the decree's margins", () => {
    expect(a4Page({ landscape: true, printTitleRows: "8:9" })).toEqual({
      orientation: "landscape",
      margins: { top: 20, bottom: 20, left: 30, right: 15 },
      fitToWidth: true,
      printTitleRows: "8:9",
      pageNumbers: true,
    });
  });
});

import { convertColumn, detectColumnEncoding, encodeTcvn3, encodeVni } from "../../../src/domain/text/legacy";

const texts = (cells: ReturnType<typeof convertColumn>) => cells.map((c) => c.text);

/** A column of names typed in TCVN3 (what Excel shows without the font). */
const TCVN3_NAMES = ["Nguyễn Văn Đức", "Trần Thị Hồng", "Phạm Minh Tuấn", "Đỗ Văn Hùng"].map(encodeTcvn3);
const VNI_NAMES = ["Nguyễn Văn Đức", "Trần Thị Hồng", "Phạm Minh Tuấn", "Đỗ Văn Hùng"].map(encodeVni);

describe("a column consistently in one legacy encoding settles its ambiguous cells", () => {
  test("a short TCVN3 cell that also reads as Unicode follows the column", () => {
    // "Hé" is valid as it is and as TCVN3 "Hộ"; Hộ is the commoner word, the column is TCVN3.
    const out = convertColumn([...TCVN3_NAMES, "Hé"]);
    expect(out[4]).toEqual({ text: "Hộ", encoding: "tcvn3", changed: true, signal: "column" });
  });

  test("two-letter and one-legacy-character cells", () => {
    // "Hµ" decides by itself (µ is no letter); "Lª" too; "Tõ" ties (TCVN3 "Từ") and follows.
    expect(texts(convertColumn([...TCVN3_NAMES, "Hµ", "Lª", "Tõ"])).slice(4)).toEqual(["Hà", "Lê", "Từ"]);
  });

  test("a VNI column settles a cell that reads as Unicode too", () => {
    // "Thò" is valid as it is; VNI reads the common "Thị".
    const out = convertColumn([...VNI_NAMES, "Thò"]);
    expect(out[4]).toMatchObject({ text: "Thị", encoding: "vni", signal: "column" });
  });

  test("a VNI column settles a word that TCVN3 reads too", () => {
    // "cöa" alone reads as TCVN3 "cửa"; in a VNI column it is "cưa".
    expect(convertColumn([...VNI_NAMES, "cöa"])[4]).toMatchObject({ text: "cưa", encoding: "vni", signal: "column" });
  });

  test("the column does not turn a common word into a rare one", () => {
    // Unicode cells pasted into a TCVN3 column: TCVN3 would read "Xó", "Thụn 3", "Lờ".
    expect(texts(convertColumn([...TCVN3_NAMES, "Xã", "Thôn 3", "Lê"])).slice(4)).toEqual(["Xã", "Thôn 3", "Lê"]);
  });

  test("cells that decide by themselves keep their own decision", () => {
    const out = convertColumn([...TCVN3_NAMES, "Nguyễn Văn An", "José Müller", "Nguyeãn Vaên Ñöùc", "Tran Van B"]);
    expect(texts(out).slice(4)).toEqual(["Nguyễn Văn An", "José Müller", "Nguyễn Văn Đức", "Tran Van B"]);
    expect(out.slice(4).map((c) => c.encoding)).toEqual(["unicode", "unicode", "vni", "ascii"]);
  });

  test("null cells stay null", () => {
    expect(convertColumn([TCVN3_NAMES[0], null])[1]).toEqual({ text: null, encoding: null, changed: false, signal: "none" });
  });
});

describe("a mixed or Unicode column settles nothing", () => {
  test("a Unicode column with one stray TCVN3 cell", () => {
    const cells = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Hé", "NguyÔn V¨n §øc"];
    expect(detectColumnEncoding(cells).encoding).toBeNull();
    // the stray cell converts on its own evidence; "Hé" stays as typed.
    expect(texts(convertColumn(cells)).slice(3)).toEqual(["Hé", "Nguyễn Văn Đức"]);
  });

  test("the verdict counts only cells that decide by themselves", () => {
    const verdict = detectColumnEncoding([...TCVN3_NAMES, "Hé", "Tran Van B", null, "Nguyễn An"]);
    // Hé ties; ASCII and null say nothing; Nguyễn An is Unicode: 4 of 5 decided cells are TCVN3.
    expect(verdict).toEqual({ encoding: "tcvn3", decided: { tcvn3: 4, vni: 0, unicode: 1 } });
  });

  test("below three quarters there is no verdict", () => {
    const cells = [...TCVN3_NAMES.slice(0, 2), "Nguyễn An", "Lê Văn Cường"];
    expect(detectColumnEncoding(cells).encoding).toBeNull();
  });
});

describe("fonts per cell", () => {
  test("a .VnTime cell is TCVN3 even when it reads as Unicode", () => {
    const out = convertColumn(["Lê", "Lê"], { fonts: [".VnTime", "Arial"] });
    expect(texts(out)).toEqual(["Lờ", "Lê"]);
  });

  test("a capital font column decodes in capitals", () => {
    const out = convertColumn(["nguyÔn v¨n ®øc", "trÇn thÞ hång"], { fonts: [".VnTimeH", ".VnTimeH"] });
    expect(texts(out)).toEqual(["NGUYỄN VĂN ĐỨC", "TRẦN THỊ HỒNG"]);
  });

  test("font-decided cells speak for the column", () => {
    expect(detectColumnEncoding(["Lê", "Tõ"], { fonts: [".VnTime", null] }).encoding).toBe("tcvn3");
  });
});

describe("name columns get their TCVN3 capitals back", () => {
  test("title case restores what TCVN3 could not write", () => {
    const out = convertColumn(["nguyÔn v¨n ®øc", "§ç ¸nh", "lª thÞ ót"], { nameColumn: true });
    expect(texts(out)).toEqual(["Nguyễn Văn Đức", "Đỗ Ánh", "Lê Thị Út"]);
  });

  test("only TCVN3 cells are title-cased", () => {
    const out = convertColumn(["nguyễn văn an", "de la Cruz", "nguyeãn vaên ñöùc"], { nameColumn: true });
    expect(texts(out)).toEqual(["nguyễn văn an", "de la Cruz", "nguyễn văn đức"]);
  });

  test("without nameColumn the lower-case toned letters stay", () => {
    expect(texts(convertColumn(["§ç ¸nh"]))).toEqual(["Đỗ ánh"]);
  });
});

describe("name columns keep the case that TCVN3 did write", () => {
  test("a prefix typed in lower case stays lower case; lost capitals come back", () => {
    const out = convertColumn(["Hé bµ Lª ¸nh", "Hé «ng §ç V¨n ót"], { nameColumn: true });
    expect(out.map((c) => c.text)).toEqual(["Hộ bà Lê Ánh", "Hộ ông Đỗ Văn Út"]);
  });

  test("ý is TCVN3's byte for Ý as well: a name ending in Ý gets its capital back", () => {
    const out = convertColumn([encodeTcvn3("Nguyễn Như Ý"), encodeTcvn3("Hộ bà Lê Thị Ý")], { nameColumn: true });
    expect(out.map((c) => c.text)).toEqual(["Nguyễn Như Ý", "Hộ bà Lê Thị Ý"]);
  });
});

import { decodeTcvn3, decodeVni, encodeTcvn3, encodeVni, legacyFont } from "../../../src/domain/text/legacy";
import { CP1252_C1, TCVN3_ENTRIES, VNI_ENTRIES } from "../../../src/domain/text/legacyTables";

/**
 * Windows-1252 as Node knows it, to check the generated views against an independent decoder.
 * (Node 20 decodes 0x80-0x9F to nothing, so only the tables' bytes, all >= 0xA0, go through it.)
 */
const cp1252 = new TextDecoder("windows-1252");
const viewOf = (bytes: readonly number[]) => cp1252.decode(Uint8Array.from(bytes));

/** Every Vietnamese letter that is not plain ASCII, lower case: 7 letters × 6 tones etc. */
function vietnameseLetters(): string[] {
  const marks = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];
  const toned = [..."aăâeêioôơuưy"].flatMap((v) => marks.map((m) => (v + m).normalize("NFC")));
  return [...toned, "đ"].filter((c) => c.charCodeAt(0) > 0x7f);
}

describe("generated tables", () => {
  test("views are the Windows-1252 characters of the bytes", () => {
    for (const entry of [...TCVN3_ENTRIES, ...VNI_ENTRIES]) expect(entry.views[0]).toBe(viewOf(entry.bytes));
  });

  test("bytes 0x80-0x9F would get a second, raw C1 spelling; none of these tables uses them", () => {
    for (const entry of [...TCVN3_ENTRIES, ...VNI_ENTRIES]) {
      const c1Bytes = entry.bytes.filter((b) => b >= 0x80 && b <= 0x9f).length;
      expect(entry.views.length).toBe(2 ** c1Bytes);
      expect(c1Bytes).toBe(0);
    }
    // cp1252 leaves 0x81, 0x8D, 0x8F, 0x90, 0x9D undefined and gives the other 27 a symbol
    expect(CP1252_C1).toHaveLength(27);
    const symbols = new Map(CP1252_C1);
    expect([0x80, 0x85, 0x93, 0x94, 0x96, 0x9f].map((b) => symbols.get(String.fromCharCode(b)))).toEqual(["€", "…", "“", "”", "–", "Ÿ"]);
    for (const undefinedByte of [0x81, 0x8d, 0x8f, 0x90, 0x9d]) expect(symbols.has(String.fromCharCode(undefinedByte))).toBe(false);
  });

  test("TCVN3 writes each lower-case Vietnamese letter with exactly one byte", () => {
    for (const letter of vietnameseLetters()) {
      expect(TCVN3_ENTRIES.filter((e) => e.unicode === letter)).toHaveLength(1);
    }
    // the seven capitals it has, Ă Â Ê Ô Ơ Ư Đ, and no toned capital
    const capitals = TCVN3_ENTRIES.filter((e) => e.unicode !== e.unicode.toLowerCase()).map((e) => e.unicode);
    expect(capitals.sort()).toEqual([..."ĂÂÊÔƠƯĐ"].sort());
  });

  test("TCVN3 capital column is the upper case of the letter", () => {
    for (const e of TCVN3_ENTRIES) expect(e.capital).toBe(e.unicode.toUpperCase());
  });

  test("VNI writes every Vietnamese letter of both cases, except ì í Ì Í which are Latin-1 themselves", () => {
    const letters = vietnameseLetters().flatMap((l) => [l, l.toUpperCase()]);
    const missing = letters.filter((l) => !VNI_ENTRIES.some((e) => e.unicode === l));
    expect(missing.sort()).toEqual(["ì", "í", "Ì", "Í"].sort());
  });

  test("VNI two-byte entries are a base letter then a mark byte 0xC0-0xFF", () => {
    const bases = new Set([..."aeouyAEOUY"].map((c) => c.charCodeAt(0)).concat([0xf4, 0xf6, 0xd4, 0xd6]));
    for (const e of VNI_ENTRIES.filter((x) => x.bytes.length === 2)) {
      expect(bases.has(e.bytes[0])).toBe(true);
      expect(e.bytes[1]).toBeGreaterThanOrEqual(0xc0);
    }
  });
});

describe("decodeTcvn3", () => {
  test.each([
    ["NguyÔn V¨n §øc", "Nguyễn Văn Đức"], // Ô=D4 ễ, ¨=A8 ă, §=A7 Đ, ø=F8 ứ
    ["Tr\u00adêng", "Trường"], // the soft hyphen is byte AD: ư; ê=EA ờ
    ["Hµ Néi", "Hà Nội"], // µ=B5 à, é=E9 ộ
    ["Th«n 3", "Thôn 3"], // «=AB ô
    ["450.000®", "450.000đ"], // ®=AE đ
    ["Tran Van B", "Tran Van B"], // ASCII passes through
  ])("%s → %s", (view, unicode) => expect(decodeTcvn3(view)).toBe(unicode));

  test("toned letters come out lower case: TCVN3 has no toned capitals", () => {
    expect(decodeTcvn3("¸nh")).toBe("ánh"); // ¸=B8 á
  });

  test("a capital font (.VnTimeH) draws every letter as a capital", () => {
    expect(decodeTcvn3("nguyÔn v¨n ®øc", { capitals: true })).toBe("NGUYỄN VĂN ĐỨC");
  });

  test("a byte 0x80-0x9F that arrived as a raw C1 code point becomes its cp1252 symbol", () => {
    expect(decodeTcvn3("NguyÔn\u0096V¨n")).toBe("Nguyễn–Văn");
    expect(decodeTcvn3("NguyÔn–V¨n")).toBe("Nguyễn–Văn");
  });
});

describe("decodeVni", () => {
  test.each([
    ["Nguyeãn Vaên Ñöùc", "Nguyễn Văn Đức"], // eã ễ, aê ă, Ñ Đ, öù ứ
    ["Tröôøng", "Trường"], // ö ư, ôø ờ
    ["Haø Noäi", "Hà Nội"],
    ["Thò AÙnh", "Thị Ánh"], // ò=F2 ị; capitals take the capital mark: AÙ Á
    ["NGUYEÃN VAÊN ÑÖÙC", "NGUYỄN VĂN ĐỨC"],
    ["Kì Lí", "Kì Lí"], // ì and í are themselves in VNI
    ["Tran Van B", "Tran Van B"],
  ])("%s → %s", (view, unicode) => expect(decodeVni(view)).toBe(unicode));

  test("a mark byte that follows no base stays as it is", () => {
    expect(decodeVni("Hà")).toBe("Hà");
  });

  test("raw C1 code points become their cp1252 symbols", () => {
    expect(decodeVni("Nguyeãn\u0085")).toBe("Nguyễn…");
  });
});

describe("encoders build what Excel shows", () => {
  test.each([
    ["Nguyễn Văn Đức", "NguyÔn V¨n §øc"],
    ["Trường", "Tr\u00adêng"],
    ["Hà Nội", "Hµ Néi"],
    // toned capitals have no byte: the lower-case byte is what a TCVN3 keyboard wrote
    ["Ánh", "¸nh"],
    // letters outside Vietnamese are left alone
    ["Müller", "Müller"],
  ])("encodeTcvn3(%s) = %s", (unicode, view) => expect(encodeTcvn3(unicode)).toBe(view));

  test.each([
    ["Nguyễn Văn Đức", "Nguyeãn Vaên Ñöùc"],
    ["Trường", "Tröôøng"],
    ["Thị Ánh", "Thò AÙnh"],
    ["NGUYỄN", "NGUYEÃN"],
    ["Kì", "Kì"],
  ])("encodeVni(%s) = %s", (unicode, view) => expect(encodeVni(unicode)).toBe(view));

  test("encoders compose NFD input first", () => {
    expect(encodeTcvn3("Nguye\u0302\u0303n")).toBe(encodeTcvn3("Nguyễn"));
    expect(encodeVni("Nguye\u0302\u0303n")).toBe(encodeVni("Nguyễn"));
  });
});

describe("legacyFont", () => {
  test.each([
    [".VnTime", "tcvn3", false],
    [".VnTimeH", "tcvn3", true],
    [".VnArialH", "tcvn3", true],
    [".VnArial NarrowH", "tcvn3", true],
    [" .vntime ", "tcvn3", false],
    ["VNI-Times", "vni", false],
    ["VNI-Helve-Condense", "vni", false],
  ] as const)("%s", (font, encoding, capitals) => expect(legacyFont(font)).toEqual({ encoding, capitals }));

  test.each(["Times New Roman", "Arial", "Calibri", "VnTimes", "", null, undefined])("%s is no legacy font", (font) =>
    expect(legacyFont(font)).toBeNull(),
  );
});

describe("long text", () => {
  test("decoders handle text longer than one call's argument limit", () => {
    const view = "NguyÔn V¨n §øc ".repeat(20_000);
    expect(decodeTcvn3(view)).toBe("Nguyễn Văn Đức ".repeat(20_000));
    expect(decodeVni(encodeVni("Nguyễn Văn Đức ".repeat(20_000)))).toBe("Nguyễn Văn Đức ".repeat(20_000));
  });
});

import fc from "fast-check";
import { canonicalTonePlacement, isVietnameseSyllable, syllableParts, Tone } from "../../../src/domain/text/syllable";
import { allSyllables, candidateCount } from "./syllableSet";

describe("isVietnameseSyllable accepts real syllables", () => {
  test.each([
    // names and common words
    "nguyễn", "văn", "đức", "trần", "lê", "thị", "ánh", "hà", "nội", "phạm", "hoàng", "huỳnh", "vũ", "võ",
    "trường", "người", "rượu", "hương", "hưởng", "hường", "khuỷu", "khuya", "nghiêng", "chiêng", "quỳnh",
    // gi and qu onsets: the i or u belongs to the onset
    "gì", "gìn", "giếng", "già", "giữ", "giường", "quốc", "quý", "quyết", "quyển", "qua", "quân", "qui",
    // iê is spelled yê without an onset; "ia" keeps its i
    "yên", "yêu", "uyên", "ỉa", "y", "ý",
    // y as the long i after these onsets: Kỳ, Lý, Mỹ, Vy, Thy, Ny
    "kỳ", "lý", "mỹ", "vy", "thy", "ny", "hy", "sỹ", "tý",
    // both tone placements of open oa, oe, uy
    "hòa", "hoà", "khỏe", "khoẻ", "thúy", "thuý", "ủy", "uỷ",
    // stops with sắc or nặng
    "bát", "đẹp", "lớp", "tiếp", "việt", "khách", "học", "chiếc",
    // rare but real rhymes, and short words
    "ngoẹo", "huých", "thuở", "khuâng", "ô", "ca", "co", "ki",
  ])("%s", (word) => expect(isVietnameseSyllable(word)).toBe(true));

  test.each(["NGUYỄN", "Nguyễn", "nGuYễN", "ĐỨC", "Đức"])("any case: %s", (word) => expect(isVietnameseSyllable(word)).toBe(true));

  test("NFD input is composed before the check", () => {
    expect(isVietnameseSyllable("Nguye\u0302\u0303n")).toBe(true);
    expect(isVietnameseSyllable("đu\u031B\u0301c")).toBe(true);
  });
});

describe("isVietnameseSyllable rejects", () => {
  test.each([
    // legacy views: symbols and Latin-1 letters Vietnamese does not have
    ["NguyÔn", "Ô after y: two vowel groups, and Ô is not a toned letter here"],
    ["V¨n", "¨ is not a letter"],
    ["§øc", "§ is not a letter"],
    ["Nguyeãn", "e followed by ã: no rhyme eã…"],
    ["Hµ", "µ is not Vietnamese"],
    ["Ñöùc", "ñ and ö are not Vietnamese"],
    // foreign words
    ["josé", "j is not an onset"],
    ["müller", "ü is not Vietnamese"],
    ["zoë", "z, ë"],
    ["gmbh", "no vowel"],
    ["ltd", "no vowel"],
    ["françois", "ç"],
    ["walter", "w"],
    // spelling rules
    ["ce", "c before e is spelled k"],
    ["ngi", "ng before i is spelled ngh"],
    ["ghu", "gh only before i, e, ê"],
    ["kă", "k only before i, e, ê, y"],
    ["quo", "no rhyme o after qu"],
    ["coa", "c with the rounding medial is spelled qu"],
    ["buy", "no rounding medial after b"],
    ["iên", "without an onset iê is spelled yê"],
    ["tyên", "after an onset yê is spelled iê"],
    ["by", "y as a whole rhyme only after h k l m n s t v th"],
    // tones
    ["bàt", "huyền before the stop t"],
    ["chìt", "huyền before a stop"],
    ["hóàn", "two tones"],
    ["tóan", "with a coda the tone sits on a, not o"],
    ["qúy", "the u of qu cannot carry the tone"],
    ["gìa", "in gia the i belongs to the onset"],
    ["haì", "in ai the tone sits on a"],
    // loanword rhymes oong/ooc are left out on purpose: VNI "boâng" (bông) would read as the
    // TCVN3 "boõng" and tie with it
    ["xoong", "loanword rhyme oong"],
    ["boõng", "loanword rhyme oong"],
    // empty and too long
    ["", "empty"],
    ["nghiêngg", "no coda gg"],
    ["b", "no vowel"],
    ["đ", "no vowel"],
  ])("%s (%s)", (word) => expect(isVietnameseSyllable(word)).toBe(false));
});

describe("syllableParts", () => {
  test.each([
    ["nguyễn", "ng", "uyên", "n", Tone.Tilde],
    ["quốc", "qu", "ôc", "c", Tone.Acute],
    ["giếng", "gi", "iêng", "ng", Tone.Acute],
    ["gia", "gi", "a", "", Tone.Level],
    ["khuỷu", "kh", "uyu", "", Tone.Hook],
    ["ánh", "", "anh", "nh", Tone.Acute],
    ["người", "ng", "ươi", "", Tone.Grave],
  ] as const)("%s → %s + %s", (word, onset, rhyme, coda, tone) => {
    expect(syllableParts(word)).toEqual({ onset, rhyme, coda, tone });
  });

  test("not a syllable", () => expect(syllableParts("V¨n")).toBeNull());
});

describe("canonicalTonePlacement", () => {
  test.each([
    ["hoà", "hòa"],
    ["khoẻ", "khỏe"],
    ["thuý", "thúy"],
    ["Thuý", "Thúy"],
    ["uỷ", "ủy"],
    ["HOÀ", "HÒA"],
    // already old style, or only one placement exists: unchanged
    ["hòa", "hòa"],
    ["quý", "quý"],
    ["hoàn", "hoàn"],
    ["thủy", "thủy"],
    ["V¨n", "V¨n"],
  ])("%s → %s", (word, expected) => expect(canonicalTonePlacement(word)).toBe(expected));
});

describe("the syllable set the tests use", () => {
  const all = allSyllables();

  test("is a real share of the over-generated candidates", () => {
    // Vietnamese writes some 6.000-7.000 syllables in use; the well-formed set is larger
    // because it also holds forms no word uses (bưm, chủa), but far below the candidates.
    expect(all.length).toBeGreaterThan(10_000);
    expect(all.length).toBeLessThan(candidateCount() / 5);
  });

  test("holds every syllable of a Vietnamese sample text", () => {
    const text = `Căn cứ Luật Tổ chức chính quyền địa phương ngày mười chín tháng sáu năm hai nghìn
      không trăm mười lăm quyết định phân bổ kinh phí xây dựng đường giao thông nông thôn kênh
      mương nội đồng nhà văn hóa thôn cho các hộ gia đình cán bộ công chức viên chức người lao
      động doanh nghiệp hợp tác xã ủng hộ chung sức xây dựng nông thôn mới nâng cao kiểu mẫu
      khuyến khích huy động nguồn lực xã hội hóa giữ gìn khuôn viên trường học quốc lộ huyện
      lỵ tỉnh thành phố thuở ấy khuya rồi nghiêng ngả quýt khuỷu tay luyện tuyển chọn`;
    const set = new Set(all);
    const words = text.toLowerCase().split(/\s+/).filter(Boolean);
    expect(words.filter((w) => !set.has(w))).toEqual([]);
  });

  test("every member passes in upper case and as NFD", () => {
    fc.assert(
      fc.property(fc.constantFrom(...all), (s) => {
        expect(isVietnameseSyllable(s.toUpperCase())).toBe(true);
        expect(isVietnameseSyllable(s.normalize("NFD"))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test("every member has at most one tone and the stop rule holds", () => {
    for (const s of all) {
      const parts = syllableParts(s);
      expect(parts).not.toBeNull();
      if (parts && ["c", "ch", "p", "t"].includes(parts.coda)) expect([Tone.Acute, Tone.Dot]).toContain(parts.tone);
    }
  });
});

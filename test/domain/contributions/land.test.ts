/**
 * Donated land as lists type it: m² in figures or words, hectares (which convert exactly), and
 * the old units sào, thước and mẫu, whose size depends on the region the list does not name.
 */
import { parseLandArea } from "../../../src/domain/contributions/land";

describe("parseLandArea", () => {
  it("reads m² as typed", () => {
    expect(parseLandArea(50)).toEqual({ ok: true, area: 50 });
    expect(parseLandArea("1.200 m²")).toEqual({ ok: true, area: 1200, note: `"1.200 m²" → 1200 m²` });
    expect(parseLandArea("12,5 m2")).toMatchObject({ ok: true, area: 12.5 });
  });

  it("converts hectares to m², with a note that shows the conversion", () => {
    const cases: [string, number][] = [
      ["0,2 ha", 2000],
      ["0.2ha", 2000],
      ["1,5 héc-ta", 15000],
      ["1 ha", 10000],
      ["0,05 HA", 500],
      ["1,1 hecta", 11000],
      ["2 héc ta", 20000],
      ["1,5 ha".normalize("NFD"), 15000],
    ];
    for (const [typed, area] of cases) expect([typed, parseLandArea(typed)]).toEqual([typed, { ok: true, area, note: expect.stringContaining("1 ha = 10.000 m²") }]);
    expect(parseLandArea("0,2 ha")).toEqual({ ok: true, area: 2000, note: `"0,2 ha" → 2.000 m² (1 ha = 10.000 m²)` });
    expect(parseLandArea("0,0125 ha")).toEqual({ ok: true, area: 125, note: `"0,0125 ha" → 125 m² (1 ha = 10.000 m²)` });
  });

  it("keeps sào, thước and mẫu an error whose reason says why and what to type", () => {
    const sao = parseLandArea("1 sào");
    expect(sao).toEqual({ ok: false, reason: "“1 sào” chưa quy được ra m²: một sào là 360 m² ở Bắc Bộ, 500 m² ở Trung Bộ; hãy ghi diện tích bằng m²" });
    expect(parseLandArea("0,5 sào")).toEqual({ ok: false, reason: expect.stringMatching(/^“0,5 sào” chưa quy được ra m²: một sào là 360 m² ở Bắc Bộ, 500 m² ở Trung Bộ/) });
    expect(parseLandArea("2 thước")).toEqual({
      ok: false,
      reason: "“2 thước” chưa quy được ra m²: một thước (1/15 sào) là 24 m² ở Bắc Bộ, 33,3 m² ở Trung Bộ; hãy ghi diện tích bằng m²",
    });
    expect(parseLandArea("1 mẫu")).toEqual({ ok: false, reason: expect.stringContaining("một mẫu (10 sào) là 3.600 m² ở Bắc Bộ, 5.000 m² ở Trung Bộ") });
    for (const typed of ["1 SÀO", "1 sao", "1 sào 5 thước", "0,5 sào".normalize("NFD")]) {
      expect([typed, parseLandArea(typed)]).toEqual([typed, { ok: false, reason: expect.stringContaining("một sào là 360 m²") }]);
    }
  });

  it("reads a strip typed as length by width, and an estimate, each with a note that says so", () => {
    expect(parseLandArea("40 x 1,5")).toEqual({ ok: true, area: 60, note: `"40 x 1,5" → 40 × 1,5 = 60 m²` });
    expect(parseLandArea("12,5m x 2,5m")).toEqual({ ok: true, area: 31.25, note: `"12,5m x 2,5m" → 12,5 × 2,5 = 31,25 m²` });
    expect(parseLandArea("100 × 3 m2")).toMatchObject({ ok: true, area: 300 });
    expect(parseLandArea("≈ 50m2")).toEqual({ ok: true, area: 50, note: `"≈ 50m2" → 50 m² (diện tích ước tính)` });
    for (const typed of ["~ 50 m²", "khoảng 50 m2", "Khoảng 50m2", "khoang 50"]) expect([typed, parseLandArea(typed)]).toEqual([typed, { ok: true, area: 50, note: expect.stringContaining("ước tính") }]);
    expect(parseLandArea("khoảng 1 sào")).toEqual({ ok: false, reason: expect.stringContaining("một sào là 360 m²") });
  });

  it("still refuses what is not an area", () => {
    for (const typed of ["chưa đo", "một phần vườn", "ha", "sào", "1 hà", "40 x", "khoảng"]) {
      expect([typed, parseLandArea(typed)]).toEqual([typed, { ok: false, reason: `"${typed}" không đọc được thành diện tích (m²)` }]);
    }
  });
});

import { hashData, sha256Hex, stableJson } from "../../src/domain/hash";
import { createHash } from "node:crypto";
import fc from "fast-check";

describe("sha256Hex", () => {
  it("matches the standard test vectors", () => {
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("agrees with node's crypto on any text, Vietnamese included", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (s) => sha256Hex(s) === createHash("sha256").update(s, "utf8").digest("hex")));
    const long = "Nguyễn Văn Đức ".repeat(1000);
    expect(sha256Hex(long)).toBe(createHash("sha256").update(long, "utf8").digest("hex"));
  });
});

describe("hashData", () => {
  it("does not depend on the order of object keys", () => {
    expect(hashData({ a: 1, b: [1, { c: 2, d: 3 }] })).toBe(hashData({ b: [1, { d: 3, c: 2 }], a: 1 }));
    expect(stableJson({ b: 1, a: undefined, c: null })).toBe('{"b":1,"c":null}');
  });

  it("changes when any value changes", () => {
    expect(hashData({ amount: 450000 })).not.toBe(hashData({ amount: 450001 }));
  });
});

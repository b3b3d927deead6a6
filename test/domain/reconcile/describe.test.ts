import { classifyLine, cleanDescription, namedDates, receiptRanges, relativeMention, descriptionWords } from "../../../src/domain/reconcile/describe";

describe("cleanDescription", () => {
  it.each([
    ["MBVCB.6987707712.858421.NGUYEN VAN A ung ho NTM.CT tu 0491000123456 NGUYEN VAN A toi 8502215000001 UBND XA DIEM MAC", "nguyen van a ung ho ntm nguyen van a"],
    ["CT nhanh 247 den: TRAN THI B chuyen tien", "tran thi b chuyen tien"],
    ["Chuyen tien den tu NAPAS Noi dung: LE VAN C UNG HO", "le van c ung ho"],
    ["IBFT PHAM THI D UNG HO NTM FT24253260439000", "pham thi d ung ho ntm"],
    ["HOANG VAN E dong gop; thoi gian GD:09092024 23:55:31", "hoang van e dong gop"],
    ["Nguyễn Văn Hải ủng hộ 0491000123456", "nguyen van hai ung ho"],
  ])("%s", (raw, clean) => expect(cleanDescription(raw)).toBe(clean));
});

describe("reading a description", () => {
  it("classifies interest, fees and debits", () => {
    expect(classifyLine({ description: "LAI TIEN GUI KY HAN THANG 6", credit: 12_345, debit: 0 })).toBe("interest");
    expect(classifyLine({ description: "LAI VAN HUNG UNG HO NTM", credit: 500_000, debit: 0 })).toBe("credit");
    expect(classifyLine({ description: "PHI QUAN LY TAI KHOAN", credit: 0, debit: 11_000 })).toBe("fee");
    expect(classifyLine({ description: "CHI TRA TIEN VAT LIEU", credit: 0, debit: 5_000_000 })).toBe("debit");
  });
  it("finds receipt ranges and named dates", () => {
    expect(receiptRanges("NOP TIEN MAT THEO PHIEU THU PT001-PT025")).toEqual([{ prefix: "pt", from: 1, to: 25 }]);
    expect(receiptRanges("NOP TM PT 7 DEN PT 12")).toEqual([{ prefix: "pt", from: 7, to: 12 }]);
    expect(namedDates("NOP TIEN THU NGAY 12/05 VA 13/05", "2024-05-20").days).toEqual(["2024-05-12", "2024-05-13"]);
    expect(namedDates("NOP TIEN THU TU 10/05 DEN 15/05/2024", null).ranges).toEqual([["2024-05-10", "2024-05-15"]]);
  });
  it("sees a relative paying", () => {
    const words = descriptionWords("NGUYEN VAN AN CK CHO ME LA BA TRAN THI HOA");
    expect(words.slice(relativeMention(words)!.start)).toEqual(["tran", "thi", "hoa"]);
  });
});

import { mayHoldMoneyAndMore, readAmountPerPerson, readMoneyAndDays } from "../../../src/domain/money/combined";

describe("money typed with labour days in one cell", () => {
  it("reads each part as money or days", () => {
    expect(readMoneyAndDays("500k + 2 ngày công", 1)).toEqual({ amount: 500000, days: 2 });
    expect(readMoneyAndDays("1 ngày công + 200.000đ + 100k", 1)).toEqual({ amount: 300000, days: 1 });
    expect(readMoneyAndDays("1,5 công + 300", 1000)).toEqual({ amount: 300000, days: 1.5 });
  });

  it("is null without both, or where a part does not read", () => {
    expect(readMoneyAndDays("100.000 + 50.000", 1)).toBeNull();
    expect(readMoneyAndDays("2 ngày + 1 ngày công", 1)).toBeNull();
    expect(readMoneyAndDays("500k + abc ngày công", 1)).toBeNull();
    expect(readMoneyAndDays("500k + ", 1)).toBeNull();
  });
});

describe("an amount per person times the persons", () => {
  it("reads the product either way round, with or without the persons' word", () => {
    expect(readAmountPerPerson("200.000 x 3 khẩu", 1)).toEqual({ each: 200000, count: 3, per: "khẩu", amount: 600000 });
    expect(readAmountPerPerson("3 người × 100.000đ", 1)).toEqual({ each: 100000, count: 3, per: "người", amount: 300000 });
    expect(readAmountPerPerson("50k*4", 1)).toEqual({ each: 50000, count: 4, per: "", amount: 200000 });
    expect(readAmountPerPerson("100 x 2 khẩu", 1000)).toEqual({ each: 100000, count: 2, per: "khẩu", amount: 200000 });
  });

  it("is null for what is not one", () => {
    expect(readAmountPerPerson("200.000 x abc", 1)).toBeNull();
    expect(readAmountPerPerson("200.000 x 300 khẩu", 1)).toBeNull();
    expect(readAmountPerPerson("x 3 khẩu", 1)).toBeNull();
    expect(readAmountPerPerson("200.000 x 0 khẩu", 1)).toBeNull();
  });

  it("is asked only of cells with a sum or product sign", () => {
    expect(["500k + 2 công", "200.000 x 3", "3 × 100k"].every(mayHoldMoneyAndMore)).toBe(true);
    expect(mayHoldMoneyAndMore("500 nghìn")).toBe(false);
  });
});

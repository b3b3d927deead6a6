/**
 * What kind of contributor a name, a section's title or a list's title names: the cases a probe
 * of unseen lists found misread (religious bodies, staff grouped by where they work, "các hộ",
 * anonymous donors, banks, people named with a courtesy title, a school's Ban giám hiệu).
 */
import { channelBesideAmount, kindFromName, kindFromSection, kindFromTitle, onlyKindNamed, saysCancelled, saysNotReceived } from "../../../src/domain/contributions/classify";
import { foldText } from "../../../src/domain/text";

describe("kindFromName", () => {
  it("reads a border post or an army unit as an organization", () => {
    for (const name of ["Đồn Biên phòng Quảng Đức", "ĐỒN CÔNG AN XÃ", "Bộ đội Biên phòng tỉnh", "Bộ Chỉ huy Quân sự huyện"]) expect([name, kindFromName(name)]).toEqual([name, "organization"]);
  });

  it("reads a shop, a pharmacy, a farm or a garage by its first word as an enterprise, and a person named Hiếu or Quảng as no kind", () => {
    for (const name of ["Tiệm vàng Kim Phát", "Hiệu thuốc Minh Châu", "Quán cơm Bình Dân", "Nhà thuốc Hồng Nhung", "Trang trại gà Hòa Bình", "Gara ô tô Tuấn Linh", "Lò gạch Thanh Sơn"]) {
      expect([name, kindFromName(name)]).toEqual([name, "enterprise"]);
    }
    for (const name of ["Hiếu Văn Tâm", "Quảng Thị Lan", "Trần Quán Anh", "Lò Văn Pó", "Trang Thị Mai"]) expect([name, kindFromName(name)]).toEqual([name, null]);
  });

  it("reads a religious body as an organization, with or without marks, in any case and either normal form", () => {
    const bodies = [
      "Chùa Phước Long",
      "CHÙA BỬU SƠN",
      "Giáo xứ Phước Hậu",
      "Giáo họ Thánh Giuse",
      "Nhà thờ Phú Nhai",
      "Tịnh xá Ngọc Quang",
      "Thánh thất Cao Đài Phước Hậu",
      "Niệm Phật đường Bửu Liên",
      "Hội thánh Tin Lành Phước Hậu",
      "Ban hộ tự chùa Linh Sơn",
      "Tu viện Thiên An",
      "Tổ đình Từ Đàm",
      "Đền Hùng",
      "Miếu Bà Chúa Xứ",
    ];
    for (const name of bodies) {
      expect([name, kindFromName(name)]).toEqual([name, "organization"]);
      expect([name, kindFromName(name.normalize("NFD"))]).toEqual([name, "organization"]);
      expect([name, kindFromName(name.toLowerCase())]).toEqual([name, "organization"]);
    }
    const unmarked = ["Chua Phuoc Long", "GIAO XU PHUOC HAU", "Giao ho Thanh Giuse", "nha tho Phu Nhai", "Tinh xa Ngoc Quang", "Thanh that Cao Dai", "Niem Phat duong Buu Lien", "HOI THANH TIN LANH", "Ban ho tu chua Linh Son"];
    for (const name of unmarked) expect([name, kindFromName(name)]).toEqual([name, "organization"]);
  });

  it("leaves people whose names fold like a religious body alone, and keeps the other prefixes", () => {
    for (const person of ["Tô Đình Hùng", "To Dinh Hung", "Đào Trang", "Dao Trang", "Từ Viên", "Tu Vien", "Hồ Đào", "Ho Dao", "Nhà thơ Nguyễn Duy", "Chu Văn An", "Thanh Thị Hà"]) {
      expect([person, kindFromName(person)]).toEqual([person, null]);
    }
    expect(kindFromName("Cửa hàng VLXD Hưng Thịnh")).toBe("enterprise");
    expect(kindFromName("Nhà hàng Hương Quê")).toBe("enterprise");
    expect(kindFromName("Hội Nông dân xã")).toBe("organization");
    expect(kindFromName("Đoàn Thanh niên xã")).toBe("organization");
    expect(kindFromName("Nhà hảo tâm giấu tên")).toBe("individual");
  });

  it("reads an anonymous donor as an individual, with or without marks, in any case and either normal form", () => {
    const anonymous = [
      "Khuyết danh",
      "KHUYET DANH",
      "Nhà hảo tâm",
      "NHA HAO TAM",
      "Một nhà hảo tâm ở TP HCM",
      "Một nhà hảo tâm ở TP Hồ Chí Minh",
      "Nhà hảo tâm giấu tên",
      "Người giấu tên",
      "Ẩn danh",
      "Vô danh",
      "Giấu tên",
      "Xin giấu tên",
      "Không ghi tên",
      "Mạnh thường quân",
      "Một người con quê hương",
    ];
    for (const name of anonymous) {
      for (const form of [name, name.normalize("NFD"), name.toUpperCase(), name.toLowerCase()]) expect([form, kindFromName(form)]).toEqual([form, "individual"]);
    }
    // People whose names start with the same words.
    for (const person of ["An Văn Danh", "Mạnh Văn Hùng", "Vô Thị Lan", "Người"]) expect([person, kindFromName(person)]).toEqual([person, null]);
  });

  it("reads a business named as a cơ sở (a brickworks, a workshop) as an enterprise, with its name typed in either normal form", () => {
    for (const name of ["Cơ sở gạch Tuynel Điện Bàn", "CƠ SỞ SẢN XUẤT ĐÁ MỸ NGHỆ", "cơ sở may Hoàng Lan".normalize("NFD")]) expect(kindFromName(name)).toBe("enterprise");
    expect(kindFromName("Cơ quan Quân sự huyện")).toBe("organization");
  });

  it("reads a bank, its branch or transaction office, and a people's credit fund as an enterprise", () => {
    const banks = [
      "Agribank chi nhánh huyện Định Hóa",
      "Agribank Định Hóa - PGD Điềm Mặc",
      "AGRIBANK",
      "Ngân hàng NN&PTNT huyện Phú Bình",
      "NGAN HANG AGRIBANK",
      "NHNo&PTNT huyện Phú Bình",
      "Vietcombank Thái Nguyên",
      "VietinBank chi nhánh Thái Nguyên",
      "BIDV Thái Nguyên",
      "Techcombank",
      "MB Thái Nguyên",
      "NHCSXH huyện Định Hóa",
      "Phòng giao dịch Agribank Điềm Mặc",
      "PGD Ngân hàng Chính sách xã hội",
      "Chi nhánh Agribank Định Hóa",
      "Chi nhánh Ngân hàng Nông nghiệp",
      "Quỹ tín dụng nhân dân Điềm Mặc",
      "QTDND xã Điềm Mặc",
    ];
    for (const name of banks) {
      for (const form of [name, name.normalize("NFD"), name.toLowerCase()]) expect([form, kindFromName(form)]).toEqual([form, "enterprise"]);
    }
    for (const person of ["Ngân Văn Hải", "Trần Thị Ngân", "Bành Văn Bảo"]) expect([person, kindFromName(person)]).toEqual([person, null]);
    // A public office is still one, "PGD&ĐT" (the education office) too.
    expect(kindFromName("Phòng Kinh tế huyện")).toBe("organization");
    expect(kindFromName("Phòng GD&ĐT huyện Định Hóa")).toBe("organization");
    expect(kindFromName("PGD&ĐT huyện Định Hóa")).toBeNull();
  });
});

describe("kindFromTitle", () => {
  it("reads a person named with a courtesy title as an individual, where nothing else tells", () => {
    for (const name of ["Ông Nguyễn Văn A", "Bà Lê Thị B", "Anh Trần Văn Hòa", "Chị Lò Thị Xiêng", "Cụ Hoàng Văn Lợi", "Bác Tư", "Chú Ba", "Ô. Nguyễn Văn An", "B. Lê Thị Hà", "ÔNG NGUYỄN VĂN A"]) {
      for (const form of [name, name.normalize("NFD")]) expect([form, kindFromTitle(form)]).toEqual([form, "individual"]);
    }
    expect(kindFromTitle("Thầy Nguyễn Văn Hùng")).toBe("staff");
    expect(kindFromTitle("Vợ chồng anh Tú")).toBe("household");
    expect(kindFromTitle("Nguyễn Văn An")).toBeNull();
    expect(kindFromTitle("Anh")).toBeNull();
  });

  it("leaves a household named by its head one, since the name is read first", () => {
    for (const name of ["Hộ ông Nguyễn Văn Thành", "Hộ bà Trần Thị Ngân", "Gia đình ông Lê Văn Hải", "Gia đình cụ Nguyễn Văn Lãm", "GĐ bà Lan"]) {
      expect([name, kindFromName(name)]).toEqual([name, "household"]);
    }
  });
});

describe("kindFromSection", () => {
  it("keeps a school's staff grouped by its board and its teams as staff on a list of staff", () => {
    for (const title of ["Ban giám hiệu", "BAN GIÁM HIỆU", "BAN GIAM HIEU", "Giáo viên", "Ban Tuyên giáo", "Ban Chỉ huy Quân sự xã"]) {
      expect([title, kindFromSection(title, "staff")]).toEqual([title, "staff"]);
    }
    // No kind of their own: the list's, staff, applies.
    for (const title of ["Tổ Toán", "Tổ văn phòng", "Nhân viên"]) expect([title, kindFromSection(title, "staff")]).toEqual([title, null]);
    // A hamlet, "Bản", folds like the board "Ban": its marks tell it apart.
    expect(kindFromSection("Bản Khuôn Phầy", "staff")).toBe("household");
    expect(kindFromSection("Bản Khuôn Phầy".normalize("NFD"), "staff")).toBe("household");
    expect(kindFromSection("Bản Khuôn Phầy")).toBe("household");
    expect(kindFromSection("Ban giám hiệu")).toBe("staff");
  });

  it("keeps the staff of a list of staff grouped by where they work as staff", () => {
    for (const title of ["KHỐI MẶT TRẬN VÀ CÁC ĐOÀN THỂ", "Khối đoàn thể", "Hội Phụ nữ", "CÁC TỔ CHỨC CHÍNH TRỊ - XÃ HỘI"]) {
      expect([title, kindFromSection(title, "staff")]).toEqual([title, "staff"]);
      // On a list that does not say it is of staff, the section still names organizations.
      expect([title, kindFromSection(title)]).toEqual([title, "organization"]);
      expect([title, kindFromSection(title, "household")]).toEqual([title, "organization"]);
    }
    expect(kindFromSection("Khối Đảng", "staff")).toBeNull();
    expect(kindFromSection("Thôn Đông", "staff")).toBe("household");
    expect(kindFromSection("Các doanh nghiệp", "staff")).toBe("enterprise");
  });

  it("reads a unit led by a hamlet's word as a hamlet, whatever place name follows (probe 11 V13)", () => {
    for (const unit of ["THÔN YÊN TRƯỜNG", "Thôn Yên Trường", "Xóm Trường Sơn", "Ấp Trường Hòa", "Bản Trường Xuân", "Làng Trường Lưu", "Tổ 3", "Khu 4", "Tổ dân phố Trường Chinh"]) {
      expect([unit, kindFromSection(unit)]).toEqual([unit, "household"]);
    }
    // "Trường" names a school as the unit's leading word, or with its level.
    for (const unit of ["Trường THCS Thọ Lập", "TRƯỜNG MẦM NON HOA SEN", "Trường Tiểu học số 1", "Khối trường học"]) {
      expect([unit, kindFromSection(unit)]).toEqual([unit, "staff"]);
    }
    expect(kindFromSection("Yên Trường")).toBeNull();
    // A numbered team on a list of staff, and "Tổ chức", stay what they were.
    expect(kindFromSection("Tổ 1", "staff")).toBeNull();
    expect(kindFromSection("Tổ chức xã hội")).toBe("organization");
  });
});

describe("onlyKindNamed", () => {
  // What normalize passes: the folded title after DANH SÁCH, without what its people gave.
  const who = (title: string) => onlyKindNamed(foldText(title));

  it("reads the households of a hamlet from các hộ, hộ gia đình and hộ dân", () => {
    for (const title of ["CÁC HỘ KHU 4", "CÁC HỘ GIA ĐÌNH XÓM 4", "CÁC HỘ DÂN", "các hộ dân khu 2"]) expect([title, who(title)]).toEqual([title, "household"]);
  });

  it("reads các hộ kinh doanh as businesses, and still takes no kind from a title that names several", () => {
    expect(who("CÁC HỘ KINH DOANH")).toBe("enterprise");
    expect(who("CÁC TẬP THỂ, DOANH NGHIỆP, CƠ SỞ KINH DOANH")).toBe("enterprise");
    expect(who("CÁC HỘ GIA ĐÌNH, HỘ KINH DOANH")).toBeNull();
    expect(who("CÁC CƠ QUAN, DOANH NGHIỆP, NHÀ HẢO TÂM")).toBeNull();
    expect(who("CÁN BỘ, CÔNG CHỨC XÃ")).toBe("staff");
  });
});

describe("saysNotReceived", () => {
  it("hears a note that the money was not paid, or was paid back", () => {
    for (const note of ["Chưa nộp", "chưa thu", "Còn nợ 100.000", "Đã trả lại", "trả lại tiền", "Hoàn trả", "Đăng ký, hẹn tháng sau nộp", "Sẽ nộp sau", "CHUA NOP"]) {
      expect([note, saysNotReceived(note)]).toEqual([note, true]);
    }
  });

  it("leaves notes about money received alone", () => {
    for (const note of ["Đã nộp", "Nộp thay", "Đã nhận đủ", "Nộp tại hội nghị phát động", "Ủng hộ đợt 1", "Nộp qua trưởng xóm", "Con trai nộp"]) {
      expect([note, saysNotReceived(note)]).toEqual([note, false]);
    }
  });
});

describe("saysCancelled", () => {
  it("hears a row struck off, in the note, the receipt or beside the amount, with or without marks, in NFC or NFD", () => {
    for (const text of ["Hủy", "HỦY", "Huỷ", "Đã hủy", "bị hủy", "Hủy - nhập trùng dòng 2a", "(hủy)", "300.000 (đã hủy)", "500.000 - hủy", "Da huy", "Huy bo", "Hủy bỏ", "Đã hủy".normalize("NFD")]) {
      expect([text, saysCancelled(text)]).toEqual([text, true]);
    }
  });

  it("leaves the given name Huy, a house destroyed and a plain receipt alone", () => {
    for (const text of ["Huy", "Anh Huy nộp thay", "Nguyễn Quang Huy", "Nhà bị phá hủy do bão, vẫn ủng hộ", "PT0012", "Thủy nộp thay", "Hủyền", "huyện Định Hóa"]) {
      expect([text, saysCancelled(text)]).toEqual([text, false]);
    }
  });
});

describe("channelBesideAmount", () => {
  it("reads how the money was paid from the words beside its figure", () => {
    expect(["CK 500.000", "500.000 (CK)", "Chuyển khoản 2.000.000đ"].map(channelBesideAmount)).toEqual(["transfer", "transfer", "transfer"]);
    expect(["TM: 300.000", "200.000 - tiền mặt", "300.000 tm"].map(channelBesideAmount)).toEqual(["cash", "cash", "cash"]);
    expect(["450k", "500.000đ", "2 triệu", "1tr500", "Cty TNHH"].map(channelBesideAmount)).toEqual([null, null, null, null, null]);
  });
});

describe("kindFromName: bodies cut short", () => {
  it("reads a school, a health station or the Front's committee abbreviated as an organization", () => {
    for (const name of ["Trg THCS Thạch Long", "TYT xã", "UBMTTQ xã", "UBMT xã Thạch Long", "Trg. Tiểu học Thạch Long"]) expect([name, kindFromName(name)]).toEqual([name, "organization"]);
  });
});

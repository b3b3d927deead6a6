/**
 * Syllables that cells of contribution sheets are made of: family, middle and given names, and
 * the words of addresses, organizations and notes. Legacy views of rare syllables often read as
 * other valid syllables ("Xã" is TCVN3 for "Xó", "Thôn" for "Thụn"); when both readings are
 * Vietnamese, the one made of common words is the likelier, and this list is how we know which.
 * It only breaks ties, so it needs to be right about what is common, not complete.
 */

const FAMILY_NAMES = `
  nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý lí đinh đoàn trịnh mai
  lâm lương cao trương tô hà quách tạ chu châu kiều lò lục mạc nông khúc đàm đào thái tăng kha la
  lã hàn triệu vương viên vi lưu thân tống từ cù cấn bạch bế chế chử diệp doãn giang giáp hứa khổng
  khương lạc lại lữ mã nghiêm phí phùng quan sầm thạch tiêu tôn trang trình ứng âu đồng hầu ninh
  phương quản vạn lầu sùng thào giàng mùa hoàng
`;

const MIDDLE_NAMES = `
  văn thị hữu đức minh ngọc thanh xuân thu hồng kim anh quốc quang duy gia bảo đình công trọng thế
  mạnh tuấn phương khánh như hải bích mỹ diệu bá đăng khắc tiến trung xuân kiều thúy thùy
`;

const GIVEN_NAMES = `
  an ân anh ánh bắc bằng bích bình bảo cảnh chi chiến chính châu cúc cường dân diễm diệp dũng dung
  dương duy duyên đạt đào điệp định đông đức giang giao hà hạ hải hạnh hằng hân hậu hiền hiển hiếu
  hiệp hòa hoà hoa hoài hoàn hoan hồng hợp huân hùng hưng hương hường hưởng huy huyền huệ kha khải
  khang khanh khoa khôi khuê kiên kiệt lam lan lành lâm lễ liên liễu linh loan lộc long luân lực
  lụa lượng ly lý mai mạnh mến minh my mỹ na nam nga ngà ngân nghĩa ngọc nguyên nguyệt nhàn nhân nhi
  nhung nhật như nương oanh phát phong phú phúc phụng phương phượng quân quang quế quyên quyết quý
  quỳnh sang sáng sen sinh sơn sương tài tâm tân tấn thái thanh thành thảo thắng thắm thân thịnh
  thoa thông thơ thu thuận thủy thúy thuỷ thuý thùy thư thương tiến tiên tín tình toàn toản trang
  trâm trí trinh trung trúc trường tú tuấn tùng tuyết tuyền tư tường uyên vân việt vinh vĩnh vui vy
  xuân yên yến ánh ơn út
`;

const COMMUNE_WORDS = `
  xã thôn xóm bản làng ấp khu phố tổ đội huyện tỉnh thị trấn phường quận thành đường số nhà
  ủy ủy uỷ ban nhân dân đảng bộ chi hội phụ nữ nông cựu chiến binh đoàn niên mặt trận tổ quốc
  công an quân sự trường mầm non tiểu học trung cơ sở trạm y tế hợp tác doanh nghiệp ty cửa hàng
  ủng hộ đóng góp quyên tiền mặt chuyển khoản ngày nộp thu chi kế toán cán viên giáo chức lao động
  gia đình hộ ông bà anh chị em cô chú bác cụ thầy tổng cộng mới nông xây dựng chung sức cuộc vận
  đồng nghìn ngàn triệu tỷ trăm mươi một hai ba bốn năm sáu bảy tám chín mười lăm mốt tư linh lẻ
  không có và của cho các những người tại theo về từ với được đã sẽ này kèm danh sách tên họ địa
  chỉ ghi chú ký nhận phiếu biên lai kho bạc ngân hàng tài khoản quỹ xi măng cát gạch đá sắt thép
  máy đất hiến công trình giao thông thủy lợi kênh mương văn hóa hoá điện nước sạch trụ sở nhà
  sinh hoạt chợ cầu cống nghĩa trang đợt lần tháng quý kiểu mẫu nâng cao phòng kinh tế quyết định
  phê duyệt phân bổ đối chiếu sao kê hạng mục tiêu chí thôn bản tiền bằng chữ đồng chẵn
`;

const COMMON: ReadonlySet<string> = new Set(
  [FAMILY_NAMES, MIDDLE_NAMES, GIVEN_NAMES, COMMUNE_WORDS].join(" ").split(/\s+/).filter(Boolean),
);

/** `word` is one of the syllables contribution sheets are commonly made of (any case, NFC). */
export function isCommonSyllable(word: string): boolean {
  return COMMON.has(word.toLowerCase());
}

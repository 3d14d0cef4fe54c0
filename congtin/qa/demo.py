"""Sample questions of the demo department, one or more in every state of the
chain, written as businesses ask a Sở Công Thương. Rows are made directly
(no mail is sent); each gets the log entries its state implies."""

import datetime

from django.contrib.auth import get_user_model

from congtin.workdays import add_working_days

from .models import Assignment, MailMessage, Question, Status, TrackingCounter
from .services import due_date_for
from .workflow import record

# (status, field, unit, general_interest, working days ago (about), asker, title, body, answer)
QUESTIONS = [
    (Status.NEW, "ruou-thuoc-la", None, False, 1,
     ("Nguyễn Văn Phước", "phuoc.taphoa@example.com", "Hộ kinh doanh Tạp hóa Phước Lộc"),
     "Thủ tục cấp giấy phép bán lẻ rượu cho cửa hàng tạp hóa",
     "Cửa hàng tạp hóa của tôi ở phường Bình Trị Đông muốn bán thêm rượu vang và rượu "
     "nhập khẩu đóng chai trên 5,5 độ. Xin hỏi tôi phải xin giấy phép ở đâu, hồ sơ gồm "
     "những gì và thời gian giải quyết bao lâu?", ""),
    (Status.NEW, "dien-nang-luong", None, False, 0,
     ("Trần Thị Kim Loan", "kimloan.cafe@example.com", ""),
     "Giá điện áp dụng cho quán cà phê thuê mặt bằng",
     "Tôi thuê mặt bằng mở quán cà phê, chủ nhà tính tiền điện 4.500 đồng/kWh. Xin hỏi "
     "chủ nhà được phép thu giá điện như vậy không, và tôi có thể đề nghị ký hợp đồng mua "
     "điện trực tiếp với điện lực không?", ""),
    (Status.ACCEPTED, "thuong-mai", None, False, 3,
     ("Lê Minh Khang", "khang.marketing@example.com", "Công ty TNHH Thương mại Sao Việt"),
     "Đăng ký chương trình khuyến mại tổ chức đồng thời tại nhiều tỉnh",
     "Công ty dự kiến tổ chức chương trình khuyến mại mang tính may rủi (bốc thăm trúng "
     "thưởng) tại TP.HCM, Bình Dương và Đồng Nai. Công ty đăng ký với Sở Công Thương hay "
     "với Bộ Công Thương, và phải nộp hồ sơ trước ngày bắt đầu bao lâu?", ""),
    (Status.ASSIGNED, "xang-dau-khi", "qltm", False, 13,
     ("Phạm Quốc Tuấn", "tuan.xangdau@example.com", "Doanh nghiệp tư nhân Quốc Tuấn"),
     "Điều kiện cấp giấy xác nhận cửa hàng đủ điều kiện bán lẻ xăng dầu",
     "Doanh nghiệp đã xây xong cửa hàng xăng dầu tại huyện Củ Chi. Xin hỏi hồ sơ đề nghị "
     "cấp giấy xác nhận đủ điều kiện bán lẻ xăng dầu cần những giấy tờ gì về phòng cháy "
     "chữa cháy và bảo vệ môi trường?", ""),
    (Status.ASSIGNED, "cong-nghiep", "qlcn", False, 17,
     ("Võ Thanh Sơn", "son.hoachat@example.com", "Công ty Cổ phần Hóa chất Phương Nam"),
     "Kế hoạch phòng ngừa, ứng phó sự cố hóa chất khi mở rộng kho",
     "Công ty mở rộng kho chứa axit sunfuric thêm 200 tấn. Xin hỏi công ty phải xây dựng "
     "lại kế hoạch phòng ngừa, ứng phó sự cố hóa chất hay chỉ cần điều chỉnh kế hoạch đã "
     "được phê duyệt?", ""),
    (Status.DRAFTED, "thuong-mai-dien-tu", "qltm", False, 9,
     ("Đỗ Ngọc Hân", "ngochan.shop@example.com", ""),
     "Bán hàng qua trang mạng xã hội có phải thông báo website thương mại điện tử không",
     "Tôi bán mỹ phẩm qua trang cá nhân và một trang web riêng có chức năng đặt hàng. Xin "
     "hỏi trường hợp nào tôi phải thông báo với Bộ Công Thương?",
     "<p>Theo quy định về thương mại điện tử, website bán hàng có chức năng đặt hàng trực "
     "tuyến phải được thông báo với Bộ Công Thương qua Cổng thông tin quản lý hoạt động "
     "thương mại điện tử trước khi hoạt động. Việc bán hàng trên trang cá nhân mạng xã hội "
     "không phải thông báo nhưng vẫn phải tuân thủ quy định về thông tin hàng hóa, giá và "
     "hóa đơn.</p>"),
    (Status.REVIEWED, "ruou-thuoc-la", "qltm", True, 11,
     ("Huỳnh Gia Bảo", "giabao.phanphoi@example.com", "Công ty TNHH Phân phối Gia Bảo"),
     "Giấy phép bán buôn rượu khi thay đổi địa điểm kho",
     "Công ty đã có giấy phép bán buôn rượu do Sở cấp, nay chuyển kho sang quận 7. Công ty "
     "có phải xin cấp lại giấy phép không hay chỉ đề nghị sửa đổi, bổ sung?",
     "<p>Trường hợp thay đổi địa điểm kho hàng, thương nhân đề nghị <b>sửa đổi, bổ sung</b> "
     "giấy phép bán buôn rượu tại Sở Công Thương; hồ sơ gồm văn bản đề nghị theo mẫu và "
     "tài liệu chứng minh quyền sử dụng kho mới. Thời hạn giải quyết là 10 ngày làm việc "
     "kể từ ngày nhận đủ hồ sơ hợp lệ.</p>"),
    (Status.ANSWERED, "dien-nang-luong", "qlnl", True, 30,
     ("Bùi Văn Thịnh", "thinh.xuong@example.com", "Xưởng cơ khí Thịnh Phát"),
     "Cách tính giá điện giờ cao điểm cho xưởng sản xuất",
     "Xưởng cơ khí của chúng tôi dùng công tơ ba giá. Xin hỏi khung giờ cao điểm, bình "
     "thường và thấp điểm hiện nay được quy định thế nào, có áp dụng cho ngày Chủ nhật "
     "không?",
     "<p>Khách hàng sản xuất dùng công tơ nhiều biểu giá được tính theo ba khung giờ do Bộ "
     "Công Thương quy định. Ngày Chủ nhật <b>không có giờ cao điểm</b>; các giờ còn lại "
     "tính theo giờ bình thường và thấp điểm.</p><p>Xưởng có thể liên hệ Công ty Điện lực "
     "khu vực để được hướng dẫn chuyển đổi biểu giá phù hợp.</p>"),
    (Status.ANSWERED, "thuong-mai", "qltm", True, 25,
     ("Ngô Thị Thu Trang", "thutrang.sieuthi@example.com", "Siêu thị mini Thu Trang"),
     "Mức giảm giá tối đa trong chương trình khuyến mại",
     "Siêu thị muốn giảm giá 60% cho một số mặt hàng nhân dịp khai trương. Xin hỏi mức "
     "giảm giá tối đa được phép là bao nhiêu và có ngoại lệ không?",
     "<p>Mức giảm giá tối đa đối với hàng hóa, dịch vụ được khuyến mại không vượt quá "
     "<b>50%</b> giá trước thời gian khuyến mại. Trường hợp ngoại lệ là các chương trình "
     "khuyến mại tập trung theo quyết định của cơ quan có thẩm quyền (ví dụ tháng khuyến "
     "mại tập trung), khi đó mức giảm tối đa là 100%.</p>"),
    (Status.ANSWERED, "thuong-mai-dien-tu", "qltm", True, 22,
     ("Lý Quang Vinh", "quangvinh.tech@example.com", "Công ty Cổ phần Công nghệ Vĩnh An"),
     "Đăng ký sàn giao dịch thương mại điện tử cho nền tảng đặt món",
     "Công ty xây dựng ứng dụng cho phép nhiều quán ăn đăng bán món. Ứng dụng này có phải "
     "đăng ký là sàn giao dịch thương mại điện tử không?",
     "<p>Ứng dụng cho phép nhiều người bán đăng bán hàng hóa, dịch vụ là <b>sàn giao dịch "
     "thương mại điện tử</b> và phải đăng ký với Bộ Công Thương trước khi hoạt động. Công ty "
     "cần xây dựng quy chế hoạt động sàn và công bố trên ứng dụng.</p>"),
    (Status.ANSWERED, "xuat-nhap-khau", "qltm", False, 20,
     ("Đặng Thị Hồng", "hong.giaydep@example.com", "Công ty TNHH Giày dép Hồng Phát"),
     "Hồ sơ xin cấp giấy chứng nhận xuất xứ mẫu D cho lô hàng của công ty",
     "Công ty cần cấp gấp C/O mẫu D cho lô giày xuất sang Indonesia, xin hướng dẫn cụ thể "
     "cho trường hợp của công ty.",
     "<p>Việc cấp C/O ưu đãi do Phòng Quản lý Xuất nhập khẩu khu vực của Bộ Công Thương "
     "thực hiện qua hệ thống eCoSys; công ty khai báo hồ sơ thương nhân lần đầu và nộp hồ "
     "sơ đề nghị cấp trực tuyến.</p>"),
    (Status.REFUSED, "khac", None, False, 6,
     ("Trương Văn Hải", "truonghai@example.com", ""),
     "Tranh chấp ranh giới đất với nhà bên cạnh",
     "Nhà bên cạnh xây tường lấn sang đất của gia đình tôi khoảng nửa mét. Xin Sở hướng "
     "dẫn cách giải quyết.", ""),
    (Status.SPAM, "khac", None, False, 2,
     ("Khuyến mãi hot", "promo@example.com", ""),
     "Nhận ngay quà tặng 10 triệu đồng",
     "Bấm vào đường dẫn để nhận quà tặng, số lượng có hạn!!!", ""),
]


def build(context):
    User = get_user_model()
    secretary = User.objects.get(username="thuky1")
    leader = User.objects.get(username="truongban")
    now = context.now
    made = {}
    for index, row in enumerate(QUESTIONS):
        made[index] = _make(row, context.units, now, secretary, leader, index)
    original = made[8]
    duplicate = _make((Status.DUPLICATE, "thuong-mai", None, False, 4,
                       ("Phan Thị Yến", "yen.shop@example.com", ""),
                       "Giảm giá khuyến mại được tối đa bao nhiêu phần trăm",
                       "Cửa hàng tôi muốn giảm giá sâu dịp cuối năm, xin hỏi mức giảm tối đa "
                       "theo quy định là bao nhiêu?", ""),
                      context.units, now, secretary, leader, len(made))
    duplicate.duplicate_of = original
    duplicate.save(update_fields=["duplicate_of"])
    _progress(made[4], context.today)
    return {"câu hỏi": Question.objects.count(),
            "câu hỏi đã công bố": Question.objects.filter(published=True).count()}


def _make(row, units, now, secretary, leader, index):
    status, field, unit_code, public, days_ago, asker, title, body, answer = row
    received = now - datetime.timedelta(days=days_ago * 7 // 5)
    name, email, organisation = asker
    question = Question.objects.create(
        source=Question.Source.WEB if index % 3 else Question.Source.EMAIL, status=status,
        asker_name=name, asker_email=email.lower(), asker_organisation=organisation,
        field=field, original_title=title, original_body=body, title=title, body=body,
        general_interest=public, received_at=received, answer=answer)
    record(question, "received", source=question.source)
    if status == Status.REFUSED:
        question.refusal_reason = ("Tranh chấp đất đai thuộc thẩm quyền của Ủy ban nhân dân "
                                   "phường, xã nơi có đất; đề nghị ông liên hệ UBND phường "
                                   "để được hòa giải.")
        question.save(update_fields=["refusal_reason"])
        record(question, "refuse", user=secretary, reason=question.refusal_reason)
    if status == Status.SPAM:
        record(question, "spam", user=secretary, reason="Thư quảng cáo.")
    if unit_code:
        Assignment.objects.create(question=question, unit=units[unit_code], leading=True)
        question.due_date = due_date_for(received)
        record(question, "accept", user=secretary)
        record(question, "assign", user=leader, leading=unit_code,
               due_date=question.due_date.isoformat())
    if status == Status.ANSWERED:
        question.answered_by = units[unit_code]
        question.answered_at = received + datetime.timedelta(days=days_ago - 3)
        question.published = public
        record(question, "approve", user=leader, published=public)
    elif status in {Status.DRAFTED, Status.REVIEWED}:
        question.answered_by = units[unit_code]
    question.save()
    MailMessage.objects.create(
        question=question, direction=MailMessage.Direction.OUT, kind=MailMessage.Kind.SENT,
        recipients=question.asker_email, subject=f"[{question.code}] Sở Công Thương đã nhận "
        "câu hỏi", text=f"Mã tra cứu: {question.code}", created_at=received)
    return question


def _progress(question, today):
    question.progress_note = ("Phòng Quản lý Công nghiệp đang lấy ý kiến Cảnh sát phòng cháy "
                              "và chữa cháy về khoảng cách an toàn của kho mở rộng.")
    question.expected_date = add_working_days(today, 5)
    question.save(update_fields=["progress_note", "expected_date"])
    record(question, "progress", reason=question.progress_note,
           expected_date=question.expected_date.isoformat())


def reset():
    MailMessage.objects.all().delete()
    Question.objects.all().delete()
    TrackingCounter.objects.all().delete()

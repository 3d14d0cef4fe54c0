"""The editorial chain in the demo department: the workflow on the news
sections, items waiting at each step from several units, a rejected item with
its reason, a batch awaiting the Head, an emergency publication awaiting
retrospective approval, an open information request and the Head's
delegation to the Deputy."""

import datetime

from django.contrib.auth import get_user_model

from congtin.content.models import ArticleIndexPage, ArticlePage

from . import services
from .models import (
    Absence,
    ContentApproval,
    ContentChange,
    DailyNewsCheck,
    DeadlineNotice,
    Delegation,
    EmergencyPublication,
    Endorsement,
    InformationRequest,
    SubmissionBatch,
)
from .workflow import assign_to, ensure_chain_workflow

ITEMS = [
    # key, unit, author, section, title, paragraphs, how far it goes
    ("ct-hoi-cho-hang-viet", "qltm", "cb_qltm", "tin-tuc",
     "Khai mạc Hội chợ Hàng Việt Nam chất lượng cao tại Nhà Văn hóa Thanh niên",
     ["Sáng nay, Sở Công Thương phối hợp với Hội Doanh nghiệp hàng Việt Nam chất lượng cao "
      "khai mạc hội chợ với hơn 300 gian hàng của 180 doanh nghiệp.",
      "Hội chợ mở cửa đến hết ngày chủ nhật, miễn phí vé vào cửa cho người dân."], "unit"),
    ("ct-dien-mat-troi-ap-mai", "qlnl", "cb_qlnl", "tin-tuc",
     "Hướng dẫn đăng ký điện mặt trời mái nhà tự sản xuất, tự tiêu thụ",
     ["Phòng Quản lý Năng lượng hướng dẫn hộ gia đình và doanh nghiệp thủ tục thông báo "
      "lắp đặt điện mặt trời mái nhà theo quy định mới.",
      "Hồ sơ gồm bản vẽ đấu nối, thông số tấm pin và bộ biến tần đã được chứng nhận."],
     "unit"),
    ("ct-cum-cong-nghiep-cu-chi", "qlcn", "cb_qlcn", "tin-tuc",
     "Đẩy nhanh tiến độ hạ tầng cụm công nghiệp tại huyện Củ Chi",
     ["Đoàn công tác của Sở đã kiểm tra tiến độ đầu tư hạ tầng kỹ thuật cụm công nghiệp, "
      "đề nghị chủ đầu tư hoàn thành hệ thống xử lý nước thải trước quý III.",
      "Các doanh nghiệp thứ cấp được hướng dẫn thủ tục thuê đất và đấu nối điện."],
     "secretariat"),
    ("ct-tap-huan-an-toan-hoa-chat", "ktatmt", "cb_ktatmt", "thong-bao",
     "Thông báo tập huấn an toàn hóa chất cho doanh nghiệp năm nay",
     ["Sở Công Thương tổ chức lớp tập huấn kỹ thuật an toàn hóa chất cho người quản lý "
      "và người lao động trực tiếp tiếp xúc với hóa chất.",
      "Doanh nghiệp đăng ký danh sách học viên qua thư điện tử của Phòng KT-AT-MT."],
     "secretariat"),
    ("ct-binh-on-thi-truong-tet", "qltm", "cb_qltm", "tin-tuc",
     "Chuẩn bị hàng hóa bình ổn thị trường dịp cuối năm",
     ["Các doanh nghiệp tham gia chương trình bình ổn thị trường cam kết dự trữ đủ lương "
      "thực, thực phẩm thiết yếu với giá thấp hơn thị trường từ 5 đến 10%.",
      "Sở đề nghị hệ thống phân phối bố trí thêm điểm bán tại khu công nghiệp."], "batch"),
    ("ct-chi-so-san-xuat-cong-nghiep", "qlcn", "cb_qlcn", "tin-tuc",
     "Chỉ số sản xuất công nghiệp tháng này tăng so với cùng kỳ",
     ["Theo số liệu tổng hợp, chỉ số sản xuất công nghiệp của Thành phố tăng 6,2% so với "
      "cùng kỳ năm trước, trong đó bốn ngành công nghiệp trọng yếu tăng 7,1%.",
      "Ngành điện tử và chế biến lương thực thực phẩm đóng góp mức tăng cao nhất."], "batch"),
    ("ct-tiet-kiem-dien-cong-so", "qlnl", "cb_qlnl", "tin-tuc",
     "Kết quả thực hiện tiết kiệm điện tại các công sở",
     ["Qua kiểm tra, các cơ quan hành chính đã giảm 8% lượng điện tiêu thụ so với kế "
      "hoạch nhờ tắt thiết bị ngoài giờ làm việc và thay đèn tiết kiệm năng lượng.",
      "Sở đề nghị tiếp tục duy trì và nhân rộng mô hình công sở xanh."], "publish"),
    ("ct-kiem-tra-xang-dau", "qltm", "cb_qltm", "tin-tuc",
     "Kiểm tra chất lượng xăng dầu tại các cửa hàng bán lẻ",
     ["Đoàn kiểm tra liên ngành đã lấy mẫu tại 25 cửa hàng, chưa phát hiện vi phạm về "
      "chất lượng; hai cửa hàng bị nhắc nhở về niêm yết giá."], "rejected"),
    ("ct-canh-bao-lua-dao-khuyen-mai", "qltm", "cb_qltm", "tin-tuc",
     "Cảnh báo hành vi giả danh cơ quan quản lý để lừa đảo khuyến mại",
     ["Sở Công Thương khuyến cáo người dân không cung cấp mã xác thực, không chuyển tiền "
      "cho bất kỳ ai tự xưng là cán bộ Sở để nhận quà khuyến mại."], "emergency"),
]
REJECTION = ("Số liệu cửa hàng bị nhắc nhở chưa khớp với biên bản kiểm tra; đề nghị đơn vị "
             "đối chiếu lại và bổ sung tên đoàn kiểm tra.")


def _user(username):
    return get_user_model().objects.get(username=username)


def _draft(context, key, unit, author, section, title, paragraphs):
    parent = context.pages[section]
    body = context.writer.render(paragraphs)
    page = ArticlePage(title=title, slug=key, providing_unit=context.units[unit],
                       summary=paragraphs[0][:300], body=body, live=False,
                       owner=_user(author), date=context.now)
    parent.add_child(instance=page)
    page.save_revision(user=_user(author))
    return page


def _advance(page, author, unit, stage):
    """Take the item as far as `stage` through the real chain, as its people."""
    if stage == "draft":
        return
    services.submit(page, _user(author))
    if stage == "unit":
        return
    if stage == "rejected":
        services.act(page, _user(f"tv_{unit}"), "reject", REJECTION)
        return
    services.act(page, _user(f"tv_{unit}"), "approve")


def build(context):
    workflow = ensure_chain_workflow()
    sections = ArticleIndexPage.objects.filter(locale=context.vi, depth=context.home.depth + 1)
    assign_to(workflow, sections)
    truongban, phoban = context.people["truongban"], context.people["phoban"]
    delegation = Delegation.objects.create(
        grantor=truongban, delegate=phoban, all_categories=True,
        start_date=context.today - datetime.timedelta(days=7),
        end_date=context.today + datetime.timedelta(days=60),
        note="Ủy quyền Phó ban duyệt tin trong thời gian Trưởng ban đi công tác.")
    pages = {}
    for key, unit, author, section, title, paragraphs, stage in ITEMS:
        page = _draft(context, key, unit, author, section, title, paragraphs)
        _advance(page, author, unit, stage)
        pages[key] = (page, stage)
    thuky = _user("thuky1")
    batched = [p for p, stage in pages.values() if stage in ("batch", "publish")]
    batch = services.create_batch(thuky, batched, "Tin các phòng chuyên môn trong tuần.")
    services.submit_batch(batch, thuky)
    for page, stage in pages.values():
        if stage == "publish":
            services.act(page, _user("truongban"), "approve")
    emergency = pages["ct-canh-bao-lua-dao-khuyen-mai"][0]
    services.emergency_publish(emergency, _user("truongban"),
                               "Nhiều người dân phản ánh cuộc gọi lừa đảo; cần cảnh báo ngay.")
    request = InformationRequest.objects.create(
        unit=context.units["qlnl"], subject="Tình hình cung cấp điện mùa khô",
        detail="Đề nghị phòng cung cấp tin về kế hoạch bảo đảm điện cho sản xuất và sinh hoạt "
               "trong các tháng cao điểm mùa khô.",
        due_date=context.today + datetime.timedelta(days=5), requested_by=thuky)
    return {"editorial_items": len(pages), "editorial_batches": 1,
            "editorial_delegations": int(bool(delegation.pk)),
            "editorial_emergency": 1, "editorial_requests": int(bool(request.pk))}


def reset():
    for model in (ContentChange, ContentApproval, Endorsement, EmergencyPublication,
                  InformationRequest, SubmissionBatch, Absence, Delegation, DeadlineNotice,
                  DailyNewsCheck):
        model.objects.all().delete()

"""Texts of the demo library: real national documents relevant to a Sở Công
Thương (their numbers, dates, signers and relations as published), the
department's own regulation 467/QĐ-SCT, a few of the demo department's own
documents (dated relative to the demo's day) and the drafts for comment."""

# (symbol, type, issuer, signer, signer title, issued, effective, field, scope, summary)
NATIONAL = [
    ("36/2005/QH11", "luat", "Quốc hội", "Nguyễn Văn An", "Chủ tịch Quốc hội",
     "2005-06-14", "2006-01-01", "Thương mại", "toan_quoc", "Luật Thương mại"),
    ("05/2017/QH14", "luat", "Quốc hội", "Nguyễn Thị Kim Ngân", "Chủ tịch Quốc hội",
     "2017-06-12", "2018-01-01", "Thương mại", "toan_quoc", "Luật Quản lý ngoại thương"),
    ("69/2018/NĐ-CP", "nghi_dinh", "Chính phủ", "Nguyễn Xuân Phúc", "Thủ tướng Chính phủ",
     "2018-05-15", "2018-05-15", "Thương mại", "toan_quoc",
     "Nghị định quy định chi tiết một số điều của Luật Quản lý ngoại thương"),
    ("28/2004/QH11", "luat", "Quốc hội", "Nguyễn Văn An", "Chủ tịch Quốc hội",
     "2004-12-03", "2005-07-01", "Năng lượng", "toan_quoc", "Luật Điện lực"),
    ("24/2012/QH13", "luat", "Quốc hội", "Nguyễn Sinh Hùng", "Chủ tịch Quốc hội",
     "2012-11-20", "2013-07-01", "Năng lượng", "toan_quoc",
     "Luật sửa đổi, bổ sung một số điều của Luật Điện lực"),
    ("61/2024/QH15", "luat", "Quốc hội", "Trần Thanh Mẫn", "Chủ tịch Quốc hội",
     "2024-11-30", "2025-02-01", "Năng lượng", "toan_quoc", "Luật Điện lực"),
    ("50/2010/QH12", "luat", "Quốc hội", "Nguyễn Phú Trọng", "Chủ tịch Quốc hội",
     "2010-06-17", "2011-01-01", "Năng lượng", "toan_quoc",
     "Luật Sử dụng năng lượng tiết kiệm và hiệu quả"),
    ("43/2011/NĐ-CP", "nghi_dinh", "Chính phủ", "Nguyễn Tấn Dũng", "Thủ tướng Chính phủ",
     "2011-06-13", "2011-08-01", "Công nghệ thông tin", "toan_quoc",
     "Nghị định quy định về việc cung cấp thông tin và dịch vụ công trực tuyến trên trang "
     "thông tin điện tử hoặc cổng thông tin điện tử của cơ quan nhà nước"),
    ("42/2022/NĐ-CP", "nghi_dinh", "Chính phủ", "Vũ Đức Đam", "Phó Thủ tướng",
     "2022-06-24", "2022-08-01", "Công nghệ thông tin", "toan_quoc",
     "Nghị định quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan "
     "nhà nước trên môi trường mạng"),
    ("24/2011/TT-BTTTT", "thong_tu", "Bộ Thông tin và Truyền thông", "Nguyễn Minh Hồng",
     "Thứ trưởng", "2011-09-20", "2011-11-04", "Công nghệ thông tin", "toan_quoc",
     "Thông tư quy định về việc tạo lập, sử dụng và lưu trữ dữ liệu đặc tả trên trang thông "
     "tin điện tử hoặc cổng thông tin điện tử của cơ quan nhà nước"),
    ("32/2017/TT-BTTTT", "thong_tu", "Bộ Thông tin và Truyền thông", "Trương Minh Tuấn",
     "Bộ trưởng", "2017-11-15", "2018-01-01", "Công nghệ thông tin", "toan_quoc",
     "Thông tư quy định về việc cung cấp dịch vụ công trực tuyến và bảo đảm khả năng truy cập "
     "thuận tiện đối với trang thông tin điện tử hoặc cổng thông tin điện tử của cơ quan nhà nước"),
    ("18/2014/NĐ-CP", "nghi_dinh", "Chính phủ", "Nguyễn Tấn Dũng", "Thủ tướng Chính phủ",
     "2014-03-14", "2014-06-01", "Báo chí, xuất bản", "toan_quoc",
     "Nghị định quy định về chế độ nhuận bút, thù lao đối với tác phẩm báo chí, xuất bản"),
    ("110/2004/NĐ-CP", "nghi_dinh", "Chính phủ", "Phan Văn Khải", "Thủ tướng Chính phủ",
     "2004-04-08", "2004-05-05", "Hành chính, văn thư", "toan_quoc",
     "Nghị định về công tác văn thư"),
    ("09/2010/NĐ-CP", "nghi_dinh", "Chính phủ", "Nguyễn Tấn Dũng", "Thủ tướng Chính phủ",
     "2010-02-08", "2010-04-01", "Hành chính, văn thư", "toan_quoc",
     "Nghị định sửa đổi, bổ sung một số điều của Nghị định số 110/2004/NĐ-CP ngày 08 tháng 4 "
     "năm 2004 của Chính phủ về công tác văn thư"),
    ("30/2020/NĐ-CP", "nghi_dinh", "Chính phủ", "Nguyễn Xuân Phúc", "Thủ tướng Chính phủ",
     "2020-03-05", "2020-03-05", "Hành chính, văn thư", "toan_quoc",
     "Nghị định về công tác văn thư"),
    ("98/2020/NĐ-CP", "nghi_dinh", "Chính phủ", "Nguyễn Xuân Phúc", "Thủ tướng Chính phủ",
     "2020-08-26", "2020-10-15", "Quản lý thị trường", "toan_quoc",
     "Nghị định quy định xử phạt vi phạm hành chính trong hoạt động thương mại, sản xuất, "
     "buôn bán hàng giả, hàng cấm và bảo vệ quyền lợi người tiêu dùng"),
    ("17/2022/NĐ-CP", "nghi_dinh", "Chính phủ", "Lê Văn Thành", "Phó Thủ tướng",
     "2022-01-31", "2022-01-31", "Quản lý thị trường", "toan_quoc",
     "Nghị định sửa đổi, bổ sung một số điều của các Nghị định quy định xử phạt vi phạm hành "
     "chính trong lĩnh vực hóa chất và vật liệu nổ công nghiệp; điện lực, an toàn đập thủy "
     "điện, sử dụng năng lượng tiết kiệm và hiệu quả; hoạt động thương mại, bảo vệ quyền lợi "
     "người tiêu dùng; hoạt động dầu khí, kinh doanh xăng dầu và khí"),
]

# (source, kind, target): source amends / replaces / guides target.
RELATIONS = [
    ("42/2022/NĐ-CP", "replaces", "43/2011/NĐ-CP"),
    ("24/2011/TT-BTTTT", "guides", "43/2011/NĐ-CP"),
    ("32/2017/TT-BTTTT", "guides", "43/2011/NĐ-CP"),
    ("69/2018/NĐ-CP", "guides", "05/2017/QH14"),
    ("24/2012/QH13", "amends", "28/2004/QH11"),
    ("61/2024/QH15", "replaces", "28/2004/QH11"),
    ("61/2024/QH15", "replaces", "24/2012/QH13"),
    ("09/2010/NĐ-CP", "amends", "110/2004/NĐ-CP"),
    ("30/2020/NĐ-CP", "replaces", "110/2004/NĐ-CP"),
    ("30/2020/NĐ-CP", "replaces", "09/2010/NĐ-CP"),
    ("17/2022/NĐ-CP", "amends", "98/2020/NĐ-CP"),
    ("467/QĐ-SCT", "guides", "43/2011/NĐ-CP"),
]

QD_467 = {
    "symbol": "467/QĐ-SCT", "doc_type": "quyet_dinh", "issue_date": "2011-10-10",
    "effective_date": "2011-10-10", "signer_title": "Giám đốc Sở Công Thương",
    "field": "Công nghệ thông tin", "scope": "noi_bo",
    "summary": "Quyết định ban hành Quy chế quản lý, sử dụng và cung cấp thông tin lên Trang "
               "thông tin điện tử của Sở Công Thương TP.HCM",
}

# The demo department's own documents: (symbol, type, days before the demo's day it was
# issued, days after issue it takes effect or None, field, summary, extra).
OWN = [
    ("125/KH-SCT", "ke_hoach", 300, 0, "Công nghệ thông tin",
     "Kế hoạch ứng dụng công nghệ thông tin, phát triển chính quyền số của Sở Công Thương "
     "năm 2026", {}),
    ("2150/QĐ-SCT", "quyet_dinh", 240, 0, "Công nghệ thông tin",
     "Quyết định kiện toàn Ban Biên tập Cổng thông tin điện tử Sở Công Thương", {}),
    ("98/TB-SCT", "thong_bao", 120, None, "Hành chính, văn thư",
     "Thông báo lịch tiếp công dân của Lãnh đạo Sở Công Thương năm 2026", {}),
    ("1875/QĐ-SCT", "quyet_dinh", 200, 0, "Thương mại",
     "Quyết định ban hành Quy định tạm thời về tiêu chí chợ truyền thống kết hợp thanh toán "
     "không dùng tiền mặt", {"suspended": True}),
    ("3480/SCT-VP", "cong_van", 20, None, "Hành chính, văn thư",
     "Về việc cung cấp thông tin định kỳ cho Cổng thông tin điện tử Sở", {"late_by": 3}),
    ("4012/QĐ-SCT", "quyet_dinh", 4, 20, "Hành chính, văn thư",
     "Quyết định ban hành Quy chế quản lý, lưu trữ hồ sơ, tài liệu điện tử của Sở Công Thương",
     {}),
    ("3921/SCT-VP", "cong_van", 16, None, "Công nghiệp",
     "Về việc báo cáo tình hình sản xuất công nghiệp hỗ trợ quý IV năm 2026",
     {"pending": True}),
]

ISSUERS = [
    ("Quốc hội", "QH", False), ("Chính phủ", "CP", False),
    ("Bộ Thông tin và Truyền thông", "BTTTT", False), ("Bộ Công Thương", "BCT", False),
    ("Ủy ban nhân dân Thành phố Hồ Chí Minh", "UBND", False),
    ("Sở Công Thương Thành phố Hồ Chí Minh", "SCT", True),
]

DRAFTS = [
    {
        "slug": "quy-che-cong-thong-tin-2026",
        "title": "Dự thảo Quy chế quản lý, vận hành và cung cấp thông tin trên Cổng thông tin "
                 "điện tử Sở Công Thương Thành phố Hồ Chí Minh",
        "summary": "Quy chế mới thay thế Quy chế ban hành kèm Quyết định số 467/QĐ-SCT ngày "
                   "10/10/2011, cập nhật theo Nghị định số 42/2022/NĐ-CP: quy trình biên tập "
                   "bốn bước, thời hạn cập nhật thông tin, hỏi đáp trực tuyến và bản tiếng Anh.",
        "drafting_unit": "Văn phòng Sở Công Thương",
        "opened_days_ago": 10, "closes_in_days": 20,
        "full_text": (
            "Chương I. QUY ĐỊNH CHUNG\n"
            "Điều 1. Phạm vi điều chỉnh\n"
            "Quy chế này quy định việc quản lý, vận hành và cung cấp thông tin trên Cổng thông "
            "tin điện tử Sở Công Thương Thành phố Hồ Chí Minh (sau đây gọi là Cổng).\n"
            "Điều 2. Đối tượng áp dụng\n"
            "Quy chế áp dụng đối với các phòng, đơn vị thuộc Sở, Ban Biên tập Cổng và cán bộ, "
            "công chức, viên chức tham gia cung cấp thông tin.\n"
            "Chương II. CUNG CẤP VÀ BIÊN TẬP THÔNG TIN\n"
            "Điều 3. Quy trình biên tập\n"
            "Tin, bài do đơn vị soạn thảo được Thành viên Ban Biên tập của đơn vị kiểm tra, Tổ "
            "Thư ký tổng hợp, Trưởng ban hoặc Phó ban duyệt, Phòng Kỹ thuật – An toàn – Môi "
            "trường đăng tải.\n"
            "Điều 4. Thời hạn cập nhật\n"
            "Văn bản quy phạm pháp luật do Sở ban hành được đăng tải chậm nhất 02 ngày làm "
            "việc kể từ ngày ban hành; văn bản của cơ quan khác chậm nhất 10 ngày làm việc.\n"
            "Điều 5. Hỏi đáp trực tuyến\n"
            "Câu hỏi của tổ chức, cá nhân được trả lời hoặc thông báo tiến độ trong thời hạn 15 "
            "ngày làm việc kể từ ngày nhận.\n"
            "Chương III. ĐIỀU KHOẢN THI HÀNH\n"
            "Điều 6. Hiệu lực thi hành\n"
            "Quy chế có hiệu lực kể từ ngày ký và thay thế Quy chế ban hành kèm Quyết định số "
            "467/QĐ-SCT ngày 10 tháng 10 năm 2011 của Giám đốc Sở Công Thương."),
        "comments": [
            ("Nguyễn Hoàng Phúc", "phuc.nguyen@example.com", "Hiệp hội Doanh nghiệp cơ khí – "
             "điện TP.HCM", "Điều 4. Thời hạn cập nhật",
             "Đề nghị bổ sung thời hạn đăng tải đối với văn bản hướng dẫn của Bộ Công Thương "
             "có liên quan trực tiếp đến doanh nghiệp, vì doanh nghiệp thường tra cứu các văn "
             "bản này trên Cổng của Sở.", "approved"),
            ("Trần Thị Thu Hà", "thuha.tran@example.com", "",
             "Điều 5. Hỏi đáp trực tuyến",
             "Nên cho phép người hỏi tra cứu tình trạng xử lý câu hỏi bằng mã số, không cần "
             "đăng nhập.", "approved"),
            ("Lê Minh Tâm", "tam.le@example.com", "Công ty TNHH Thương mại Minh Tâm",
             "Góp ý chung",
             "Dự thảo rõ ràng, dễ hiểu. Đề nghị công bố kèm danh mục các loại thông tin bắt "
             "buộc phải đăng tải.", "pending"),
        ],
    },
    {
        "slug": "quy-dinh-cua-hang-tien-loi-dat-chuan",
        "title": "Dự thảo Quy định tiêu chí cửa hàng tiện lợi đạt chuẩn văn minh thương mại "
                 "trên địa bàn Thành phố Hồ Chí Minh",
        "summary": "Tiêu chí về cơ sở vật chất, an toàn thực phẩm, niêm yết giá, thanh toán không "
                   "dùng tiền mặt và phòng cháy chữa cháy để cửa hàng tiện lợi được công nhận "
                   "đạt chuẩn văn minh thương mại.",
        "drafting_unit": "Phòng Quản lý Thương mại",
        "opened_days_ago": 5, "closes_in_days": 25,
        "full_text": (
            "Điều 1. Phạm vi và đối tượng áp dụng\n"
            "Quy định này áp dụng đối với thương nhân kinh doanh cửa hàng tiện lợi trên địa bàn "
            "Thành phố Hồ Chí Minh tự nguyện đăng ký công nhận đạt chuẩn.\n"
            "Điều 2. Tiêu chí về cơ sở vật chất\n"
            "Diện tích kinh doanh từ 50 mét vuông trở lên; hàng hóa sắp xếp theo ngành hàng; "
            "có khu vực thanh toán riêng.\n"
            "Điều 3. Tiêu chí về an toàn thực phẩm và niêm yết giá\n"
            "Hàng hóa có nguồn gốc rõ ràng, còn hạn sử dụng; giá được niêm yết rõ ràng bằng "
            "đồng Việt Nam.\n"
            "Điều 4. Tiêu chí về thanh toán\n"
            "Chấp nhận ít nhất hai hình thức thanh toán không dùng tiền mặt.\n"
            "Điều 5. Công nhận và thu hồi\n"
            "Sở Công Thương xem xét công nhận trong 15 ngày làm việc kể từ ngày nhận đủ hồ sơ; "
            "thu hồi khi cửa hàng không còn đáp ứng tiêu chí."),
        "comments": [
            ("Phạm Quốc Việt", "viet.pham@example.com", "Chuỗi cửa hàng Xanh Mart",
             "Điều 2. Tiêu chí về cơ sở vật chất",
             "Nhiều cửa hàng trong khu dân cư chỉ có 35–45 mét vuông; đề nghị hạ mức diện tích "
             "tối thiểu xuống 40 mét vuông.", "approved"),
            ("Võ Thị Ngọc", "ngoc.vo@example.com", "", "Điều 4. Tiêu chí về thanh toán",
             "Quảng cáo dịch vụ vay tiêu dùng lãi suất thấp, liên hệ ngay.", "rejected"),
        ],
    },
    {
        "slug": "quy-che-phoi-hop-quan-ly-cho-2026",
        "title": "Dự thảo Quy chế phối hợp quản lý chợ trên địa bàn Thành phố Hồ Chí Minh",
        "summary": "Phân công trách nhiệm giữa Sở Công Thương và Ủy ban nhân dân các phường, xã "
                   "trong quản lý chợ truyền thống.",
        "drafting_unit": "Phòng Quản lý Thương mại",
        "opened_days_ago": 75, "closes_in_days": -15,
        "full_text": (
            "Điều 1. Phạm vi điều chỉnh\n"
            "Quy chế này quy định nguyên tắc, nội dung và trách nhiệm phối hợp quản lý chợ.\n"
            "Điều 2. Nội dung phối hợp\n"
            "Quy hoạch mạng lưới chợ; phòng cháy chữa cháy; an toàn thực phẩm; văn minh "
            "thương mại."),
        "comments": [
            ("Đỗ Thanh Bình", "binh.do@example.com", "Ban quản lý chợ Tân Định",
             "Điều 2. Nội dung phối hợp",
             "Đề nghị bổ sung nội dung phối hợp về chuyển đổi số trong thu phí và thanh toán "
             "tại chợ.", "approved",
             "Tiếp thu: bổ sung khoản 5 Điều 2 về phối hợp chuyển đổi số, thanh toán không dùng "
             "tiền mặt tại chợ."),
        ],
    },
]

"""Notices (Thông báo) and press releases and spokesperson statements (Đ.5.9).

Same format as `data/news.py`.
"""

NOTICES = [
    {
        "key": "tiep-cong-dan",
        "category": "thong_bao", "days_ago": 4, "time": "08:00",
        "unit": "ttr", "authors": "Thanh tra Sở",
        "title": "Thông báo lịch tiếp công dân của lãnh đạo Sở tháng ${thang_sau}/${nam_thang_sau}",
        "summary": "Lịch tiếp công dân định kỳ của Giám đốc và các Phó Giám đốc Sở Công Thương "
                   "tháng ${thang_sau}/${nam_thang_sau}.",
        "image": "hoi-nghi", "alt": "Bàn tiếp công dân trong phòng họp",
        "caption": "Phòng tiếp công dân đặt tại tầng trệt trụ sở Sở.",
        "body": [
            "Sở Công Thương thông báo lịch tiếp công dân định kỳ của lãnh đạo Sở trong tháng "
            "${thang_sau}/${nam_thang_sau} như sau:",
            ("table", "Lịch tiếp công dân", [
                ["Thời gian", "Lãnh đạo tiếp", "Lĩnh vực"],
                ["Thứ Tư tuần thứ nhất, từ 8 giờ 00", "Giám đốc Trần Quốc Hưng", "Các lĩnh vực"],
                ["Thứ Tư tuần thứ hai, từ 8 giờ 00", "Phó Giám đốc Nguyễn Thị Thu Hà",
                 "Thương mại, thương mại điện tử"],
                ["Thứ Tư tuần thứ ba, từ 8 giờ 00", "Phó Giám đốc Lê Hoàng Phúc",
                 "Công nghiệp, hóa chất, môi trường"],
                ["Thứ Tư tuần thứ tư, từ 8 giờ 00", "Phó Giám đốc Võ Minh Tâm",
                 "Điện lực, năng lượng, xăng dầu"],
            ]),
            "Địa điểm: Phòng Tiếp công dân, tầng trệt, 163 Hai Bà Trưng, Phường 6, Quận 3. Công "
            "dân đến liên hệ vui lòng mang theo giấy tờ tùy thân và tài liệu liên quan. Ngoài "
            "lịch trên, Thanh tra Sở tiếp công dân thường xuyên trong giờ hành chính các ngày "
            "làm việc.",
        ],
        "tags": ["tiếp công dân"],
    },
    {
        "key": "thang-khuyen-mai",
        "category": "thong_bao", "days_ago": 13, "time": "09:00",
        "unit": "qltm", "authors": "Phòng Quản lý Thương mại",
        "title": "Thông báo về việc tổ chức Tháng khuyến mại tập trung năm ${nam}",
        "summary": "Doanh nghiệp được khuyến mại với mức giảm giá tối đa đến 100% trong thời gian "
                   "Tháng khuyến mại tập trung; đăng ký tham gia trước ngày khai mạc.",
        "image": "hoi-cho", "alt": "Gian hàng hội chợ và cờ trang trí",
        "caption": "Tháng khuyến mại tập trung là dịp kích cầu tiêu dùng cuối năm.",
        "body": [
            "Thực hiện kế hoạch của Ủy ban nhân dân Thành phố, Sở Công Thương thông báo tổ chức "
            "Tháng khuyến mại tập trung năm ${nam} trên địa bàn Thành phố.",
            "Trong thời gian Tháng khuyến mại tập trung, thương nhân được thực hiện khuyến mại "
            "với mức giảm giá tối đa đối với hàng hóa, dịch vụ được khuyến mại lên đến 100% theo "
            "quy định của pháp luật về thương mại.",
            "Doanh nghiệp có nhu cầu tham gia đăng ký với Phòng Quản lý Thương mại qua thư điện "
            "tử qltm.sct@tphcm.gov.vn, ghi rõ tên doanh nghiệp, ngành hàng, địa điểm bán hàng và "
            "chương trình khuyến mại dự kiến.",
        ],
        "tags": ["khuyến mại"],
        "related": ["hoi-cho-khuyen-mai"],
    },
    {
        "key": "nghi-tet-duong-lich",
        "category": "thong_bao", "days_ago": 1, "time": "14:00",
        "unit": "vp", "authors": "Văn phòng Sở",
        "title": "Thông báo lịch nghỉ Tết Dương lịch năm ${nam_sau}",
        "summary": "Cán bộ, công chức, viên chức, người lao động của Sở nghỉ Tết Dương lịch ngày "
                   "01/01/${nam_sau}; bộ phận một cửa bố trí trực để tiếp nhận hồ sơ trực tuyến.",
        "image": "thanh-pho", "alt": "Đô thị về đêm với các tòa nhà sáng đèn",
        "caption": "",
        "body": [
            "Căn cứ quy định của Bộ luật Lao động về nghỉ lễ, Tết, Văn phòng Sở thông báo cán "
            "bộ, công chức, viên chức và người lao động của Sở Công Thương nghỉ Tết Dương lịch "
            "vào ngày 01/01/${nam_sau}.",
            "Trong thời gian nghỉ, hệ thống dịch vụ công trực tuyến vẫn tiếp nhận hồ sơ bình "
            "thường; hồ sơ được xử lý từ ngày làm việc đầu tiên sau kỳ nghỉ. Các phòng, đơn vị "
            "bố trí lịch trực, bảo đảm an toàn trụ sở và xử lý công việc phát sinh.",
        ],
        "tags": ["lịch nghỉ"],
    },
    {
        "key": "moi-dang-ky-binh-on",
        "category": "thong_bao", "days_ago": 22, "time": "08:15",
        "unit": "qltm", "authors": "Phòng Quản lý Thương mại",
        "title": "Mời doanh nghiệp đăng ký tham gia Chương trình bình ổn thị trường năm "
                 "${nam_tet}",
        "summary": "Sở Công Thương mời doanh nghiệp sản xuất, phân phối hàng hóa thiết yếu đăng "
                   "ký tham gia chương trình; hồ sơ nhận đến hết ngày "
                   "15/${thang_sau}/${nam_thang_sau}.",
        "image": "cho", "alt": "Quầy hàng thực phẩm tại chợ",
        "caption": "",
        "body": [
            "Sở Công Thương trân trọng mời các doanh nghiệp sản xuất, phân phối các mặt hàng "
            "lương thực, thực phẩm, rau củ quả, sữa, sách giáo khoa và tập học sinh đăng ký tham "
            "gia Chương trình bình ổn thị trường năm ${nam_tet}.",
            ("h", "Điều kiện tham gia"),
            ("ul", [
                "Có năng lực sản xuất, dự trữ và phân phối hàng hóa ổn định;",
                "Hàng hóa bảo đảm chất lượng, an toàn thực phẩm, có nhãn hàng hóa đúng quy định;",
                "Cam kết bán đúng giá bình ổn đã đăng ký và báo cáo định kỳ với Sở Công Thương;",
                "Có mạng lưới điểm bán hoặc kế hoạch phát triển điểm bán trên địa bàn Thành phố.",
            ]),
            "Hồ sơ đăng ký theo mẫu đính kèm, gửi về Phòng Quản lý Thương mại, tầng 3, 163 Hai "
            "Bà Trưng, Phường 6, Quận 3 hoặc qua thư điện tử qltm.sct@tphcm.gov.vn.",
            ("attachment", "mau-dang-ky-binh-on"),
        ],
        "tags": ["bình ổn thị trường"],
        "related": ["binh-on-trien-khai"],
    },
    {
        "key": "dvc-toan-trinh",
        "category": "thong_bao", "days_ago": 31, "time": "10:00",
        "unit": "vp", "authors": "Văn phòng Sở",
        "title": "Tiếp nhận hồ sơ thủ tục hành chính qua dịch vụ công trực tuyến toàn trình",
        "summary": "Từ ngày 01/${thang_sau}/${nam_thang_sau}, 112 thủ tục hành chính của Sở chỉ "
                   "tiếp nhận hồ sơ trực tuyến; bộ phận một cửa hỗ trợ người dân, doanh nghiệp "
                   "nộp hồ sơ.",
        "image": "thuong-mai-dien-tu", "alt": "Điện thoại hiển thị danh sách hồ sơ trực tuyến",
        "caption": "",
        "body": [
            "Nhằm đẩy mạnh chuyển đổi số trong giải quyết thủ tục hành chính, Sở Công Thương "
            "thông báo kể từ ngày 01/${thang_sau}/${nam_thang_sau}, 112 thủ tục hành chính được "
            "cung cấp dịch vụ công trực tuyến toàn trình sẽ chỉ tiếp nhận hồ sơ qua Cổng Dịch vụ "
            "công quốc gia.",
            "Tổ chức, cá nhân chưa quen thao tác có thể đến Bộ phận tiếp nhận và trả kết quả tại "
            "tầng trệt trụ sở Sở để được công chức hướng dẫn, hỗ trợ nộp hồ sơ trực tuyến miễn "
            "phí.",
            "Danh mục thủ tục và đường dẫn nộp hồ sơ được đăng tại chuyên mục Dịch vụ công trực "
            "tuyến trên Cổng thông tin điện tử của Sở.",
        ],
        "tags": ["dịch vụ công trực tuyến", "cải cách hành chính"],
    },
    {
        "key": "ke-hoach-kiem-tra-hoa-chat",
        "category": "thong_bao", "days_ago": 16, "time": "15:00",
        "unit": "ktatmt", "authors": "Phòng Kỹ thuật – An toàn – Môi trường",
        "title": "Thông báo kế hoạch kiểm tra an toàn hóa chất năm ${nam_sau}",
        "summary": "Sở Công Thương sẽ kiểm tra 120 cơ sở sản xuất, kinh doanh, sử dụng hóa chất "
                   "trong năm ${nam_sau}; danh sách và nội dung kiểm tra kèm theo.",
        "image": "hoa-chat", "alt": "Dụng cụ thí nghiệm chứa hóa chất",
        "caption": "",
        "body": [
            "Sở Công Thương thông báo kế hoạch kiểm tra việc chấp hành quy định của pháp luật về "
            "hóa chất năm ${nam_sau}. Dự kiến kiểm tra 120 cơ sở sản xuất, kinh doanh, sử dụng "
            "hóa chất trên địa bàn Thành phố.",
            "Nội dung kiểm tra gồm: điều kiện sản xuất, kinh doanh hóa chất; kế hoạch, biện pháp "
            "phòng ngừa, ứng phó sự cố hóa chất; huấn luyện an toàn hóa chất; khai báo, phân "
            "loại, ghi nhãn hóa chất và phiếu an toàn hóa chất.",
            "Các cơ sở có tên trong danh sách chủ động chuẩn bị hồ sơ, tài liệu theo nội dung "
            "kiểm tra. Thời gian kiểm tra cụ thể sẽ được thông báo trước ít nhất 5 ngày làm việc.",
            ("attachment", "ke-hoach-kiem-tra-hoa-chat"),
        ],
        "tags": ["an toàn hóa chất", "kế hoạch kiểm tra"],
        "related": ["kiem-tra-hoa-chat-tan-tao"],
    },
    {
        "key": "lay-y-kien-quy-dinh-cho",
        "category": "thong_bao", "days_ago": 7, "time": "11:30",
        "unit": "qltm", "authors": "Phòng Quản lý Thương mại",
        "title": "Lấy ý kiến dự thảo Quy định về quản lý và phát triển chợ trên địa bàn Thành phố",
        "summary": "Sở Công Thương lấy ý kiến tổ chức, cá nhân về dự thảo Quy định quản lý và "
                   "phát triển chợ; thời hạn góp ý 30 ngày kể từ ngày đăng.",
        "image": "cho", "alt": "Sạp hàng trong chợ truyền thống",
        "caption": "",
        "body": [
            "Sở Công Thương được Ủy ban nhân dân Thành phố giao chủ trì soạn thảo Quy định về "
            "quản lý và phát triển chợ trên địa bàn Thành phố. Để hoàn thiện dự thảo, Sở trân "
            "trọng đề nghị các tổ chức, cá nhân góp ý.",
            "Dự thảo gồm 5 chương, 32 điều, quy định về phân hạng chợ, quản lý, khai thác chợ, "
            "chuyển đổi mô hình quản lý chợ, bảo đảm an toàn thực phẩm, phòng cháy, chữa cháy và "
            "vệ sinh môi trường tại chợ.",
            "Ý kiến góp ý gửi về Phòng Quản lý Thương mại, Sở Công Thương, 163 Hai Bà Trưng, "
            "Phường 6, Quận 3 hoặc thư điện tử qltm.sct@tphcm.gov.vn trong thời hạn 30 ngày kể "
            "từ ngày đăng thông báo này.",
            ("attachment", "du-thao-quy-dinh-cho"),
        ],
        "tags": ["lấy ý kiến dự thảo", "chợ truyền thống"],
    },
    {
        "key": "bao-tri-cong",
        "category": "thong_bao", "days_ago": 3, "time": "16:45",
        "unit": "ktatmt", "authors": "Phòng Kỹ thuật – An toàn – Môi trường",
        "title": "Tạm ngừng Cổng thông tin điện tử để bảo trì hệ thống",
        "summary": "Cổng thông tin điện tử của Sở tạm ngừng hoạt động từ 22 giờ 00 ngày "
                   "${ngay_bao_tri} đến 2 giờ 00 ngày ${ngay_bao_tri_xong} để nâng cấp máy chủ.",
        "image": "thanh-pho", "alt": "Các tòa nhà sáng đèn về đêm",
        "caption": "",
        "body": [
            "Để nâng cấp hệ thống máy chủ và tăng cường bảo mật, Sở Công Thương thông báo Cổng "
            "thông tin điện tử của Sở tạm ngừng hoạt động từ 22 giờ 00 thứ Bảy, ngày "
            "${ngay_bao_tri} đến 2 giờ 00 Chủ nhật, ngày ${ngay_bao_tri_xong}.",
            "Thông báo được đăng trước ít nhất 7 ngày làm việc theo quy định. Trong thời gian "
            "bảo trì, tổ chức, cá nhân vẫn nộp hồ sơ thủ tục hành chính bình thường qua Cổng Dịch "
            "vụ công quốc gia.",
            "Sở Công Thương xin lỗi vì sự bất tiện và trân trọng cảm ơn sự thông cảm của quý bạn "
            "đọc.",
        ],
        "tags": ["bảo trì hệ thống"],
    },
    {
        "key": "tap-huan-tmdt",
        "category": "thong_bao", "days_ago": 10, "time": "09:30",
        "unit": "qltm", "authors": "Phòng Quản lý Thương mại",
        "title": "Mời tham dự lớp tập huấn kỹ năng kinh doanh trên môi trường thương mại điện tử",
        "summary": "Lớp tập huấn miễn phí dành cho doanh nghiệp nhỏ và vừa, hộ kinh doanh; đăng ký "
                   "trước 3 ngày làm việc.",
        "image": "thuong-mai-dien-tu", "alt": "Điện thoại hiển thị gian hàng trực tuyến",
        "caption": "",
        "body": [
            "Sở Công Thương tổ chức lớp tập huấn kỹ năng kinh doanh trên môi trường thương mại "
            "điện tử dành cho doanh nghiệp nhỏ và vừa, hợp tác xã và hộ kinh doanh trên địa bàn "
            "Thành phố.",
            ("ul", [
                "Nội dung: quy định pháp luật về thương mại điện tử; xây dựng và vận hành gian hàng "
                "trực tuyến; tiếp thị số; thanh toán và giao nhận; bảo vệ quyền lợi người tiêu dùng.",
                "Thời gian: 2 buổi, vào thứ Năm và thứ Sáu tuần sau.",
                "Địa điểm: Hội trường Sở Công Thương, tầng 6, 163 Hai Bà Trưng, Phường 6, Quận 3.",
                "Học viên không phải đóng học phí và được cấp tài liệu.",
            ]),
            "Đăng ký tham dự qua thư điện tử qltm.sct@tphcm.gov.vn trước ngày tập huấn ít nhất 3 "
            "ngày làm việc. Chương trình chi tiết đính kèm.",
            ("attachment", "chuong-trinh-tap-huan-tmdt"),
        ],
        "tags": ["thương mại điện tử", "tập huấn"],
    },
]

PRESS = [
    {
        "key": "hop-bao-thang-khuyen-mai",
        "category": "bao_chi", "days_ago": 12, "time": "11:45",
        "unit": "vp", "authors": "Văn phòng Sở",
        "title": "Thông cáo báo chí: Tháng khuyến mại tập trung năm ${nam}",
        "summary": "Sở Công Thương họp báo thông tin về Tháng khuyến mại tập trung với hơn 3.000 "
                   "điểm bán tham gia và nhiều chương trình ưu đãi lớn.",
        "image": "hoi-nghi", "alt": "Phòng họp báo với các đại biểu",
        "caption": "Quang cảnh buổi họp báo.",
        "body": [
            "Sáng nay, Sở Công Thương tổ chức họp báo thông tin về Tháng khuyến mại tập trung "
            "năm ${nam}. Chủ trì họp báo là Phó Giám đốc Sở Nguyễn Thị Thu Hà.",
            "Tháng khuyến mại tập trung năm nay có sự tham gia của hơn 3.000 điểm bán thuộc các "
            "hệ thống siêu thị, trung tâm thương mại, cửa hàng tiện lợi, chợ và sàn thương mại "
            "điện tử. Mức giảm giá phổ biến từ 10% đến 50%, một số mặt hàng giảm đến 70%.",
            "Điểm mới của năm nay là chương trình \"Đêm hội mua sắm\" kéo dài giờ mở cửa tại "
            "các trung tâm thương mại vào các ngày cuối tuần và chương trình khuyến mại trực "
            "tuyến phối hợp với các sàn thương mại điện tử.",
            "Sở Công Thương đề nghị thương nhân thực hiện khuyến mại đúng quy định, không lợi "
            "dụng khuyến mại để nâng giá, bán hàng kém chất lượng; đồng thời khuyến cáo người "
            "tiêu dùng lựa chọn địa chỉ mua sắm uy tín.",
        ],
        "tags": ["khuyến mại", "họp báo"],
        "related": ["thang-khuyen-mai", "hoi-cho-khuyen-mai"],
    },
    {
        "key": "phat-ngon-xang-dau",
        "category": "bao_chi", "days_ago": 21, "time": "17:30",
        "unit": "vp", "authors": "Văn phòng Sở",
        "title": "Phát ngôn của Sở Công Thương về tình hình cung ứng xăng dầu trên địa bàn",
        "summary": "Nguồn cung xăng dầu trên địa bàn Thành phố được bảo đảm; Sở Công Thương đề "
                   "nghị người dân không mua dự trữ gây tình trạng khan hiếm cục bộ.",
        "image": "xang-dau", "alt": "Cửa hàng xăng dầu lúc chiều tối",
        "caption": "",
        "body": [
            "Trước thông tin một số cửa hàng xăng dầu có hiện tượng đông người mua, Giám đốc Sở "
            "Công Thương Trần Quốc Hưng, người phát ngôn của Sở, thông tin như sau:",
            ("quote", "Nguồn cung xăng dầu cho Thành phố được bảo đảm đầy đủ. Các thương nhân "
                      "đầu mối đã cam kết cung ứng đủ cho hệ thống bán lẻ. Người dân không cần "
                      "mua dự trữ.", "Giám đốc Sở Trần Quốc Hưng"),
            "Sở Công Thương đã cử các đoàn kiểm tra tại những khu vực có hiện tượng đông người "
            "mua; qua kiểm tra, các cửa hàng vẫn bán hàng bình thường. Sở sẽ xử lý nghiêm các "
            "trường hợp ngừng bán hàng không có lý do chính đáng.",
        ],
        "tags": ["xăng dầu", "phát ngôn"],
        "related": ["xang-dau-nguon-cung"],
    },
    {
        "key": "ket-qua-kiem-tra-thi-truong",
        "category": "bao_chi", "days_ago": 29, "time": "16:00",
        "unit": "ttr", "authors": "Thanh tra Sở",
        "title": "Thông cáo báo chí về kết quả thanh tra, kiểm tra trong lĩnh vực công thương",
        "summary": "Thanh tra Sở đã kiểm tra 210 cơ sở, phát hiện và xử lý 37 trường hợp vi phạm "
                   "với tổng số tiền phạt hơn 1,2 tỷ đồng.",
        "image": "cho", "alt": "Sạp hàng hóa tại chợ",
        "caption": "",
        "body": [
            "Thanh tra Sở Công Thương thông tin kết quả thanh tra, kiểm tra trong lĩnh vực công "
            "thương từ đầu năm đến nay.",
            ("table", "Kết quả thanh tra, kiểm tra theo lĩnh vực", [
                ["Lĩnh vực", "Số cơ sở kiểm tra", "Số vụ vi phạm", "Tiền phạt (triệu đồng)"],
                ["Kinh doanh xăng dầu, khí", "64", "11", "385"],
                ["An toàn thực phẩm", "52", "9", "240"],
                ["Hóa chất", "38", "7", "310"],
                ["Điện lực", "31", "6", "175"],
                ["Thương mại điện tử, khuyến mại", "25", "4", "120"],
            ]),
            "Các hành vi vi phạm chủ yếu gồm: không niêm yết giá; kinh doanh không có giấy phép "
            "hoặc giấy chứng nhận đủ điều kiện; không xây dựng biện pháp phòng ngừa, ứng phó sự "
            "cố hóa chất; thực hiện khuyến mại không thông báo.",
        ],
        "tags": ["thanh tra", "xử lý vi phạm"],
    },
    {
        "key": "hop-bao-ket-qua-nganh",
        "category": "bao_chi", "days_ago": 43, "time": "10:30",
        "unit": "vp", "authors": "Văn phòng Sở",
        "title": "Họp báo thông tin tình hình hoạt động ngành công thương quý III",
        "summary": "Lãnh đạo Sở trả lời các câu hỏi của phóng viên về sản xuất công nghiệp, giá "
                   "cả hàng hóa, cung ứng điện và thương mại điện tử.",
        "image": "hoi-nghi", "alt": "Bàn họp báo với phóng viên và lãnh đạo Sở",
        "caption": "",
        "body": [
            "Sở Công Thương tổ chức họp báo định kỳ thông tin về tình hình hoạt động ngành công "
            "thương quý III. Tham dự có đại diện hơn 30 cơ quan báo chí trung ương và Thành phố.",
            "Trả lời câu hỏi về giá cả hàng hóa, Phó Giám đốc Sở Nguyễn Thị Thu Hà cho biết "
            "giá các mặt hàng thiết yếu cơ bản ổn định; hàng bình ổn chiếm 25–40% thị phần tùy "
            "mặt hàng.",
            "Về cung ứng điện, Phó Giám đốc Sở Võ Minh Tâm thông tin nguồn điện cho Thành phố "
            "được bảo đảm; ngành điện đang đầu tư các trạm biến áp mới phục vụ nhu cầu tăng "
            "trưởng phụ tải.",
        ],
        "tags": ["họp báo"],
    },
]

"""Items of the other columns: specialised information (Đ.5.3), Party and
union news (Đ.5.8) and other information (Đ.5.10).

Same format as `data/news.py`.
"""

SPECIALISED = [
    {
        "key": "huong-dan-khuyen-mai",
        "category": "chuyen_nganh", "days_ago": 14, "time": "10:00",
        "unit": "qltm", "authors": "Thanh Tuyền",
        "title": "Hướng dẫn thương nhân thực hiện khuyến mại đúng quy định",
        "summary": "Các hình thức khuyến mại phổ biến, hạn mức giá trị khuyến mại và thủ tục "
                   "thông báo, đăng ký với Sở Công Thương.",
        "image": "hoi-cho", "alt": "Gian hàng giảm giá tại hội chợ",
        "caption": "Thương nhân cần thông báo trước khi thực hiện khuyến mại.",
        "body": [
            "Cuối năm là thời điểm nhiều thương nhân triển khai chương trình khuyến mại. Để bảo "
            "đảm đúng quy định, Phòng Quản lý Thương mại lưu ý thương nhân một số nội dung sau.",
            ("h", "Hạn mức giá trị khuyến mại"),
            ("table", "Hạn mức theo quy định hiện hành", [
                ["Nội dung", "Hạn mức"],
                ["Giá trị vật phẩm, dịch vụ dùng để khuyến mại cho một đơn vị hàng hóa",
                 "Không quá 50% giá của đơn vị hàng hóa đó"],
                ["Tổng giá trị hàng hóa dùng để khuyến mại trong một chương trình",
                 "Không quá 50% tổng giá trị hàng hóa được khuyến mại"],
                ["Mức giảm giá tối đa (thông thường)", "50%"],
                ["Mức giảm giá tối đa trong chương trình khuyến mại tập trung", "100%"],
            ]),
            "Ví dụ, mức giảm giá của một sản phẩm được tính như sau và không được vượt hạn mức "
            "cho phép:",
            ("formula", r"m = \frac{G_0 - G_{km}}{G_0} \times 100\% \leq 50\%",
             "Mức giảm giá bằng giá trước khuyến mại trừ giá khuyến mại, chia cho giá trước "
             "khuyến mại, không quá năm mươi phần trăm."),
            ("h", "Thủ tục với cơ quan quản lý"),
            ("ul", [
                "Khuyến mại bằng các hình thức thông thường: thông báo với Sở Công Thương trước "
                "khi thực hiện, qua hệ thống dịch vụ công trực tuyến;",
                "Khuyến mại mang tính may rủi trên địa bàn Thành phố: đăng ký và được Sở Công "
                "Thương xác nhận trước khi thực hiện;",
                "Kết thúc chương trình có trúng thưởng: báo cáo kết quả trong thời hạn quy định.",
            ]),
        ],
        "tags": ["khuyến mại", "hướng dẫn"],
    },
    {
        "key": "quy-dinh-xang-dau",
        "category": "chuyen_nganh", "days_ago": 28, "time": "14:30",
        "unit": "qltm", "authors": "Bảo Trâm",
        "title": "Những điểm cần lưu ý về điều kiện kinh doanh xăng dầu",
        "summary": "Tóm tắt các điều kiện đối với cửa hàng bán lẻ xăng dầu và nghĩa vụ sử dụng "
                   "hóa đơn điện tử cho từng lần bán hàng.",
        "image": "xang-dau", "alt": "Trụ bơm xăng dầu tại cửa hàng",
        "caption": "",
        "body": [
            "Kinh doanh xăng dầu là ngành nghề kinh doanh có điều kiện. Sở Công Thương tóm tắt "
            "một số quy định thương nhân cần lưu ý.",
            ("ul", [
                "Cửa hàng bán lẻ xăng dầu phải được cấp Giấy chứng nhận cửa hàng đủ điều kiện "
                "bán lẻ xăng dầu trước khi hoạt động;",
                "Nhân viên bán hàng phải được huấn luyện về phòng cháy, chữa cháy và bảo vệ môi "
                "trường;",
                "Cột đo xăng dầu phải được kiểm định và niêm phong theo quy định về đo lường;",
                "Thương nhân phải lập hóa đơn điện tử cho từng lần bán hàng và kết nối dữ liệu "
                "với cơ quan thuế;",
                "Cửa hàng phải duy trì hoạt động bán hàng liên tục theo thời gian đã đăng ký.",
            ]),
            "Hồ sơ, trình tự cấp giấy chứng nhận được hướng dẫn tại chuyên mục Dịch vụ công trực "
            "tuyến trên Cổng thông tin điện tử của Sở.",
        ],
        "source": {"title": "Quy định về kinh doanh xăng dầu", "publisher": "Báo Công Thương",
                   "days_ago": 30, "url": "https://congthuong.vn"},
        "tags": ["xăng dầu", "kinh doanh có điều kiện"],
    },
    {
        "key": "ung-pho-su-co-hoa-chat",
        "category": "chuyen_nganh", "days_ago": 35, "time": "09:00",
        "unit": "ktatmt", "authors": "Ngọc Diễm",
        "title": "Xây dựng kế hoạch phòng ngừa, ứng phó sự cố hóa chất tại cơ sở",
        "summary": "Những nội dung chính của kế hoạch phòng ngừa, ứng phó sự cố hóa chất và kinh "
                   "nghiệm diễn tập hiệu quả.",
        "image": "hoa-chat", "alt": "Bình chứa hóa chất và mô hình phân tử",
        "caption": "",
        "body": [
            "Cơ sở sản xuất, kinh doanh, sử dụng hóa chất nguy hiểm phải xây dựng kế hoạch hoặc "
            "biện pháp phòng ngừa, ứng phó sự cố hóa chất phù hợp với quy mô và tính chất hóa "
            "chất.",
            ("h", "Nội dung chính của kế hoạch"),
            ("ol", [
                "Thông tin về hóa chất: tên, khối lượng, đặc tính nguy hiểm, vị trí lưu trữ;",
                "Đánh giá nguy cơ xảy ra sự cố và các khu vực có thể bị ảnh hưởng;",
                "Biện pháp phòng ngừa: kỹ thuật, quản lý, huấn luyện, kiểm tra định kỳ;",
                "Phương án ứng phó: lực lượng, trang thiết bị, thông báo, sơ tán, khắc phục;",
                "Kế hoạch diễn tập và cập nhật kế hoạch khi có thay đổi.",
            ]),
            "Kinh nghiệm từ các cơ sở làm tốt cho thấy diễn tập cần được tổ chức theo tình huống "
            "sát thực tế, có sự phối hợp của lực lượng phòng cháy, chữa cháy và chính quyền địa "
            "phương, và phải rút kinh nghiệm ngay sau diễn tập.",
        ],
        "tags": ["an toàn hóa chất", "ứng phó sự cố"],
        "related": ["kiem-tra-hoa-chat-tan-tao"],
    },
]

PARTY_AND_UNIONS = [
    {
        "key": "sinh-hoat-chuyen-de",
        "category": "dang_doan", "days_ago": 18, "time": "16:30",
        "unit": "vp", "authors": "Đảng ủy Sở",
        "title": "Chi bộ Văn phòng Sở sinh hoạt chuyên đề về nâng cao chất lượng phục vụ người "
                 "dân, doanh nghiệp",
        "summary": "Đảng viên thảo luận các giải pháp cải thiện thái độ, tác phong phục vụ và rút "
                   "ngắn thời gian giải quyết thủ tục hành chính.",
        "image": "hoi-nghi", "alt": "Phòng họp với các đảng viên dự sinh hoạt",
        "caption": "",
        "body": [
            "Chi bộ Văn phòng Sở tổ chức sinh hoạt chuyên đề với chủ đề nâng cao chất lượng phục "
            "vụ người dân, doanh nghiệp gắn với học tập và làm theo tư tưởng, đạo đức, phong "
            "cách Hồ Chí Minh.",
            "Tại buổi sinh hoạt, các đảng viên đã thẳng thắn nêu những hạn chế trong tiếp nhận, "
            "hướng dẫn hồ sơ, như hướng dẫn chưa đầy đủ một lần, phản hồi thư điện tử còn chậm, "
            "và đề xuất giải pháp khắc phục.",
            "Chi bộ thống nhất các cam kết: hướng dẫn đầy đủ, một lần; phản hồi ý kiến trong 2 "
            "ngày làm việc; công khai số điện thoại của công chức tiếp nhận hồ sơ; mỗi đảng viên "
            "đăng ký ít nhất một việc làm cụ thể để cải thiện chất lượng phục vụ.",
        ],
        "tags": ["Đảng bộ", "sinh hoạt chuyên đề"],
    },
    {
        "key": "hoi-thao-cong-doan",
        "category": "dang_doan", "days_ago": 25, "time": "17:00",
        "unit": "tccb", "authors": "Công đoàn Sở",
        "title": "Sôi nổi Hội thao công chức, viên chức, người lao động Sở Công Thương",
        "summary": "Hơn 200 vận động viên thi đấu 5 môn: bóng đá, cầu lông, bóng bàn, kéo co và "
                   "chạy tiếp sức.",
        "image": "the-thao", "alt": "Sân bóng đá với vạch kẻ trắng và đường chạy",
        "caption": "Các trận đấu diễn ra sôi nổi, đoàn kết.",
        "body": [
            "Công đoàn Sở Công Thương tổ chức Hội thao truyền thống năm ${nam} với sự tham gia "
            "của hơn 200 vận động viên đến từ các phòng, đơn vị thuộc Sở.",
            "Trong hai ngày thi đấu, các vận động viên đã tranh tài ở 5 môn: bóng đá nam, cầu "
            "lông, bóng bàn, kéo co và chạy tiếp sức. Các trận đấu diễn ra sôi nổi, trung thực, "
            "thể hiện tinh thần đoàn kết.",
            ("table", "Kết quả toàn đoàn", [
                ["Hạng", "Đơn vị", "Huy chương vàng", "Huy chương bạc", "Huy chương đồng"],
                ["Nhất", "Phòng Quản lý Thương mại", "3", "1", "2"],
                ["Nhì", "Văn phòng Sở", "2", "3", "1"],
                ["Ba", "Phòng Kỹ thuật – An toàn – Môi trường", "1", "2", "2"],
            ]),
            "Phát biểu bế mạc, Chủ tịch Công đoàn Sở cho biết hội thao là dịp để đoàn viên rèn "
            "luyện sức khỏe, giao lưu, gắn kết, góp phần hoàn thành tốt nhiệm vụ chuyên môn.",
        ],
        "tags": ["Công đoàn", "hội thao"],
    },
    {
        "key": "chu-nhat-xanh",
        "category": "dang_doan", "days_ago": 32, "time": "12:00",
        "unit": "ktatmt", "authors": "Đoàn Thanh niên Sở",
        "title": "Đoàn Thanh niên Sở ra quân \"Ngày Chủ nhật xanh\"",
        "summary": "Đoàn viên thanh niên dọn vệ sinh kênh rạch, trồng cây xanh và tuyên truyền "
                   "phân loại rác tại nguồn.",
        "image": "tinh-nguyen", "alt": "Đồi cỏ xanh, hàng cây và dòng kênh dưới trời xanh",
        "caption": "Đoàn viên thanh niên chung tay vì môi trường xanh.",
        "body": [
            "Đoàn Thanh niên Cộng sản Hồ Chí Minh Sở Công Thương phối hợp với Đoàn phường tổ "
            "chức ra quân \"Ngày Chủ nhật xanh\" với sự tham gia của hơn 60 đoàn viên.",
            "Các đoàn viên đã thu gom hơn 2 tấn rác dọc tuyến kênh, trồng 150 cây xanh và đến "
            "từng hộ dân tuyên truyền về phân loại rác tại nguồn, hạn chế sử dụng túi ni lông.",
            "Hoạt động nằm trong chuỗi công trình thanh niên hướng đến xây dựng văn minh đô thị "
            "và hưởng ứng phong trào chống rác thải nhựa.",
        ],
        "tags": ["Đoàn Thanh niên", "môi trường"],
    },
    {
        "key": "tham-hoi-doan-vien",
        "category": "dang_doan", "days_ago": 48, "time": "15:15",
        "unit": "tccb", "authors": "Công đoàn Sở",
        "title": "Công đoàn Sở thăm hỏi, tặng quà đoàn viên có hoàn cảnh khó khăn",
        "summary": "32 đoàn viên có hoàn cảnh khó khăn được tặng quà, hỗ trợ kinh phí với tổng "
                   "giá trị gần 100 triệu đồng.",
        "image": "thanh-pho", "alt": "Đô thị về đêm với ánh đèn ấm áp",
        "caption": "",
        "body": [
            "Công đoàn Sở Công Thương tổ chức thăm hỏi, tặng quà cho 32 đoàn viên có hoàn cảnh "
            "khó khăn, đoàn viên mắc bệnh hiểm nghèo, với tổng giá trị gần 100 triệu đồng từ "
            "quỹ xã hội của Công đoàn và sự đóng góp của đoàn viên.",
            "Ban Chấp hành Công đoàn đã trực tiếp đến thăm hỏi, động viên các gia đình, đồng "
            "thời đề nghị lãnh đạo các phòng, đơn vị tạo điều kiện về thời gian làm việc để đoàn "
            "viên chăm sóc người thân.",
        ],
        "tags": ["Công đoàn", "an sinh"],
    },
]

OTHER = [
    {
        "key": "tra-cuu-ho-so",
        "category": "khac", "days_ago": 23, "time": "09:30",
        "unit": "vp", "authors": "Văn phòng Sở",
        "title": "Hướng dẫn tra cứu tình trạng hồ sơ thủ tục hành chính trực tuyến",
        "summary": "Ba cách tra cứu tình trạng giải quyết hồ sơ: bằng mã hồ sơ, mã QR trên giấy "
                   "tiếp nhận và tài khoản định danh điện tử.",
        "image": "thuong-mai-dien-tu", "alt": "Điện thoại hiển thị các thẻ thông tin hồ sơ",
        "caption": "",
        "body": [
            "Tổ chức, cá nhân có thể theo dõi tình trạng giải quyết hồ sơ thủ tục hành chính tại "
            "Sở Công Thương bằng một trong các cách sau:",
            ("ol", [
                "Nhập mã hồ sơ (in trên giấy tiếp nhận hoặc gửi qua thư điện tử) vào mục tra cứu "
                "trên Cổng Dịch vụ công quốc gia;",
                "Quét mã QR in trên giấy tiếp nhận và hẹn trả kết quả bằng điện thoại;",
                "Đăng nhập Cổng Dịch vụ công quốc gia bằng tài khoản định danh điện tử để xem "
                "toàn bộ hồ sơ đã nộp.",
            ]),
            "Trường hợp hồ sơ quá hạn giải quyết, Sở Công Thương sẽ gửi thư xin lỗi và hẹn lại "
            "ngày trả kết quả theo quy định.",
        ],
        "tags": ["dịch vụ công trực tuyến", "hướng dẫn"],
    },
    {
        "key": "khao-sat-hai-long",
        "category": "khac", "days_ago": 42, "time": "14:00",
        "unit": "vp", "authors": "Văn phòng Sở",
        "title": "Khảo sát mức độ hài lòng của tổ chức, cá nhân đối với dịch vụ hành chính công",
        "summary": "Mời tổ chức, cá nhân đã giải quyết thủ tục tại Sở tham gia đánh giá mức độ hài "
                   "lòng; thông tin được giữ kín.",
        "image": "hoi-nghi", "alt": "Bàn làm việc với tài liệu",
        "caption": "",
        "body": [
            "Nhằm không ngừng nâng cao chất lượng phục vụ, Sở Công Thương tổ chức khảo sát mức "
            "độ hài lòng của tổ chức, cá nhân đối với việc giải quyết thủ tục hành chính.",
            "Phiếu khảo sát gồm 10 câu hỏi về tiếp cận dịch vụ, thủ tục, thái độ của công chức, "
            "thời gian và kết quả giải quyết. Thông tin cá nhân của người tham gia được giữ kín "
            "và chỉ dùng cho mục đích thống kê.",
            "Kết quả khảo sát được công bố trên Cổng thông tin điện tử và là căn cứ để Sở điều "
            "chỉnh quy trình, khắc phục những điểm chưa hài lòng.",
        ],
        "tags": ["cải cách hành chính", "khảo sát"],
    },
    {
        "key": "canh-bao-gia-mao",
        "category": "khac", "days_ago": 55, "time": "11:00",
        "unit": "ttr", "authors": "Thanh tra Sở",
        "title": "Cảnh báo tình trạng giả danh cán bộ Sở Công Thương để lừa đảo doanh nghiệp",
        "summary": "Đối tượng xấu giả danh cán bộ Sở gọi điện yêu cầu doanh nghiệp mua tài liệu, "
                   "đóng phí kiểm tra. Sở không thu bất kỳ khoản phí nào qua điện thoại.",
        "image": "thanh-pho", "alt": "Các tòa nhà văn phòng về đêm",
        "caption": "",
        "body": [
            "Thời gian gần đây, Sở Công Thương nhận được phản ánh của một số doanh nghiệp về "
            "việc có người tự xưng là cán bộ của Sở gọi điện thông báo kiểm tra, yêu cầu mua tài "
            "liệu, đăng ký tập huấn có thu phí hoặc chuyển tiền để \"được bỏ qua vi phạm\".",
            "Sở Công Thương khẳng định: mọi cuộc kiểm tra của Sở đều có quyết định bằng văn bản "
            "gửi trước cho doanh nghiệp; Sở không yêu cầu mua tài liệu, không thu phí qua điện "
            "thoại hay chuyển khoản cá nhân.",
            "Khi nhận được cuộc gọi đáng ngờ, doanh nghiệp cần liên hệ Thanh tra Sở qua số "
            "(028) 3829 6330 để xác minh và báo ngay cho cơ quan công an nơi gần nhất.",
        ],
        "tags": ["cảnh báo", "lừa đảo"],
    },
]

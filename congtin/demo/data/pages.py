"""Texts of the demo's fixed pages: the home page, the sections and their
introductions, the "Giới thiệu" pages, the fields of management (Đ.5.2) and
the programmes and projects (Đ.5.6).

Bodies use the small notation of `congtin.demo.body`: a plain string is a
paragraph; tuples are headings, lists, tables, quotes and pictures.
"""

HOME = {
    "title": "Trang chủ",
    "summary": "Cổng thông tin điện tử Sở Công Thương Thành phố Hồ Chí Minh: tin tức, văn bản, "
               "thủ tục hành chính và thông tin về ngành công thương Thành phố.",
    "welcome": "Chào mừng quý vị đến với Cổng thông tin điện tử Sở Công Thương Thành phố Hồ Chí "
               "Minh – nơi cung cấp thông tin chính thức về hoạt động quản lý nhà nước ngành "
               "công thương, thủ tục hành chính và dịch vụ công trực tuyến cho người dân và "
               "doanh nghiệp.",
}

# --- Giới thiệu (Đ.5.1) -----------------------------------------------------------

ABOUT = {
    "title": "Giới thiệu",
    "summary": "Quá trình hình thành, thành tựu, định hướng phát triển, cơ cấu tổ chức và lãnh "
               "đạo Sở Công Thương Thành phố Hồ Chí Minh.",
    "body": [
        "Sở Công Thương Thành phố Hồ Chí Minh là cơ quan chuyên môn thuộc Ủy ban nhân dân Thành "
        "phố, tham mưu, giúp Ủy ban nhân dân Thành phố quản lý nhà nước về công nghiệp và "
        "thương mại trên địa bàn.",
        "Chuyên mục này giới thiệu quá trình hình thành và phát triển của Sở, những thành tựu "
        "đạt được, định hướng phát triển trong thời gian tới, cơ cấu tổ chức bộ máy, lãnh đạo "
        "Sở và chức năng, nhiệm vụ của Sở.",
    ],
}

HISTORY = {
    "slug": "lich-su",
    "title": "Quá trình hình thành và phát triển",
    "summary": "Từ các cơ quan quản lý thương nghiệp và công nghiệp sau năm 1975 đến Sở Công "
               "Thương được hợp nhất năm 2008.",
    "body": [
        "Tiền thân của Sở Công Thương Thành phố Hồ Chí Minh là các cơ quan quản lý thương "
        "nghiệp và công nghiệp của Thành phố, được thành lập sau ngày miền Nam hoàn toàn giải "
        "phóng năm 1975 với nhiệm vụ khôi phục sản xuất, tổ chức lưu thông, phân phối hàng hóa "
        "và ổn định đời sống nhân dân.",
        ("h", "Các giai đoạn phát triển"),
        ("ul", [
            "Giai đoạn 1975–1986: tiếp quản, khôi phục các cơ sở sản xuất công nghiệp; tổ chức "
            "mạng lưới thương nghiệp quốc doanh và hợp tác xã mua bán phục vụ nhu cầu thiết yếu "
            "của nhân dân.",
            "Giai đoạn 1986–2007: thực hiện đường lối đổi mới, phát triển kinh tế nhiều thành "
            "phần; Sở Thương mại và Sở Công nghiệp Thành phố hình thành và phát triển, đồng hành "
            "cùng doanh nghiệp trong tiến trình hội nhập khu vực và quốc tế.",
            "Từ năm 2008: thực hiện Nghị định số 13/2008/NĐ-CP của Chính phủ, Ủy ban nhân dân "
            "Thành phố hợp nhất Sở Thương mại và Sở Công nghiệp thành Sở Công Thương, quản lý "
            "thống nhất các lĩnh vực công nghiệp, thương mại, năng lượng và hội nhập kinh tế "
            "quốc tế.",
        ]),
        "Năm 2011, Giám đốc Sở ban hành Quyết định số 467/QĐ-SCT ngày 10 tháng 10 năm 2011 về "
        "Quy chế quản lý, sử dụng và cung cấp thông tin lên Trang thông tin điện tử của Sở, đặt "
        "nền móng cho việc công khai thông tin, tiếp nhận và giải đáp vướng mắc của người dân, "
        "doanh nghiệp qua mạng Internet.",
        "Trải qua các thời kỳ, đội ngũ cán bộ, công chức, viên chức của Sở không ngừng trưởng "
        "thành, góp phần quan trọng để ngành công thương giữ vững vai trò động lực trong tăng "
        "trưởng kinh tế của Thành phố.",
    ],
}

ACHIEVEMENTS = {
    "slug": "thanh-tuu",
    "title": "Thành tựu đạt được",
    "summary": "Những kết quả nổi bật của ngành công thương Thành phố trong phát triển công "
               "nghiệp, thương mại và cải cách hành chính.",
    "body": [
        "Ngành công thương Thành phố Hồ Chí Minh luôn giữ vai trò quan trọng trong cơ cấu kinh "
        "tế của Thành phố và cả nước. Dưới sự lãnh đạo của Thành ủy, Ủy ban nhân dân Thành phố, "
        "Sở Công Thương đã tham mưu và tổ chức thực hiện hiệu quả nhiều chương trình lớn.",
        ("h", "Công nghiệp"),
        "Bốn ngành công nghiệp trọng yếu – cơ khí; điện tử, công nghệ thông tin; hóa dược, cao "
        "su, nhựa; chế biến lương thực, thực phẩm – được tập trung phát triển, đóng góp phần lớn "
        "giá trị sản xuất công nghiệp của Thành phố. Chương trình khuyến công và phát triển công "
        "nghiệp hỗ trợ đã giúp hàng trăm doanh nghiệp đổi mới thiết bị, nâng cao năng lực cạnh "
        "tranh.",
        ("h", "Thương mại"),
        "Chương trình bình ổn thị trường được triển khai liên tục từ năm 2002, trở thành mô "
        "hình tiêu biểu của cả nước, góp phần giữ ổn định giá cả các mặt hàng thiết yếu, nhất "
        "là vào dịp Tết Nguyên đán. Hệ thống phân phối hiện đại với siêu thị, trung tâm thương "
        "mại, cửa hàng tiện lợi phát triển rộng khắp, song hành cùng mạng lưới chợ truyền thống.",
        ("h", "Cải cách hành chính"),
        "Toàn bộ thủ tục hành chính thuộc thẩm quyền của Sở được cung cấp dịch vụ công trực "
        "tuyến; tỷ lệ hồ sơ giải quyết đúng hạn luôn đạt trên 99%.",
        ("table", "Một số chỉ tiêu cải cách hành chính của Sở", [
            ["Năm", "Số thủ tục hành chính", "Dịch vụ công trực tuyến toàn trình",
             "Tỷ lệ hồ sơ đúng hạn"],
            ["2023", "138", "96", "99,2%"],
            ["2024", "132", "104", "99,5%"],
            ["2025", "129", "112", "99,7%"],
        ]),
    ],
}

DIRECTIONS = {
    "slug": "dinh-huong",
    "title": "Định hướng phát triển",
    "summary": "Phát triển công nghiệp hiện đại, xanh; thương mại văn minh; năng lượng bền vững "
               "và chuyển đổi số ngành công thương.",
    "body": [
        "Trong giai đoạn tới, ngành công thương Thành phố tập trung phát triển theo hướng hiện "
        "đại, xanh và bền vững, lấy doanh nghiệp làm trung tâm và khoa học công nghệ, đổi mới "
        "sáng tạo làm động lực.",
        ("h", "Các định hướng chủ yếu"),
        ("ol", [
            "Chuyển dịch cơ cấu công nghiệp sang các ngành có hàm lượng khoa học công nghệ và "
            "giá trị gia tăng cao; phát triển công nghiệp hỗ trợ, công nghiệp bán dẫn và công "
            "nghiệp xanh.",
            "Xây dựng Thành phố trở thành trung tâm thương mại, dịch vụ, logistics của khu vực; "
            "phát triển hạ tầng thương mại văn minh, hiện đại, kết nối với các địa phương.",
            "Thúc đẩy thương mại điện tử và kinh tế số; hỗ trợ doanh nghiệp nhỏ và vừa tham gia "
            "các sàn giao dịch trực tuyến.",
            "Bảo đảm cung ứng điện ổn định; phát triển năng lượng tái tạo; sử dụng năng lượng "
            "tiết kiệm và hiệu quả.",
            "Đẩy mạnh cải cách hành chính, chuyển đổi số trong quản lý nhà nước, nâng cao chất "
            "lượng phục vụ người dân và doanh nghiệp.",
        ]),
    ],
}

FUNCTIONS = {
    "slug": "chuc-nang-nhiem-vu",
    "title": "Chức năng, nhiệm vụ",
    "summary": "Vị trí, chức năng, nhiệm vụ và quyền hạn của Sở Công Thương Thành phố Hồ Chí "
               "Minh.",
    "body": [
        ("h", "Vị trí và chức năng"),
        "Sở Công Thương là cơ quan chuyên môn thuộc Ủy ban nhân dân Thành phố Hồ Chí Minh, tham "
        "mưu, giúp Ủy ban nhân dân Thành phố quản lý nhà nước về công thương, bao gồm: cơ khí; "
        "luyện kim; điện; năng lượng mới; năng lượng tái tạo; dầu khí; hóa chất; vật liệu nổ "
        "công nghiệp; công nghiệp tiêu dùng; công nghiệp thực phẩm; công nghiệp hỗ trợ; công "
        "nghiệp chế biến khác; lưu thông hàng hóa trên địa bàn; xuất khẩu, nhập khẩu; thương mại "
        "điện tử; dịch vụ thương mại; hội nhập kinh tế quốc tế; xúc tiến thương mại; khuyến "
        "công; quản lý cạnh tranh và bảo vệ quyền lợi người tiêu dùng theo quy định.",
        "Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ "
        "chức, biên chế và công tác của Ủy ban nhân dân Thành phố, đồng thời chịu sự chỉ đạo, "
        "hướng dẫn, thanh tra, kiểm tra về chuyên môn, nghiệp vụ của Bộ Công Thương.",
        ("h", "Nhiệm vụ và quyền hạn chủ yếu"),
        ("ol", [
            "Trình Ủy ban nhân dân Thành phố dự thảo quyết định, chương trình, kế hoạch phát "
            "triển ngành công thương dài hạn, trung hạn và hằng năm.",
            "Tổ chức thực hiện các văn bản pháp luật, quy hoạch, kế hoạch, chương trình đã được "
            "phê duyệt; thông tin, tuyên truyền, phổ biến, giáo dục pháp luật trong lĩnh vực "
            "công thương.",
            "Quản lý nhà nước về công nghiệp, công nghiệp hỗ trợ, cụm công nghiệp và khuyến "
            "công trên địa bàn.",
            "Quản lý nhà nước về điện lực, sử dụng năng lượng tiết kiệm và hiệu quả, an toàn "
            "điện.",
            "Quản lý nhà nước về an toàn kỹ thuật công nghiệp, hóa chất, vật liệu nổ công "
            "nghiệp và bảo vệ môi trường ngành công thương.",
            "Quản lý nhà nước về thương mại nội địa, hạ tầng thương mại, xuất nhập khẩu, thương "
            "mại điện tử và xúc tiến thương mại.",
            "Cấp, sửa đổi, bổ sung, gia hạn, thu hồi các loại giấy phép, giấy chứng nhận thuộc "
            "thẩm quyền.",
            "Thanh tra, kiểm tra, giải quyết khiếu nại, tố cáo và phòng, chống tham nhũng theo "
            "quy định.",
            "Thực hiện công tác thông tin, báo cáo định kỳ và đột xuất về tình hình thực hiện "
            "nhiệm vụ được giao.",
        ]),
        ("h", "Cơ cấu tổ chức"),
        "Lãnh đạo Sở gồm Giám đốc và các Phó Giám đốc. Các phòng chuyên môn, nghiệp vụ gồm: "
        "Văn phòng Sở, Phòng Tổ chức Cán bộ, Phòng Kỹ thuật – An toàn – Môi trường, Phòng Quản "
        "lý Thương mại, Phòng Quản lý Công nghiệp, Phòng Quản lý Năng lượng, Phòng Kế hoạch – "
        "Tài chính và Thanh tra Sở.",
    ],
}

ORGANISATION = {
    "slug": "co-cau-to-chuc",
    "title": "Cơ cấu tổ chức",
    "summary": "Ban Giám đốc và các phòng, đơn vị thuộc Sở Công Thương cùng chức năng, nhiệm vụ "
               "và thông tin liên hệ.",
    "intro": "Cơ cấu tổ chức của Sở Công Thương gồm Ban Giám đốc, Văn phòng Sở, các phòng "
             "chuyên môn và Thanh tra Sở. Chọn từng đơn vị để xem chức năng, nhiệm vụ và thông "
             "tin liên hệ.",
}

LEADERS = {
    "slug": "lanh-dao-so",
    "title": "Lãnh đạo Sở",
    "summary": "Tiểu sử tóm tắt và lĩnh vực phụ trách của Giám đốc và các Phó Giám đốc Sở.",
    "intro": "Thông tin về Giám đốc và các Phó Giám đốc Sở Công Thương: tiểu sử tóm tắt, lĩnh "
             "vực được phân công phụ trách và thông tin liên hệ.",
}

# --- Tin tức and the other article categories (Đ.5.3–5.10) ---------------------

NEWS = {
    "slug": "tin-tuc",
    "title": "Tin tức – Sự kiện",
    "summary": "Tin hoạt động của Sở, tin ngành công thương và xúc tiến thương mại.",
    "intro": "Tin tức, sự kiện về hoạt động của Sở Công Thương và ngành công thương Thành phố.",
}

# key → (slug, title, intro); keys are the categories used in data/articles.py.
NEWS_CATEGORIES = {
    "hoat_dong": ("tin-hoat-dong", "Tin hoạt động của Sở",
                  "Các hoạt động chỉ đạo, điều hành và sự kiện của Sở Công Thương."),
    "nganh": ("tin-nganh", "Tin ngành Công Thương",
              "Tình hình sản xuất công nghiệp, thương mại, năng lượng của Thành phố."),
    "xttm": ("xuc-tien-thuong-mai", "Xúc tiến thương mại",
             "Hội chợ, triển lãm, kết nối cung cầu và các chương trình xúc tiến thương mại."),
}

# key → (slug, title, intro) for the categories directly under the home page.
TOP_CATEGORIES = {
    "thong_bao": ("thong-bao", "Thông báo",
                  "Thông báo của Sở Công Thương gửi tổ chức, doanh nghiệp và người dân."),
    "chuyen_nganh": ("thong-tin-chuyen-nganh", "Thông tin chuyên ngành",
                     "Thông tin chuyên ngành, hướng dẫn nghiệp vụ và bản tin giá cả thị trường "
                     "thuộc lĩnh vực quản lý của Sở (Điều 5.3 Quy chế)."),
    "dang_doan": ("dang-doan-the", "Đảng – Đoàn thể",
                  "Hoạt động của Đảng bộ, Công đoàn và Đoàn Thanh niên Cộng sản Hồ Chí Minh "
                  "Sở Công Thương (Điều 5.8 Quy chế)."),
    "bao_chi": ("thong-cao-bao-chi", "Thông cáo báo chí – Phát ngôn",
                "Thông cáo báo chí, trả lời phỏng vấn và phát ngôn chính thức của lãnh đạo Sở "
                "(Điều 5.9 Quy chế)."),
    "khac": ("thong-tin-khac", "Thông tin khác",
             "Các thông tin cần thiết khác dành cho người dân và doanh nghiệp."),
}

# --- Sections filled later by their own apps -----------------------------------

LEGAL_LIBRARY = {
    "title": "Văn bản",
    "summary": "Văn bản quy phạm pháp luật, văn bản chỉ đạo, điều hành và dự thảo lấy ý kiến "
               "về lĩnh vực công thương.",
    "body": [
        "Thư viện văn bản cung cấp các văn bản quy phạm pháp luật, văn bản chỉ đạo, điều hành "
        "của Sở Công Thương, của Ủy ban nhân dân Thành phố và của Bộ Công Thương có liên quan "
        "đến lĩnh vực công thương.",
        "Mỗi văn bản được công bố kèm số ký hiệu, loại văn bản, cơ quan ban hành, ngày ban "
        "hành, ngày có hiệu lực, trích yếu, tình trạng hiệu lực và tệp toàn văn để tải về. Quý "
        "vị có thể tìm văn bản theo số ký hiệu, từ khóa trong trích yếu (có dấu hoặc không dấu), "
        "loại văn bản, cơ quan ban hành hoặc khoảng thời gian ban hành.",
        "Văn phòng Sở chịu trách nhiệm cung cấp và cập nhật văn bản (Điều 9.2.b Quy chế): văn "
        "bản do Sở ban hành được đăng chậm nhất 2 ngày làm việc, văn bản của cơ quan khác chậm "
        "nhất 10 ngày làm việc kể từ ngày ban hành.",
        ("h", "Lấy ý kiến dự thảo văn bản"),
        "Các dự thảo văn bản đang lấy ý kiến được đăng toàn văn kèm thời hạn góp ý, địa chỉ và "
        "thư điện tử của đơn vị chủ trì soạn thảo. Tổ chức, cá nhân có thể gửi ý kiến trực tiếp "
        "trên Cổng thông tin hoặc qua thư điện tử.",
    ],
}

QA = {
    "title": "Hỏi đáp",
    "summary": "Gửi câu hỏi về lĩnh vực công thương và theo dõi tình trạng giải đáp.",
    "body": [
        "Tổ chức, doanh nghiệp và người dân có vướng mắc về lĩnh vực công thương có thể gửi câu "
        "hỏi đến Sở Công Thương theo một trong hai cách sau:",
        ("ul", [
            "Gửi thư điện tử đến hộp thư của Sở: sct@tphcm.gov.vn;",
            "Điền vào mẫu câu hỏi trên Cổng thông tin điện tử này.",
        ]),
        "Câu hỏi cần ghi rõ họ tên, địa chỉ, số điện thoại hoặc thư điện tử để liên hệ, nội "
        "dung vướng mắc và các tài liệu liên quan (nếu có). Sau khi gửi, quý vị nhận được mã "
        "số để theo dõi tình trạng xử lý câu hỏi.",
        ("h", "Quy trình giải đáp"),
        ("ol", [
            "Tổ Thư ký Ban Biên tập tiếp nhận, phân loại câu hỏi và trình Trưởng ban hoặc Phó "
            "ban duyệt, phân công phòng chức năng trả lời (Điều 7.2.b Quy chế).",
            "Phòng chức năng soạn câu trả lời và gửi về Ban Biên tập để đăng trên Cổng thông tin "
            "(Điều 7.2.c Quy chế).",
            "Trong thời hạn 15 ngày làm việc kể từ ngày nhận câu hỏi, Sở trả lời hoặc thông báo "
            "cho người hỏi về tiến độ xử lý và thời gian dự kiến có câu trả lời.",
        ]),
        "Câu hỏi không thuộc thẩm quyền của Sở được thông báo ngay cho người hỏi. Những câu trả "
        "lời có nội dung được nhiều người quan tâm sẽ được đăng công khai trong chuyên mục này.",
    ],
}

SERVICES = {
    "title": "Dịch vụ công trực tuyến",
    "summary": "Danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Công Thương và "
               "đường dẫn nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia.",
    "intro": "Tổ chức, cá nhân có thể nộp hồ sơ, theo dõi tiến độ và nhận kết quả giải quyết "
             "thủ tục hành chính của Sở Công Thương trực tuyến qua Cổng Dịch vụ công quốc gia. "
             "Chọn tên thủ tục để xem hướng dẫn và nộp hồ sơ.",
}

CONTACT = {
    "title": "Liên hệ",
    "summary": "Địa chỉ, điện thoại, thư điện tử của Sở Công Thương và các đầu mối liên hệ.",
    "body": [
        "Sở Công Thương Thành phố Hồ Chí Minh",
        "Địa chỉ: 163 Hai Bà Trưng, Phường 6, Quận 3, TP. Hồ Chí Minh",
        "Điện thoại: (+848) 3829 6322 – Fax: (+848) 3822 1778",
        "Thư điện tử: sct@tphcm.gov.vn",
        "Giờ làm việc: từ thứ Hai đến thứ Sáu; sáng từ 7 giờ 30 đến 11 giờ 30, chiều từ 13 giờ "
        "00 đến 17 giờ 00.",
        "Bộ phận tiếp nhận và trả kết quả thủ tục hành chính đặt tại tầng trệt trụ sở Sở. Lịch "
        "tiếp công dân của lãnh đạo Sở được thông báo trong chuyên mục Thông báo.",
    ],
}

SITEMAP = {
    "title": "Sơ đồ cổng",
    "summary": "Sơ đồ các chuyên mục của Cổng thông tin điện tử Sở Công Thương.",
}

DIRECTORY = {
    "title": "Danh bạ thư điện tử",
    "summary": "Địa chỉ thư điện tử của Ban Giám đốc, các phòng, đơn vị và đầu mối liên hệ "
               "(Điều 5.7 Quy chế).",
    "intro": "Danh bạ thư điện tử của Ban Giám đốc, các phòng, đơn vị thuộc Sở và các cán bộ "
             "đầu mối liên hệ. Thư gửi đến hộp thư chung của Sở xin gửi về sct@tphcm.gov.vn.",
}

SCHEDULE = {
    "title": "Lịch công tác",
    "summary": "Lịch công tác hằng tuần của Giám đốc và các Phó Giám đốc Sở.",
    "intro": "Lịch công tác tuần của lãnh đạo Sở Công Thương. Lịch có thể thay đổi; thông tin "
             "điều chỉnh được cập nhật ngay trên trang này.",
}

PROJECTS = {
    "title": "Chương trình, dự án",
    "summary": "Các chương trình, đề án, dự án đã, đang và sẽ thực hiện của Sở Công Thương "
               "(Điều 5.6 Quy chế).",
    "intro": "Thông tin về các chương trình, đề án và dự án do Sở Công Thương chủ trì hoặc "
             "tham gia thực hiện: mục tiêu, lĩnh vực, thời gian, kinh phí, nguồn vốn và tình "
             "trạng thực hiện.",
}

# --- Lĩnh vực quản lý (Đ.5.2) --------------------------------------------------------

FIELDS = {
    "title": "Lĩnh vực quản lý",
    "summary": "Các lĩnh vực thuộc phạm vi quản lý nhà nước của Sở Công Thương.",
    "body": [
        "Sở Công Thương quản lý nhà nước đối với các lĩnh vực công nghiệp, thương mại, năng "
        "lượng, an toàn kỹ thuật và hội nhập kinh tế quốc tế trên địa bàn Thành phố. Mỗi trang "
        "dưới đây giới thiệu phạm vi quản lý, văn bản áp dụng chủ yếu và đơn vị đầu mối.",
    ],
}

FIELD_PAGES = [
    {
        "slug": "thuong-mai-noi-dia",
        "title": "Thương mại nội địa",
        "summary": "Phát triển hạ tầng thương mại, bình ổn thị trường và quản lý kinh doanh "
                   "hàng hóa có điều kiện.",
        "body": [
            "Thương mại nội địa của Thành phố có quy mô lớn nhất cả nước, với mạng lưới chợ "
            "truyền thống, siêu thị, trung tâm thương mại và cửa hàng tiện lợi phục vụ nhu cầu "
            "của người dân Thành phố và khu vực.",
            ("h", "Phạm vi quản lý"),
            ("ul", [
                "Quy hoạch, phát triển và quản lý hạ tầng thương mại: chợ, siêu thị, trung tâm "
                "thương mại, trung tâm logistics;",
                "Chương trình bình ổn thị trường và bảo đảm cân đối cung cầu hàng hóa thiết yếu;",
                "Cấp phép kinh doanh rượu, sản phẩm thuốc lá, xăng dầu, khí dầu mỏ hóa lỏng;",
                "Quản lý hoạt động khuyến mại, hội chợ, triển lãm thương mại.",
            ]),
            "Đơn vị đầu mối: Phòng Quản lý Thương mại.",
        ],
    },
    {
        "slug": "xuat-nhap-khau",
        "title": "Xuất nhập khẩu và hội nhập kinh tế quốc tế",
        "summary": "Hỗ trợ doanh nghiệp mở rộng thị trường xuất khẩu, tận dụng các hiệp định "
                   "thương mại tự do.",
        "body": [
            "Thành phố Hồ Chí Minh là một trong những địa phương dẫn đầu cả nước về kim ngạch "
            "xuất khẩu, với các nhóm hàng chủ lực như điện tử, máy móc thiết bị, dệt may, giày "
            "dép, nông sản và thủy sản chế biến.",
            ("h", "Phạm vi quản lý"),
            ("ul", [
                "Theo dõi tình hình xuất khẩu, nhập khẩu; cảnh báo sớm các biện pháp phòng vệ "
                "thương mại;",
                "Cấp giấy phép kinh doanh cho tổ chức kinh tế có vốn đầu tư nước ngoài thực hiện "
                "hoạt động mua bán hàng hóa;",
                "Quản lý văn phòng đại diện của thương nhân nước ngoài;",
                "Phổ biến, hướng dẫn thực thi các hiệp định thương mại tự do.",
            ]),
            "Đơn vị đầu mối: Phòng Quản lý Thương mại.",
        ],
    },
    {
        "slug": "cong-nghiep",
        "title": "Công nghiệp",
        "summary": "Phát triển bốn ngành công nghiệp trọng yếu, công nghiệp hỗ trợ và khuyến "
                   "công.",
        "body": [
            "Công nghiệp là động lực tăng trưởng quan trọng của Thành phố. Sở tập trung phát "
            "triển bốn ngành công nghiệp trọng yếu: cơ khí; điện tử, công nghệ thông tin; hóa "
            "dược, cao su, nhựa; chế biến lương thực, thực phẩm.",
            ("h", "Phạm vi quản lý"),
            ("ul", [
                "Quản lý công nghiệp chế biến, chế tạo, công nghiệp tiêu dùng, công nghiệp thực "
                "phẩm;",
                "Phát triển công nghiệp hỗ trợ; xác nhận ưu đãi dự án sản xuất sản phẩm công "
                "nghiệp hỗ trợ;",
                "Quản lý cụm công nghiệp và thực hiện chương trình khuyến công;",
                "Theo dõi chỉ số sản xuất công nghiệp và tình hình hoạt động của doanh nghiệp.",
            ]),
            "Đơn vị đầu mối: Phòng Quản lý Công nghiệp.",
        ],
    },
    {
        "slug": "nang-luong",
        "title": "Năng lượng và điện lực",
        "summary": "Bảo đảm cung ứng điện, phát triển năng lượng tái tạo và sử dụng năng lượng "
                   "tiết kiệm, hiệu quả.",
        "body": [
            "Nhu cầu điện của Thành phố tăng bình quân khoảng 6–7% mỗi năm. Bảo đảm cung ứng "
            "điện an toàn, ổn định và sử dụng năng lượng tiết kiệm là nhiệm vụ thường xuyên của "
            "ngành.",
            ("h", "Phạm vi quản lý"),
            ("ul", [
                "Quản lý quy hoạch, kế hoạch phát triển lưới điện và cấp giấy phép hoạt động "
                "điện lực theo thẩm quyền;",
                "Hướng dẫn, kiểm tra an toàn điện và việc áp dụng giá điện;",
                "Theo dõi các cơ sở sử dụng năng lượng trọng điểm, kiểm toán năng lượng;",
                "Phát triển điện mặt trời mái nhà và các nguồn năng lượng tái tạo.",
            ]),
            "Đơn vị đầu mối: Phòng Quản lý Năng lượng.",
        ],
    },
    {
        "slug": "an-toan-hoa-chat",
        "title": "An toàn hóa chất và vật liệu nổ công nghiệp",
        "summary": "Quản lý hoạt động hóa chất, vật liệu nổ công nghiệp và ứng phó sự cố.",
        "body": [
            "Trên địa bàn Thành phố có hàng nghìn cơ sở sản xuất, kinh doanh, sử dụng hóa chất. "
            "Việc bảo đảm an toàn hóa chất góp phần bảo vệ tính mạng, sức khỏe người lao động, "
            "cộng đồng và môi trường.",
            ("h", "Phạm vi quản lý"),
            ("ul", [
                "Cấp giấy chứng nhận đủ điều kiện sản xuất, kinh doanh hóa chất có điều kiện;",
                "Thẩm định, phê duyệt kế hoạch phòng ngừa, ứng phó sự cố hóa chất;",
                "Cấp giấy phép sử dụng vật liệu nổ công nghiệp;",
                "Kiểm tra việc chấp hành quy định về huấn luyện an toàn hóa chất, khai báo hóa "
                "chất và bảo vệ môi trường.",
            ]),
            "Đơn vị đầu mối: Phòng Kỹ thuật – An toàn – Môi trường.",
        ],
    },
    {
        "slug": "thuong-mai-dien-tu",
        "title": "Thương mại điện tử",
        "summary": "Phát triển thương mại điện tử, hỗ trợ doanh nghiệp chuyển đổi số trong "
                   "phân phối.",
        "body": [
            "Thương mại điện tử là kênh phân phối tăng trưởng nhanh nhất của Thành phố. Sở hỗ "
            "trợ doanh nghiệp, hộ kinh doanh ứng dụng thương mại điện tử, đồng thời bảo vệ "
            "quyền lợi người tiêu dùng trong giao dịch trực tuyến.",
            ("h", "Phạm vi quản lý"),
            ("ul", [
                "Xây dựng và triển khai kế hoạch phát triển thương mại điện tử của Thành phố;",
                "Tập huấn, hỗ trợ doanh nghiệp nhỏ và vừa tham gia sàn giao dịch thương mại "
                "điện tử;",
                "Phối hợp kiểm tra, xử lý vi phạm trong hoạt động thương mại điện tử;",
                "Thống kê, đánh giá tình hình thương mại điện tử trên địa bàn.",
            ]),
            "Đơn vị đầu mối: Phòng Quản lý Thương mại.",
        ],
    },
]

# --- Chương trình, dự án (Đ.5.6) --------------------------------------------------------
# Status values are ProjectPage.Status: preparing, ongoing, done, suspended.

PROJECT_PAGES = [
    {
        "slug": "binh-on-thi-truong",
        "title": "Chương trình bình ổn thị trường các mặt hàng thiết yếu",
        "summary": "Bảo đảm nguồn cung, bình ổn giá các mặt hàng thiết yếu cho người dân Thành "
                   "phố quanh năm và dịp Tết.",
        "goal": "Bảo đảm cân đối cung cầu, ổn định giá cả các mặt hàng lương thực, thực phẩm "
                "thiết yếu; hạn chế tác động bất lợi của biến động thị trường đến đời sống "
                "người dân.",
        "field": "Thương mại nội địa", "project_type": "Chương trình",
        "start_year": 2002, "end_year": None, "budget_vnd": 1_200_000_000_000,
        "funding": "Ngân sách Thành phố (hỗ trợ lãi suất) và vốn của doanh nghiệp",
        "sponsor": "Sở Công Thương (Phòng Quản lý Thương mại)", "status": "ongoing",
        "body": [
            "Chương trình được triển khai liên tục từ năm 2002. Các doanh nghiệp tham gia cam "
            "kết dự trữ hàng hóa và bán theo giá bình ổn tại mạng lưới điểm bán trên toàn Thành "
            "phố; ngân sách Thành phố hỗ trợ lãi suất vay vốn để doanh nghiệp dự trữ hàng.",
            "Các nhóm hàng chủ yếu: lương thực, thực phẩm chế biến, thịt gia súc, gia cầm, "
            "trứng, thủy hải sản, rau củ quả, đường, dầu ăn, sữa, sách giáo khoa và tập học "
            "sinh.",
        ],
    },
    {
        "slug": "phat-trien-thuong-mai-dien-tu",
        "title": "Kế hoạch phát triển thương mại điện tử Thành phố giai đoạn 2026–2030",
        "summary": "Đưa thương mại điện tử thành kênh phân phối chủ đạo, hỗ trợ doanh nghiệp "
                   "nhỏ và vừa bán hàng trực tuyến.",
        "goal": "Tỷ trọng doanh thu bán lẻ trực tuyến đạt trên 15% tổng mức bán lẻ hàng hóa; "
                "70% doanh nghiệp nhỏ và vừa ứng dụng thương mại điện tử trong hoạt động kinh "
                "doanh.",
        "field": "Thương mại điện tử", "project_type": "Kế hoạch",
        "start_year": 2026, "end_year": 2030, "budget_vnd": 48_000_000_000,
        "funding": "Ngân sách Thành phố", "sponsor": "Sở Công Thương", "status": "ongoing",
        "body": [
            "Kế hoạch gồm các nhóm nhiệm vụ: hoàn thiện hạ tầng thanh toán và logistics cho "
            "thương mại điện tử; đào tạo kỹ năng kinh doanh trực tuyến; xây dựng gian hàng "
            "chung cho sản phẩm của Thành phố trên các sàn; tăng cường bảo vệ người tiêu dùng.",
        ],
    },
    {
        "slug": "khuyen-cong-2021-2025",
        "title": "Chương trình khuyến công Thành phố giai đoạn 2021–2025",
        "summary": "Hỗ trợ cơ sở công nghiệp nông thôn đổi mới máy móc thiết bị, nâng cao năng "
                   "lực sản xuất.",
        "goal": "Hỗ trợ các cơ sở công nghiệp nông thôn ứng dụng máy móc tiên tiến, chuyển "
                "giao công nghệ, phát triển sản phẩm công nghiệp nông thôn tiêu biểu.",
        "field": "Công nghiệp", "project_type": "Chương trình",
        "start_year": 2021, "end_year": 2025, "budget_vnd": 65_000_000_000,
        "funding": "Kinh phí khuyến công địa phương", "sponsor": "Sở Công Thương",
        "status": "done",
        "body": [
            "Chương trình đã hỗ trợ hơn 180 cơ sở công nghiệp nông thôn ứng dụng máy móc thiết "
            "bị tiên tiến, tổ chức 24 lớp đào tạo nghề, nâng cao năng lực quản lý và bình chọn "
            "nhiều sản phẩm công nghiệp nông thôn tiêu biểu cấp Thành phố.",
        ],
    },
    {
        "slug": "cho-dau-moi-nong-san",
        "title": "Dự án đầu tư xây dựng chợ đầu mối nông sản thực phẩm khu vực phía Tây",
        "summary": "Hình thành chợ đầu mối hiện đại, kết nối nguồn hàng từ các tỉnh Đồng bằng "
                   "sông Cửu Long.",
        "goal": "Xây dựng chợ đầu mối nông sản thực phẩm hiện đại, bảo đảm an toàn thực phẩm, "
                "phòng cháy chữa cháy và kết nối giao thông thuận lợi.",
        "field": "Hạ tầng thương mại", "project_type": "Dự án đầu tư",
        "start_year": 2027, "end_year": 2030, "budget_vnd": 2_350_000_000_000,
        "funding": "Vốn xã hội hóa theo phương thức đối tác công tư",
        "sponsor": "Sở Công Thương (cơ quan chủ trì lập đề xuất dự án)", "status": "preparing",
        "body": [
            "Dự án đang ở giai đoạn lập báo cáo nghiên cứu tiền khả thi và lấy ý kiến các sở, "
            "ngành liên quan về vị trí, quy mô và phương án kết nối giao thông.",
        ],
    },
    {
        "slug": "tiet-kiem-nang-luong",
        "title": "Chương trình sử dụng năng lượng tiết kiệm và hiệu quả giai đoạn 2026–2030",
        "summary": "Tiết kiệm từ 8% đến 10% tổng năng lượng tiêu thụ của Thành phố đến năm "
                   "2030.",
        "goal": "Đạt mức tiết kiệm năng lượng từ 8% đến 10% tổng tiêu thụ năng lượng toàn Thành "
                "phố; 100% cơ sở sử dụng năng lượng trọng điểm thực hiện kiểm toán năng lượng "
                "định kỳ.",
        "field": "Năng lượng", "project_type": "Chương trình",
        "start_year": 2026, "end_year": 2030, "budget_vnd": 32_000_000_000,
        "funding": "Ngân sách Thành phố và vốn doanh nghiệp", "sponsor": "Sở Công Thương",
        "status": "ongoing",
        "body": [
            "Chương trình tập trung vào kiểm toán năng lượng, xây dựng mô hình quản lý năng "
            "lượng trong doanh nghiệp, thay thế thiết bị hiệu suất thấp và tuyên truyền tiết "
            "kiệm điện trong cộng đồng.",
        ],
    },
    {
        "slug": "dien-mat-troi-tru-so",
        "title": "Dự án lắp đặt điện mặt trời mái nhà tại trụ sở cơ quan hành chính",
        "summary": "Lắp đặt hệ thống điện mặt trời mái nhà tự sản xuất, tự tiêu thụ tại trụ sở "
                   "các cơ quan hành chính Thành phố.",
        "goal": "Lắp đặt tổng công suất khoảng 5 MWp điện mặt trời mái nhà tại trụ sở các cơ "
                "quan, giảm chi phí điện năng và phát thải khí nhà kính.",
        "field": "Năng lượng tái tạo", "project_type": "Dự án đầu tư công",
        "start_year": 2025, "end_year": 2027, "budget_vnd": 85_000_000_000,
        "funding": "Ngân sách Thành phố", "sponsor": "Sở Công Thương", "status": "suspended",
        "body": [
            "Dự án tạm dừng để rà soát lại phương án đầu tư cho phù hợp với các quy định mới về "
            "phát triển điện mặt trời mái nhà tự sản xuất, tự tiêu thụ; dự kiến tiếp tục triển "
            "khai sau khi được cấp có thẩm quyền thống nhất.",
        ],
    },
    {
        "slug": "nang-cap-cong-thong-tin",
        "title": "Dự án nâng cấp Cổng thông tin điện tử Sở Công Thương",
        "summary": "Cổng thông tin mới đáp ứng yêu cầu song ngữ, truy cập cho người khuyết tật "
                   "và quy trình biên tập theo Quy chế.",
        "goal": "Xây dựng Cổng thông tin điện tử đáp ứng quy định về cung cấp thông tin trên "
                "môi trường mạng, hỗ trợ tiếng Anh, tiêu chuẩn truy cập và quy trình biên tập, "
                "duyệt tin của Ban Biên tập.",
        "field": "Chuyển đổi số", "project_type": "Dự án ứng dụng công nghệ thông tin",
        "start_year": 2025, "end_year": 2026, "budget_vnd": 4_800_000_000,
        "funding": "Ngân sách Thành phố", "sponsor": "Sở Công Thương (Phòng KT-AT-MT)",
        "status": "done",
        "body": [
            "Cổng thông tin mới vận hành trên phần mềm nguồn mở, hỗ trợ quy trình cung cấp, "
            "duyệt và đăng tin theo Quy chế của Sở, giải đáp hỏi đáp trực tuyến và phiên bản "
            "tiếng Anh.",
        ],
    },
]

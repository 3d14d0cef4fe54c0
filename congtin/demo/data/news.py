"""News items of "Tin tức – Sự kiện" (Đ.5.4): the department's activities, news
of the sector and trade promotion.

Each item is a dict; see `data/articles.py` for the keys. Texts may use
${nam}, ${nam_tet}, ${tet}, ${thang_truoc}, ${nam_thang_truoc}, filled in from
the article's date so that the demo reads as current whenever it is built.
"""

ACTIVITIES = [
    {
        "key": "binh-on-trien-khai",
        "category": "hoat_dong", "days_ago": 2, "time": "10:15",
        "unit": "qltm", "authors": "Thanh Tuyền",
        "title": "Triển khai Chương trình bình ổn thị trường các mặt hàng thiết yếu năm "
                 "${nam_tet}",
        "summary": "Sở Công Thương tổ chức hội nghị triển khai Chương trình bình ổn thị trường "
                   "năm ${nam_tet} với sự tham gia của 86 doanh nghiệp, tổng giá trị hàng hóa "
                   "cam kết tăng 8% so với năm trước.",
        "image": "cho", "alt": "Sạp hàng rau củ quả nhiều màu sắc dưới mái che sọc đỏ trắng",
        "caption": "Hàng bình ổn được bày bán tại các chợ truyền thống và siêu thị trên địa bàn "
                   "Thành phố.",
        "body": [
            "Sáng nay, Sở Công Thương tổ chức hội nghị triển khai Chương trình bình ổn thị "
            "trường các mặt hàng thiết yếu năm ${nam_tet}. Phó Giám đốc Sở Nguyễn Thị Thu Hà chủ "
            "trì hội nghị, với sự tham dự của đại diện các sở, ngành, Ủy ban nhân dân các quận, "
            "huyện và 86 doanh nghiệp tham gia chương trình.",
            "Năm nay, chương trình tập trung vào 10 nhóm hàng: lương thực; thực phẩm chế biến; "
            "thịt gia súc, gia cầm; trứng gia cầm; thủy hải sản; rau củ quả; đường; dầu ăn; sữa "
            "và sản phẩm dinh dưỡng; sách giáo khoa và tập học sinh. Tổng giá trị hàng hóa các "
            "doanh nghiệp cam kết tham gia tăng khoảng 8% so với năm trước.",
            ("h", "Lượng hàng cam kết của các nhóm hàng chủ lực"),
            ("table", "Lượng hàng bình ổn cam kết bình quân mỗi tháng", [
                ["Nhóm hàng", "Đơn vị tính", "Lượng cam kết", "Chiếm thị phần (%)"],
                ["Gạo", "tấn", "9.500", "35"],
                ["Thịt heo", "tấn", "6.200", "32"],
                ["Thịt gia cầm", "tấn", "4.800", "38"],
                ["Trứng gia cầm", "triệu quả", "62", "40"],
                ["Rau củ quả", "tấn", "11.000", "28"],
                ["Thủy hải sản", "tấn", "1.900", "25"],
            ]),
            "Hàng bình ổn được bán tại hơn 4.000 điểm, gồm siêu thị, cửa hàng tiện lợi, chợ "
            "truyền thống và các điểm bán lưu động tại khu công nghiệp, khu nhà trọ công nhân. "
            "Giá bán thấp hơn giá thị trường cùng loại từ 5% đến 10% và chỉ được điều chỉnh khi "
            "có ý kiến của Sở Công Thương.",
            ("quote", "Chương trình bình ổn không chỉ giữ giá mà còn giữ niềm tin của người tiêu "
                      "dùng. Doanh nghiệp tham gia phải bảo đảm cả số lượng, chất lượng và an "
                      "toàn thực phẩm.", "Phó Giám đốc Sở Nguyễn Thị Thu Hà"),
            "Sở Công Thương đề nghị các doanh nghiệp công khai danh sách điểm bán, niêm yết giá "
            "rõ ràng và báo cáo định kỳ về lượng hàng dự trữ, lượng hàng bán ra để kịp thời "
            "điều tiết khi thị trường biến động.",
            ("attachment", "ke-hoach-binh-on"),
        ],
        "tags": ["bình ổn thị trường", "hàng hóa thiết yếu"],
        "related": ["chuan-bi-hang-tet", "moi-dang-ky-binh-on"],
    },
    {
        "key": "chuan-bi-hang-tet",
        "category": "hoat_dong", "days_ago": 0, "time": "08:30",
        "unit": "qltm", "authors": "Thanh Tuyền",
        "title": "Bảo đảm nguồn hàng phục vụ ${tet}",
        "summary": "Các doanh nghiệp bình ổn đã chuẩn bị lượng hàng hóa phục vụ Tết tăng từ 10% "
                   "đến 20% so với năm trước; giá nhiều mặt hàng được cam kết giữ ổn định.",
        "image": "tet", "alt": "Cành mai vàng và những hộp quà Tết màu đỏ, vàng",
        "caption": "Hàng Tết được các doanh nghiệp chuẩn bị sớm, đa dạng mẫu mã.",
        "body": [
            "Theo báo cáo của Sở Công Thương, để phục vụ nhu cầu mua sắm dịp ${tet}, các doanh "
            "nghiệp tham gia Chương trình bình ổn thị trường đã chuẩn bị nguồn hàng tăng từ 10% "
            "đến 20% so với cùng kỳ, tổng giá trị ước đạt hơn 30.000 tỷ đồng.",
            "Các hệ thống phân phối lớn đồng loạt ký hợp đồng với nhà sản xuất, hợp tác xã ở "
            "các tỉnh để chủ động nguồn hàng, đặc biệt là thực phẩm tươi sống, rau củ quả và "
            "các mặt hàng có sức mua tăng mạnh vào cuối năm như bánh kẹo, nước giải khát, quà "
            "tặng.",
            ("table", "Lượng hàng một số mặt hàng chủ lực chuẩn bị cho Tết (so với Tết năm trước)", [
                ["Mặt hàng", "Đơn vị tính", "Tết năm trước", "Tết năm nay", "Tăng (%)"],
                ["Thịt heo", "tấn", "18.500", "20.700", "11,9"],
                ["Thịt gia cầm", "tấn", "12.300", "13.900", "13,0"],
                ["Trứng gia cầm", "triệu quả", "165", "190", "15,2"],
                ["Rau củ quả", "tấn", "28.000", "32.500", "16,1"],
                ["Bánh kẹo, mứt Tết", "tấn", "5.600", "6.700", "19,6"],
            ]),
            "Sở Công Thương đã phối hợp với các quận, huyện bố trí thêm các điểm bán lưu động "
            "tại khu dân cư đông đúc, khu nhà trọ công nhân, đồng thời tổ chức các chuyến hàng "
            "Tết đến với người lao động có thu nhập thấp.",
            "Để phòng ngừa đầu cơ, găm hàng, Sở đề nghị lực lượng quản lý thị trường tăng cường "
            "kiểm tra việc niêm yết giá, nguồn gốc xuất xứ hàng hóa và chất lượng sản phẩm, nhất "
            "là hàng thực phẩm trong những ngày cao điểm trước Tết.",
        ],
        "tags": ["Tết", "bình ổn thị trường"],
        "related": ["binh-on-trien-khai"],
    },
    {
        "key": "so-ket-cong-tac",
        "category": "hoat_dong", "days_ago": 12, "time": "16:00",
        "unit": "vp", "authors": "Kim Ngân",
        "title": "Sơ kết công tác ${so_thang} tháng năm ${nam_thang_truoc} và triển khai nhiệm "
                 "vụ những tháng cuối năm",
        "summary": "Ngành công thương Thành phố duy trì đà tăng trưởng; chỉ số sản xuất công "
                   "nghiệp tăng 7,1%, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tăng 11,4% "
                   "so với cùng kỳ.",
        "image": "hoi-nghi", "alt": "Bàn họp hình bầu dục với các đại biểu ngồi xung quanh",
        "caption": "Quang cảnh hội nghị sơ kết.",
        "body": [
            "Sở Công Thương tổ chức hội nghị sơ kết công tác ${so_thang} tháng năm "
            "${nam_thang_truoc} và triển khai nhiệm vụ những tháng cuối năm. Giám đốc Sở Trần "
            "Quốc Hưng chủ trì hội nghị.",
            "Báo cáo tại hội nghị cho thấy ngành công thương Thành phố tiếp tục giữ đà phục hồi "
            "và tăng trưởng. Các ngành công nghiệp trọng yếu tăng khá; thị trường hàng hóa ổn "
            "định, không xảy ra tình trạng khan hiếm, sốt giá; công tác cải cách hành chính đạt "
            "nhiều kết quả tích cực.",
            ("table", "Một số chỉ tiêu chủ yếu của ngành công thương", [
                ["Chỉ tiêu", "Kết quả", "So với cùng kỳ (%)"],
                ["Chỉ số sản xuất công nghiệp (IIP)", "—", "+7,1"],
                ["Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ", "1.083.000 tỷ đồng", "+11,4"],
                ["Kim ngạch xuất khẩu", "41,6 tỷ USD", "+9,8"],
                ["Kim ngạch nhập khẩu", "43,2 tỷ USD", "+8,5"],
                ["Tỷ lệ hồ sơ thủ tục hành chính đúng hạn", "99,7%", "+0,2 điểm"],
            ]),
            "Phát biểu chỉ đạo, Giám đốc Sở yêu cầu các phòng, đơn vị tập trung hoàn thành các "
            "chỉ tiêu năm; chuẩn bị tốt nguồn hàng phục vụ Tết; đẩy nhanh giải ngân vốn đầu tư "
            "công; tiếp tục rà soát, đơn giản hóa thủ tục hành chính và nâng cao chất lượng "
            "cung cấp thông tin trên Cổng thông tin điện tử của Sở.",
        ],
        "tags": ["sơ kết", "chỉ tiêu kinh tế"],
    },
    {
        "key": "kiem-tra-hoa-chat-tan-tao",
        "category": "hoat_dong", "days_ago": 5, "time": "15:40",
        "unit": "ktatmt", "authors": "Ngọc Diễm",
        "title": "Kiểm tra an toàn hóa chất tại các doanh nghiệp trong Khu công nghiệp Tân Tạo",
        "summary": "Đoàn kiểm tra của Sở đã làm việc với 12 doanh nghiệp sản xuất, sử dụng hóa "
                   "chất; hầu hết chấp hành tốt, 3 doanh nghiệp được yêu cầu khắc phục trong 30 "
                   "ngày.",
        "image": "hoa-chat", "alt": "Bình thí nghiệm chứa dung dịch nhiều màu trên bàn",
        "caption": "Kiểm tra việc lưu trữ, bảo quản hóa chất tại doanh nghiệp.",
        "body": [
            "Thực hiện kế hoạch kiểm tra năm ${nam}, đoàn kiểm tra của Sở Công Thương do Phó "
            "Giám đốc Sở Lê Hoàng Phúc làm trưởng đoàn đã kiểm tra việc chấp hành quy định về "
            "an toàn hóa chất tại 12 doanh nghiệp trong Khu công nghiệp Tân Tạo.",
            "Nội dung kiểm tra gồm: điều kiện sản xuất, kinh doanh hóa chất; kế hoạch hoặc biện "
            "pháp phòng ngừa, ứng phó sự cố hóa chất; huấn luyện an toàn hóa chất cho người lao "
            "động; khai báo hóa chất và phiếu an toàn hóa chất; điều kiện kho chứa.",
            ("table", "Kết quả kiểm tra", [
                ["Nội dung", "Số doanh nghiệp đạt", "Số doanh nghiệp chưa đạt"],
                ["Kế hoạch, biện pháp phòng ngừa, ứng phó sự cố", "11", "1"],
                ["Huấn luyện an toàn hóa chất", "10", "2"],
                ["Phiếu an toàn hóa chất, nhãn hóa chất", "12", "0"],
                ["Điều kiện kho chứa", "11", "1"],
            ]),
            "Đoàn kiểm tra ghi nhận đa số doanh nghiệp đã quan tâm đầu tư trang thiết bị ứng phó "
            "sự cố, tổ chức diễn tập định kỳ. Tuy nhiên, 3 doanh nghiệp còn tồn tại như chưa "
            "cập nhật biện pháp phòng ngừa khi thay đổi công suất, huấn luyện chưa đủ đối tượng "
            "và sắp xếp hóa chất chưa theo tính chất nguy hiểm.",
            "Trưởng đoàn yêu cầu các doanh nghiệp khắc phục tồn tại trong 30 ngày và báo cáo kết "
            "quả về Sở; đồng thời đề nghị Ban Quản lý các Khu chế xuất và công nghiệp phối hợp "
            "theo dõi.",
        ],
        "tags": ["an toàn hóa chất", "kiểm tra"],
        "related": ["ke-hoach-kiem-tra-hoa-chat", "ung-pho-su-co-hoa-chat"],
    },
    {
        "key": "tap-huan-an-toan-dien",
        "category": "hoat_dong", "days_ago": 20, "time": "11:00",
        "unit": "qlnl", "authors": "Ngọc Tú",
        "title": "Tập huấn an toàn điện trong mùa mưa bão cho doanh nghiệp và người dân",
        "summary": "Hơn 300 đại biểu là cán bộ quản lý kỹ thuật của doanh nghiệp, ban quản lý "
                   "chung cư và khu phố được hướng dẫn phòng ngừa tai nạn điện mùa mưa bão.",
        "image": "luoi-dien", "alt": "Cột điện cao thế và dây dẫn trên nền trời hoàng hôn",
        "caption": "Mùa mưa bão làm tăng nguy cơ mất an toàn điện.",
        "body": [
            "Sở Công Thương phối hợp với Tổng Công ty Điện lực Thành phố tổ chức lớp tập huấn an "
            "toàn điện trong mùa mưa bão cho hơn 300 đại biểu là cán bộ quản lý kỹ thuật của "
            "doanh nghiệp, ban quản lý chung cư và cán bộ khu phố.",
            "Tại lớp tập huấn, các báo cáo viên đã phân tích nguyên nhân thường gặp của tai nạn "
            "điện: dây dẫn điện cũ, hở cách điện; thiết bị điện bị ngập nước; vi phạm hành lang "
            "bảo vệ an toàn lưới điện; câu móc điện tùy tiện.",
            ("h", "Khuyến cáo khi mưa bão, ngập nước"),
            ("ul", [
                "Ngắt điện ngay khi nước có nguy cơ tràn vào nhà; chỉ sử dụng lại khi thiết bị "
                "đã được kiểm tra, lau khô;",
                "Không đến gần dây điện bị đứt, cột điện nghiêng đổ; báo ngay cho điện lực qua "
                "tổng đài chăm sóc khách hàng;",
                "Lắp thiết bị chống dòng điện rò và kiểm tra định kỳ hệ thống điện trong nhà;",
                "Không trú mưa dưới trạm biến áp, cột điện.",
            ]),
            "Dịp này, Sở Công Thương đề nghị các doanh nghiệp rà soát hệ thống điện trong nhà "
            "xưởng, bố trí người trực ứng phó sự cố và phối hợp với đơn vị điện lực cắt điện khu "
            "vực ngập sâu để bảo đảm an toàn.",
        ],
        "tags": ["an toàn điện", "mùa mưa bão"],
    },
    {
        "key": "xang-dau-nguon-cung",
        "category": "hoat_dong", "days_ago": 8, "time": "17:10",
        "unit": "qltm", "authors": "Bảo Trâm",
        "title": "Làm việc với các thương nhân đầu mối về bảo đảm nguồn cung xăng dầu cuối năm",
        "summary": "Các thương nhân đầu mối cam kết cung ứng đủ xăng dầu cho hệ thống bán lẻ trên "
                   "địa bàn, không để gián đoạn trong dịp cao điểm cuối năm.",
        "image": "xang-dau", "alt": "Cửa hàng xăng dầu với các trụ bơm màu xanh lúc chiều tối",
        "caption": "Hệ thống cửa hàng xăng dầu trên địa bàn hoạt động ổn định.",
        "body": [
            "Phó Giám đốc Sở Võ Minh Tâm chủ trì buổi làm việc với các thương nhân đầu mối, "
            "thương nhân phân phối xăng dầu về kế hoạch bảo đảm nguồn cung trong những tháng "
            "cuối năm.",
            "Theo báo cáo, trên địa bàn Thành phố hiện có khoảng 550 cửa hàng bán lẻ xăng dầu, "
            "hoạt động bình thường. Lượng xăng dầu tiêu thụ bình quân khoảng 12.000 mét khối mỗi "
            "ngày và dự kiến tăng 10% vào dịp cuối năm.",
            "Các thương nhân đầu mối cho biết đã ký hợp đồng nhập khẩu và mua từ các nhà máy lọc "
            "dầu trong nước đủ cho nhu cầu quý IV; đồng thời tăng mức dự trữ tại kho để sẵn sàng "
            "điều tiết khi cần.",
            "Sở Công Thương yêu cầu các cửa hàng bán lẻ duy trì hoạt động liên tục theo thời "
            "gian đã đăng ký, niêm yết giá đúng quy định và sử dụng hóa đơn điện tử cho từng lần "
            "bán hàng. Các trường hợp tạm ngừng bán hàng không có lý do chính đáng sẽ bị xử lý "
            "nghiêm.",
        ],
        "tags": ["xăng dầu", "nguồn cung"],
        "related": ["phat-ngon-xang-dau"],
    },
    {
        "key": "doi-thoai-doanh-nghiep",
        "category": "hoat_dong", "days_ago": 15, "time": "16:30",
        "unit": "vp", "authors": "Kim Ngân",
        "title": "Đối thoại với doanh nghiệp về thủ tục hành chính lĩnh vực công thương",
        "summary": "Hơn 150 doanh nghiệp nêu 32 ý kiến về cấp phép kinh doanh, khuyến mại, an "
                   "toàn thực phẩm; phần lớn được lãnh đạo Sở trả lời ngay tại hội nghị.",
        "image": "hoi-nghi", "alt": "Bàn họp với các đại biểu ngồi xung quanh",
        "caption": "Doanh nghiệp trao đổi trực tiếp với lãnh đạo Sở và các phòng chuyên môn.",
        "body": [
            "Sở Công Thương tổ chức hội nghị đối thoại với doanh nghiệp về thủ tục hành chính "
            "trong lĩnh vực công thương. Hội nghị thu hút hơn 150 doanh nghiệp, hiệp hội ngành "
            "hàng tham dự.",
            "Các ý kiến tập trung vào thời gian cấp giấy phép bán buôn rượu, thủ tục đăng ký "
            "khuyến mại mang tính may rủi, điều kiện cấp giấy chứng nhận cơ sở đủ điều kiện an "
            "toàn thực phẩm và việc nộp hồ sơ trực tuyến.",
            ("quote", "Mọi vướng mắc của doanh nghiệp được ghi nhận đầy đủ. Những nội dung thuộc "
                      "thẩm quyền, Sở sẽ giải quyết ngay; những nội dung vượt thẩm quyền, Sở sẽ "
                      "kiến nghị cấp trên và thông tin lại cho doanh nghiệp.",
             "Giám đốc Sở Trần Quốc Hưng"),
            "Sau hội nghị, toàn bộ ý kiến và nội dung trả lời sẽ được đăng trong chuyên mục Hỏi "
            "đáp trên Cổng thông tin điện tử của Sở để doanh nghiệp tiện theo dõi.",
        ],
        "tags": ["cải cách hành chính", "đối thoại doanh nghiệp"],
    },
    {
        "key": "hop-tac-dbscl",
        "category": "hoat_dong", "days_ago": 27, "time": "09:45",
        "unit": "qltm", "authors": "Hoàng Nam",
        "title": "Ký kết hợp tác cung ứng nông sản với các tỉnh Đồng bằng sông Cửu Long",
        "summary": "Sở Công Thương Thành phố và Sở Công Thương 6 tỉnh ký kết chương trình hợp "
                   "tác, đưa nông sản đạt chuẩn vào hệ thống phân phối của Thành phố.",
        "image": "ocop", "alt": "Các hũ đặc sản địa phương trên kệ gỗ",
        "caption": "Đặc sản, nông sản của các tỉnh được giới thiệu tại Thành phố.",
        "body": [
            "Trong khuôn khổ chương trình hợp tác phát triển kinh tế – xã hội giữa Thành phố và "
            "các tỉnh Đồng bằng sông Cửu Long, Sở Công Thương Thành phố đã ký kết chương trình "
            "hợp tác với Sở Công Thương 6 tỉnh về cung ứng nông sản, thực phẩm.",
            "Theo đó, các bên phối hợp khảo sát vùng nguyên liệu, hỗ trợ hợp tác xã đạt các tiêu "
            "chuẩn về chất lượng, truy xuất nguồn gốc và kết nối với hệ thống siêu thị, chợ đầu "
            "mối, sàn thương mại điện tử của Thành phố.",
            "Tại buổi ký kết, 45 hợp đồng nguyên tắc giữa doanh nghiệp phân phối và hợp tác xã "
            "đã được ký, tập trung vào trái cây, gạo đặc sản, thủy sản và sản phẩm OCOP.",
        ],
        "tags": ["kết nối cung cầu", "nông sản"],
    },
    {
        "key": "pccc-cho",
        "category": "hoat_dong", "days_ago": 33, "time": "14:20",
        "unit": "ttr", "authors": "Hoàng Yến",
        "title": "Kiểm tra công tác phòng cháy, chữa cháy tại các chợ truyền thống",
        "summary": "Đoàn kiểm tra liên ngành đã kiểm tra 15 chợ; yêu cầu ban quản lý chợ khắc "
                   "phục ngay các tồn tại về lối thoát nạn và hệ thống điện.",
        "image": "cho", "alt": "Dãy sạp hàng trong chợ với mái che sọc đỏ trắng",
        "caption": "Lối đi trong chợ phải được giữ thông thoáng.",
        "body": [
            "Thanh tra Sở Công Thương chủ trì, phối hợp với lực lượng cảnh sát phòng cháy, chữa "
            "cháy và Ủy ban nhân dân các quận kiểm tra công tác phòng cháy, chữa cháy tại 15 chợ "
            "truyền thống trên địa bàn.",
            ("table", "Tồn tại phổ biến qua kiểm tra", [
                ["Tồn tại", "Số chợ"],
                ["Lấn chiếm lối đi, lối thoát nạn", "9"],
                ["Hệ thống điện xuống cấp, đấu nối tạm", "7"],
                ["Bình chữa cháy hết hạn kiểm định", "4"],
                ["Chưa tổ chức diễn tập phương án chữa cháy trong năm", "3"],
            ]),
            "Đoàn kiểm tra yêu cầu các ban quản lý chợ khắc phục ngay tình trạng lấn chiếm lối "
            "đi, thay thế dây dẫn điện không bảo đảm an toàn, bổ sung phương tiện chữa cháy và "
            "tổ chức diễn tập trước dịp cao điểm mua sắm cuối năm.",
        ],
        "tags": ["phòng cháy chữa cháy", "chợ truyền thống"],
    },
    {
        "key": "chuyen-doi-so-tthc",
        "category": "hoat_dong", "days_ago": 40, "time": "10:00",
        "unit": "vp", "authors": "Kim Ngân",
        "title": "Ứng dụng chữ ký số và hồ sơ điện tử trong giải quyết thủ tục hành chính",
        "summary": "Từ nay, toàn bộ kết quả giải quyết thủ tục hành chính của Sở được ký số và "
                   "trả cho tổ chức, cá nhân dưới dạng điện tử.",
        "image": "thuong-mai-dien-tu", "alt": "Điện thoại thông minh hiển thị danh sách hồ sơ",
        "caption": "Tổ chức, cá nhân có thể theo dõi hồ sơ trên điện thoại.",
        "body": [
            "Sở Công Thương đã hoàn thành việc số hóa hồ sơ, kết quả giải quyết thủ tục hành "
            "chính. Kết quả giải quyết được ký số và trả qua Cổng Dịch vụ công quốc gia, có giá "
            "trị pháp lý như bản giấy.",
            "Nhờ ứng dụng chữ ký số, thời gian trả kết quả rút ngắn bình quân 1,5 ngày làm việc "
            "đối với mỗi hồ sơ; doanh nghiệp không phải đến trụ sở Sở để nhận kết quả.",
            "Tổ chức, cá nhân có thể tra cứu tình trạng hồ sơ bằng mã hồ sơ trên Cổng Dịch vụ "
            "công quốc gia hoặc quét mã QR in trên giấy tiếp nhận.",
        ],
        "tags": ["chuyển đổi số", "cải cách hành chính"],
    },
]

SECTOR = [
    {
        "key": "chi-so-iip",
        "category": "nganh", "days_ago": 3, "time": "09:00",
        "unit": "qlcn", "authors": "Mỹ Linh",
        "title": "Chỉ số sản xuất công nghiệp tháng ${thang_truoc} tăng 7,2% so với cùng kỳ",
        "summary": "Bốn ngành công nghiệp trọng yếu tiếp tục tăng trưởng khá, trong đó ngành "
                   "điện tử tăng cao nhất với 11,3%.",
        "image": "nha-may", "alt": "Nhà máy với mái răng cưa và ống khói trong ánh hoàng hôn",
        "caption": "Sản xuất công nghiệp duy trì đà tăng trưởng.",
        "body": [
            "Theo số liệu của Thống kê Thành phố, chỉ số sản xuất công nghiệp (IIP) tháng "
            "${thang_truoc} trên địa bàn Thành phố tăng 7,2% so với cùng kỳ năm trước; lũy kế "
            "${so_thang} tháng tăng 7,0%.",
            "Chỉ số IIP so với cùng kỳ được tính theo công thức:",
            ("formula", r"\Delta IIP = \left( \frac{I_t}{I_{t-12}} - 1 \right) \times 100\%",
             "Mức tăng chỉ số sản xuất công nghiệp bằng chỉ số tháng này chia cho chỉ số cùng "
             "tháng năm trước, trừ một, nhân một trăm phần trăm."),
            ("table", "Chỉ số sản xuất của bốn ngành công nghiệp trọng yếu", [
                ["Ngành", "So với cùng kỳ (%)"],
                ["Cơ khí", "+6,4"],
                ["Điện tử, công nghệ thông tin", "+11,3"],
                ["Hóa dược, cao su, nhựa", "+5,8"],
                ["Chế biến lương thực, thực phẩm", "+7,9"],
            ]),
            "Phòng Quản lý Công nghiệp nhận định đơn hàng xuất khẩu của ngành điện tử và chế "
            "biến thực phẩm phục hồi rõ rệt, trong khi ngành dệt may, da giày vẫn gặp khó khăn "
            "về đơn hàng mới. Sở sẽ tiếp tục phối hợp với các hiệp hội để nắm bắt, tháo gỡ khó "
            "khăn cho doanh nghiệp.",
        ],
        "source": {"title": "Tình hình kinh tế – xã hội Thành phố Hồ Chí Minh",
                   "publisher": "Thống kê Thành phố Hồ Chí Minh", "days_ago": 4,
                   "url": "https://thongkehochiminh.gso.gov.vn"},
        "tags": ["chỉ số sản xuất công nghiệp", "công nghiệp trọng yếu"],
    },
    {
        "key": "tmdt-tang-truong",
        "category": "nganh", "days_ago": 9, "time": "14:00",
        "unit": "qltm", "authors": "Thanh Tuyền",
        "title": "Doanh thu bán lẻ trực tuyến của Thành phố tăng gần 25%",
        "summary": "Thương mại điện tử tiếp tục là kênh phân phối tăng trưởng nhanh nhất; tỷ "
                   "trọng bán lẻ trực tuyến ước đạt 12,6% tổng mức bán lẻ hàng hóa.",
        "image": "thuong-mai-dien-tu", "alt": "Điện thoại hiển thị các sản phẩm và túi mua sắm",
        "caption": "Mua sắm trực tuyến ngày càng phổ biến.",
        "body": [
            "Theo đánh giá của Sở Công Thương, doanh thu bán lẻ trực tuyến trên địa bàn Thành "
            "phố từ đầu năm đến nay tăng gần 25% so với cùng kỳ, chiếm khoảng 12,6% tổng mức bán "
            "lẻ hàng hóa.",
            ("table", "Cơ cấu doanh thu bán lẻ trực tuyến theo nhóm hàng", [
                ["Nhóm hàng", "Tỷ trọng (%)", "Tăng so với cùng kỳ (%)"],
                ["Thời trang, mỹ phẩm", "31", "+22"],
                ["Điện tử, điện thoại", "24", "+18"],
                ["Thực phẩm, đồ uống", "17", "+35"],
                ["Đồ gia dụng", "15", "+27"],
                ["Nhóm hàng khác", "13", "+20"],
            ]),
            "Đáng chú ý, nhóm thực phẩm, đồ uống tăng mạnh nhất nhờ dịch vụ giao hàng nhanh "
            "trong ngày. Nhiều doanh nghiệp bình ổn đã mở gian hàng trực tuyến, bán hàng bình "
            "ổn với giá như tại điểm bán.",
            "Sở Công Thương khuyến cáo người tiêu dùng lựa chọn các website, ứng dụng đã được "
            "thông báo, đăng ký với cơ quan quản lý; giữ lại chứng từ giao dịch và phản ánh kịp "
            "thời khi phát hiện dấu hiệu vi phạm.",
        ],
        "tags": ["thương mại điện tử"],
        "related": ["ho-tro-dn-len-san", "tap-huan-tmdt"],
    },
    {
        "key": "gia-dien-bac-thang",
        "category": "nganh", "days_ago": 17, "time": "10:30",
        "unit": "qlnl", "authors": "Ngọc Tú",
        "title": "Cách tính tiền điện sinh hoạt theo biểu giá bậc thang",
        "summary": "Giá bán lẻ điện sinh hoạt gồm 6 bậc; tiền điện hằng tháng bằng tổng điện "
                   "năng từng bậc nhân với giá bậc đó, cộng thuế giá trị gia tăng.",
        "image": "luoi-dien", "alt": "Đường dây truyền tải điện trên nền trời tím",
        "caption": "Sử dụng điện tiết kiệm giúp giảm chi phí cho hộ gia đình.",
        "body": [
            "Nhiều bạn đọc gửi câu hỏi về cách tính tiền điện sinh hoạt. Phòng Quản lý Năng "
            "lượng xin giới thiệu cách tính theo biểu giá bán lẻ điện sinh hoạt hiện hành do Bộ "
            "Công Thương công bố.",
            ("table", "Giá bán lẻ điện sinh hoạt (chưa gồm thuế giá trị gia tăng)", [
                ["Bậc", "Điện năng tiêu thụ trong tháng", "Giá (đồng/kWh)"],
                ["Bậc 1", "Từ 0 đến 50 kWh", "1.984"],
                ["Bậc 2", "Từ 51 đến 100 kWh", "2.050"],
                ["Bậc 3", "Từ 101 đến 200 kWh", "2.380"],
                ["Bậc 4", "Từ 201 đến 300 kWh", "2.998"],
                ["Bậc 5", "Từ 301 đến 400 kWh", "3.350"],
                ["Bậc 6", "Từ 401 kWh trở lên", "3.460"],
            ]),
            "Tiền điện phải trả trong tháng được tính như sau:",
            ("formula", r"T = \left( \sum_{i=1}^{6} A_i \cdot P_i \right) \times (1 + t)",
             "Tiền điện bằng tổng của điện năng tiêu thụ ở từng bậc nhân với giá của bậc đó, "
             "nhân với một cộng thuế suất thuế giá trị gia tăng."),
            "Trong đó A là số kWh tiêu thụ ở bậc thứ i, P là giá của bậc đó và t là thuế suất "
            "thuế giá trị gia tăng. Ví dụ, hộ gia đình dùng 180 kWh trong tháng trả cho 50 kWh "
            "ở bậc 1, 50 kWh ở bậc 2 và 80 kWh ở bậc 3.",
            "Để giảm chi phí, các hộ gia đình nên sử dụng thiết bị có nhãn năng lượng, tắt thiết "
            "bị khi không sử dụng và hạn chế dùng điều hòa nhiệt độ ở mức dưới 26 độ C.",
        ],
        "source": {"title": "Quyết định về giá bán điện", "publisher": "Bộ Công Thương",
                   "days_ago": 40, "url": "https://moit.gov.vn"},
        "tags": ["giá điện", "tiết kiệm điện"],
        "related": ["tiet-kiem-nang-luong"],
    },
    {
        "key": "khu-cong-nghiep-sinh-thai",
        "category": "nganh", "days_ago": 24, "time": "08:45",
        "unit": "qlcn", "authors": "Mỹ Linh",
        "title": "Hướng đến mô hình khu công nghiệp sinh thái",
        "summary": "Thành phố khuyến khích các khu công nghiệp chuyển đổi theo mô hình sinh thái: "
                   "dùng chung hạ tầng, tái sử dụng chất thải và năng lượng.",
        "image": "khu-cong-nghiep", "alt": "Khu công nghiệp nhìn từ trên cao với nhà xưởng và "
                                           "cây xanh",
        "caption": "Cây xanh và hạ tầng dùng chung trong khu công nghiệp.",
        "body": [
            "Tại hội thảo về phát triển khu công nghiệp sinh thái do Sở Công Thương phối hợp tổ "
            "chức, các chuyên gia cho rằng chuyển đổi sang mô hình sinh thái là yêu cầu tất yếu "
            "khi các thị trường xuất khẩu ngày càng đòi hỏi sản phẩm xanh, có dấu vết các-bon "
            "thấp.",
            "Mô hình khu công nghiệp sinh thái hướng đến việc các doanh nghiệp cộng sinh: chất "
            "thải, nhiệt thải của doanh nghiệp này là nguyên liệu, năng lượng đầu vào của doanh "
            "nghiệp khác; hạ tầng xử lý nước thải, cấp nước và năng lượng được dùng chung.",
            "Một số doanh nghiệp tiên phong đã giảm 15–20% lượng nước sử dụng và 10% điện năng "
            "tiêu thụ sau khi tham gia chương trình. Sở Công Thương sẽ tiếp tục phối hợp với Ban "
            "Quản lý các Khu chế xuất và công nghiệp lựa chọn khu công nghiệp thí điểm.",
        ],
        "tags": ["khu công nghiệp", "tăng trưởng xanh"],
    },
    {
        "key": "thi-truong-xang-dau",
        "category": "nganh", "days_ago": 30, "time": "15:00",
        "unit": "qltm", "authors": "Bảo Trâm",
        "title": "Thị trường xăng dầu trên địa bàn ổn định sau kỳ điều chỉnh giá",
        "summary": "Sau kỳ điều hành giá, các cửa hàng bán lẻ xăng dầu hoạt động bình thường, "
                   "không có hiện tượng ngừng bán hay hạn chế lượng bán.",
        "image": "xang-dau", "alt": "Trụ bơm xăng dầu dưới mái che cửa hàng",
        "caption": "Người dân mua xăng dầu thuận tiện tại các cửa hàng.",
        "body": [
            "Qua theo dõi của Sở Công Thương, sau kỳ điều hành giá xăng dầu gần nhất, hệ thống "
            "cửa hàng bán lẻ trên địa bàn Thành phố hoạt động bình thường, đủ hàng phục vụ nhu "
            "cầu của người dân và doanh nghiệp.",
            "Các đoàn kiểm tra của Sở đã kiểm tra ngẫu nhiên 40 cửa hàng tại các quận, huyện, "
            "chưa phát hiện trường hợp ngừng bán hàng hoặc bán hạn chế không có lý do.",
            "Sở Công Thương đề nghị người dân khi phát hiện cửa hàng xăng dầu có dấu hiệu vi "
            "phạm thì phản ánh qua đường dây nóng của Sở hoặc chuyên mục Hỏi đáp trên Cổng thông "
            "tin điện tử.",
        ],
        "tags": ["xăng dầu"],
    },
    {
        "key": "san-pham-ocop",
        "category": "nganh", "days_ago": 36, "time": "11:15",
        "unit": "qlcn", "authors": "Mỹ Linh",
        "title": "Sản phẩm OCOP và sản phẩm công nghiệp nông thôn tiêu biểu vào hệ thống phân "
                 "phối hiện đại",
        "summary": "Thêm 42 sản phẩm OCOP của Thành phố và các tỉnh được đưa vào siêu thị, cửa "
                   "hàng tiện lợi và sàn thương mại điện tử.",
        "image": "ocop", "alt": "Hũ đặc sản và ba ngôi sao vàng trên kệ gỗ",
        "caption": "Sản phẩm OCOP ngày càng đa dạng, bao bì bắt mắt.",
        "body": [
            "Sở Công Thương phối hợp với các hệ thống phân phối tổ chức chương trình đánh giá, "
            "lựa chọn sản phẩm OCOP và sản phẩm công nghiệp nông thôn tiêu biểu để đưa vào kinh "
            "doanh. Đợt này có thêm 42 sản phẩm đạt yêu cầu.",
            "Các sản phẩm được lựa chọn gồm thực phẩm chế biến, đồ uống, thủ công mỹ nghệ và "
            "dược liệu, đều có truy xuất nguồn gốc và nhãn hàng hóa đúng quy định.",
            "Để hỗ trợ cơ sở sản xuất, Sở sẽ tiếp tục tổ chức các lớp tập huấn về thiết kế bao "
            "bì, xây dựng thương hiệu và kỹ năng bán hàng trực tuyến.",
        ],
        "tags": ["OCOP", "kết nối cung cầu"],
    },
    {
        "key": "xuat-khau",
        "category": "nganh", "days_ago": 6, "time": "16:15",
        "unit": "qltm", "authors": "Thanh Tuyền",
        "title": "Kim ngạch xuất khẩu ${so_thang} tháng đạt 41,6 tỷ USD, tăng 9,8%",
        "summary": "Nhóm hàng điện tử, máy móc thiết bị tiếp tục dẫn đầu; xuất khẩu sang các thị "
                   "trường có hiệp định thương mại tự do tăng khá.",
        "image": "cang-bien", "alt": "Container nhiều màu xếp chồng tại cảng biển",
        "caption": "Hàng hóa xuất khẩu qua các cảng biển của Thành phố.",
        "body": [
            "Kim ngạch xuất khẩu của doanh nghiệp trên địa bàn Thành phố ${so_thang} tháng năm "
            "${nam_thang_truoc} ước đạt 41,6 tỷ USD, tăng 9,8% so với cùng kỳ.",
            ("table", "Kim ngạch xuất khẩu một số nhóm hàng chủ lực", [
                ["Nhóm hàng", "Kim ngạch (tỷ USD)", "So với cùng kỳ (%)"],
                ["Điện tử, máy vi tính và linh kiện", "12,4", "+14,2"],
                ["Máy móc, thiết bị, phụ tùng", "6,1", "+10,5"],
                ["Dệt may", "4,3", "+3,1"],
                ["Giày dép", "2,8", "+4,6"],
                ["Nông sản, thủy sản chế biến", "3,9", "+8,7"],
            ]),
            "Các thị trường xuất khẩu chính gồm Hoa Kỳ, Liên minh châu Âu, Nhật Bản, Hàn Quốc "
            "và Trung Quốc. Xuất khẩu sang các nước thành viên Hiệp định CPTPP và EVFTA tăng "
            "trên 12% nhờ doanh nghiệp tận dụng tốt ưu đãi thuế quan.",
            "Sở Công Thương khuyến cáo doanh nghiệp theo dõi thông tin cảnh báo phòng vệ thương "
            "mại và các quy định mới về phát triển bền vững của thị trường nhập khẩu.",
        ],
        "tags": ["xuất khẩu", "hội nhập kinh tế quốc tế"],
    },
    {
        "key": "tiet-kiem-nang-luong",
        "category": "nganh", "days_ago": 11, "time": "09:20",
        "unit": "qlnl", "authors": "Ngọc Tú",
        "title": "Doanh nghiệp tiết kiệm hơn 8% điện năng nhờ kiểm toán năng lượng",
        "summary": "Kết quả kiểm toán năng lượng tại 25 cơ sở sử dụng năng lượng trọng điểm cho "
                   "thấy tiềm năng tiết kiệm bình quân 8,4%, thời gian hoàn vốn dưới 3 năm.",
        "image": "nha-may", "alt": "Nhà xưởng sản xuất với cửa sổ sáng đèn",
        "caption": "Nhiều giải pháp tiết kiệm năng lượng có chi phí đầu tư thấp.",
        "body": [
            "Trong khuôn khổ Chương trình sử dụng năng lượng tiết kiệm và hiệu quả, Sở Công "
            "Thương đã hỗ trợ kiểm toán năng lượng tại 25 cơ sở sử dụng năng lượng trọng điểm "
            "thuộc các ngành thực phẩm, nhựa, dệt nhuộm và cơ khí.",
            "Mức tiết kiệm năng lượng của mỗi giải pháp được xác định theo công thức:",
            ("formula", r"\eta = \frac{E_0 - E_1}{E_0} \times 100\%",
             "Tỷ lệ tiết kiệm bằng điện năng tiêu thụ trước khi áp dụng giải pháp trừ điện năng "
             "sau khi áp dụng, chia cho điện năng trước khi áp dụng, nhân một trăm phần trăm."),
            ("table", "Các nhóm giải pháp tiết kiệm năng lượng phổ biến", [
                ["Giải pháp", "Tỷ lệ tiết kiệm (%)", "Thời gian hoàn vốn (năm)"],
                ["Lắp biến tần cho động cơ bơm, quạt", "15–30", "1,5–2"],
                ["Thay chiếu sáng bằng đèn LED", "40–60", "1–2"],
                ["Thu hồi nhiệt thải lò hơi", "5–10", "2–3"],
                ["Tối ưu hệ thống khí nén", "10–20", "0,5–1"],
            ]),
            "Tổng mức tiết kiệm tiềm năng của 25 cơ sở tương đương khoảng 18 triệu kWh mỗi năm, "
            "giảm phát thải khoảng 12.000 tấn CO2. Sở khuyến khích các doanh nghiệp xây dựng hệ "
            "thống quản lý năng lượng theo tiêu chuẩn ISO 50001.",
        ],
        "tags": ["tiết kiệm năng lượng", "kiểm toán năng lượng"],
        "related": ["gia-dien-bac-thang", "dien-mat-troi-mai-nha"],
    },
    {
        "key": "dien-mat-troi-mai-nha",
        "category": "nganh", "days_ago": 45, "time": "10:40",
        "unit": "qlnl", "authors": "Ngọc Tú",
        "title": "Điện mặt trời mái nhà tự sản xuất, tự tiêu thụ: lợi ích và lưu ý",
        "summary": "Hướng dẫn ước tính sản lượng điện mặt trời mái nhà và những điểm cần lưu ý "
                   "khi lắp đặt.",
        "image": "dien-mat-troi", "alt": "Tấm pin mặt trời trên mái ngói đỏ dưới nắng",
        "caption": "Hệ thống điện mặt trời mái nhà tại một doanh nghiệp.",
        "body": [
            "Với số giờ nắng bình quân khoảng 4,5–5 giờ mỗi ngày, Thành phố có tiềm năng phát "
            "triển điện mặt trời mái nhà. Hệ thống tự sản xuất, tự tiêu thụ giúp doanh nghiệp và "
            "hộ gia đình giảm chi phí điện vào giờ cao điểm ban ngày.",
            "Sản lượng điện một năm của hệ thống có thể ước tính như sau:",
            ("formula", r"E = P \times H \times PR \times 365",
             "Sản lượng điện bằng công suất lắp đặt nhân số giờ nắng quy đổi mỗi ngày nhân hệ "
             "số hiệu suất hệ thống nhân 365 ngày."),
            "Ví dụ, hệ thống 10 kWp, số giờ nắng 4,5 giờ, hệ số hiệu suất 0,8 cho sản lượng "
            "khoảng 13.000 kWh mỗi năm.",
            ("h", "Lưu ý khi lắp đặt"),
            ("ul", [
                "Kiểm tra kết cấu mái, bảo đảm chịu được tải trọng của tấm pin và giá đỡ;",
                "Lựa chọn thiết bị có chứng nhận hợp quy, bộ nghịch lưu có chức năng chống phát "
                "ngược lên lưới khi không đăng ký bán điện;",
                "Thông báo cho đơn vị điện lực và cơ quan quản lý theo quy định;",
                "Bố trí lối đi và thiết bị phòng cháy, chữa cháy trên mái.",
            ]),
        ],
        "tags": ["năng lượng tái tạo", "điện mặt trời"],
    },
]

TRADE_PROMOTION = [
    {
        "key": "hoi-cho-khuyen-mai",
        "category": "xttm", "days_ago": 1, "time": "18:00",
        "unit": "qltm", "authors": "Hoàng Nam",
        "title": "Khai mạc Hội chợ Khuyến mại Thành phố năm ${nam}",
        "summary": "Hơn 400 gian hàng của 250 doanh nghiệp tham gia hội chợ với mức giảm giá lên "
                   "đến 50%, mở đầu Tháng khuyến mại tập trung cuối năm.",
        "image": "hoi-cho", "alt": "Dãy gian hàng hội chợ nhiều màu dưới hàng cờ đuôi nheo",
        "caption": "Các gian hàng tại hội chợ khuyến mại.",
        "body": [
            "Tối nay, Hội chợ Khuyến mại Thành phố năm ${nam} chính thức khai mạc, mở đầu chuỗi "
            "hoạt động của Tháng khuyến mại tập trung. Hội chợ có hơn 400 gian hàng của 250 "
            "doanh nghiệp sản xuất, phân phối.",
            "Các mặt hàng tham gia gồm thực phẩm, đồ uống, thời trang, hàng gia dụng, điện tử và "
            "sản phẩm OCOP. Nhiều doanh nghiệp áp dụng mức giảm giá từ 20% đến 50%, kèm chương "
            "trình tặng quà, bốc thăm trúng thưởng.",
            ("quote", "Hội chợ là dịp để doanh nghiệp giới thiệu sản phẩm, kích cầu tiêu dùng và "
                      "để người dân mua sắm hàng hóa chất lượng với giá ưu đãi.",
             "Phó Giám đốc Sở Nguyễn Thị Thu Hà"),
            "Hội chợ diễn ra trong 5 ngày, mở cửa từ 9 giờ đến 22 giờ hằng ngày, miễn phí vé vào "
            "cửa. Ban tổ chức bố trí khu vực giữ xe miễn phí và điểm thanh toán không dùng tiền "
            "mặt.",
        ],
        "tags": ["khuyến mại", "hội chợ"],
        "related": ["thang-khuyen-mai", "hop-bao-thang-khuyen-mai"],
    },
    {
        "key": "hang-viet-ve-kcn",
        "category": "xttm", "days_ago": 19, "time": "10:00",
        "unit": "qltm", "authors": "Thanh Tuyền",
        "title": "Đưa hàng Việt về khu công nghiệp, khu chế xuất phục vụ công nhân",
        "summary": "Chương trình tổ chức các phiên chợ hàng Việt tại khu công nghiệp, khu chế "
                   "xuất, giúp công nhân mua hàng chất lượng với giá bình ổn.",
        "image": "hoi-cho", "alt": "Các gian hàng lều mái nhọn nhiều màu",
        "caption": "Phiên chợ hàng Việt phục vụ công nhân khu chế xuất.",
        "body": [
            "Hưởng ứng Cuộc vận động \"Người Việt Nam ưu tiên dùng hàng Việt Nam\", Sở Công "
            "Thương tổ chức chương trình đưa hàng Việt về khu công nghiệp, khu chế xuất trong "
            "những tháng cuối năm.",
            ("table", "Lịch dự kiến các phiên chợ hàng Việt", [
                ["Phiên", "Địa điểm", "Số gian hàng dự kiến"],
                ["1", "Khu chế xuất Tân Thuận", "60"],
                ["2", "Khu công nghiệp Hiệp Phước", "45"],
                ["3", "Khu công nghiệp Tân Bình", "50"],
                ["4", "Khu công nghiệp Lê Minh Xuân", "40"],
                ["5", "Khu chế xuất Linh Trung", "55"],
            ]),
            "Các doanh nghiệp tham gia cam kết bán hàng với giá bằng hoặc thấp hơn giá bình ổn, "
            "có chương trình giảm giá riêng cho công nhân và tặng phiếu mua hàng cho người lao "
            "động có hoàn cảnh khó khăn.",
        ],
        "tags": ["hàng Việt", "công nhân", "bình ổn thị trường"],
    },
    {
        "key": "ket-noi-cung-cau",
        "category": "xttm", "days_ago": 26, "time": "15:30",
        "unit": "qltm", "authors": "Hoàng Nam",
        "title": "Hội nghị kết nối cung cầu hàng hóa giữa Thành phố và các tỉnh, thành",
        "summary": "Hơn 1.000 doanh nghiệp, hợp tác xã tham gia; 120 bản ghi nhớ hợp tác tiêu "
                   "thụ sản phẩm được ký kết.",
        "image": "hoi-nghi", "alt": "Bàn họp với các đại biểu ngồi xung quanh",
        "caption": "Doanh nghiệp và hợp tác xã gặp gỡ, ký kết hợp tác.",
        "body": [
            "Hội nghị kết nối cung cầu hàng hóa giữa Thành phố Hồ Chí Minh và các tỉnh, thành "
            "năm ${nam} đã thu hút hơn 1.000 doanh nghiệp, hợp tác xã đến từ 40 tỉnh, thành phố.",
            "Tại hội nghị, 120 bản ghi nhớ hợp tác tiêu thụ sản phẩm được ký kết giữa các nhà "
            "phân phối của Thành phố với doanh nghiệp, hợp tác xã các tỉnh, tập trung vào nông "
            "sản, thực phẩm chế biến và hàng tiêu dùng.",
            "Bên cạnh phiên kết nối, hội nghị dành không gian trưng bày hơn 300 gian hàng giới "
            "thiệu đặc sản vùng miền, giúp doanh nghiệp phân phối tìm hiểu trực tiếp sản phẩm "
            "và năng lực của nhà cung cấp.",
        ],
        "tags": ["kết nối cung cầu"],
    },
    {
        "key": "hoi-cho-nhat-ban",
        "category": "xttm", "days_ago": 38, "time": "09:10",
        "unit": "qltm", "authors": "Bảo Trâm",
        "title": "Doanh nghiệp Thành phố tham gia hội chợ thực phẩm quốc tế tại Nhật Bản",
        "summary": "Gian hàng chung của Thành phố giới thiệu thực phẩm chế biến, cà phê, trái cây "
                   "sấy và thủy sản đến các nhà nhập khẩu Nhật Bản.",
        "image": "cang-bien", "alt": "Container hàng hóa tại cảng và cần cẩu",
        "caption": "Thực phẩm chế biến là nhóm hàng có tiềm năng xuất khẩu sang Nhật Bản.",
        "body": [
            "Trong khuôn khổ Chương trình xúc tiến thương mại trọng điểm, 18 doanh nghiệp của "
            "Thành phố đã tham gia gian hàng chung tại một hội chợ thực phẩm quốc tế ở Nhật Bản.",
            "Các sản phẩm được giới thiệu gồm cà phê, trái cây sấy, bánh kẹo, gia vị và thủy sản "
            "chế biến. Trong những ngày diễn ra hội chợ, các doanh nghiệp đã có hơn 200 cuộc "
            "tiếp xúc với nhà nhập khẩu, nhà phân phối.",
            "Sở Công Thương khuyến nghị doanh nghiệp tiếp tục hoàn thiện chứng nhận an toàn thực "
            "phẩm, truy xuất nguồn gốc và bao bì theo yêu cầu của thị trường Nhật Bản để biến "
            "các cuộc tiếp xúc thành đơn hàng.",
        ],
        "tags": ["xúc tiến thương mại", "xuất khẩu"],
    },
    {
        "key": "ho-tro-dn-len-san",
        "category": "xttm", "days_ago": 50, "time": "14:45",
        "unit": "qltm", "authors": "Thanh Tuyền",
        "title": "Hỗ trợ doanh nghiệp nhỏ và vừa đưa sản phẩm lên sàn thương mại điện tử",
        "summary": "150 doanh nghiệp nhỏ và vừa được hỗ trợ mở gian hàng, chụp ảnh sản phẩm và "
                   "đào tạo kỹ năng bán hàng trực tuyến.",
        "image": "thuong-mai-dien-tu", "alt": "Điện thoại hiển thị gian hàng trực tuyến",
        "caption": "Gian hàng trực tuyến giúp doanh nghiệp tiếp cận khách hàng mới.",
        "body": [
            "Sở Công Thương phối hợp với các sàn thương mại điện tử triển khai chương trình hỗ "
            "trợ doanh nghiệp nhỏ và vừa đưa sản phẩm lên sàn. Đợt đầu có 150 doanh nghiệp được "
            "lựa chọn tham gia.",
            "Doanh nghiệp được hỗ trợ mở gian hàng, chụp ảnh và viết mô tả sản phẩm, tham gia "
            "các chương trình khuyến mại của sàn và đào tạo kỹ năng vận hành gian hàng, chăm sóc "
            "khách hàng.",
            "Sau ba tháng tham gia, doanh thu trực tuyến bình quân của các doanh nghiệp tăng gần "
            "gấp đôi; nhiều sản phẩm đặc trưng của Thành phố được người tiêu dùng cả nước biết "
            "đến.",
        ],
        "tags": ["thương mại điện tử", "doanh nghiệp nhỏ và vừa"],
    },
]

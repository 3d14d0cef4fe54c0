"""The demo department: its units, its people and its editorial board.

The units are those of Sở Công Thương TP.HCM named in the regulation (Đ.9.2,
Đ.10); the people are invented. Texts are plain lists, turned into rich text
by the builder. Each person with a ``role`` gets a demo login named by their ``key``, with
that role (in Vietnamese) in the list of demo logins.
"""

import datetime

ADDRESS = "163 Hai Bà Trưng, Phường 6, Quận 3, TP. Hồ Chí Minh"
ADDRESS_EN = "163 Hai Ba Trung Street, Ward 6, District 3, Ho Chi Minh City"
MAIN_PHONE = "(+848) 3829 6322"
MAIN_FAX = "(+848) 3822 1778"
MAIN_EMAIL = "sct@tphcm.gov.vn"

# Đ.10.1: the board is set up by the Director's decision; this is its current term.
BOARD_DECISION = "15/QĐ-SCT"
BOARD_TERM_START = datetime.date(2026, 1, 1)


def _at(place):
    return f"{place}, {ADDRESS}"


UNITS = [
    {
        "code": "bgd", "abbreviation": "BGĐ", "kind": "directorate",
        "name": "Ban Giám đốc", "name_en": "Board of Directors",
        "address": _at("Tầng 3"), "phone": "(028) 3829 6322", "fax": MAIN_FAX,
        "email": "bgd.sct@tphcm.gov.vn",
        "functions": [
            "Lãnh đạo, quản lý và điều hành toàn diện hoạt động của Sở Công Thương theo chức "
            "năng, nhiệm vụ được Ủy ban nhân dân Thành phố giao.",
            "Chịu trách nhiệm trước Ủy ban nhân dân Thành phố và trước pháp luật về quản lý nhà "
            "nước ngành công thương trên địa bàn Thành phố.",
            "Phân công nhiệm vụ cho các Phó Giám đốc, chỉ đạo các phòng chuyên môn và đơn vị "
            "trực thuộc Sở.",
            "Chỉ đạo trực tiếp hoạt động của Cổng thông tin điện tử Sở (Điều 4 Quy chế).",
        ],
        "functions_en": [
            "Leads, manages and directs all activities of the Department of Industry and Trade "
            "within the remit given by the City People's Committee.",
            "Answers to the City People's Committee and before the law for the state "
            "management of industry and trade in the city.",
            "Assigns duties to the Deputy Directors and directs the divisions and the units "
            "under the Department.",
            "Directly oversees the Department's web portal (Article 4 of the Regulation).",
        ],
    },
    {
        "code": "vp", "abbreviation": "VP", "kind": "office",
        "name": "Văn phòng Sở", "name_en": "Office of the Department",
        "address": _at("Tầng trệt và tầng 1"), "phone": "(028) 3829 6323", "fax": MAIN_FAX,
        "email": "vp.sct@tphcm.gov.vn",
        "functions": [
            "Tham mưu, tổng hợp, xây dựng chương trình công tác và theo dõi việc thực hiện các "
            "nhiệm vụ của Sở.",
            "Thực hiện công tác hành chính, văn thư, lưu trữ, quản trị cơ sở vật chất và bảo "
            "đảm điều kiện làm việc của cơ quan.",
            "Tổ chức tiếp nhận hồ sơ và trả kết quả giải quyết thủ tục hành chính theo cơ chế "
            "một cửa, một cửa liên thông.",
            "Làm đầu mối quản lý, cung cấp thông tin lên Cổng thông tin điện tử; cung cấp văn "
            "bản quy phạm pháp luật và quản lý tài chính, kế toán của Cổng (Điều 9.2.b Quy chế).",
        ],
        "functions_en": [
            "Advises the Directors, compiles the Department's work programme and follows up "
            "its implementation.",
            "Runs administration, correspondence, archives and facilities.",
            "Receives applications and returns the results of administrative procedures "
            "through the one-stop shop.",
            "Coordinates the information published on the web portal, provides the legal "
            "documents and manages the portal's finances (Article 9.2.b of the Regulation).",
        ],
    },
    {
        "code": "tccb", "abbreviation": "TCCB", "kind": "department",
        "name": "Phòng Tổ chức Cán bộ", "name_en": "Personnel and Organisation Division",
        "address": _at("Phòng 2.05, tầng 2"), "phone": "(028) 3829 6324", "fax": MAIN_FAX,
        "email": "tccb.sct@tphcm.gov.vn",
        "functions": [
            "Tham mưu về tổ chức bộ máy, vị trí việc làm, biên chế công chức và số lượng người "
            "làm việc của Sở và các đơn vị trực thuộc.",
            "Thực hiện công tác tuyển dụng, quy hoạch, đào tạo, bồi dưỡng, bổ nhiệm và chế độ, "
            "chính sách đối với công chức, viên chức, người lao động.",
            "Tổ chức công tác thi đua, khen thưởng và cải cách hành chính của Sở.",
            "Đề xuất nhân sự Ban Biên tập Cổng thông tin điện tử (Điều 10.1 Quy chế).",
        ],
        "functions_en": [
            "Advises on the organisation, job positions and staffing of the Department and its "
            "units.",
            "Handles recruitment, career planning, training, appointments and staff benefits.",
            "Organises emulation and awards and the Department's administrative reform.",
            "Proposes the members of the portal's editorial board (Article 10.1 of the "
            "Regulation).",
        ],
    },
    {
        "code": "ktatmt", "abbreviation": "KTATMT", "kind": "department",
        "name": "Phòng Kỹ thuật – An toàn – Môi trường",
        "name_en": "Technical, Safety and Environment Division",
        "address": _at("Phòng 4.02, tầng 4"), "phone": "(028) 3829 6325", "fax": MAIN_FAX,
        "email": "ktatmt.sct@tphcm.gov.vn",
        "functions": [
            "Quản lý nhà nước về an toàn kỹ thuật công nghiệp, kiểm định kỹ thuật an toàn lao "
            "động các máy, thiết bị có yêu cầu nghiêm ngặt thuộc ngành công thương.",
            "Quản lý hoạt động hóa chất, vật liệu nổ công nghiệp và tiền chất thuốc nổ trên địa "
            "bàn Thành phố.",
            "Hướng dẫn, kiểm tra công tác bảo vệ môi trường và ứng phó sự cố trong các cơ sở "
            "công nghiệp, thương mại.",
            "Bảo đảm vận hành Cổng thông tin điện tử thường xuyên, ổn định; chỉnh sửa mỹ thuật "
            "và đăng tin đã được duyệt (Điều 7.1.b, 9.2.c Quy chế).",
        ],
        "functions_en": [
            "State management of industrial technical safety and of machines and equipment "
            "with strict safety requirements in the sector.",
            "Manages chemicals, industrial explosives and explosive precursors in the city.",
            "Guides and inspects environmental protection and incident response in industrial "
            "and commercial establishments.",
            "Keeps the web portal running; formats and publishes approved items (Articles "
            "7.1.b and 9.2.c of the Regulation).",
        ],
    },
    {
        "code": "qltm", "abbreviation": "QLTM", "kind": "department",
        "name": "Phòng Quản lý Thương mại", "name_en": "Trade Management Division",
        "address": _at("Phòng 3.01, tầng 3"), "phone": "(028) 3829 6326", "fax": MAIN_FAX,
        "email": "qltm.sct@tphcm.gov.vn",
        "functions": [
            "Quản lý nhà nước về thương mại nội địa, hạ tầng thương mại (chợ, siêu thị, trung "
            "tâm thương mại) và phân phối hàng hóa.",
            "Chủ trì Chương trình bình ổn thị trường các mặt hàng thiết yếu và bảo đảm cân đối "
            "cung cầu hàng hóa.",
            "Quản lý hoạt động xuất khẩu, nhập khẩu, thương mại điện tử, khuyến mại, hội chợ và "
            "triển lãm thương mại.",
            "Cấp phép kinh doanh các mặt hàng kinh doanh có điều kiện: rượu, thuốc lá, xăng "
            "dầu, khí dầu mỏ hóa lỏng.",
        ],
        "functions_en": [
            "State management of domestic trade, commercial infrastructure (markets, "
            "supermarkets, shopping centres) and distribution.",
            "Leads the price stabilisation programme for essential goods and keeps supply and "
            "demand in balance.",
            "Manages exports and imports, e-commerce, sales promotions, trade fairs and "
            "exhibitions.",
            "Licenses trade in conditional goods: alcohol, tobacco, petroleum and LPG.",
        ],
    },
    {
        "code": "qlcn", "abbreviation": "QLCN", "kind": "department",
        "name": "Phòng Quản lý Công nghiệp", "name_en": "Industry Management Division",
        "address": _at("Phòng 4.05, tầng 4"), "phone": "(028) 3829 6327", "fax": MAIN_FAX,
        "email": "qlcn.sct@tphcm.gov.vn",
        "functions": [
            "Quản lý nhà nước về công nghiệp chế biến, chế tạo, cơ khí, điện tử, hóa dược, "
            "công nghiệp tiêu dùng và công nghiệp thực phẩm.",
            "Phát triển công nghiệp hỗ trợ, công nghiệp trọng yếu và cụm công nghiệp.",
            "Tổ chức thực hiện chương trình khuyến công và hỗ trợ sản phẩm công nghiệp nông "
            "thôn tiêu biểu.",
            "Theo dõi chỉ số sản xuất công nghiệp và đề xuất giải pháp tháo gỡ khó khăn cho "
            "doanh nghiệp.",
        ],
        "functions_en": [
            "State management of manufacturing, engineering, electronics, pharmaceuticals, "
            "consumer goods and food industries.",
            "Develops supporting and key industries and industrial clusters.",
            "Runs the industrial promotion programme and supports outstanding rural "
            "industrial products.",
            "Monitors the index of industrial production and proposes remedies for "
            "businesses' difficulties.",
        ],
    },
    {
        "code": "qlnl", "abbreviation": "QLNL", "kind": "department",
        "name": "Phòng Quản lý Năng lượng", "name_en": "Energy Management Division",
        "address": _at("Phòng 5.01, tầng 5"), "phone": "(028) 3829 6328", "fax": MAIN_FAX,
        "email": "qlnl.sct@tphcm.gov.vn",
        "functions": [
            "Quản lý nhà nước về điện lực, phát triển lưới điện và bảo đảm cung cấp điện trên "
            "địa bàn Thành phố.",
            "Thúc đẩy sử dụng năng lượng tiết kiệm và hiệu quả; theo dõi các cơ sở sử dụng năng "
            "lượng trọng điểm.",
            "Phát triển năng lượng mới, năng lượng tái tạo, trong đó có điện mặt trời mái nhà.",
            "Hướng dẫn, kiểm tra an toàn điện và việc thực hiện giá điện.",
        ],
        "functions_en": [
            "State management of electricity, grid development and power supply in the city.",
            "Promotes economical and efficient energy use and monitors major energy users.",
            "Develops new and renewable energy, including rooftop solar power.",
            "Guides and inspects electrical safety and the application of electricity tariffs.",
        ],
    },
    {
        "code": "khtc", "abbreviation": "KHTC", "kind": "department",
        "name": "Phòng Kế hoạch – Tài chính", "name_en": "Planning and Finance Division",
        "address": _at("Phòng 2.01, tầng 2"), "phone": "(028) 3829 6329", "fax": MAIN_FAX,
        "email": "khtc.sct@tphcm.gov.vn",
        "functions": [
            "Xây dựng kế hoạch phát triển ngành công thương dài hạn, trung hạn và hằng năm.",
            "Tổng hợp, thống kê và báo cáo số liệu ngành công thương Thành phố.",
            "Lập, phân bổ và quyết toán dự toán ngân sách; quản lý tài chính, tài sản công của "
            "Sở.",
            "Thẩm định, theo dõi các dự án đầu tư công và chương trình của ngành.",
        ],
        "functions_en": [
            "Prepares long-, medium-term and annual development plans for industry and trade.",
            "Compiles the sector's statistics and reports.",
            "Prepares, allocates and settles the budget; manages the Department's finances and "
            "public assets.",
            "Appraises and monitors the sector's public investment projects and programmes.",
        ],
    },
    {
        "code": "ttr", "abbreviation": "TTr", "kind": "inspectorate",
        "name": "Thanh tra Sở", "name_en": "Department Inspectorate",
        "address": _at("Phòng 5.04, tầng 5"), "phone": "(028) 3829 6330", "fax": MAIN_FAX,
        "email": "ttr.sct@tphcm.gov.vn",
        "functions": [
            "Thanh tra hành chính và thanh tra chuyên ngành trong lĩnh vực công thương.",
            "Tiếp công dân, giải quyết khiếu nại, tố cáo theo quy định của pháp luật.",
            "Thực hiện công tác phòng, chống tham nhũng, tiêu cực.",
            "Phối hợp kiểm tra, xử lý vi phạm hành chính trong hoạt động thương mại, điện lực, "
            "hóa chất, an toàn thực phẩm.",
        ],
        "functions_en": [
            "Carries out administrative and specialised inspections in industry and trade.",
            "Receives citizens and settles complaints and denunciations under the law.",
            "Prevents and combats corruption.",
            "Joins inspections and sanctions administrative violations in trade, electricity, "
            "chemicals and food safety.",
        ],
    },
    {
        "code": "ktsg", "abbreviation": "KTSG", "kind": "partner",
        "name": "Thời báo Kinh tế Sài Gòn", "name_en": "The Saigon Times",
        "address": "35 Nam Kỳ Khởi Nghĩa, Phường Nguyễn Thái Bình, Quận 1, TP. Hồ Chí Minh",
        "phone": "(028) 3829 5936", "fax": "",
        "email": "bandich@thesaigontimes.vn",
        "functions": [
            "Phối hợp với Ban Biên tập chuyển ngữ sang tiếng Anh các tin, bài được lựa chọn "
            "(Điều 9.2.d, 11.3 Quy chế).",
            "Hiệu đính thuật ngữ chuyên ngành công thương trong các bản dịch.",
        ],
        "functions_en": [
            "Translates the items selected by the editorial board into English (Articles "
            "9.2.d and 11.3 of the Regulation).",
            "Reviews industry and trade terminology in the translations.",
        ],
    },
]


def _email(local):
    return f"{local}.sct@tphcm.gov.vn"


# People, in each unit's display order. Keys are the demo usernames when the
# person has a login, otherwise short descriptive ids.
PEOPLE = [
    # --- Ban Giám đốc -------------------------------------------------------------
    {
        "key": "giamdoc", "unit": "bgd", "full_name": "Trần Quốc Hưng",
        "position": "Giám đốc Sở", "position_en": "Director",
        "phone": "(028) 3829 6322", "email": _email("tqhung"), "contact": False,
        "biography": [
            "Sinh năm 1972, quê quán tỉnh Long An.",
            "Trình độ chuyên môn: Tiến sĩ Kinh tế; lý luận chính trị: Cao cấp.",
            "1995–2008: chuyên viên, Phó Trưởng phòng Sở Thương mại Thành phố.",
            "2008–2015: Trưởng phòng Quản lý Thương mại, Sở Công Thương.",
            "2015–2020: Phó Giám đốc Sở Công Thương.",
            "Từ năm 2021: Giám đốc Sở Công Thương Thành phố Hồ Chí Minh.",
        ],
        "biography_en": [
            "Born in 1972 in Long An province.",
            "Education: PhD in Economics; advanced political theory.",
            "1995–2008: officer, then deputy head of division at the City Department of Trade.",
            "2008–2015: Head of the Trade Management Division, Department of Industry and "
            "Trade.",
            "2015–2020: Deputy Director of the Department of Industry and Trade.",
            "Since 2021: Director of the Department of Industry and Trade of Ho Chi Minh City.",
        ],
        "responsibilities": [
            "Lãnh đạo, điều hành chung mọi hoạt động của Sở; là người phát ngôn chính thức của "
            "Sở.",
            "Trực tiếp phụ trách công tác tổ chức cán bộ, kế hoạch – tài chính, thanh tra, thi "
            "đua – khen thưởng.",
            "Trực tiếp chỉ đạo Phòng Tổ chức Cán bộ, Phòng Kế hoạch – Tài chính và Thanh tra "
            "Sở.",
        ],
        "responsibilities_en": [
            "Leads and directs all the Department's activities; official spokesperson of the "
            "Department.",
            "Directly in charge of personnel, planning and finance, inspection, emulation and "
            "awards.",
            "Directly oversees the Personnel and Organisation Division, the Planning and "
            "Finance Division and the Inspectorate.",
        ],
    },
    {
        "key": "truongban", "unit": "bgd", "full_name": "Nguyễn Thị Thu Hà",
        "position": "Phó Giám đốc Sở", "position_en": "Deputy Director",
        "phone": "(028) 3829 6331", "email": _email("ntthuha"), "contact": True,
        "role": "Trưởng ban Biên tập (Phó Giám đốc Sở)", "portrait": "long hair",
        "biography": [
            "Sinh năm 1976, quê quán tỉnh Bến Tre.",
            "Trình độ chuyên môn: Thạc sĩ Quản trị kinh doanh; lý luận chính trị: Cao cấp.",
            "1999–2012: chuyên viên, Phó Trưởng phòng Quản lý Thương mại.",
            "2012–2019: Chánh Văn phòng Sở Công Thương.",
            "Từ năm 2019: Phó Giám đốc Sở Công Thương; từ năm 2026: Trưởng ban Biên tập Cổng "
            "thông tin điện tử Sở.",
        ],
        "biography_en": [
            "Born in 1976 in Ben Tre province.",
            "Education: Master of Business Administration; advanced political theory.",
            "1999–2012: officer, then Deputy Head of the Trade Management Division.",
            "2012–2019: Chief of the Office of the Department.",
            "Since 2019: Deputy Director; since 2026: Head of the web portal's editorial board.",
        ],
        "responsibilities": [
            "Phụ trách lĩnh vực thương mại nội địa, bình ổn thị trường, xúc tiến thương mại và "
            "thương mại điện tử.",
            "Chỉ đạo Văn phòng Sở và Phòng Quản lý Thương mại.",
            "Trưởng ban Biên tập Cổng thông tin điện tử Sở; duyệt nội dung, hình ảnh trước khi "
            "đăng (Điều 7.1.a, 12.1 Quy chế).",
        ],
        "responsibilities_en": [
            "In charge of domestic trade, price stabilisation, trade promotion and e-commerce.",
            "Oversees the Office and the Trade Management Division.",
            "Head of the web portal's editorial board; approves texts and pictures before "
            "publication (Articles 7.1.a and 12.1 of the Regulation).",
        ],
    },
    {
        "key": "pgd_congnghiep", "unit": "bgd", "full_name": "Lê Hoàng Phúc",
        "position": "Phó Giám đốc Sở", "position_en": "Deputy Director",
        "phone": "(028) 3829 6332", "email": _email("lhphuc"), "contact": False,
        "biography": [
            "Sinh năm 1974, quê quán Thành phố Hồ Chí Minh.",
            "Trình độ chuyên môn: Thạc sĩ Kỹ thuật hóa học; lý luận chính trị: Cao cấp.",
            "1997–2010: kỹ sư, Phó Giám đốc một doanh nghiệp cơ khí nhà nước.",
            "2010–2018: Trưởng phòng Kỹ thuật – An toàn – Môi trường.",
            "Từ năm 2018: Phó Giám đốc Sở Công Thương.",
        ],
        "biography_en": [
            "Born in 1974 in Ho Chi Minh City.",
            "Education: Master of Chemical Engineering; advanced political theory.",
            "1997–2010: engineer, then deputy director of a state engineering company.",
            "2010–2018: Head of the Technical, Safety and Environment Division.",
            "Since 2018: Deputy Director of the Department.",
        ],
        "responsibilities": [
            "Phụ trách lĩnh vực công nghiệp, công nghiệp hỗ trợ, khuyến công và cụm công "
            "nghiệp.",
            "Phụ trách an toàn kỹ thuật, hóa chất, vật liệu nổ công nghiệp và môi trường ngành "
            "công thương.",
            "Chỉ đạo Phòng Quản lý Công nghiệp và Phòng Kỹ thuật – An toàn – Môi trường.",
        ],
        "responsibilities_en": [
            "In charge of industry, supporting industries, industrial promotion and industrial "
            "clusters.",
            "In charge of technical safety, chemicals, industrial explosives and the sector's "
            "environment.",
            "Oversees the Industry Management Division and the Technical, Safety and "
            "Environment Division.",
        ],
    },
    {
        "key": "pgd_nangluong", "unit": "bgd", "full_name": "Võ Minh Tâm",
        "position": "Phó Giám đốc Sở", "position_en": "Deputy Director",
        "phone": "(028) 3829 6333", "email": _email("vmtam"), "contact": False,
        "biography": [
            "Sinh năm 1978, quê quán tỉnh Tiền Giang.",
            "Trình độ chuyên môn: Thạc sĩ Kỹ thuật điện; lý luận chính trị: Cao cấp.",
            "2001–2014: kỹ sư, Trưởng phòng Kỹ thuật một công ty điện lực.",
            "2014–2021: Trưởng phòng Quản lý Năng lượng.",
            "Từ năm 2021: Phó Giám đốc Sở Công Thương.",
        ],
        "biography_en": [
            "Born in 1978 in Tien Giang province.",
            "Education: Master of Electrical Engineering; advanced political theory.",
            "2001–2014: engineer, then head of the technical division of a power company.",
            "2014–2021: Head of the Energy Management Division.",
            "Since 2021: Deputy Director of the Department.",
        ],
        "responsibilities": [
            "Phụ trách lĩnh vực điện lực, năng lượng, sử dụng năng lượng tiết kiệm và hiệu quả.",
            "Phụ trách lĩnh vực xăng dầu, khí và hội nhập kinh tế quốc tế.",
            "Chỉ đạo Phòng Quản lý Năng lượng.",
        ],
        "responsibilities_en": [
            "In charge of electricity, energy and energy efficiency.",
            "In charge of petroleum, gas and international economic integration.",
            "Oversees the Energy Management Division.",
        ],
    },
    # --- Văn phòng Sở ----------------------------------------------------------------
    {
        "key": "phoban", "unit": "vp", "full_name": "Đặng Thị Mai Anh",
        "position": "Chánh Văn phòng", "position_en": "Chief of Office",
        "phone": "(028) 3829 6323", "email": _email("dtmaianh"), "contact": True,
        "role": "Phó ban Biên tập (Chánh Văn phòng)",
    },
    {
        "key": "tv_vp", "unit": "vp", "full_name": "Huỳnh Văn Lộc",
        "position": "Phó Chánh Văn phòng", "position_en": "Deputy Chief of Office",
        "phone": "(028) 3829 6334", "email": _email("hvloc"),
        "role": "Thành viên Ban Biên tập – Văn phòng Sở",
    },
    {
        "key": "thuky1", "unit": "vp", "full_name": "Trương Ngọc Hân",
        "position": "Chuyên viên Văn phòng", "position_en": "Officer, Office",
        "phone": "(028) 3829 6335", "email": _email("tnhan"),
        "role": "Tổ Thư ký Ban Biên tập (Văn phòng Sở)",
    },
    {
        "key": "thuky2", "unit": "vp", "full_name": "Phan Quốc Bảo",
        "position": "Chuyên viên Văn phòng", "position_en": "Officer, Office",
        "phone": "(028) 3829 6336", "email": _email("pqbao"),
        "role": "Tổ Thư ký Ban Biên tập (Văn phòng Sở)",
    },
    {
        "key": "cb_vp", "unit": "vp", "full_name": "Lý Thị Kim Ngân",
        "position": "Chuyên viên Văn phòng", "position_en": "Officer, Office",
        "phone": "(028) 3829 6337", "email": _email("ltkngan"), "contact": True,
        "duties": {"provides_information": True},
        "role": "Cán bộ cung cấp tin – Văn phòng Sở",
    },
    {
        "key": "vanphong", "unit": "vp", "full_name": "Mai Thị Hồng Nhung",
        "position": "Kế toán trưởng", "position_en": "Chief Accountant",
        "phone": "(028) 3829 6338", "email": _email("mthnhung"),
        "duties": {"handles_documents_and_finance": True},
        "role": "Văn bản pháp luật, nhuận bút và kinh phí (Văn phòng Sở)",
    },
    {
        "key": "admin", "unit": "vp", "full_name": "Tô Minh Khoa",
        "position": "Chuyên viên quản trị hệ thống", "position_en": "Systems Administrator",
        "phone": "(028) 3829 6339", "email": _email("tmkhoa"),
        "duties": {"administers": True},
        "role": "Quản trị hệ thống",
    },
    # --- Phòng Tổ chức Cán bộ --------------------------------------------------------
    {
        "key": "tv_tccb", "unit": "tccb", "full_name": "Bùi Thanh Sơn",
        "position": "Trưởng phòng Tổ chức Cán bộ",
        "position_en": "Head of the Personnel and Organisation Division",
        "phone": "(028) 3829 6324", "email": _email("btson"),
        "role": "Thành viên Ban Biên tập – Phòng Tổ chức Cán bộ",
    },
    {
        "key": "pp_tccb", "unit": "tccb", "full_name": "Ngô Thị Lan Phương",
        "position": "Phó Trưởng phòng Tổ chức Cán bộ",
        "position_en": "Deputy Head of the Personnel and Organisation Division",
        "phone": "(028) 3829 6340", "email": _email("ntlphuong"),
    },
    {
        "key": "cb_tccb", "unit": "tccb", "full_name": "Đỗ Hải Yến",
        "position": "Chuyên viên", "position_en": "Officer",
        "phone": "(028) 3829 6341", "email": _email("dhyen"), "contact": True,
        "duties": {"provides_information": True},
        "role": "Cán bộ cung cấp tin – Phòng Tổ chức Cán bộ",
    },
    # --- Phòng Kỹ thuật – An toàn – Môi trường -----------------------------------------
    {
        "key": "tv_ktatmt", "unit": "ktatmt", "full_name": "Châu Văn Nghĩa",
        "position": "Trưởng phòng Kỹ thuật – An toàn – Môi trường",
        "position_en": "Head of the Technical, Safety and Environment Division",
        "phone": "(028) 3829 6325", "email": _email("cvnghia"),
        "role": "Thành viên Ban Biên tập – Phòng Kỹ thuật – An toàn – Môi trường",
    },
    {
        "key": "pp_ktatmt", "unit": "ktatmt", "full_name": "Lâm Thị Bích Thủy",
        "position": "Phó Trưởng phòng Kỹ thuật – An toàn – Môi trường",
        "position_en": "Deputy Head of the Technical, Safety and Environment Division",
        "phone": "(028) 3829 6342", "email": _email("ltbthuy"),
    },
    {
        "key": "thuky3", "unit": "ktatmt", "full_name": "Hồ Đức Trí",
        "position": "Chuyên viên", "position_en": "Officer",
        "phone": "(028) 3829 6343", "email": _email("hdtri"),
        "role": "Tổ Thư ký Ban Biên tập (Phòng KT-AT-MT)",
    },
    {
        "key": "kythuat", "unit": "ktatmt", "full_name": "Vương Gia Huy",
        "position": "Chuyên viên công nghệ thông tin", "position_en": "IT Officer",
        "phone": "(028) 3829 6344", "email": _email("vghuy"),
        "duties": {"publishes": True},
        "role": "Biên tập kỹ thuật và đăng tin (Phòng KT-AT-MT)",
    },
    {
        "key": "cb_ktatmt", "unit": "ktatmt", "full_name": "Kiều Thị Ngọc Diễm",
        "position": "Chuyên viên", "position_en": "Officer",
        "phone": "(028) 3829 6345", "email": _email("ktndiem"), "contact": True,
        "duties": {"provides_information": True},
        # Kiêm nhiệm: provides information for both units and chooses between them.
        "concurrent": ["qlnl"],
        "role": "Cán bộ cung cấp tin – Phòng Kỹ thuật – An toàn – Môi trường, "
                "kiêm nhiệm Phòng Quản lý Năng lượng",
    },
    # --- Phòng Quản lý Thương mại ------------------------------------------------------
    {
        "key": "tv_qltm", "unit": "qltm", "full_name": "Tạ Minh Đức",
        "position": "Trưởng phòng Quản lý Thương mại",
        "position_en": "Head of the Trade Management Division",
        "phone": "(028) 3829 6326", "email": _email("tmduc"),
        "role": "Thành viên Ban Biên tập – Phòng Quản lý Thương mại",
    },
    {
        "key": "pp_qltm", "unit": "qltm", "full_name": "Nguyễn Thị Bảo Trâm",
        "position": "Phó Trưởng phòng Quản lý Thương mại",
        "position_en": "Deputy Head of the Trade Management Division",
        "phone": "(028) 3829 6346", "email": _email("ntbtram"),
    },
    {
        "key": "cb_qltm", "unit": "qltm", "full_name": "Dương Thị Thanh Tuyền",
        "position": "Chuyên viên", "position_en": "Officer",
        "phone": "(028) 3829 6347", "email": _email("dttuyen"), "contact": True,
        "duties": {"provides_information": True},
        "role": "Cán bộ cung cấp tin – Phòng Quản lý Thương mại",
    },
    {
        "key": "ctv1", "unit": "qltm", "full_name": "Lưu Hoàng Nam",
        "position": "Cộng tác viên", "position_en": "Contributing writer",
        "phone": "0903 418 275", "email": "luuhoangnam.ctv@gmail.com",
        "duties": {"is_collaborator": True},
        "role": "Cộng tác viên (qua Phòng Quản lý Thương mại)",
    },
    # --- Phòng Quản lý Công nghiệp ------------------------------------------------------
    {
        "key": "tv_qlcn", "unit": "qlcn", "full_name": "Trịnh Quang Vinh",
        "position": "Trưởng phòng Quản lý Công nghiệp",
        "position_en": "Head of the Industry Management Division",
        "phone": "(028) 3829 6327", "email": _email("tqvinh"),
        "role": "Thành viên Ban Biên tập – Phòng Quản lý Công nghiệp",
    },
    {
        "key": "cb_qlcn", "unit": "qlcn", "full_name": "Phùng Thị Mỹ Linh",
        "position": "Chuyên viên", "position_en": "Officer",
        "phone": "(028) 3829 6348", "email": _email("ptmlinh"), "contact": True,
        "duties": {"provides_information": True},
        "role": "Cán bộ cung cấp tin – Phòng Quản lý Công nghiệp",
    },
    # --- Phòng Quản lý Năng lượng ----------------------------------------------------------
    {
        "key": "tp_qlnl", "unit": "qlnl", "full_name": "Cao Văn Hậu",
        "position": "Trưởng phòng Quản lý Năng lượng",
        "position_en": "Head of the Energy Management Division",
        "phone": "(028) 3829 6328", "email": _email("cvhau"),
    },
    {
        "key": "tv_qlnl", "unit": "qlnl", "full_name": "Lê Thị Ngọc Hân",
        "position": "Phó Trưởng phòng Quản lý Năng lượng",
        "position_en": "Deputy Head of the Energy Management Division",
        "phone": "(028) 3829 6349", "email": _email("ltnhan"),
        "role": "Thành viên Ban Biên tập – Phòng Quản lý Năng lượng",
    },
    {
        "key": "cb_qlnl", "unit": "qlnl", "full_name": "Đoàn Ngọc Tú",
        "position": "Chuyên viên", "position_en": "Officer",
        "phone": "(028) 3829 6350", "email": _email("dntu"), "contact": True,
        "duties": {"provides_information": True},
        "role": "Cán bộ cung cấp tin – Phòng Quản lý Năng lượng",
    },
    # --- Phòng Kế hoạch – Tài chính -------------------------------------------------------
    {
        "key": "tv_khtc", "unit": "khtc", "full_name": "Hà Thị Xuân Mai",
        "position": "Trưởng phòng Kế hoạch – Tài chính",
        "position_en": "Head of the Planning and Finance Division",
        "phone": "(028) 3829 6329", "email": _email("htxmai"),
        "role": "Thành viên Ban Biên tập – Phòng Kế hoạch – Tài chính",
    },
    {
        "key": "cb_khtc", "unit": "khtc", "full_name": "La Văn Tài",
        "position": "Chuyên viên", "position_en": "Officer",
        "phone": "(028) 3829 6351", "email": _email("lvtai"), "contact": True,
        "duties": {"provides_information": True},
        "role": "Cán bộ cung cấp tin – Phòng Kế hoạch – Tài chính",
    },
    # --- Thanh tra Sở -------------------------------------------------------------------------
    {
        "key": "tv_ttr", "unit": "ttr", "full_name": "Quách Văn Toàn",
        "position": "Chánh Thanh tra Sở", "position_en": "Chief Inspector",
        "phone": "(028) 3829 6330", "email": _email("qvtoan"),
        "role": "Thành viên Ban Biên tập – Thanh tra Sở",
    },
    {
        "key": "pct_ttr", "unit": "ttr", "full_name": "Thái Bảo Long",
        "position": "Phó Chánh Thanh tra Sở", "position_en": "Deputy Chief Inspector",
        "phone": "(028) 3829 6352", "email": _email("tblong"),
    },
    {
        "key": "cb_ttr", "unit": "ttr", "full_name": "Nguyễn Hoàng Yến",
        "position": "Thanh tra viên", "position_en": "Inspector",
        "phone": "(028) 3829 6353", "email": _email("nhyen"), "contact": True,
        "duties": {"provides_information": True},
        "role": "Cán bộ cung cấp tin – Thanh tra Sở",
    },
    # --- Thời báo Kinh tế Sài Gòn (đối tác) ---------------------------------------------------
    {
        "key": "dichgia", "unit": "ktsg", "full_name": "Trần Mỹ Duyên",
        "position": "Biên dịch viên, Ban Biên dịch", "position_en": "Translator",
        "phone": "(028) 3829 5936", "email": "myduyen.tran@thesaigontimes.vn", "contact": True,
        "duties": {"translates": True},
        "role": "Biên dịch tiếng Anh (Thời báo Kinh tế Sài Gòn)",
    },
]

# The editorial board (Đ.10.2): person key → (role, represented unit).
BOARD = [
    ("truongban", "head", None),
    ("phoban", "deputy", None),
    ("tv_vp", "member", "vp"),
    ("tv_tccb", "member", "tccb"),
    ("tv_ktatmt", "member", "ktatmt"),
    ("tv_qltm", "member", "qltm"),
    ("tv_qlcn", "member", "qlcn"),
    ("tv_qlnl", "member", "qlnl"),
    ("tv_khtc", "member", "khtc"),
    ("tv_ttr", "member", "ttr"),
    ("thuky1", "secretary", None),
    ("thuky2", "secretary", None),
    ("thuky3", "secretary", None),
]

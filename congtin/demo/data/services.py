"""Administrative procedures of the department (linked to the national public
service portal, Decree 42/2022 Art. 4) and the home page's website links.

Procedure codes and addresses are illustrative: a deployment loads the real
list from the national procedure database.
"""

PORTAL = "https://dichvucong.gov.vn"


def _url(code):
    return f"{PORTAL}/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc={code}"


# (name, name in English, field, field in English, level, code); level is
# Procedure.Level: full (toàn trình), partial (một phần), info (thông tin).
PROCEDURES = [
    ("Cấp Giấy phép kinh doanh bán lẻ sản phẩm rượu",
     "Licence for the retail sale of alcoholic beverages",
     "Lưu thông hàng hóa trong nước", "Domestic trade", "full", "2.000633"),
    ("Cấp Giấy phép bán buôn sản phẩm rượu",
     "Licence for the wholesale of alcoholic beverages",
     "Lưu thông hàng hóa trong nước", "Domestic trade", "full", "2.000620"),
    ("Cấp Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu",
     "Certificate of eligibility for petrol retail stations",
     "Kinh doanh xăng dầu, khí", "Petroleum and gas trading", "partial", "2.001283"),
    ("Cấp Giấy chứng nhận đủ điều kiện thương nhân kinh doanh mua bán LPG",
     "Certificate of eligibility for LPG traders",
     "Kinh doanh xăng dầu, khí", "Petroleum and gas trading", "partial", "2.000190"),
    ("Đăng ký thực hiện khuyến mại theo hình thức mang tính may rủi trên địa bàn một tỉnh, "
     "thành phố",
     "Registration of games-of-chance sales promotions within the city",
     "Xúc tiến thương mại", "Trade promotion", "full", "2.000131"),
    ("Thông báo thực hiện khuyến mại",
     "Notification of sales promotions",
     "Xúc tiến thương mại", "Trade promotion", "full", "2.000002"),
    ("Đăng ký tổ chức hội chợ, triển lãm thương mại tại Việt Nam",
     "Registration of trade fairs and exhibitions in Viet Nam",
     "Xúc tiến thương mại", "Trade promotion", "full", "2.000033"),
    ("Cấp Giấy phép sử dụng vật liệu nổ công nghiệp",
     "Licence to use industrial explosives",
     "Vật liệu nổ công nghiệp", "Industrial explosives", "partial", "2.001429"),
    ("Cấp Giấy chứng nhận đủ điều kiện sản xuất, kinh doanh hóa chất thuộc danh mục hóa "
     "chất sản xuất, kinh doanh có điều kiện",
     "Certificate of eligibility for producing or trading conditional chemicals",
     "Hóa chất", "Chemicals", "partial", "2.000572"),
    ("Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm do Sở Công Thương thực hiện",
     "Food safety certificate for establishments under the Department's remit",
     "An toàn thực phẩm", "Food safety", "partial", "2.000591"),
    ("Cấp Giấy phép hoạt động điện lực trong lĩnh vực phân phối, bán lẻ điện",
     "Electricity licence for distribution and retail",
     "Điện lực", "Electricity", "full", "2.001266"),
    ("Cấp Giấy phép kinh doanh cho tổ chức kinh tế có vốn đầu tư nước ngoài thực hiện hoạt "
     "động mua bán hàng hóa",
     "Business licence for foreign-invested companies trading in goods",
     "Thương mại quốc tế", "International trade", "partial", "2.000034"),
    ("Cấp Giấy phép thành lập Văn phòng đại diện của thương nhân nước ngoài tại Việt Nam",
     "Licence to open a representative office of a foreign trader",
     "Thương mại quốc tế", "International trade", "full", "2.000044"),
    ("Cấp Giấy xác nhận ưu đãi dự án sản xuất sản phẩm công nghiệp hỗ trợ",
     "Certificate of incentives for supporting-industry projects",
     "Công nghiệp hỗ trợ", "Supporting industries", "info", "2.001861"),
]

PROCEDURES = [
    {"name": name, "name_en": name_en, "field": field, "field_en": field_en, "level": level,
     "code": code, "url": _url(code)}
    for name, name_en, field, field_en, level, code in PROCEDURES
]

WEBSITE_LINKS = [
    ("Cổng thông tin điện tử Thành phố Hồ Chí Minh", "Ho Chi Minh City Portal",
     "https://hochiminhcity.gov.vn"),
    ("Cổng thông tin điện tử Chính phủ", "Government Portal", "https://chinhphu.vn"),
    ("Bộ Công Thương", "Ministry of Industry and Trade", "https://moit.gov.vn"),
    ("Cổng Dịch vụ công quốc gia", "National Public Service Portal",
     "https://dichvucong.gov.vn"),
    ("Cổng Dịch vụ công Thành phố Hồ Chí Minh", "Ho Chi Minh City Public Service Portal",
     "https://dichvucong.hochiminhcity.gov.vn"),
    ("Cơ sở dữ liệu quốc gia về văn bản pháp luật", "National Database of Legal Documents",
     "https://vbpl.vn"),
    ("Cục Thương mại điện tử và Kinh tế số", "Vietnam E-commerce and Digital Economy Agency",
     "https://idea.gov.vn"),
    ("Cục Xúc tiến thương mại", "Vietnam Trade Promotion Agency", "https://vietrade.gov.vn"),
    ("Thời báo Kinh tế Sài Gòn", "The Saigon Times", "https://thesaigontimes.vn"),
]

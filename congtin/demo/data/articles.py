"""All demo articles, and the attachments they link to.

An article is a dict:

    key          slug and id for related links (ASCII)
    category     a key of NEWS_CATEGORIES or TOP_CATEGORIES in data/pages.py
    days_ago     age of the item on the day the demo is built; time: "HH:MM"
    unit         code of the providing unit (Đ.6); authors: the byline
    title, summary
    image, alt, caption   scene key of `congtin.demo.images` for the listing
                          image and the lead figure, its alt text and caption
    body         see `congtin.demo.body`
    tags         keywords; related: keys of related articles
    source       for excerpts (Đ.9.1.c): title, publisher, days_ago, url
"""

from .columns import OTHER, PARTY_AND_UNIONS, SPECIALISED
from .news import ACTIVITIES, SECTOR, TRADE_PROMOTION
from .notices import NOTICES, PRESS
from .series import all_series


def all_articles(today):
    """Every article: the hand-written ones and the recurring series."""
    return (ACTIVITIES + SECTOR + TRADE_PROMOTION + NOTICES + PRESS + SPECIALISED
            + PARTY_AND_UNIONS + OTHER + all_series(today))


# Attachments (Đ.7.1.a): key → (title, file name, heading, paragraphs).
DOCUMENTS = {
    "ke-hoach-binh-on": (
        "Kế hoạch thực hiện Chương trình bình ổn thị trường năm ${nam_tet}",
        "ke-hoach-binh-on-thi-truong",
        "Kế hoạch thực hiện Chương trình bình ổn thị trường các mặt hàng thiết yếu năm "
        "${nam_tet}",
        [
            "I. MỤC ĐÍCH, YÊU CẦU",
            "1. Bảo đảm cân đối cung cầu, ổn định giá cả các mặt hàng thiết yếu, nhất là trong "
            "dịp Tết Nguyên đán; góp phần kiềm chế lạm phát, ổn định đời sống nhân dân.",
            "2. Các doanh nghiệp tham gia chương trình cam kết dự trữ hàng hóa, bán đúng giá bình "
            "ổn, bảo đảm chất lượng và an toàn thực phẩm.",
            "II. NỘI DUNG THỰC HIỆN",
            "1. Mặt hàng: lương thực, thực phẩm chế biến, thịt gia súc, gia cầm, trứng, thủy hải "
            "sản, rau củ quả, đường, dầu ăn, sữa, sách giáo khoa và tập học sinh.",
            "2. Mạng lưới bán hàng: siêu thị, cửa hàng tiện lợi, chợ truyền thống, điểm bán lưu "
            "động tại khu công nghiệp, khu chế xuất và khu dân cư.",
            "3. Giá bán: thấp hơn giá thị trường cùng loại từ 5% đến 10%; việc điều chỉnh giá "
            "phải có ý kiến của Sở Công Thương.",
            "III. TỔ CHỨC THỰC HIỆN",
            "Phòng Quản lý Thương mại chủ trì theo dõi, tổng hợp; các doanh nghiệp báo cáo định "
            "kỳ hằng tháng về lượng hàng dự trữ, bán ra và giá bán.",
        ],
    ),
    "mau-dang-ky-binh-on": (
        "Mẫu đơn đăng ký tham gia Chương trình bình ổn thị trường",
        "mau-dang-ky-binh-on-thi-truong",
        "Đơn đăng ký tham gia Chương trình bình ổn thị trường năm ${nam_tet}",
        [
            "Kính gửi: Sở Công Thương Thành phố Hồ Chí Minh.",
            "Tên doanh nghiệp: ........................................................",
            "Mã số doanh nghiệp: ....................... Địa chỉ trụ sở: ......................",
            "Người đại diện theo pháp luật: ........................ Chức vụ: ..................",
            "Mặt hàng đăng ký tham gia: ..............................................",
            "Lượng hàng cam kết bình quân mỗi tháng: ...................................",
            "Số điểm bán hiện có: ................ Số điểm bán dự kiến phát triển: ................",
            "Doanh nghiệp cam kết thực hiện đúng các quy định của Chương trình bình ổn thị trường "
            "và chịu trách nhiệm về tính chính xác của thông tin đã kê khai.",
        ],
    ),
    "ke-hoach-kiem-tra-hoa-chat": (
        "Kế hoạch kiểm tra an toàn hóa chất năm ${nam_sau}",
        "ke-hoach-kiem-tra-an-toan-hoa-chat",
        "Kế hoạch kiểm tra việc chấp hành quy định về hóa chất năm ${nam_sau}",
        [
            "1. Mục đích: đánh giá việc chấp hành quy định của pháp luật về hóa chất; hướng dẫn "
            "cơ sở khắc phục tồn tại, phòng ngừa sự cố.",
            "2. Đối tượng: 120 cơ sở sản xuất, kinh doanh, sử dụng hóa chất trên địa bàn Thành "
            "phố, ưu tiên cơ sở có hóa chất nguy hiểm và cơ sở chưa được kiểm tra trong 3 năm "
            "gần nhất.",
            "3. Nội dung: điều kiện sản xuất, kinh doanh; kế hoạch, biện pháp phòng ngừa, ứng "
            "phó sự cố; huấn luyện an toàn; khai báo, phân loại, ghi nhãn và phiếu an toàn hóa "
            "chất.",
            "4. Thời gian: chia làm 4 đợt, mỗi quý một đợt; thông báo trước cho cơ sở ít nhất 5 "
            "ngày làm việc.",
            "5. Tổ chức thực hiện: Phòng Kỹ thuật – An toàn – Môi trường chủ trì, phối hợp với "
            "Thanh tra Sở và các cơ quan liên quan.",
        ],
    ),
    "du-thao-quy-dinh-cho": (
        "Dự thảo Quy định về quản lý và phát triển chợ trên địa bàn Thành phố",
        "du-thao-quy-dinh-quan-ly-cho",
        "Quy định về quản lý và phát triển chợ trên địa bàn Thành phố Hồ Chí Minh (dự thảo)",
        [
            "Chương I. QUY ĐỊNH CHUNG",
            "Điều 1. Phạm vi điều chỉnh: Quy định này quy định về phát triển, quản lý, khai thác "
            "chợ trên địa bàn Thành phố Hồ Chí Minh.",
            "Điều 2. Đối tượng áp dụng: cơ quan quản lý nhà nước, doanh nghiệp, hợp tác xã, ban "
            "quản lý chợ, thương nhân kinh doanh tại chợ và tổ chức, cá nhân có liên quan.",
            "Chương II. PHÁT TRIỂN CHỢ",
            "Điều 5. Nguyên tắc phát triển chợ: phù hợp quy hoạch, bảo đảm văn minh thương mại, "
            "an toàn thực phẩm, phòng cháy, chữa cháy và vệ sinh môi trường.",
            "(Toàn văn dự thảo gồm 5 chương, 32 điều.)",
        ],
    ),
    "chuong-trinh-tap-huan-tmdt": (
        "Chương trình lớp tập huấn kỹ năng kinh doanh thương mại điện tử",
        "chuong-trinh-tap-huan-thuong-mai-dien-tu",
        "Chương trình tập huấn kỹ năng kinh doanh trên môi trường thương mại điện tử",
        [
            "Buổi 1 – sáng: Quy định pháp luật về thương mại điện tử và bảo vệ quyền lợi người "
            "tiêu dùng.",
            "Buổi 1 – chiều: Xây dựng gian hàng trực tuyến; chụp ảnh và viết mô tả sản phẩm.",
            "Buổi 2 – sáng: Tiếp thị số, quảng cáo trên mạng xã hội và sàn thương mại điện tử.",
            "Buổi 2 – chiều: Thanh toán điện tử, giao nhận hàng hóa; giải đáp thắc mắc của học "
            "viên.",
            "Báo cáo viên: chuyên gia của Sở Công Thương và các sàn thương mại điện tử.",
        ],
    ),
}

"""Realistic Vietnamese text for the search benchmark, generated fast.

Sentences of the kind a Department of Industry and Trade publishes, mixed at
random, so that word frequencies look like a real portal: a few words in
almost every page ("công", "thành phố"), many in some, and a few rare terms
sprinkled into about one page in a thousand. Words are folded once, at
import, so a row costs string joins only.
"""

import random

from congtin.search.text import search_words

SENTENCES = [
    "Sở Công Thương Thành phố tổ chức hội nghị triển khai kế hoạch năm với sự tham gia của các doanh nghiệp.",
    "Chương trình bình ổn thị trường các mặt hàng thiết yếu được triển khai tại chợ truyền thống và siêu thị.",
    "Đoàn kiểm tra liên ngành kiểm tra an toàn hóa chất tại các cơ sở sản xuất trong khu công nghiệp.",
    "Giá xăng dầu trên địa bàn ổn định sau kỳ điều chỉnh giá của liên Bộ Tài chính và Công Thương.",
    "Tổng Công ty Điện lực Thành phố bảo đảm cung cấp điện an toàn, liên tục trong mùa khô.",
    "Kim ngạch xuất khẩu của Thành phố tăng so với cùng kỳ, chủ yếu nhờ hàng điện tử và nông sản chế biến.",
    "Doanh nghiệp nhỏ và vừa được hỗ trợ đưa sản phẩm lên sàn thương mại điện tử.",
    "Người dân có thể tra cứu tình trạng hồ sơ thủ tục hành chính trên Cổng dịch vụ công trực tuyến.",
    "Phiên chợ hàng Việt phục vụ công nhân tại khu chế xuất thu hút hàng nghìn lượt khách.",
    "Thanh tra Sở phát hiện và xử lý vi phạm trong kinh doanh khí dầu mỏ hóa lỏng.",
    "Lãnh đạo Sở làm việc với các thương nhân đầu mối về nguồn cung hàng hóa dịp Tết Nguyên đán.",
    "Hội chợ khuyến mại tập trung diễn ra tại trung tâm hội chợ triển lãm với hàng trăm gian hàng.",
    "Chỉ số sản xuất công nghiệp tháng này tăng nhờ ngành cơ khí, hóa dược và chế biến lương thực.",
    "Cán bộ, công chức Sở tham gia tập huấn chuyển đổi số và ứng dụng chữ ký số.",
    "Sở đề nghị các đơn vị cung cấp thông tin đúng hạn để đăng trên Cổng thông tin điện tử.",
    "Điện mặt trời mái nhà tự sản xuất, tự tiêu thụ giúp doanh nghiệp tiết kiệm chi phí năng lượng.",
    "Kế hoạch phát triển mạng lưới chợ, siêu thị và trung tâm thương mại giai đoạn năm năm tới.",
    "Công đoàn Sở thăm hỏi, tặng quà đoàn viên có hoàn cảnh khó khăn nhân dịp cuối năm.",
    "Thông báo lịch tiếp công dân của lãnh đạo Sở và địa điểm tiếp nhận đơn thư.",
    "Sản phẩm OCOP và sản phẩm công nghiệp nông thôn tiêu biểu được giới thiệu đến người tiêu dùng.",
    "Khảo sát mức độ hài lòng của tổ chức, cá nhân đối với dịch vụ hành chính công của Sở.",
    "Phòng Quản lý Năng lượng hướng dẫn sử dụng năng lượng tiết kiệm và hiệu quả tại tòa nhà.",
    "Cảnh báo tình trạng giả danh cán bộ để lừa đảo doanh nghiệp, đề nghị người dân cảnh giác.",
    "Hướng dẫn thương nhân thực hiện khuyến mại đúng quy định của pháp luật về thương mại.",
]
TITLES = [
    "Triển khai chương trình bình ổn thị trường", "Kiểm tra an toàn điện tại chung cư",
    "Hội nghị kết nối cung cầu hàng hóa", "Bản tin giá cả thị trường hàng hóa thiết yếu",
    "Tập huấn kỹ năng kinh doanh trên môi trường số", "Thông báo tạm ngừng cung cấp điện",
    "Đối thoại với doanh nghiệp về thủ tục hành chính", "Phát triển thương mại điện tử",
    "Kiểm tra điều kiện kinh doanh xăng dầu", "Xúc tiến thương mại tại thị trường Nhật Bản",
]
# Terms in about one row in a thousand each: the "rare word" queries.
RARE = ["hydro xanh", "bán dẫn", "kho lạnh", "khinh khí cầu", "năng lượng sóng biển"]
RARE_EVERY = 1000


def _folded(texts):
    return [" ".join(search_words(text)) for text in texts]


FOLDED_SENTENCES = _folded(SENTENCES)
FOLDED_TITLES = _folded(TITLES)
FOLDED_RARE = _folded(RARE)


def document(rng: random.Random, number: int):
    """(title, folded text, excerpt) of one benchmark page."""
    title_index = rng.randrange(len(TITLES))
    picks = rng.choices(range(len(SENTENCES)), k=rng.randint(6, 14))
    folded = [FOLDED_TITLES[title_index], *(FOLDED_SENTENCES[i] for i in picks)]
    if number % RARE_EVERY == 0:
        folded.append(FOLDED_RARE[(number // RARE_EVERY) % len(RARE)])
    title = f"{TITLES[title_index]} (số {number})"
    return title, " ".join(folded), SENTENCES[picks[0]]


def body_html(rng: random.Random, number: int):
    """The same kind of text as HTML paragraphs, for the stock backend's pages."""
    picks = rng.choices(range(len(SENTENCES)), k=rng.randint(6, 14))
    text = " ".join(SENTENCES[i] for i in picks)
    if number % RARE_EVERY == 0:
        text += " " + RARE[(number // RARE_EVERY) % len(RARE)]
    return f"<p>{text}</p>"

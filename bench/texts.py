"""Vietnamese news articles for the benchmark, made from a few hundred phrases
of the department's own fields, deterministic for a given seed so that
congtin and the stock Wagtail site get exactly the same data."""

import random

TOPICS = {
    "Công nghiệp": ["khu công nghiệp", "công nghiệp hỗ trợ", "sản xuất cơ khí",
                    "doanh nghiệp chế biến", "chuyển đổi số trong nhà máy"],
    "Thương mại": ["bình ổn thị trường", "chợ truyền thống", "siêu thị",
                   "thương mại điện tử", "hàng Việt"],
    "Năng lượng": ["điện mặt trời mái nhà", "tiết kiệm năng lượng", "lưới điện",
                   "xăng dầu", "an toàn điện"],
    "Xúc tiến": ["hội chợ triển lãm", "xuất khẩu", "kết nối cung cầu",
                 "chương trình khuyến mại", "đầu tư nước ngoài"],
}
ACTIONS = ["Triển khai", "Tăng cường", "Hướng dẫn", "Tổng kết", "Kiểm tra", "Đẩy mạnh",
           "Hội nghị về", "Kế hoạch", "Góp ý dự thảo về", "Công bố kết quả"]
PLACES = ["Thủ Đức", "Quận 1", "Quận 3", "Bình Thạnh", "Gò Vấp", "Tân Bình", "Củ Chi",
          "Hóc Môn", "Bình Chánh", "Nhà Bè", "Cần Giờ", "Phú Nhuận"]
SENTENCES = [
    "Sở Công Thương Thành phố Hồ Chí Minh phối hợp với các sở, ngành và Ủy ban nhân dân "
    "các quận, huyện triển khai nội dung này trong năm.",
    "Các doanh nghiệp tham gia được hướng dẫn thủ tục và hỗ trợ thông tin thị trường.",
    "Đoàn kiểm tra ghi nhận nhiều kết quả tích cực, đồng thời chỉ ra một số tồn tại cần "
    "khắc phục trong thời gian tới.",
    "Người dân có thể tra cứu thông tin chi tiết trên Cổng thông tin điện tử của Sở.",
    "Lượng hàng hóa dự trữ bảo đảm đáp ứng nhu cầu tiêu dùng, giá cả ổn định.",
    "Sở đề nghị các đơn vị báo cáo kết quả thực hiện trước ngày cuối tháng.",
    "Chương trình góp phần nâng cao năng lực cạnh tranh của doanh nghiệp Thành phố.",
    "Các ý kiến đóng góp được tổng hợp, tiếp thu và giải trình đầy đủ.",
]
AUTHORS = ["Phòng Quản lý Thương mại", "Phòng Quản lý Công nghiệp", "Văn phòng Sở",
           "Phòng Quản lý Năng lượng", "Trung tâm Xúc tiến Thương mại và Đầu tư"]


def article(number, rng):
    """Title, summary, authors and StreamField JSON of article `number`."""
    topic = rng.choice(sorted(TOPICS))
    subject = rng.choice(TOPICS[topic])
    place = rng.choice(PLACES)
    title = f"{rng.choice(ACTIONS)} {subject} tại {place} (số {number})"
    summary = f"{topic}: {subject} tại {place}. " + rng.choice(SENTENCES)
    body = [{"type": "paragraph", "value": f"<p>{' '.join(rng.sample(SENTENCES, 3))}</p>"}]
    for section in range(2):
        body.append({"type": "heading",
                     "value": {"text": f"{section + 1}. {rng.choice(ACTIONS)} {subject}",
                               "level": "h2"}})
        body.append({"type": "paragraph",
                     "value": f"<p>{' '.join(rng.sample(SENTENCES, 4))}</p>"})
    return {"title": title, "summary": summary, "authors": rng.choice(AUTHORS),
            "body": body, "slug": f"bai-viet-{number}"}


def articles(count, seed=2026):
    rng = random.Random(seed)
    for number in range(1, count + 1):
        yield article(number, rng)

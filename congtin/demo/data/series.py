"""Recurring items, written once as templates and filled in for each issue:
the weekly price bulletin, the sessions of the "hàng Việt" market for
industrial-park workers, and routine inspections.

Real portals publish such series every week; generating them from a template
with varying figures gives the demo a realistic volume of dated items whose
numbers agree with their own tables. Figures come from a seeded random
generator, so every build shows the same values.
"""

import datetime
import random

# --- Weekly price bulletin (Thông tin chuyên ngành) ----------------------------------

# (item, unit, starting price in đồng, weekly volatility)
PRICE_ITEMS = [
    ("Gạo tẻ thường", "kg", 15_500, 0.01),
    ("Thịt heo đùi", "kg", 115_000, 0.025),
    ("Thịt gà công nghiệp nguyên con", "kg", 62_000, 0.02),
    ("Trứng gà (hộp 10 quả)", "hộp", 32_000, 0.02),
    ("Cá basa phi lê", "kg", 75_000, 0.015),
    ("Cải ngọt", "kg", 22_000, 0.06),
    ("Cà chua", "kg", 24_000, 0.06),
    ("Đường cát trắng", "kg", 24_000, 0.01),
    ("Dầu ăn (chai 1 lít)", "chai", 52_000, 0.01),
]
BULLETIN_WEEKS = 8


def _money(value):
    return f"{value:,}".replace(",", ".")


def _weekly_prices(weeks):
    """Prices for `weeks` + 1 consecutive weeks, oldest first, rounded to 500 đồng."""
    rng = random.Random("bang-gia")
    history = [[price for _, _, price, _ in PRICE_ITEMS]]
    for _ in range(weeks):
        row = []
        for (_, _, _, volatility), last in zip(PRICE_ITEMS, history[-1], strict=True):
            change = rng.gauss(0.002, volatility)  # a slight upward drift before Tết
            row.append(max(500, round(last * (1 + change) / 500) * 500))
        history.append(row)
    return history


def _movement_sentence(changes):
    ups = [f"{name.lower()} tăng {_money(diff)} đồng/{unit}"
           for name, unit, diff in changes if diff > 0]
    downs = [f"{name.lower()} giảm {_money(-diff)} đồng/{unit}"
             for name, unit, diff in changes if diff < 0]
    parts = []
    if ups:
        parts.append("Giá " + ", ".join(ups) + " do nhu cầu tiêu dùng tăng")
    if downs:
        parts.append("giá " + ", ".join(downs) + " do nguồn cung từ các tỉnh về ổn định")
    if not parts:
        return "Giá các mặt hàng thiết yếu không thay đổi so với tuần trước."
    sentence = "; ".join(parts) + "."
    return sentence[0].upper() + sentence[1:]


def price_bulletins(today):
    """One bulletin per week, published on the Monday after the week it covers."""
    this_monday = today - datetime.timedelta(days=today.weekday())
    history = _weekly_prices(BULLETIN_WEEKS)
    items = []
    for k in range(BULLETIN_WEEKS):
        published = this_monday - datetime.timedelta(days=7 * k)
        first = published - datetime.timedelta(days=7)
        last = published - datetime.timedelta(days=1)
        before, now = history[-2 - k], history[-1 - k]
        changes = [(name, unit, new - old)
                   for (name, unit, _, _), old, new in zip(PRICE_ITEMS, before, now, strict=True)]
        rows = [["Mặt hàng", "Đơn vị tính", "Giá tuần trước (đồng)", "Giá tuần này (đồng)",
                 "Chênh lệch (đồng)"]]
        for (name, unit, diff), old, new in zip(changes, before, now, strict=True):
            sign = "+" if diff > 0 else ("−" if diff < 0 else "")
            rows.append([name, unit, _money(old), _money(new),
                         f"{sign}{_money(abs(diff))}" if diff else "0"])
        period = f"{first:%d/%m} đến {last:%d/%m/%Y}"
        items.append({
            "key": f"ban-tin-gia-{last:%Y-%m-%d}",
            "category": "chuyen_nganh", "days_ago": (today - published).days, "time": "16:00",
            "unit": "qltm", "authors": "Phòng Quản lý Thương mại",
            "title": f"Bản tin giá cả thị trường hàng hóa thiết yếu tuần từ {period}",
            "summary": f"Diễn biến giá một số mặt hàng lương thực, thực phẩm thiết yếu tại các "
                       f"chợ truyền thống và siêu thị trên địa bàn Thành phố tuần từ {period}.",
            "image": "cho", "alt": "Sạp rau củ quả và thực phẩm tại chợ",
            "caption": "Giá hàng hóa thiết yếu được theo dõi hằng ngày tại các chợ đầu mối, chợ "
                       "truyền thống và siêu thị.",
            "body": [
                f"Theo số liệu tổng hợp của Phòng Quản lý Thương mại, trong tuần từ {period}, "
                "thị trường hàng hóa thiết yếu trên địa bàn Thành phố cơ bản ổn định, nguồn cung "
                "dồi dào, không xảy ra tình trạng khan hiếm hàng hóa.",
                _movement_sentence(changes),
                ("table", f"Giá bán lẻ bình quân tại các chợ truyền thống, tuần từ {period}",
                 rows),
                "Giá các mặt hàng tham gia Chương trình bình ổn thị trường được giữ ổn định, "
                "thấp hơn giá thị trường từ 5% đến 10%. Sở Công Thương tiếp tục theo dõi sát diễn "
                "biến thị trường để kịp thời đề xuất biện pháp điều tiết.",
            ],
            "tags": ["giá cả thị trường", "bản tin tuần"],
        })
    return items


# --- Sessions of the "hàng Việt" market (Xúc tiến thương mại) ------------------------

MARKET_SESSIONS = [
    # (place, days ago, booths, businesses)
    ("Khu chế xuất Tân Thuận", 17, 62, 41),
    ("Khu công nghiệp Hiệp Phước", 13, 46, 30),
    ("Khu công nghiệp Tân Bình", 9, 51, 35),
    ("Khu công nghiệp Lê Minh Xuân", 5, 40, 28),
    ("Khu chế xuất Linh Trung", 2, 57, 38),
]
PRODUCT_GROUPS = ["Thực phẩm tươi sống", "Thực phẩm chế biến", "Hàng may mặc",
                  "Đồ dùng gia đình", "Hóa mỹ phẩm"]
WORKER_QUOTES = [
    ("Hàng ở phiên chợ rẻ hơn ngoài chợ, lại được mua ngay sau giờ tan ca nên rất tiện cho "
     "công nhân chúng tôi.", "Chị Nguyễn Thị L., công nhân một công ty may"),
    ("Tôi mua được bộ nồi và ít thực phẩm cho cả tuần, có phiếu giảm giá nữa nên tiết kiệm "
     "được khá nhiều.", "Anh Trần Văn T., công nhân một công ty điện tử"),
    ("Mong phiên chợ được tổ chức thường xuyên hơn, nhất là vào dịp gần Tết.",
     "Chị Lê Thị H., công nhân một công ty chế biến thủy sản"),
]


def market_sessions(today):
    items = []
    for number, (place, days_ago, booths, businesses) in enumerate(MARKET_SESSIONS, start=1):
        rng = random.Random(place)
        visitors = rng.randrange(5, 12) * 1000 + rng.randrange(0, 10) * 100
        vouchers = rng.randrange(4, 9) * 100
        split = [rng.randint(6, 16) for _ in PRODUCT_GROUPS]
        scale = booths / sum(split)
        counts = [max(1, round(share * scale)) for share in split]
        counts[0] += booths - sum(counts)  # make the table add up to the booth count
        rows = [["Nhóm hàng", "Số gian hàng"]] + [
            [group, str(count)] for group, count in zip(PRODUCT_GROUPS, counts, strict=True)]
        rows.append(["Tổng cộng", str(booths)])
        quote_text, quote_by = WORKER_QUOTES[number % len(WORKER_QUOTES)]
        items.append({
            "key": f"phien-cho-hang-viet-{number}",
            "category": "xttm", "days_ago": days_ago, "time": "19:30",
            "unit": "qltm", "authors": "Hoàng Nam",
            "title": f"Phiên chợ hàng Việt tại {place} thu hút hơn "
                     f"{_money(visitors - visitors % 1000)} lượt công nhân",
            "summary": f"Phiên chợ có {booths} gian hàng của {businesses} doanh nghiệp, bán "
                       f"hàng hóa chất lượng với giá bằng hoặc thấp hơn giá bình ổn; {vouchers} "
                       "phiếu mua hàng được trao cho công nhân có hoàn cảnh khó khăn.",
            "image": "hoi-cho", "alt": "Dãy gian hàng nhiều màu tại phiên chợ",
            "caption": f"Công nhân mua sắm tại phiên chợ hàng Việt ở {place}.",
            "body": [
                f"Tiếp nối chương trình đưa hàng Việt về khu công nghiệp, khu chế xuất, Sở Công "
                f"Thương phối hợp với Ban Quản lý các Khu chế xuất và công nghiệp tổ chức phiên "
                f"chợ hàng Việt thứ {number} tại {place}.",
                f"Phiên chợ có {booths} gian hàng của {businesses} doanh nghiệp, mở cửa từ 16 "
                f"giờ đến 21 giờ để công nhân mua sắm sau giờ tan ca. Ước tính có khoảng "
                f"{_money(visitors)} lượt công nhân và người dân đến tham quan, mua sắm.",
                ("table", f"Cơ cấu gian hàng tại phiên chợ ở {place}", rows),
                ("quote", quote_text, quote_by),
                f"Dịp này, ban tổ chức trao {vouchers} phiếu mua hàng trị giá 200.000 đồng cho "
                "công nhân có hoàn cảnh khó khăn do công đoàn cơ sở giới thiệu.",
            ],
            "tags": ["hàng Việt", "công nhân"],
            "related": ["hang-viet-ve-kcn"],
        })
    return items


# --- Routine inspections (Tin hoạt động của Sở) ---------------------------------------

INSPECTIONS = [
    {
        "key": "kiem-tra-an-toan-dien-chung-cu", "days_ago": 23, "unit": "qlnl",
        "authors": "Ngọc Tú", "image": "luoi-dien",
        "alt": "Cột điện và đường dây trên nền trời chiều",
        "title": "Kiểm tra an toàn điện tại các chung cư cao tầng",
        "subject": "an toàn điện", "place": "các chung cư cao tầng tại Quận 7 và Quận Bình Thạnh",
        "count": 14, "tags": ["an toàn điện", "chung cư"],
        "criteria": ["Hồ sơ vận hành trạm biến áp, tủ điện tổng",
                     "Hệ thống nối đất, chống sét", "Thiết bị chống dòng điện rò",
                     "Nhân viên vận hành có thẻ an toàn điện"],
        "advice": "Đoàn kiểm tra đề nghị các ban quản trị chung cư kiểm tra định kỳ hệ thống "
                  "điện, đo điện trở nối đất trước mùa mưa và phổ biến kỹ năng sử dụng điện an "
                  "toàn cho cư dân.",
    },
    {
        "key": "kiem-tra-cua-hang-lpg", "days_ago": 37, "unit": "qltm",
        "authors": "Bảo Trâm", "image": "xang-dau",
        "alt": "Cửa hàng kinh doanh nhiên liệu",
        "title": "Kiểm tra điều kiện kinh doanh khí dầu mỏ hóa lỏng tại các cửa hàng",
        "subject": "điều kiện kinh doanh khí dầu mỏ hóa lỏng (LPG)",
        "place": "các cửa hàng bán lẻ LPG chai tại Quận 8 và Quận Bình Tân",
        "count": 22, "tags": ["LPG", "kinh doanh có điều kiện"],
        "criteria": ["Giấy chứng nhận đủ điều kiện kinh doanh", "Chai LPG còn hạn kiểm định",
                     "Phương tiện phòng cháy, chữa cháy", "Nhân viên được huấn luyện an toàn"],
        "advice": "Các cửa hàng vi phạm bị lập biên bản và yêu cầu khắc phục; Sở khuyến cáo người "
                  "dân chỉ mua LPG tại cửa hàng có giấy chứng nhận, chai có tem niêm phong của "
                  "thương nhân.",
    },
    {
        "key": "kiem-tra-an-toan-thuc-pham", "days_ago": 47, "unit": "ttr",
        "authors": "Hoàng Yến", "image": "ocop",
        "alt": "Các hũ thực phẩm chế biến trên kệ",
        "title": "Kiểm tra an toàn thực phẩm tại cơ sở sản xuất bánh kẹo, đồ uống",
        "subject": "an toàn thực phẩm", "place": "các cơ sở sản xuất bánh kẹo, đồ uống",
        "count": 18, "tags": ["an toàn thực phẩm", "kiểm tra"],
        "criteria": ["Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
                     "Khám sức khỏe, tập huấn kiến thức cho người lao động",
                     "Nguồn gốc nguyên liệu, phụ gia", "Điều kiện vệ sinh nhà xưởng"],
        "advice": "Thanh tra Sở đề nghị các cơ sở tăng cường kiểm soát nguồn nguyên liệu, phụ gia "
                  "và lưu mẫu sản phẩm, nhất là trong cao điểm sản xuất hàng Tết.",
    },
    {
        "key": "kiem-tra-vat-lieu-no", "days_ago": 58, "unit": "ktatmt",
        "authors": "Ngọc Diễm", "image": "khu-cong-nghiep",
        "alt": "Khu công nghiệp nhìn từ trên cao",
        "title": "Kiểm tra việc sử dụng vật liệu nổ công nghiệp tại các công trình",
        "subject": "sử dụng vật liệu nổ công nghiệp",
        "place": "các công trình thi công có sử dụng vật liệu nổ công nghiệp",
        "count": 6, "tags": ["vật liệu nổ công nghiệp", "kiểm tra"],
        "criteria": ["Giấy phép sử dụng vật liệu nổ công nghiệp", "Kho chứa, sổ sách xuất nhập",
                     "Chỉ huy nổ mìn, thợ mìn có chứng nhận", "Phương án nổ mìn được duyệt"],
        "advice": "Đoàn kiểm tra yêu cầu các đơn vị chỉ sử dụng vật liệu nổ trong phạm vi giấy "
                  "phép, thông báo lịch nổ mìn cho chính quyền địa phương và người dân xung quanh.",
    },
]


def inspections(today):
    items = []
    for spec in INSPECTIONS:
        rng = random.Random(spec["key"])
        count = spec["count"]
        rows = [["Nội dung kiểm tra", "Đạt", "Chưa đạt"]]
        failing_total = 0
        for criterion in spec["criteria"]:
            failing = rng.randint(0, max(1, count // 5))
            failing_total += failing
            rows.append([criterion, str(count - failing), str(failing)])
        items.append({
            "key": spec["key"], "category": "hoat_dong", "days_ago": spec["days_ago"],
            "time": "15:30", "unit": spec["unit"], "authors": spec["authors"],
            "title": spec["title"],
            "summary": f"Đoàn kiểm tra của Sở Công Thương đã kiểm tra {spec['subject']} tại "
                       f"{count} cơ sở; các tồn tại được yêu cầu khắc phục trong thời hạn 30 "
                       "ngày.",
            "image": spec["image"], "alt": spec["alt"], "caption": "",
            "body": [
                f"Thực hiện kế hoạch kiểm tra năm ${{nam}}, đoàn kiểm tra của Sở Công Thương đã "
                f"kiểm tra việc chấp hành quy định về {spec['subject']} tại {count} cơ sở thuộc "
                f"{spec['place']}.",
                ("table", "Kết quả kiểm tra theo từng nội dung (số cơ sở)", rows),
                f"Qua kiểm tra, phần lớn các cơ sở chấp hành tốt quy định; đoàn đã ghi nhận "
                f"{failing_total} lượt tồn tại cần khắc phục ở các nội dung nêu trên.",
                spec["advice"],
            ],
            "tags": spec["tags"],
        })
    return items


def all_series(today):
    return price_bulletins(today) + market_sessions(today) + inspections(today)

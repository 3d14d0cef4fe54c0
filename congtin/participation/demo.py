"""Demo ratings: some for the site as a whole, some for articles, spread over
the last months, with a few comments written as citizens would."""

import datetime
import random

from .models import Rating

COMMENTS = [
    "Thông tin thủ tục rõ ràng, tôi tìm được biểu mẫu cần thiết nhanh chóng.",
    "Mong Sở đăng thêm lịch bình ổn thị trường dịp Tết sớm hơn.",
    "Trang web dễ đọc trên điện thoại, cảm ơn quý Sở.",
    "Nên bổ sung bản tiếng Anh cho các thông báo về xúc tiến thương mại.",
    "Bài viết hữu ích cho doanh nghiệp nhỏ như chúng tôi.",
    "Công cụ tìm kiếm tìm được cả khi gõ không dấu, rất tiện.",
]


def build(context):
    rng = random.Random(224)
    articles = [page for page in _pages(context.articles) if page.live][:8]
    rows = []
    for index in range(60):
        page = rng.choice(articles) if articles and index % 3 else None
        score = rng.choices([5, 4, 3, 2, 1], weights=[45, 32, 14, 6, 3])[0]
        comment = COMMENTS[index % len(COMMENTS)] if index % 4 == 0 else ""
        rows.append(Rating(page=page, score=score, comment=comment))
    created = Rating.objects.bulk_create(rows)
    # Spread them over the last five months (created_at is set on insert).
    for index, rating in enumerate(created):
        when = context.now - datetime.timedelta(days=index * 2 + rng.randint(0, 1),
                                                hours=rng.randint(0, 12))
        Rating.objects.filter(pk=rating.pk).update(created_at=when)
    return {"đánh giá hài lòng": len(rows)}


def reset():
    Rating.objects.all().delete()


def _pages(articles):
    """The core build hands over its articles as a list or as {slug: page}."""
    return list(articles.values()) if isinstance(articles, dict) else list(articles)

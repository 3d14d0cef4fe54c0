"""Generated documents for the library benchmark, written by bulk insert.

Types, issuers, fields, years and statuses are spread the way a
department's library is (mostly decisions and letters, a few laws);
summaries and a short body come from sentences of the trade sector, with a
rare term in about one document in a thousand. The folded search column is
computed exactly as the library does (`vntext.fold`).
"""

import datetime
import random

from django.db import connection

from congtin.legal.models import (
    DocumentType,
    IssuingBody,
    LegalDocument,
    LegalField,
    Validity,
)
from congtin.vntext import fold

SUBJECTS = [
    "quản lý thương mại điện tử", "kinh doanh xăng dầu", "an toàn hóa chất",
    "phát triển chợ truyền thống", "sử dụng năng lượng tiết kiệm", "điện lực và an toàn điện",
    "xúc tiến thương mại", "công nghiệp hỗ trợ", "bình ổn thị trường hàng thiết yếu",
    "khuyến mại và hội chợ", "xuất khẩu nông sản", "quản lý cụm công nghiệp",
]
OPENINGS = ["Quy định về", "Hướng dẫn thực hiện", "Ban hành Quy chế", "Kế hoạch triển khai",
            "Sửa đổi, bổ sung quy định về", "Về việc tăng cường"]
BODY = [
    "Sở Công Thương chủ trì, phối hợp với các sở, ngành và Ủy ban nhân dân các phường, xã.",
    "Thương nhân có trách nhiệm báo cáo định kỳ trước ngày 15 của tháng cuối quý.",
    "Văn bản này có hiệu lực kể từ ngày ký; các quy định trước đây trái với văn bản này bị bãi bỏ.",
    "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Sở.",
    "Kinh phí thực hiện từ nguồn ngân sách thành phố và nguồn xã hội hóa.",
]
RARE = ["hydro xanh", "bán dẫn", "kho lạnh"]
TYPES = [(DocumentType.DECISION, "QĐ", 35), (DocumentType.OFFICIAL_LETTER, "", 25),
         (DocumentType.PLAN, "KH", 10), (DocumentType.CIRCULAR, "TT", 8),
         (DocumentType.DECREE, "NĐ", 6), (DocumentType.NOTICE, "TB", 8),
         (DocumentType.DIRECTIVE, "CT", 4), (DocumentType.LAW, "", 1),
         (DocumentType.RESOLUTION, "NQ", 3)]
STATUSES = [(Validity.IN_FORCE, 70), (Validity.EXPIRED, 18), (Validity.PARTLY_EXPIRED, 8),
            (Validity.NOT_YET, 2), (Validity.SUSPENDED, 2)]
BATCH = 5_000


def fill(rows, seed=6):
    """Insert `rows` documents; return the ids the queries filter on."""
    rng = random.Random(seed)
    issuers = IssuingBody.objects.bulk_create(
        [IssuingBody(name=f"Cơ quan ban hành số {i}", code=f"CQ{i}", is_own=i == 0)
         for i in range(30)])
    fields = LegalField.objects.bulk_create(
        [LegalField(name=f"Lĩnh vực {subject}") for subject in SUBJECTS])
    type_choices = [t for t in TYPES for _ in range(t[2])]
    status_choices = [s for s, weight in STATUSES for _ in range(weight)]
    batch = []
    for number in range(1, rows + 1):
        batch.append(_document(number, rng, issuers, fields, type_choices, status_choices))
        if len(batch) == BATCH:
            LegalDocument.objects.bulk_create(batch)
            batch = []
    LegalDocument.objects.bulk_create(batch)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return {"ISSUER": issuers[3].pk, "FIELD": fields[2].pk}


def _document(number, rng, issuers, fields, type_choices, status_choices):
    doc_type, code, _ = rng.choice(type_choices)
    issuer = rng.choice(issuers)
    issued = datetime.date(1995, 1, 1) + datetime.timedelta(days=rng.randrange(11_600))
    symbol = (f"{number}/{code}-{issuer.code}" if code else f"{number}/{issuer.code}-VP")
    summary = f"{rng.choice(OPENINGS)} {rng.choice(SUBJECTS)} trên địa bàn Thành phố"
    body = " ".join(rng.sample(BODY, 3))
    if number % 1000 == 0:
        body += f" Thí điểm {rng.choice(RARE)}."
    state = LegalDocument.State.PUBLISHED if number % 30 else LegalDocument.State.PENDING
    return LegalDocument(
        symbol=symbol, slug=f"bench-{number}", number=number, type_code=code or "CV",
        issuer_code=issuer.code, numbering_year=issued.year, doc_type=doc_type,
        issuer=issuer, issue_date=issued, effective_date=issued, field=rng.choice(fields),
        summary=summary, status=rng.choice(status_choices), state=state,
        search_text=fold(f"{symbol} {summary} {issuer.name} {body}"),
        due_date=issued, deadline_tracked=False)

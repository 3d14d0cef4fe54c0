"""Satisfaction ratings (Decree 224/2026 Art. 10.3): each article and the
site as a whole rated 1–5 with an optional comment.

Confidential by construction: a rating stores no address, no user, no
identifier of the rater; the public sees only aggregates (or nothing).
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models


class Rating(models.Model):
    page = models.ForeignKey("wagtailcore.Page", verbose_name="trang được đánh giá", null=True,
                             blank=True, on_delete=models.SET_NULL, related_name="+",
                             help_text="Để trống: đánh giá chung về cổng thông tin.")
    score = models.PositiveSmallIntegerField(
        "mức hài lòng", validators=[MinValueValidator(1), MaxValueValidator(5)])
    comment = models.TextField("góp ý", blank=True, max_length=2000)
    language = models.CharField("ngôn ngữ", max_length=8, default="vi")
    created_at = models.DateTimeField("thời điểm", auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = "đánh giá mức độ hài lòng"
        verbose_name_plural = "đánh giá mức độ hài lòng"
        ordering = ["-created_at"]
        constraints = [models.CheckConstraint(condition=models.Q(score__gte=1, score__lte=5),
                                              name="participation_score_1_to_5")]

    def __str__(self):
        target = "cổng thông tin" if self.page_id is None else f"trang #{self.page_id}"
        return f"{self.score}/5 cho {target}"

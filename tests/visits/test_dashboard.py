"""The admin dashboard panel: 30 days of visits, top pages, on-time trend."""

import pytest
from django.utils import timezone

from congtin.visits.models import DailyVisits

pytestmark = pytest.mark.django_db


def test_dashboard_shows_visits_chart_top_pages_and_on_time_trend(settings, store, client,
                                                                 demo_user):
    settings.CONGTIN_DEMO = True
    DailyVisits.objects.update_or_create(day=timezone.localdate(), defaults={"visits": 777})
    client.force_login(demo_user("thuky1"))
    html = client.get("/admin/").content.decode()
    panel = html.split('id="congtin-visits-heading"')[1].split("</section>")[0]
    assert "Hôm nay: 777" in panel
    assert panel.count("<svg") == 2
    assert "Lượt truy cập 30 ngày qua" in panel
    assert "Trang xem nhiều nhất 30 ngày qua" in panel
    assert " %" in panel

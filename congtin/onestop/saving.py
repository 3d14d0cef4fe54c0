"""Saving checked monthly figures, with an audit log entry for each change."""

from wagtail.log_actions import log

from .models import MonthlyFigure


def save_rows(rows, *, source, user=None):
    """Create or update one MonthlyFigure per checked row; returns them."""
    saved = []
    for row in rows:
        values = row.values
        figure, created = MonthlyFigure.objects.update_or_create(
            year=values["year"], month=values["month"],
            defaults={"received": values["received"], "resolved": values["resolved"],
                      "on_time": values["on_time"], "source": source})
        log(figure, "congtin.onestop.import" if source == "import" else "congtin.onestop.push",
            user=user, data={"created": created, **values})
        saved.append(figure)
    return saved

"""The leaders' working schedule for this week and the next (Mon–Fri)."""

import datetime

from congtin.content.snippets import ScheduleEntry

from .data.schedule import NEXT_WEEK, WEEK


def create_schedule(people, today):
    """Lay the week templates over this week's and next week's working days."""
    monday = today - datetime.timedelta(days=today.weekday())
    entries = []
    for week_start, week in ((monday, WEEK), (monday + datetime.timedelta(days=7), NEXT_WEEK)):
        for weekday, day_entries in enumerate(week):
            day = week_start + datetime.timedelta(days=weekday)
            for time_text, leader, content, location, participants in day_entries:
                entries.append(ScheduleEntry(
                    date=day, start_time=datetime.time.fromisoformat(time_text),
                    leader=people[leader], content=content, location=location,
                    participants=participants))
    # ScheduleEntry is indexed for search, so save one by one to let its signals run.
    for entry in entries:
        entry.save()
    return len(entries)

"""Background jobs of the chain (django-tasks): the deadline checks, run
periodically by cron or a timer through `manage.py editorial_check`, and the
conversion of a Word file into a draft, enqueued by the import form."""

from django_tasks import task

from . import deadlines


@task()
def check_editorial_deadlines():
    """Đ.8: mail due and overdue items; Đ.8.2: the daily current-news check."""
    sent = deadlines.check_deadlines()
    return sent


@task()
def check_daily_current_news():
    check = deadlines.check_current_news()
    return {"published": check.published_count, "warned": check.warned}


@task()
def convert_docx(job_id):
    """“Cung cấp tin từ tệp Word”: convert one file within the limits (docx_import)."""
    from . import docx_import

    docx_import.run_job(job_id)

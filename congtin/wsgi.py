import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "congtin.settings")
_django = get_wsgi_application()

from congtin.visits.fastpath import BeaconFastPath  # noqa: E402 (needs Django set up)

# Visit beacons are answered before Django's middleware and URL resolution
# (issue 7: one beacon per page view must stay cheap).
application = BeaconFastPath(_django)

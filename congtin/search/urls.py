# Public addresses of this app (served in both languages, before the page tree).
# The search itself is routed in congtin/urls.py as "tim-kiem/" (name "search").
urlpatterns = []

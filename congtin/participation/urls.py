# Public addresses of this app (served in both languages, before the page tree).
urlpatterns = []

"""Settings for congtin, read from the environment.

Every value has a safe default for the embedded profile (`make run`): SQLite in
./var/, media in ./var/media, a secret generated into ./var/ on first start. The
production profile sets DATABASE_URL, REDIS_URL, SECRET_KEY and friends (see
deploy/env.example).
"""

import ipaddress
import os
import secrets
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent
PROJECT_DIR = BASE_DIR / "congtin"
VAR_DIR = Path(os.environ.get("CONGTIN_VAR_DIR", BASE_DIR / "var"))
VAR_DIR.mkdir(parents=True, exist_ok=True)


def env_flag(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def read_or_create_secret(path):
    """A demo secret made once per machine; production passes SECRET_KEY."""
    if not path.exists():
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


SECRET_KEY = os.environ.get("SECRET_KEY") or read_or_create_secret(VAR_DIR / "secret_key")
DEBUG = env_flag("DEBUG")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1],testserver")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")

# Demo mode: the demo users (password "congtin-demo") may log in only when it is on.
CONGTIN_DEMO = env_flag("CONGTIN_DEMO")

INSTALLED_APPS = [
    "congtin.textinput",
    "congtin.org",
    "congtin.content",
    "congtin.editorial",
    "congtin.qa",
    "congtin.legal",
    "congtin.visits",
    "congtin.onestop",
    "congtin.participation",
    "congtin.search",
    "congtin.demo",
    # Page cache for anonymous visitors and its invalidation (issue 8).
    "congtin.pagecache",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.table_block",
    "wagtail.contrib.typed_table_block",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Counts each view of a public page, cached replays included (issue 7).
    "congtin.visits.middleware.VisitCountingMiddleware",
    # Anonymous page views from the cache, before sessions and the database (issue 8).
    "congtin.pagecache.middleware.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Legal library: oversized uploads refused before anything reads the body (issue 6).
    "congtin.legal.uploads.UploadLimitMiddleware",
    # Đ.7.3: every form value and query string cleaned to NFC Unicode (textinput).
    "congtin.textinput.middleware.TextInputMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Finds the page for an address in two queries before Wagtail's serve view (issue 8).
    "congtin.content.routing.FastRouteMiddleware",
]

ROOT_URLCONF = "congtin.urls"
WSGI_APPLICATION = "congtin.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------------
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'congtin.sqlite3'}"),
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the web workers read while the task worker writes.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
        "PRAGMA busy_timeout=10000;",
        "transaction_mode": "IMMEDIATE",
    }
    # Connections are kept (CONN_MAX_AGE, default 60 s) like on PostgreSQL: opening
    # one and running the PRAGMAs above cost ~3 ms of CPU per request (issue 8).
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache ----------------------------------------------------------------------
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache",
                          "LOCATION": REDIS_URL}}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# --- Page cache (issue 8) ---------------------------------------------------------
# Anonymous pages are kept PAGECACHE_TIMEOUT seconds at most and dropped on every
# content change. With a caching proxy that understands PURGE (Varnish, see
# deploy/), FRONTEND_CACHE_PURGE_URL points at it and every change purges it too.
PAGECACHE_TIMEOUT = int(os.environ.get("PAGECACHE_TIMEOUT", "3600"))
# Off only to measure uncached rendering (bench/).
PAGECACHE_ENABLED = env_flag("PAGECACHE_ENABLED", default=True)
# Production behind nginx: every anonymous page the page cache keeps is also a file
# under this folder, served by nginx itself (pagecache/store.py, deploy/nginx/).
# Empty = off (the embedded profile, Varnish).
PAGECACHE_STORE_DIR = os.environ.get("PAGECACHE_STORE_DIR", "")
PAGECACHE_STORE_MAX_FILES = int(os.environ.get("PAGECACHE_STORE_MAX_FILES", "50000"))
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE = {"proxy": {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"]}}

# --- Background tasks (django-tasks) --------------------------------------------
TASKS = {
    "default": {
        "BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
    }
}

# --- Passwords and login --------------------------------------------------------
AUTHENTICATION_BACKENDS = ["congtin.demo.auth.DemoAwareModelBackend"]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
     "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "wagtailadmin_login"

# --- Language, time, formats ----------------------------------------------------
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [PROJECT_DIR / "locale"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
FORMAT_MODULE_PATH = ["congtin.formats"]
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"
WAGTAIL_TIME_FORMAT = "%H:%M"

# --- Static and media files -----------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static_root"))
STATICFILES_DIRS = [PROJECT_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
# Files never served as they are (outside MEDIA_ROOT, which is public): citizens' question
# files and raw mails (qa), legal files waiting for the editorial chain (legal/storage.py).
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", VAR_DIR / "private"))
# The embedded profile serves uploaded media from Django; production lets nginx do it.
SERVE_MEDIA = env_flag("SERVE_MEDIA", default=True)
# Tests and the browser-test server serve static files straight from the apps.
WHITENOISE_USE_FINDERS = env_flag("STATIC_FROM_FINDERS", default=DEBUG)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if WHITENOISE_USE_FINDERS
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- E-mail ---------------------------------------------------------------------
# Without SMTP_HOST, mails are written as files into var/mail (one .log per message
# batch), so the demo never sends anything anywhere.
if os.environ.get("SMTP_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = os.environ["SMTP_HOST"]
    EMAIL_PORT = int(os.environ.get("SMTP_PORT", "25"))
    EMAIL_HOST_USER = os.environ.get("SMTP_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("SMTP_PASSWORD", "")
    EMAIL_USE_TLS = env_flag("SMTP_TLS")
else:
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = VAR_DIR / "mail"
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "Cổng thông tin Sở Công Thương <no-reply@congthuong.hochiminhcity.gov.vn>"
)

# --- Wagtail --------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Sở Công Thương TP.HCM"
WAGTAILADMIN_BASE_URL = os.environ.get("BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "doc", "docx", "xls", "xlsx", "odt", "ods", "ppt", "pptx",
                          "rtf", "txt", "csv", "zip", "rar", "7z"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 50 * 1024 * 1024
# Đ.7.3: .txt and .docx uploads in legacy Vietnamese encodings become Unicode.
WAGTAILDOCS_DOCUMENT_FORM_BASE = "congtin.textinput.forms.DocumentForm"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILEMBEDS_RESPONSIVE_HTML = True

# --- Citizen questions (qa): the department's mailbox, read over IMAP ---------
# Read only when QA_IMAP_HOST is set; the deadline counts working days (Đ.7.2).
QA_IMAP_HOST = os.environ.get("QA_IMAP_HOST", "")
QA_IMAP_PORT = int(os.environ.get("QA_IMAP_PORT", "993"))
QA_IMAP_USER = os.environ.get("QA_IMAP_USER", "")
QA_IMAP_PASSWORD = os.environ.get("QA_IMAP_PASSWORD", "")
QA_IMAP_SSL = env_flag("QA_IMAP_SSL", default=True)
QA_IMAP_FOLDER = os.environ.get("QA_IMAP_FOLDER", "INBOX")
QA_ANSWER_WORKING_DAYS = int(os.environ.get("QA_ANSWER_WORKING_DAYS", "15"))

# --- Security -------------------------------------------------------------------
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "SAMEORIGIN"
if env_flag("HTTPS"):
    SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = True
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = 31536000
# The client's address (congtin/clientaddress.py, for every rate limit, the visits
# and the logs): REMOTE_ADDR, unless it is one of these proxies (addresses or
# networks, comma-separated), then the address the proxy appended to
# CLIENT_ADDRESS_HEADER. Behind the documented nginx: TRUSTED_PROXIES=127.0.0.1,::1.
TRUSTED_PROXIES = [str(ipaddress.ip_network(entry, strict=False))  # a typo fails at start
                   for entry in env_list("TRUSTED_PROXIES", "")]
CLIENT_ADDRESS_HEADER = os.environ.get("CLIENT_ADDRESS_HEADER", "X-Forwarded-For")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {"django.request": {"level": "ERROR"}},
}

# --- Visits, one-stop statistics (issue 7) --------------------------------------
# Counting is batched: in this process's memory (embedded) or in Redis
# (production, VISITS_REDIS_URL defaults to REDIS_URL), flushed every
# VISITS_FLUSH_SECONDS; see docs/thong-ke-truy-cap.md for what a crash can lose.
# Who counts: "django" (the middleware), "nginx" (manage.py collect_visits reads
# nginx's log, deploy/nginx/visits-http.conf) or "off".
VISITS_COUNTER = os.environ.get("VISITS_COUNTER", "django")
# The buffered log nginx writes and the collector follows (visits-http.conf).
VISITS_LOG_FILE = os.environ.get("VISITS_LOG_FILE", "/run/congtin-visits/visits.log")
VISITS_REDIS_URL = os.environ.get("VISITS_REDIS_URL", REDIS_URL)
# Embedded profile: the writer process's socket (`make run` starts it); empty:
# each web worker writes its own batches (handoff.py).
VISITS_WRITER_SOCKET = os.environ.get("VISITS_WRITER_SOCKET", "")
VISITS_FLUSH_SECONDS = float(os.environ.get("VISITS_FLUSH_SECONDS", "5"))
VISITS_BUFFER_LIMIT = int(os.environ.get("VISITS_BUFFER_LIMIT", "500"))  # embedded: flush early
# Cached pages show visit figures at most this many seconds old (pagecache/invalidation.py).
VISITS_FIGURES_MAX_AGE = float(os.environ.get("VISITS_FIGURES_MAX_AGE", "60"))
VISITS_WINDOW_SECONDS = int(os.environ.get("VISITS_WINDOW_SECONDS", "1800"))
VISITS_RATE_PER_MINUTE = int(os.environ.get("VISITS_RATE_PER_MINUTE", "600"))
VISITS_MOST_VIEWED_DAYS = int(os.environ.get("VISITS_MOST_VIEWED_DAYS", "7"))
VISITS_MOST_VIEWED_COUNT = int(os.environ.get("VISITS_MOST_VIEWED_COUNT", "5"))
ONESTOP_PUSH_TOKEN = os.environ.get("ONESTOP_PUSH_TOKEN", "")

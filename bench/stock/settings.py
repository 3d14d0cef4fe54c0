# The stock site's benchmark settings (copied by bench/stock.py): its own
# production settings, with the database and secret from the environment.
import os

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY", "bench-only-not-secret")
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
DATABASES["default"]["NAME"] = os.environ["STOCK_DB"]  # noqa: F405

"""Đ.7.3 "Unicode only" wherever text enters congtin.

    clean_text(value, multiline=None) -> str    for text that arrives by e-mail or import

The rest wires vntext into the application: middleware.py (every form post
and query string), forms.py/uploads.py (.txt and .docx in the document
library), repair.py/views.py (the "Sửa mã tiếng Việt" admin action).
"""

from .text import clean_text

__all__ = ["clean_text"]

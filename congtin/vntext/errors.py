"""Exceptions raised by the public API. All derive from VntextError (a ValueError),
so a caller can catch one class; the message says what was wrong in plain words."""


class VntextError(ValueError):
    """Base class: the input cannot be turned into Unicode text."""


class NotText(VntextError):
    """The bytes are binary data (NUL bytes, an image, an archive…), not text."""


class TooLarge(VntextError):
    """The input is larger than MAX_BYTES; it was not read."""


class UnknownEncoding(VntextError):
    """The bytes are not valid in any supported encoding (or are broken UTF-8)."""


class CannotEncode(VntextError):
    """The text has a character the target legacy encoding cannot represent."""

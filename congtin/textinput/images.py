"""Uploaded images keep no camera metadata: a phone's photo carries where it
was taken (EXIF GPS), the camera, its owner and the time, and everything
stored under MEDIA_ROOT is public — renditions too, which Wagtail draws from
the original and which copy its EXIF.

`clean_image` decides from the bytes alone (Pillow, no Django): an image
carrying EXIF, XMP, IPTC, comments or PNG text is stored again without them,
turned upright first as its EXIF Orientation said (the tag goes with the rest),
keeping its colour profile and resolution. An image with none of these is
stored as it came. The Wagtail image model strips every new file before it is
written (`strip_new_image_file`, connected in apps.py), so every way an image
enters — the admin's forms, the multiple uploader, the chooser, the Word
import, the demo — ends with a clean original.

Re-encoding costs nothing for PNG and GIF, and next to nothing for JPEG
(the original's quantisation tables and subsampling are reused); a lossy
WebP is encoded again at quality 90. An animated image keeps its frames as
they are (browsers do not turn animations by EXIF).
"""

import io

from PIL import Image, ImageOps, JpegImagePlugin, UnidentifiedImageError

# Metadata Pillow reads into `info` (JPEG, PNG, WebP, GIF, TIFF-like).
_METADATA_KEYS = {"exif", "xmp", "XML:com.adobe.xmp", "photoshop", "iptc", "comment"}
# The JPEG segments that say how to draw the picture, kept; any other APPn
# segment (EXIF, XMP, IPTC, maker notes, MPF) is metadata.
_DRAWING_SEGMENTS = (("APP0", b"JFIF"), ("APP2", b"ICC_PROFILE"), ("APP14", b"Adobe"))


def clean_image(data: bytes) -> bytes | None:
    """The image in `data` without metadata, upright and in its own format;
    None when it carries no metadata (or is not an image Pillow reads), so
    it is stored as it came."""
    try:
        image = Image.open(io.BytesIO(data))
        if not _carries_metadata(image):
            return None
        return _encode(image, data)
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        return None  # not an image Pillow reads: nothing it could strip either


def _carries_metadata(image) -> bool:
    if image.format == "MPO":  # a JPEG with more pictures (and their EXIF) after it
        return True
    if image.getexif() or _METADATA_KEYS & set(image.info):
        return True
    if image.format == "JPEG":
        return any(not any(marker == kept and segment.startswith(prefix)
                           for kept, prefix in _DRAWING_SEGMENTS)
                   for marker, segment in image.applist)
    if image.format == "PNG":
        return bool(image.text)  # tEXt/iTXt/zTXt chunks, read to the end of the file
    return False


def _encode(image, data: bytes) -> bytes:
    kind = "JPEG" if image.format == "MPO" else image.format
    options = {"format": kind}
    for key in ("icc_profile", "dpi", "transparency"):
        if image.info.get(key) is not None:
            options[key] = image.info[key]
    if kind == "JPEG":
        options.update(qtables=image.quantization, progressive=bool(image.info.get("progressive")))
        sampling = JpegImagePlugin.get_sampling(image)
        if sampling != -1:
            options["subsampling"] = sampling
    elif kind == "WEBP":
        options.update(lossless=_lossless_webp(data), quality=90)
    animated = getattr(image, "n_frames", 1) > 1 and kind != "JPEG"
    if animated:
        options["save_all"] = True
        picture = image
    else:
        picture = ImageOps.exif_transpose(image)  # upright; the Orientation tag is dropped
    for key in _METADATA_KEYS:  # some writers copy these from `info` by themselves
        picture.info.pop(key, None)
    out = io.BytesIO()
    picture.save(out, **options)
    return out.getvalue()


def _lossless_webp(data: bytes) -> bool:
    """Whether a WebP's (first) picture is a VP8L, lossless, bitstream."""
    position = 12  # after "RIFF", the size, "WEBP"
    while position + 8 <= len(data):
        fourcc = data[position:position + 4]
        size = int.from_bytes(data[position + 4:position + 8], "little")
        if fourcc in (b"VP8L", b"VP8 "):
            return fourcc == b"VP8L"
        if fourcc == b"ANMF":  # an animation frame: its picture follows 16 bytes of header
            position += 8 + 16
            continue
        position += 8 + size + (size & 1)
    return False

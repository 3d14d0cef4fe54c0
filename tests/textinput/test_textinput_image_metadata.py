"""Photos keep no camera metadata once uploaded: a picture taken with a phone
carries where it was taken (EXIF GPS) and the camera, and every original and
rendition under /media/ is public. Whichever way an image enters, the stored
original and its renditions have no EXIF, stand as the camera meant them
(turned by the EXIF Orientation) and keep their colour profile."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from docx import Document
from PIL import Image, ImageCms, PngImagePlugin
from PIL.ExifTags import GPS, IFD, Base
from wagtail.images.models import Image as WagtailImage
from wagtail.models import Collection

from congtin.content.models import ArticleIndexPage, ArticlePage

pytestmark = pytest.mark.django_db

SRGB = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
RED, BLUE = (220, 20, 20), (20, 20, 220)
MAKER = "Hang May Anh Kiem Thu"


def phone_photo():
    """A 60×30 JPEG lying on its side as a phone stores it: the left half red,
    the right half blue, EXIF Orientation 6 (turn 90° clockwise to view), the
    place it was taken (Bến Thành market), the camera, and an sRGB profile."""
    picture = Image.new("RGB", (60, 30), RED)
    picture.paste(BLUE, (30, 0, 60, 30))
    exif = Image.Exif()
    exif[Base.Orientation] = 6
    exif[Base.Make] = MAKER
    exif[Base.Model] = "KT-1"
    exif[IFD.GPSInfo] = {GPS.GPSLatitudeRef: "N", GPS.GPSLatitude: (10.0, 46.0, 19.0),
                         GPS.GPSLongitudeRef: "E", GPS.GPSLongitude: (106.0, 41.0, 52.0)}
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=95, exif=exif, icc_profile=SRGB)
    return buffer.getvalue()


def assert_clean_and_upright(data, expected_size=(30, 60)):
    """No EXIF (GPS, maker, orientation) in the file's bytes; the picture turned
    as the camera meant it (red on top, blue below); the colour profile kept."""
    picture = Image.open(io.BytesIO(data))
    assert not picture.getexif()
    assert b"Exif\x00\x00" not in data and MAKER.encode() not in data
    assert picture.info.get("icc_profile") == SRGB
    assert picture.size == expected_size
    width, height = picture.size
    top, bottom = picture.convert("RGB").getpixel((width // 2, 2)), \
        picture.convert("RGB").getpixel((width // 2, height - 3))
    assert top[0] > 150 and top[2] < 80, top  # red
    assert bottom[2] > 150 and bottom[0] < 80, bottom  # blue


def assert_stored_clean(image):
    """The original file and a rendition of it, read back from storage."""
    with image.file.open("rb") as handle:
        original = handle.read()
    assert_clean_and_upright(original)
    assert (image.width, image.height) == (30, 60)
    assert image.file_size == len(original)
    rendition = image.get_rendition("width-20")
    with rendition.file.open("rb") as handle:
        assert_clean_and_upright(handle.read(), expected_size=(20, 40))


@pytest.fixture
def admin(login):
    return login("admin")


def root_collection():
    return Collection.get_first_root_node().id


def test_photo_added_in_the_image_form_is_stored_upright_without_gps(admin):
    response = admin.post("/admin/images/add/", {
        "title": "Chợ Bến Thành", "collection": root_collection(),
        "file": SimpleUploadedFile("ben-thanh.jpg", phone_photo(), "image/jpeg")})
    assert response.status_code == 302
    assert_stored_clean(WagtailImage.objects.get(title="Chợ Bến Thành"))


def test_photo_sent_through_the_multiple_uploader_is_stored_upright_without_gps(admin):
    response = admin.post("/admin/images/multiple/add/", {
        "collection": root_collection(),
        "files[]": SimpleUploadedFile("ben-thanh.jpg", phone_photo(), "image/jpeg")})
    assert response.status_code == 200 and response.json()["success"]
    assert_stored_clean(WagtailImage.objects.get(pk=response.json()["image_id"]))


def test_photo_uploaded_from_the_image_chooser_is_stored_upright_without_gps(admin):
    response = admin.post(reverse("wagtailimages_chooser:create"), {
        "image-chooser-upload-title": "Chợ Bến Thành (chọn ảnh)",
        "image-chooser-upload-collection": root_collection(),
        "image-chooser-upload-file": SimpleUploadedFile("ben-thanh.jpg", phone_photo(),
                                                        "image/jpeg")})
    assert response.status_code == 200
    assert_stored_clean(WagtailImage.objects.get(title="Chợ Bến Thành (chọn ảnh)"))


def test_photo_in_a_word_file_becomes_an_image_upright_without_gps(login):
    document = Document()
    document.add_paragraph("Chợ Bến Thành đón khách dịp cuối năm.")
    document.add_picture(io.BytesIO(phone_photo()))
    document.inline_shapes[0]._inline.docPr.set("descr", "Cổng chợ Bến Thành")
    buffer = io.BytesIO()
    document.save(buffer)
    client = login("cb_qltm")
    news = ArticleIndexPage.objects.get(slug="tin-tuc", locale__language_code="vi")
    response = client.post(reverse("editorial:docx_import"), {
        "file": SimpleUploadedFile("cho-ben-thanh.docx", buffer.getvalue()), "section": news.pk})
    assert response.status_code == 302
    opened = client.get(response.url)  # the job page opens the draft once converted
    assert opened.status_code == 302, opened.content.decode()[-2000:]
    page = ArticlePage.objects.get(pk=opened.url.rstrip("/").split("/")[-2])
    figure = next(block for block in page.body.raw_data if block["type"] == "figure")
    assert_stored_clean(WagtailImage.objects.get(pk=figure["value"]["image"]["image"]))


def png_and_webp_with_metadata():
    exif = Image.Exif()
    exif[Base.Make] = MAKER
    exif[IFD.GPSInfo] = {GPS.GPSLatitudeRef: "N", GPS.GPSLatitude: (10.0, 46.0, 19.0)}
    picture = Image.new("RGBA", (30, 20), (20, 120, 60, 128))
    text = PngImagePlugin.PngInfo()
    text.add_itxt("XML:com.adobe.xmp", f'<x:xmpmeta xmlns:x="adobe:ns:meta/">{MAKER}</x:xmpmeta>')
    png, webp = io.BytesIO(), io.BytesIO()
    picture.save(png, "PNG", exif=exif, pnginfo=text, icc_profile=SRGB)
    picture.save(webp, "WEBP", exif=exif, icc_profile=SRGB, lossless=True)
    return {"so-do.png": png.getvalue(), "so-do.webp": webp.getvalue()}


@pytest.mark.parametrize("name", ["so-do.png", "so-do.webp"])
def test_png_and_webp_lose_their_exif_and_text_but_keep_transparency_and_profile(admin, name):
    data = png_and_webp_with_metadata()[name]
    assert MAKER.encode() in data
    response = admin.post("/admin/images/multiple/add/", {
        "collection": root_collection(), "files[]": SimpleUploadedFile(name, data)})
    image = WagtailImage.objects.get(pk=response.json()["image_id"])
    with image.file.open("rb") as handle:
        stored = handle.read()
    assert MAKER.encode() not in stored
    picture = Image.open(io.BytesIO(stored))
    assert not picture.getexif()
    assert picture.info.get("icc_profile") == SRGB
    assert picture.mode == "RGBA" and picture.getpixel((5, 5)) == (20, 120, 60, 128)


def test_photos_stored_before_the_cleaning_are_cleaned_by_the_command(commit):
    from django.core.files.storage import default_storage
    from django.core.management import call_command

    name = default_storage.save("original_images/ben-thanh-cu.jpg", io.BytesIO(phone_photo()))
    # bulk_create skips the model's save, as the images stored before did.
    old = WagtailImage.objects.bulk_create([WagtailImage(
        title="Chợ Bến Thành (ảnh cũ)", file=name, width=60, height=30,
        focal_point_x=10, focal_point_y=10, focal_point_width=5, focal_point_height=5)])[0]
    old = WagtailImage.objects.get(pk=old.pk)
    old_rendition = old.get_rendition("width-20").file.name
    assert default_storage.exists(old_rendition)

    commit(lambda: call_command("strip_image_metadata", stdout=io.StringIO()))

    image = WagtailImage.objects.get(pk=old.pk)
    assert_stored_clean(image)
    assert not image.has_focal_point()  # it was marked on the picture lying on its side
    assert not default_storage.exists(name) and not default_storage.exists(old_rendition)
    out = io.StringIO()
    call_command("strip_image_metadata", "--dry-run", stdout=out)
    assert "Cần làm sạch 0 ảnh." in out.getvalue()

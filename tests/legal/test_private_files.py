"""A document the public cannot see keeps its files where no public address
reaches them: before its first publication and after it is withdrawn. Its
publication (step 4 of the chain) moves them into MEDIA_ROOT. Over HTTP with
the demo's people."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile

from congtin.legal.storage import private_root

from .conftest import pdf_bytes
from .test_pending_changes import _approve_all

pytestmark = pytest.mark.django_db


def _guessed_addresses(item):
    month = item.uploaded_at.strftime("%Y/%m")
    name = Path(item.file.name).name
    return [f"/media/{item.file.name}", f"/media/van-ban/{month}/{name}",
            f"/media/{item.file.name.removeprefix('cho-duyet/')}"]


def _upload(login, document, name, content):
    response = login("vanphong").post(f"/admin/van-ban/{document.pk}/tep/", {
        "file": SimpleUploadedFile(name, content)}, follow=True)
    assert response.status_code == 200
    return document.files.get(original_name=name)


def _assert_unreachable(client, item):
    client.logout()
    assert not (Path(settings.MEDIA_ROOT) / item.file.name.removeprefix("cho-duyet/")).exists()
    assert Path(item.file.path).is_relative_to(private_root())
    for guessed in _guessed_addresses(item):
        assert client.get(guessed).status_code == 404, guessed


def test_files_of_an_unpublished_document_stay_private_until_step_4(
        login, enter_document, client, django_capture_on_commit_callbacks):
    document = enter_document("1501/QĐ-SCT", "2026-11-12", publish=False)
    original = pdf_bytes(["Điều 1. Dự thảo ZQCHUACONGBO."])
    item = _upload(login, document, "1501-qd.pdf", original)
    assert item.publication == "public"  # public with its document, not before
    _assert_unreachable(client, item)
    download = login("vanphong").get(f"/admin/van-ban/tep/{item.pk}/")
    assert download.status_code == 200 and b"".join(download.streaming_content) == original

    with django_capture_on_commit_callbacks(execute=True):
        assert login("vanphong").post(f"/admin/van-ban/{document.pk}/submit/",
                                      follow=True).status_code == 200
        _approve_all(login, document)
    document.refresh_from_db()
    item.refresh_from_db()
    assert document.state == "published"
    assert not item.file.name.startswith("cho-duyet/")
    assert not any(private_root().rglob("1501-qd*.pdf"))
    client.logout()
    served = client.get(item.file.url)
    assert served.status_code == 200 and b"".join(served.streaming_content) == original
    assert "1501-qd.pdf" in client.get(document.get_absolute_url()).content.decode()


def test_a_withdrawn_documents_files_leave_the_public_folder_and_return_with_it(
        login, enter_document, client, django_capture_on_commit_callbacks):
    document = enter_document("1502/QĐ-SCT", "2026-11-12", publish=False)
    original = pdf_bytes(["Điều 1. Quyết định ZQGOBO."])
    item = _upload(login, document, "1502-qd.pdf", original)
    with django_capture_on_commit_callbacks(execute=True):
        login("vanphong").post(f"/admin/van-ban/{document.pk}/submit/")
        _approve_all(login, document)
    item.refresh_from_db()
    public_address = item.file.url
    client.logout()
    assert client.get(public_address).status_code == 200

    with django_capture_on_commit_callbacks(execute=True):
        response = login("truongban").post(f"/admin/van-ban/{document.pk}/withdraw/",
                                           {"reason": "Văn bản bị đình chỉ"}, follow=True)
    assert response.status_code == 200
    document.refresh_from_db()
    item.refresh_from_db()
    assert document.state == "withdrawn"
    client.logout()
    assert client.get(public_address).status_code == 404
    assert client.get(document.get_absolute_url()).status_code == 404
    _assert_unreachable(client, item)
    download = login("truongban").get(f"/admin/van-ban/tep/{item.pk}/")
    assert download.status_code == 200 and b"".join(download.streaming_content) == original


def test_a_file_missing_on_disk_stops_neither_publication_nor_withdrawal(
        login, enter_document, client, django_capture_on_commit_callbacks):
    document = enter_document("1503/QĐ-SCT", "2026-11-13", publish=False)
    lost = _upload(login, document, "1503-mat.pdf", pdf_bytes(["Điều 1. Tệp bị mất."]))
    kept = _upload(login, document, "1503-con.pdf", pdf_bytes(["Điều 1. Tệp còn lại."]))
    Path(lost.file.path).unlink()  # removed by hand, or an old backup restored
    with django_capture_on_commit_callbacks(execute=True):
        login("vanphong").post(f"/admin/van-ban/{document.pk}/submit/")
        _approve_all(login, document)
    document.refresh_from_db()
    kept.refresh_from_db()
    assert document.state == "published"
    client.logout()
    assert client.get(kept.file.url).status_code == 200
    missing = login("vanphong").get(f"/admin/van-ban/tep/{lost.pk}/")
    assert missing.status_code == 404

    Path(kept.file.path).unlink()
    with django_capture_on_commit_callbacks(execute=True):
        response = login("truongban").post(f"/admin/van-ban/{document.pk}/withdraw/",
                                           {"reason": "Văn bản bị đình chỉ"}, follow=True)
    assert response.status_code == 200
    document.refresh_from_db()
    assert document.state == "withdrawn"


def test_the_migration_takes_files_of_hidden_documents_out_of_the_public_folder(
        enter_document, client, django_capture_on_commit_callbacks, caplog):
    """A library from before private files: a withdrawn and a never-published
    document's files lie in MEDIA_ROOT, one of them gone from the disk."""
    import importlib

    from django.apps import apps
    from django.core.files.base import ContentFile

    from congtin.legal.models import DocumentFile
    from congtin.legal.storage import storage

    migration = importlib.import_module(
        "congtin.legal.migrations.0006_private_files_of_hidden_documents")
    published = enter_document("1503/QĐ-SCT", "2026-11-12")
    withdrawn = enter_document("1504/QĐ-SCT", "2026-11-12", publish=False, state="withdrawn")
    draft = enter_document("1505/QĐ-SCT", "2026-11-12", publish=False)
    assert (withdrawn.state, draft.state) == ("withdrawn", "entered")

    def legacy_file(document, name, content=b"%PDF-1.4 legacy"):
        stored = storage.save(f"van-ban/2025/01/{name}", ContentFile(content))
        return DocumentFile.objects.create(document=document, file=stored, original_name=name,
                                           size=len(content), kind="pdf")

    kept = legacy_file(published, "1503.pdf")
    hidden = [legacy_file(withdrawn, "1504.pdf"), legacy_file(draft, "1505.pdf")]
    lost = legacy_file(draft, "1505-phu-luc.pdf")
    storage.delete(lost.file.name)
    addresses = [item.file.url for item in hidden]
    assert all(client.get(address).status_code == 200 for address in addresses)

    with django_capture_on_commit_callbacks(execute=True):
        migration.hide_files_of_hidden_documents(apps, None)

    for item in hidden:
        item.refresh_from_db()
        _assert_unreachable(client, item)
        with item.file.open("rb") as moved:
            assert moved.read() == b"%PDF-1.4 legacy"
    assert all(client.get(address).status_code == 404 for address in addresses)
    kept.refresh_from_db()
    assert not kept.file.name.startswith("cho-duyet/")
    assert client.get(kept.file.url).status_code == 200
    lost.refresh_from_db()
    assert not lost.file.name.startswith("cho-duyet/")
    assert "1505-phu-luc.pdf" in caplog.text and "missing on disk" in caplog.text

"""Files and relations of a published document go through the editorial
chain (Đ.7.1, Đ.9.2.b): an addition is stored but not public, a removal stays
public, until step 4 publishes the document; a return leaves them pending.
Everything over HTTP with the demo's people."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import ModelLogEntry

from congtin.legal import workflow
from congtin.legal.models import DocumentFile, DocumentRelation, LegalDocument, Validity
from congtin.legal.storage import private_root

from .conftest import pdf_bytes

pytestmark = pytest.mark.django_db

STEPS = ["tv_vp", "thuky1", "truongban", "kythuat"]


def refused(response):
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == "/admin/")


def _approve_all(login, document, steps=STEPS):
    for username in steps:
        response = login(username).post(f"/admin/van-ban/{document.pk}/approve/", follow=True)
        assert response.status_code == 200


def _public(client, document):
    client.logout()
    response = client.get(document.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def _upload(login, document, name, lines):
    return login("vanphong").post(f"/admin/van-ban/{document.pk}/tep/", {
        "file": SimpleUploadedFile(name, pdf_bytes(lines))}, follow=True)


def _relate(login, source, kind, target_symbol):
    return login("vanphong").post(f"/admin/van-ban/{source.pk}/quan-he/", {
        "kind": kind, "target_symbol": target_symbol}, follow=True)


def _actions(document):
    return set(ModelLogEntry.objects.filter(object_id=str(document.pk))
               .values_list("action", flat=True))


def test_a_file_added_to_a_published_document_waits_for_the_chain(
        login, enter_document, client, django_capture_on_commit_callbacks):
    document = enter_document("1401/QĐ-SCT", "2026-11-10")
    original = pdf_bytes(["Điều 1. Mẫu ZQTEPMOI cho thương nhân."])
    response = login("vanphong").post(f"/admin/van-ban/{document.pk}/tep/", {
        "file": SimpleUploadedFile("1401-phu-luc.pdf", original)}, follow=True)
    page = response.content.decode()
    assert "cổng vẫn hiển thị bản đã duyệt" in page
    assert "Chờ duyệt" in page and "Bước 1" in page  # the chain started
    item = document.files.get()
    assert item.publication == "pending_add"
    # kept outside MEDIA_ROOT: no public address reaches it, even guessed
    assert not (Path(settings.MEDIA_ROOT) / item.file.name).exists()
    assert Path(item.file.path).is_relative_to(private_root())
    client.logout()
    month = item.uploaded_at.strftime("%Y/%m")
    for forged in [f"/media/{item.file.name}", f"/media/van-ban/{month}/1401-phu-luc.pdf",
                   f"/media/van-ban/{month}/{Path(item.file.name).name}"]:
        assert client.get(forged).status_code == 404, forged
    public = _public(client, document)
    assert "1401-phu-luc.pdf" not in public and "ZQTEPMOI" not in public
    assert "1401/QĐ-SCT" not in client.get("/van-ban/", {"q": "zqtepmoi"}).content.decode()
    # the people of the chain read it in the admin; a collaborator cannot
    download = login("tv_vp").get(f"/admin/van-ban/tep/{item.pk}/")
    assert download.status_code == 200 and b"".join(download.streaming_content) == original
    assert refused(login("ctv1").get(f"/admin/van-ban/tep/{item.pk}/"))

    with django_capture_on_commit_callbacks(execute=True):  # the private copy goes after commit
        _approve_all(login, document)
    item.refresh_from_db()
    assert item.publication == "public" and not item.file.name.startswith("cho-duyet/")
    assert not any(private_root().rglob("1401-phu-luc*.pdf"))
    public = _public(client, document)
    assert "1401-phu-luc.pdf" in public and "ZQTEPMOI" in public
    served = client.get(item.file.url)
    assert served.status_code == 200 and b"".join(served.streaming_content) == original
    assert "1401/QĐ-SCT" in client.get("/van-ban/", {"q": "zqtepmoi"}).content.decode()
    assert {"congtin.legal.attach_pending", "congtin.legal.submit",
            "congtin.legal.apply_changes", "wagtail.publish"} <= _actions(document)
    applied = ModelLogEntry.objects.get(object_id=str(document.pk),
                                        action="congtin.legal.apply_changes")
    assert applied.user.username == "kythuat"  # the technical publisher, step 4
    assert applied.data["tep_cong_bo"] == ["1401-phu-luc.pdf"]


def test_a_relation_added_to_a_published_document_waits_then_changes_validity(
        login, enter_document, client):
    old = enter_document("1402/QĐ-SCT", "2026-01-05", "2026-01-05",
                         summary="Quy chế cũ ZQCU")
    new = enter_document("1403/QĐ-SCT", "2026-11-02", "2026-11-02",
                         summary="Quy chế mới ZQMOI")
    page = _relate(login, new, "replaces", "1402/QĐ-SCT").content.decode()
    assert "cổng vẫn hiển thị bản đã duyệt" in page and "Chờ duyệt" in page
    assert DocumentRelation.objects.get(source=new).publication == "pending_add"
    old.refresh_from_db()
    assert old.status == Validity.IN_FORCE
    before = _public(client, old)
    assert "Bị thay thế bởi" not in before and "1403/QĐ-SCT" not in before
    assert "Còn hiệu lực" in before
    assert "1402/QĐ-SCT" not in _public(client, new)
    listed = client.get("/van-ban/", {"hieu_luc": "het"}).content.decode()
    assert "1402/QĐ-SCT" not in listed
    # the Office's view of the other document says it is not approved yet
    other = login("vanphong").get(f"/admin/van-ban/{old.pk}/").content.decode()
    assert "1403/QĐ-SCT thay thế văn bản này — <strong>Chờ duyệt</strong>" in other

    _approve_all(login, new)
    old.refresh_from_db()
    assert old.status == Validity.EXPIRED
    after = _public(client, old)
    assert "Bị thay thế bởi" in after and "1403/QĐ-SCT" in after
    assert "Hết hiệu lực toàn bộ" in after
    assert "1402/QĐ-SCT" in _public(client, new)
    assert {"congtin.legal.relate_pending", "congtin.legal.apply_changes"} <= _actions(new)


def test_removals_stay_public_until_the_chain_publishes(
        login, enter_document, client, django_capture_on_commit_callbacks):
    old = enter_document("1404/QĐ-SCT", "2026-01-05", "2026-01-05")
    # not yet published: the file and the relation simply go with the first publication
    new = enter_document("1405/QĐ-SCT", "2026-11-02", "2026-11-02", publish=False)
    _upload(login, new, "1405-goc.pdf", ["Văn bản ZQGOC"])
    _relate(login, new, "replaces", "1404/QĐ-SCT")
    assert {item.publication for item in new.files.all()} == {"public"}
    login("vanphong").post(f"/admin/van-ban/{new.pk}/submit/")
    _approve_all(login, new)
    old.refresh_from_db()
    assert old.status == Validity.EXPIRED
    item = new.files.get()
    url = item.file.url
    assert client.get(url).status_code == 200

    relation = DocumentRelation.objects.get(source=new)
    login("vanphong").post(f"/admin/van-ban/tep/{item.pk}/xoa/")
    page = login("vanphong").post(f"/admin/van-ban/quan-he/{relation.pk}/xoa/",
                                  follow=True).content.decode()
    assert page.count("Sẽ gỡ khi duyệt") == 2 and "Bước 1" in page
    old.refresh_from_db()
    assert old.status == Validity.EXPIRED
    assert "Bị thay thế bởi" in _public(client, old)
    assert "1405-goc.pdf" in _public(client, new) and client.get(url).status_code == 200
    assert "1405/QĐ-SCT" in client.get("/van-ban/", {"q": "zqgoc"}).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        _approve_all(login, new)
    assert not new.files.exists() and not DocumentRelation.objects.filter(source=new).exists()
    old.refresh_from_db()
    assert old.status == Validity.IN_FORCE
    after = _public(client, old)
    assert "Bị thay thế bởi" not in after and "Còn hiệu lực" in after
    assert "1405-goc.pdf" not in _public(client, new)
    assert client.get(url).status_code == 404
    assert "1405/QĐ-SCT" not in client.get("/van-ban/", {"q": "zqgoc"}).content.decode()
    assert {"congtin.legal.detach_pending", "congtin.legal.unrelate_pending",
            "congtin.legal.apply_changes"} <= _actions(new)


def test_a_return_leaves_changes_pending_and_the_office_withdraws_one(
        login, enter_document, client, django_capture_on_commit_callbacks):
    other = enter_document("1410/QĐ-SCT", "2026-01-05")
    document = enter_document("1406/QĐ-SCT", "2026-11-10")
    _upload(login, document, "1406-sai.pdf", ["Tệp nhầm ZQSAI"])
    _relate(login, document, "guides", "1410/QĐ-SCT")
    wrong = document.files.get()
    private = Path(wrong.file.path)
    login("tv_vp").post(f"/admin/van-ban/{document.pk}/reject/",
                        {"reason": "Tệp đính kèm nhầm văn bản"})
    assert not workflow.in_chain(document)
    wrong.refresh_from_db()
    assert wrong.publication == "pending_add"
    assert "1406-sai.pdf" not in _public(client, document)
    relation = DocumentRelation.objects.get(source=document)
    assert relation.publication == "pending_add"
    page = login("vanphong").post(f"/admin/van-ban/quan-he/{relation.pk}/xoa/",
                                  follow=True).content.decode()
    assert "Đã rút quan hệ chờ duyệt." in page and not other.incoming_relations.exists()
    # the Office withdraws it (gone at once, file included) and adds the right one
    with django_capture_on_commit_callbacks(execute=True):
        page = login("vanphong").post(f"/admin/van-ban/tep/{wrong.pk}/xoa/",
                                      follow=True).content.decode()
    assert "Đã rút tệp chờ duyệt." in page
    assert not DocumentFile.objects.filter(pk=wrong.pk).exists() and not private.exists()
    _upload(login, document, "1406-dung.pdf", ["Tệp đúng ZQDUNG"])
    assert workflow.in_chain(document)  # resubmitted with the change
    _approve_all(login, document)
    public = _public(client, document)
    assert "1406-dung.pdf" in public and "1406-sai.pdf" not in public
    assert "congtin.legal.detach" in _actions(document)


def test_while_a_step_holds_the_document_the_office_cannot_change_it(login, enter_document,
                                                                     client):
    target = enter_document("1407/QĐ-SCT", "2026-01-05")
    document = enter_document("1408/QĐ-SCT", "2026-11-10")
    _upload(login, document, "1408-a.pdf", ["Tệp ZQA"])
    # at step 1 a second change joins the run the first one started
    _upload(login, document, "1408-c.pdf", ["Tệp ZQC"])
    assert workflow.current_step_name(document).startswith("Bước 1")
    assert document.workflow_states.filter(status="in_progress").count() == 1
    second = document.files.get(original_name="1408-c.pdf")
    login("vanphong").post(f"/admin/van-ban/tep/{second.pk}/xoa/")  # withdrawn
    login("tv_vp").post(f"/admin/van-ban/{document.pk}/approve/")
    # at step 2 (Đ.8.3): no upload, relation, removal or withdrawal by the Office
    assert refused(login("vanphong").post(f"/admin/van-ban/{document.pk}/tep/", {
        "file": SimpleUploadedFile("1408-b.pdf", pdf_bytes(["Tệp ZQB"]))}))
    assert refused(login("vanphong").post(f"/admin/van-ban/{document.pk}/quan-he/", {
        "kind": "guides", "target_symbol": "1407/QĐ-SCT"}))
    item = document.files.get()
    assert refused(login("vanphong").post(f"/admin/van-ban/tep/{item.pk}/xoa/"))
    assert document.files.count() == 1 and not target.incoming_relations.exists()
    # other roles never change a document's files or relations
    for username in ["cb_qltm", "ctv1", "kythuat"]:
        assert refused(login(username).post(f"/admin/van-ban/tep/{item.pk}/xoa/"))
    assert DocumentFile.objects.filter(pk=item.pk, publication="pending_add").exists()


def test_the_office_keeps_a_file_it_asked_to_remove(login, enter_document, client):
    document = enter_document("1409/QĐ-SCT", "2026-11-10", publish=False)
    _upload(login, document, "1409-giu.pdf", ["Tệp ZQGIU"])
    login("vanphong").post(f"/admin/van-ban/{document.pk}/submit/")
    _approve_all(login, document)
    item = document.files.get()
    login("vanphong").post(f"/admin/van-ban/tep/{item.pk}/xoa/")
    login("tv_vp").post(f"/admin/van-ban/{document.pk}/reject/", {"reason": "Không gỡ tệp"})
    page = login("vanphong").post(f"/admin/van-ban/tep/{item.pk}/giu-lai/",
                                  follow=True).content.decode()
    assert "Giữ lại tệp 1409-giu.pdf" in page and "Sẽ gỡ khi duyệt" not in page
    login("vanphong").post(f"/admin/van-ban/{document.pk}/submit/")
    _approve_all(login, document)
    item.refresh_from_db()
    assert item.publication == "public" and "1409-giu.pdf" in _public(client, document)
    assert "congtin.legal.keep" in _actions(document)
    assert LegalDocument.objects.get(pk=document.pk).state == LegalDocument.State.PUBLISHED

"""Files of documents the public cannot see leave MEDIA_ROOT.

Before 0005's release, every file was stored in MEDIA_ROOT, whatever its
document's state; since then a document not published yet, or withdrawn,
keeps its files in the private folder (storage.py). This moves the files
such a library already holds, as a withdrawal does (changes.hide_files): a
copy in the private folder, the row renamed, the public copy deleted once
the migration commits. A file missing from the disk is logged and left as
it is (the admin then says "Không tìm thấy tệp.").
"""

import logging

from django.db import migrations, transaction

logger = logging.getLogger(__name__)


def hide_files_of_hidden_documents(apps, schema_editor):
    from congtin.legal.storage import PENDING_PREFIX, make_private, storage

    DocumentFile = apps.get_model("legal", "DocumentFile")
    hidden = (DocumentFile.objects.exclude(document__state="published")
              .exclude(file__startswith=PENDING_PREFIX).exclude(file=""))
    for item in hidden.iterator():
        old = item.file.name
        try:
            item.file.name = make_private(item.file)
        except FileNotFoundError:
            logger.warning("legal: file %s of document %s is missing on disk", old,
                           item.document_id)
            continue
        item.save(update_fields=["file"])
        transaction.on_commit(lambda old=old: storage.delete(old))


class Migration(migrations.Migration):

    dependencies = [
        ("legal", "0005_pending_changes"),
    ]

    operations = [
        migrations.RunPython(hide_files_of_hidden_documents, migrations.RunPython.noop),
    ]

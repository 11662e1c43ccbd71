"""A resume in a kind of file we cannot read is refused with a message that names the kind and
says how to get a readable file: an old Word (.doc) file is "Word" to its owner, so "not a type
we can read" alone leaves them puzzled. Nothing is stored."""
from __future__ import annotations

import io
import zipfile

import pytest
from PIL import Image

from tests.graphql_client import upload_resume

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1024
# A password-protected .docx: an OLE2 file whose directory names an EncryptedPackage stream.
ENCRYPTED_DOCX = OLE2 + "EncryptionInfo".encode("utf-16-le") + b"\0" * 50 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 512
RTF = rb"{\rtf1\ansi\deff0 {\fonttbl {\f0 Arial;}} \f0\fs24 Amara Okafor\par Staff Nurse\par}"


def odt() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>")
    return buffer.getvalue()


def image(kind: str) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 64), "white").save(buffer, kind)
    return buffer.getvalue()


@pytest.mark.parametrize("filename, make, named, advice", [
    ("cv.doc", lambda: OLE2, "old Word", ".docx"),
    ("locked.docx", lambda: ENCRYPTED_DOCX, "password-protected", "remove the password"),
    ("cv.rtf", lambda: RTF, "RTF document", ".docx"),
    ("cv.odt", odt, "OpenDocument text", ".docx"),
    ("scan.tif", lambda: image("TIFF"), "TIFF image", "PNG or JPEG"),
    ("photo.webp", lambda: image("WEBP"), "WebP image", "PNG or JPEG"),
], ids=["doc", "encrypted-docx", "rtf", "odt", "tiff", "webp"])
async def test_the_refusal_names_the_kind_and_how_to_get_a_readable_file(client, filename, make, named, advice):
    token, _ = await client.candidate()
    body = await upload_resume(client, token, filename, make())
    error = body["errors"][0]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "field": "file"}
    assert named in error["message"] and advice in error["message"], error["message"]
    resumes = await client.data("{ me { resumes { totalCount } } }", token=token)
    assert resumes["me"]["resumes"]["totalCount"] == 0

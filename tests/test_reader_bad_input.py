"""Bad input: each case raises its own ReadError subclass naming the file."""
import random
import zipfile

import pytest

from docx_factory import make_docx, p
from pipeline.reader import (EncryptedDocumentError, LegacyFormatError, MissingPartError,
                             NotAZipError, ReadError, TooLargeError, UnsafeXMLError, read_report)
from pipeline.reader import legacy, safezip


def _raises(exc, path, *words):
    with pytest.raises(exc) as ei:
        read_report(path)
    msg = str(ei.value)
    assert str(path) in msg and ei.value.path == str(path)
    for w in words:
        assert w in msg.lower(), msg
    return ei.value


def test_empty_file(tmp_path):
    f = tmp_path / "empty.docx"
    f.write_bytes(b"")
    _raises(NotAZipError, f, "empty")


def test_not_a_zip(tmp_path):
    f = tmp_path / "notes.docx"
    f.write_text("Báo cáo quý II/2024 — plain text, not Word", encoding="utf-8")
    _raises(NotAZipError, f, "not a zip")


def test_truncated_zip(tmp_path):
    good = make_docx(tmp_path / "good.docx", p("Nội dung"))
    f = tmp_path / "cut.docx"
    f.write_bytes(good.read_bytes()[:200])
    _raises(NotAZipError, f)


def test_zip_without_document_part(tmp_path):
    f = tmp_path / "other.docx"
    with zipfile.ZipFile(f, "w") as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
    _raises(MissingPartError, f, "word/document.xml")


def _ole(payload: bytes) -> bytes:
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + payload + b"\0" * 512


def test_encrypted_docx(tmp_path):
    f = tmp_path / "secret.docx"
    f.write_bytes(_ole("EncryptionInfo".encode("utf-16-le") + b"\0\0" +
                      "EncryptedPackage".encode("utf-16-le")))
    _raises(EncryptedDocumentError, f, "password")


def test_legacy_doc_without_libreoffice(tmp_path, monkeypatch):
    monkeypatch.setattr(legacy, "soffice_path", lambda: None)
    f = tmp_path / "old.doc"
    f.write_bytes(_ole("WordDocument".encode("utf-16-le")))
    e = _raises(LegacyFormatError, f, "libreoffice")
    assert "apt-get install" in str(e)


def test_zip_bomb_ratio(tmp_path):
    f = tmp_path / "bomb.docx"
    with zipfile.ZipFile(f, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"<" + b"a" * (20 * 1024 * 1024) + b"/>")
    _raises(TooLargeError, f, "zip bomb")


def test_zip_bomb_total_size(tmp_path, monkeypatch):
    monkeypatch.setattr(safezip, "MAX_TOTAL", 1_000_000)
    f = tmp_path / "big.docx"
    filler = random.Random(0).randbytes(1_300_000)   # incompressible, 1.3 MB
    make_docx(f, p("Nội dung"), extra_entries={"word/media/blob.bin": filler})
    _raises(TooLargeError, f, "uncompressed size")


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>"""

EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>"""


@pytest.mark.parametrize("xml", [BILLION_LAUGHS, EXTERNAL], ids=["entity-expansion", "external-entity"])
def test_entity_tricks(tmp_path, xml):
    f = make_docx(tmp_path / "evil.docx", "", raw_document=xml)
    _raises(UnsafeXMLError, f, "doctype")


def test_malformed_xml(tmp_path):
    f = make_docx(tmp_path / "broken.docx", "", raw_document="<w:document><w:body>")
    _raises(UnsafeXMLError, f, "well-formed")


def test_missing_file(tmp_path):
    _raises(ReadError, tmp_path / "nowhere.docx", "cannot open")


def test_unexpected_errors_are_wrapped(tmp_path, monkeypatch):
    from pipeline.reader import core
    f = make_docx(tmp_path / "ok.docx", p("Nội dung"))
    monkeypatch.setattr(core, "build_sections", lambda *a: 1 / 0)
    e = _raises(ReadError, f, "zerodivisionerror")
    assert type(e) is ReadError


def test_all_errors_are_read_errors():
    for exc in (NotAZipError, MissingPartError, EncryptedDocumentError, TooLargeError,
                UnsafeXMLError, LegacyFormatError):
        assert issubclass(exc, ReadError)

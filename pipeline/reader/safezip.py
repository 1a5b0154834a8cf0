"""Open a .docx package defensively: magic checks, size caps, safe XML parsing."""
from __future__ import annotations

import io
import posixpath
import zipfile

from lxml import etree

from .errors import (EncryptedDocumentError, MissingPartError, NotAZipError,
                     TooLargeError, UnsafeXMLError)

MAX_TOTAL = 200 * 1024 * 1024      # uncompressed bytes over all entries
MAX_PART = 100 * 1024 * 1024       # uncompressed bytes of one XML part we read
MAX_RATIO = 200                    # uncompressed / compressed, for entries over 1 MB
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE_DOC = "/officeDocument"


def safe_parser() -> etree.XMLParser:
    # No entity expansion, no DTD loading, no network, no huge trees.
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                           huge_tree=False, dtd_validation=False)


def is_ole(data: bytes) -> bool:
    return data[:8] == OLE_MAGIC


def is_encrypted_ole(data: bytes) -> bool:
    """An encrypted OOXML file is an OLE container whose directory names the
    stream "EncryptedPackage" (stored as UTF-16LE)."""
    return "EncryptedPackage".encode("utf-16-le") in data or b"EncryptedPackage" in data


class Package:
    """A zip package read fully into memory (reports are small)."""

    def __init__(self, path: str, data: bytes):
        self.path = path
        if not data:
            raise NotAZipError(path, "empty file (0 bytes)")
        if is_ole(data):
            if is_encrypted_ole(data):
                raise EncryptedDocumentError(path, "password-protected (encrypted) document")
            raise NotAZipError(path, "OLE compound file (legacy .doc?), not a .docx zip package")
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
        except zipfile.BadZipFile as e:
            raise NotAZipError(path, f"not a zip package (.docx): {e}") from None
        except Exception as e:  # truncated central directory etc.
            raise NotAZipError(path, f"not a readable zip package: {e}") from None
        total = 0
        self.names = set()
        for info in self.zip.infolist():
            total += info.file_size
            if info.file_size > 1_000_000 and info.compress_size and \
                    info.file_size / info.compress_size > MAX_RATIO:
                raise TooLargeError(path, f"entry {info.filename} expands {info.file_size} bytes "
                                          f"at ratio {info.file_size // info.compress_size}:1 "
                                          f"(limit {MAX_RATIO}:1), possible zip bomb")
            if info.flag_bits & 0x1:
                raise EncryptedDocumentError(path, f"zip entry {info.filename} is encrypted")
            self.names.add(info.filename)
        if total > MAX_TOTAL:
            raise TooLargeError(path, f"uncompressed size {total} bytes over the limit "
                                      f"{MAX_TOTAL} bytes, possible zip bomb")

    def has(self, name: str) -> bool:
        return name in self.names

    def read(self, name: str) -> bytes:
        """Read one entry, never more than MAX_PART bytes whatever its header claims."""
        with self.zip.open(name) as f:
            data = f.read(MAX_PART + 1)
        if len(data) > MAX_PART:
            raise TooLargeError(self.path, f"part {name} is over {MAX_PART} bytes uncompressed")
        return data

    def checked_bytes(self, name: str) -> bytes:
        """Raw bytes of an XML part, refused if it declares a DOCTYPE/entities."""
        data = self.read(name)
        head = data[:4096]
        if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
            raise UnsafeXMLError(self.path, f"{name} declares a DOCTYPE/entities; refused")
        return data

    def xml(self, name: str):
        """Parse one XML part safely; reject any DOCTYPE (entity tricks)."""
        return self.parse(name, self.checked_bytes(name))

    def parse(self, name: str, data: bytes):
        """Parse the checked_bytes of part `name` as xml() does."""
        try:
            root = etree.fromstring(data, safe_parser())
        except etree.XMLSyntaxError as e:
            raise UnsafeXMLError(self.path, f"{name} is not well-formed XML: {e}") from None
        dt = root.getroottree().docinfo
        if dt.doctype or dt.internalDTD is not None:
            raise UnsafeXMLError(self.path, f"{name} declares a DOCTYPE/entities; refused")
        return root

    def rels(self, part: str, types=None) -> dict[str, str]:
        """Relationship type suffix -> target part name for `part` (first of each type);
        only the `types` asked for when given (a document has a dozen relationships)."""
        d, base = posixpath.split(part)
        rel_name = posixpath.join(d, "_rels", base + ".rels")
        out: dict[str, str] = {}
        if not self.has(rel_name):
            return out
        root = self.xml(rel_name)
        for rel in root.iter(f"{{{REL_NS}}}Relationship"):
            if rel.get("TargetMode") == "External":
                continue
            typ = (rel.get("Type") or "").rsplit("/", 1)[-1]
            if typ in out or types is not None and typ not in types:
                continue
            target = rel.get("Target") or ""
            name = target.lstrip("/") if target.startswith("/") else \
                posixpath.normpath(posixpath.join(d, target))
            out[typ] = name
        return out

    def main_part(self) -> str:
        """The document part named by the package relationships, else word/document.xml."""
        name = self.rels("", (OFFICE_DOC.strip("/"),)).get(OFFICE_DOC.strip("/"))
        if name and self.has(name):
            return name
        if self.has("word/document.xml"):
            return "word/document.xml"
        raise MissingPartError(self.path, "zip package without word/document.xml "
                                          "(not a Word document)")

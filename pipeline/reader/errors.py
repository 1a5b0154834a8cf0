"""Errors raised by the reader. Every message names the file and the reason."""
from __future__ import annotations


class ReadError(Exception):
    """A report file could not be read. `path` is the file, `reason` says why."""

    def __init__(self, path, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class NotAZipError(ReadError):
    """Empty file, or not a zip package (so not a .docx)."""


class MissingPartError(ReadError):
    """A zip that lacks the main document part (word/document.xml)."""


class EncryptedDocumentError(ReadError):
    """A password-protected .docx (an OLE compound file holding EncryptedPackage)."""


class TooLargeError(ReadError):
    """Uncompressed size or compression ratio over the limits (zip bomb guard)."""


class UnsafeXMLError(ReadError):
    """XML with a DOCTYPE / entity declarations, or XML that does not parse."""


class LegacyFormatError(ReadError):
    """A legacy .doc that could not be converted (LibreOffice missing, timeout, failure)."""

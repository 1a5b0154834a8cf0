"""pipeline.reader: read one report file into a pipeline.model.Report.

    from pipeline.reader import read_report, ReadError
    report = read_report("report.docx")

See docs/reader.md for what is read and how.
"""
from .core import read_report
from .errors import (EncryptedDocumentError, LegacyFormatError, MissingPartError,
                     NotAZipError, ReadError, TooLargeError, UnsafeXMLError)
from .periods import parse_period

__all__ = ["read_report", "parse_period", "ReadError", "NotAZipError", "MissingPartError",
           "EncryptedDocumentError", "TooLargeError", "UnsafeXMLError", "LegacyFormatError"]

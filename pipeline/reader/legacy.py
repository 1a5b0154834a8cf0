"""Legacy Word .doc files, converted to .docx by LibreOffice headless.

Each conversion runs `soffice` with its own throw-away profile directory
(-env:UserInstallation) so parallel workers never share a lock, and a timeout.
`convert_many` converts a batch in one soffice call, which saves the ~1 s
start-up per file. Install LibreOffice with:
    apt-get install -y --no-install-recommends libreoffice-writer-nogui
"""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from .errors import LegacyFormatError

INSTALL_HINT = ("install LibreOffice: apt-get install -y --no-install-recommends "
                "libreoffice-writer-nogui")
TIMEOUT = 120   # seconds for one file; a batch gets this per file


def soffice_path() -> str | None:
    for name in ("soffice", "libreoffice"):
        p = shutil.which(name)
        if p:
            return p
    return None


def _run(files: list[str], outdir: str, timeout: float) -> None:
    exe = soffice_path()
    if exe is None:
        raise LegacyFormatError(files[0] if len(files) == 1 else ", ".join(files),
                                f"legacy .doc needs LibreOffice (soffice not found); {INSTALL_HINT}")
    with tempfile.TemporaryDirectory(prefix="solieu-lo-") as profile:
        cmd = [exe, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
               "--nologo", "--nodefault", "--convert-to", "docx:MS Word 2007 XML",
               "--outdir", outdir, *files]
        try:
            subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE, timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            raise LegacyFormatError(files[0], f"LibreOffice conversion timed out after "
                                              f"{timeout:.0f} s") from None


def convert(path: str, outdir: str, timeout: float = TIMEOUT) -> str:
    """Convert one .doc; return the path of the .docx written into outdir."""
    _run([os.path.abspath(path)], outdir, timeout)
    out = os.path.join(outdir, Path(path).stem + ".docx")
    if not os.path.exists(out) or os.path.getsize(out) == 0:
        raise LegacyFormatError(path, "LibreOffice could not convert this .doc "
                                      "(damaged or not a Word file)")
    return out


def convert_many(paths, outdir, timeout_per_file: float = TIMEOUT) -> dict[str, str | None]:
    """Convert a batch of .doc files in one soffice call.
    Returns {input path: output .docx path, or None where conversion failed}.
    Inputs whose names collide (same stem) are converted in separate calls."""
    paths = [os.path.abspath(p) for p in paths]
    os.makedirs(outdir, exist_ok=True)
    result: dict[str, str | None] = {}
    batches: list[list[str]] = []
    for p in paths:   # one stem per batch, or outputs would overwrite each other
        for b in batches:
            if all(Path(q).stem != Path(p).stem for q in b):
                b.append(p)
                break
        else:
            batches.append([p])
    for b in batches:
        _run(b, outdir, timeout_per_file * len(b))
        for p in b:
            out = os.path.join(outdir, Path(p).stem + ".docx")
            result[p] = out if os.path.exists(out) and os.path.getsize(out) else None
    return result


def read_legacy(path: str, data: bytes):
    """Convert `path` (a .doc already read as `data`) and read the result. The
    Report keeps the original path and the hash of the original bytes."""
    from .core import read_docx_bytes
    with tempfile.TemporaryDirectory(prefix="solieu-doc-") as tmp:
        # Copy under a plain name: soffice mishandles some characters in paths.
        src = os.path.join(tmp, "in.doc")
        with open(src, "wb") as f:
            f.write(data)
        try:
            out = convert(src, tmp)
        except LegacyFormatError as e:   # name the user's file, not the temporary copy
            raise LegacyFormatError(path, e.reason) from None
        with open(out, "rb") as f:
            docx = f.read()
    return read_docx_bytes(path, docx, sha256=hashlib.sha256(data).hexdigest())

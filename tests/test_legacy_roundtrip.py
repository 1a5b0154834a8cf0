"""A legacy .doc gives the report its .docx gives: the seed saved as Word 97 by LibreOffice,
then read back through the .doc path (LibreOffice again), has the same metadata, section tree,
facts and flagged checks as the seed .docx. Archives hold both kinds of the same reports, and
a period compared across them must not change because of the file format."""
import shutil
import subprocess
from pathlib import Path

import pytest

from pipeline.reader import read_report
from pipeline.reader.legacy import soffice_path

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "phung-hiep-q2-2024.docx"

pytestmark = [
    pytest.mark.skipif(soffice_path() is None, reason="LibreOffice (soffice) not installed"),
    pytest.mark.skipif(not SEED.exists(), reason="../shared/seed not present"),
]


@pytest.fixture(scope="module")
def both(tmp_path_factory):
    d = tmp_path_factory.mktemp("legacy")
    shutil.copy2(SEED, d / "seed.docx")
    profile = d / "profile"
    subprocess.run([soffice_path(), f"-env:UserInstallation=file://{profile}", "--headless",
                    "--norestore", "--convert-to", "doc:MS Word 97", "--outdir", str(d / "doc"),
                    str(d / "seed.docx")], check=True, capture_output=True, timeout=180)
    doc = d / "doc" / "seed.doc"
    assert doc.exists() and doc.read_bytes()[:4] == b"\xd0\xcf\x11\xe0"   # an OLE2 Word file
    return read_report(d / "seed.docx"), read_report(doc)


def _facts(report):
    from extractors import extract_report
    from pipeline.checks import run_checks
    facts, links = extract_report(report)
    flagged = [(c.kind, c.status) for c in run_checks(report, facts, links) if c.status != "ok"]
    return [(f.kind, f.raw, f.value, f.unit) for f in facts], flagged


def test_same_metadata(both):
    a, b = both
    for field in ("org", "doc_type", "doc_number", "title", "issued_date", "place"):
        assert getattr(b.metadata, field) == getattr(a.metadata, field), field
    assert b.metadata.period == a.metadata.period


def test_same_section_tree(both):
    a, b = both
    tree = lambda r: [(s.level, s.label, s.heading) for s in r.sections]
    assert tree(b) == tree(a) and len(tree(a)) > 20


def test_same_facts_and_flags(both):
    (fa, ka), (fb, kb) = _facts(both[0]), _facts(both[1])
    assert len(fa) == 242          # the seed's gold count: the .docx side is itself right
    assert fb == fa
    assert kb == ka and len(ka) == 2

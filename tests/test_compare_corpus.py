"""End to end on the generated corpus: ingest corpus/reports, compare with corpus/truth/*.json.

Each truth file lists, per report, the value of every series ("ket_nap_dang_vien": 145 ...) and
the facts with their series id. The series the store builds must be the truth series: no truth
series split over two store series, no store series holding two truth series, and the value the
views show for a (series, report) is the truth value.
"""
import json
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SEED = ROOT.parent / "shared" / "seed" / "phung-hiep-q2-2024.docx"



def _num(s) -> float:
    return float(str(s).replace(".", "").replace(",", "."))


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    import duckdb
    from pipeline.ingest import ingest
    db = tmp_path_factory.mktemp("corpus") / "corpus.duckdb"
    files = sorted(str(p) for p in (CORPUS / "reports").rglob("*.docx"))
    if SEED.is_file():
        files.append(str(SEED))   # the generator's Phụng Hiệp series has the seed as Q2/2024
    summary = ingest(files, db=str(db), workers=1)
    assert summary.failed == 0, summary.errors
    con = duckdb.connect(str(db), read_only=True)
    yield con
    con.close()


def _truth_facts():
    """(report stem, org, truth series, truth fact) for every series value of every report."""
    for tp in sorted((CORPUS / "truth").glob("*.json")):
        t = json.loads(tp.read_text(encoding="utf-8"))
        for s in t["series"]:
            facts = [f for f in t["facts"] if f.get("indicator") == s["series"]
                     and _num(f["number"]) == _num(s["value"])]
            if facts:
                yield Path(t["file"]).stem, t["org"], s, facts[0]


def _locate(paras, doc_id, f):
    """The store fact for a truth fact: in the paragraph holding the truth snippet, the fact of
    the same kind that starts where the truth's raw text starts (raw texts differ between the
    generator and the extractor in how far they run, not where they start)."""
    snippet = unicodedata.normalize("NFC", f["para"])
    raw = unicodedata.normalize("NFC", f["raw"])
    hits = []
    for text, facts in paras.get(doc_id, []):
        if snippet not in text:
            continue
        at = text.find(raw, max(0, text.find(snippet) - len(raw)))
        hits += [(fid, sk) for start, kind, fid, sk in facts if kind == f["kind"] and start == at]
    return hits[0] if len(hits) == 1 else None


def locate_truth(store):
    """({(report, org, truth series): (doc_id, fact_id, store series, truth entry)}, [not found])"""
    docs = {Path(p).stem: d for d, p in store.execute("SELECT doc_id, path FROM documents").fetchall()}
    paras = defaultdict(dict)
    for doc_id, para_id, text in store.execute("SELECT doc_id, para_id, text FROM paragraphs").fetchall():
        paras[doc_id][para_id] = (text, [])
    for doc_id, para_id, start, kind, fid, sk in store.execute("""
            SELECT f.doc_id, f.para_id, f."start", f.kind, f.fact_id, k.series_key
            FROM facts f JOIN fact_series_keys k ON k.doc_id = f.doc_id AND k.fact_id = f.fact_id""").fetchall():
        paras[doc_id][para_id][1].append((start, kind, fid, sk))
    paras = {d: list(v.values()) for d, v in paras.items()}
    found, missing = {}, []
    for stem, org, s, f in _truth_facts():
        hit = _locate(paras, docs[stem], f) if stem in docs else None
        if hit is None:
            missing.append((stem, s["series"], f["raw"]))
        else:
            found[(stem, org, s["series"])] = (docs[stem], *hit, s)
    return found, missing


@pytest.fixture(scope="module")
def located(store):
    return locate_truth(store)


def test_most_truth_facts_are_found(located):
    found, missing = located
    # facts the extractor did not produce as written cannot be placed; they are counted, not hidden
    assert len(found) / (len(found) + len(missing)) >= 0.9, missing[:20]


def test_truth_series_come_back_exactly(located):
    found, _ = located
    store_of = defaultdict(set)    # (org, truth series) -> store series keys
    truth_of = defaultdict(set)    # (org, store series) -> truth series
    for (stem, org, ts), (_, _, sk, _) in found.items():
        store_of[(org, ts)].add(sk)
        truth_of[(org, sk)].add(ts)
    split = {k: v for k, v in store_of.items() if len(v) > 1}
    merged = {k: v for k, v in truth_of.items() if len(v) > 1}
    assert not split and not merged


def test_series_values_are_the_truth_values(store, located):
    found, _ = located
    wrong = []
    for (stem, org, ts), (doc_id, fact_id, sk, s) in found.items():
        rows = store.execute("SELECT value, fact_id FROM indicator_series WHERE doc_id = ? AND series_key = ?",
                             [doc_id, sk]).fetchall()
        # a fraction's series value is its numerator, which the views show as the fact's value
        if len(rows) != 1 or rows[0][1] != fact_id:
            wrong.append((stem, ts, s["value"], rows))
    assert not wrong


def test_phung_hiep_quarters_in_order(store):
    periods = [r[0] for r in store.execute("""
        SELECT DISTINCT period, period_end FROM indicator_series WHERE org ILIKE '%phụng hiệp%'
        ORDER BY period_end""").fetchall()]
    assert periods[:2] == ["2024-Q1", "2024-Q2"] if SEED.is_file() else periods[0] == "2024-Q1"
    assert periods[-1] == "2025-Q4"


def test_stated_changes_match_truth(store):
    """Every "tăng N ... so với quý trước" / "bằng X% so với cùng kỳ" of the truth whose earlier
    report is in the corpus is checked, with the truth's verdict (planted errors are mismatches)."""
    from pipeline.compare import period_checks
    docs = {Path(p).stem: d for d, p in store.execute("SELECT doc_id, path FROM documents").fetchall()}
    checks = [c for c in period_checks(store) if c["kind"] == "stated_change"]
    expected, got = [], []
    for tp in sorted((CORPUS / "truth").glob("*.json")):
        t = json.loads(tp.read_text(encoding="utf-8"))
        stem = Path(t["file"]).stem
        for sc in t.get("stated_changes", []):
            if sc.get("previous_file") in docs and stem in docs:
                expected.append((stem, sc["number"], "ok" if sc["consistent"] else "mismatch"))
    for c in checks:
        stem = next(s for s, d in docs.items() if d == c["doc_id"])
        got.append((stem, c["reported"], c["status"]))
    assert sorted(got) == sorted(expected)


def test_planted_cumulative_drops_found(store):
    """Planted falls of a running total: those between reports the reader marks as year-to-date
    must be flagged (Phụng Hiệp's quarterly reports are read as single quarters, see docs)."""
    from pipeline.compare import period_checks
    docs = {Path(p).stem: d for d, p in store.execute("SELECT doc_id, path FROM documents").fetchall()}
    flagged = {c["doc_id"] for c in period_checks(store) if c["kind"] == "cumulative_drop"}
    planted = [Path(json.loads(tp.read_text(encoding="utf-8"))["file"]).stem
               for tp in sorted((CORPUS / "truth").glob("*.json"))
               for e in json.loads(tp.read_text(encoding="utf-8"))["planted_errors"] if e["kind"] == "cumulative_drop"]
    found = [s for s in planted if docs.get(s) in flagged]
    assert len(found) >= 2, (planted, found)

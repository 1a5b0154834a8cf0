"""Indicator matching measured on the hand-labelled Đề án 06 pairs (tests/gold/indicator_*.tsv).

The three monthly reports (Aug, Sep, Oct 2025) are ingested as they are; each gold fact is
found by its snippet and number; then:
  matched     share of gold pairs whose two facts get the same series (goal >= 90%)
  wrong       non-pairs put in one series, plus facts of two different gold indicators put in
              one series (goal 0)
Run `python tests/test_compare_gold.py` to print the figures quoted in docs/compare.md.
"""
import csv
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold"
REAL = ROOT.parent / "shared" / "corpus-real" / "lam-dong"
REPORTS = {"2025-08": "BAO CAO DE AN 06 THANG 8.docx", "2025-09": "BÁO CÁO ĐỀ ÁN 06 thang 9.docx",
           "2025-10": "BÁO CÁO ĐỀ ÁN 06 tháng 10.docx"}


def _nfc(s):
    return unicodedata.normalize("NFC", s)


def _rows(name):
    with open(GOLD / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def build_store(db):
    import duckdb
    from pipeline.ingest import ingest
    summary = ingest([str(REAL / REPORTS[m]) for m in sorted(REPORTS)], db=str(db), workers=1)
    if summary.failed:
        raise RuntimeError(f"ingest failed: {summary.errors}")
    return duckdb.connect(str(db), read_only=True)


class Locator:
    """month + snippet + number -> (doc_id, fact_id, series_key), or None when no fact holds it.
    series_key is None for facts outside series (stated changes)."""

    def __init__(self, con):
        docs = {Path(p).name: d for d, p in con.execute("SELECT doc_id, path FROM documents").fetchall()}
        self.doc = {m: docs[_nfc(f)] if _nfc(f) in docs else docs.get(f) for m, f in REPORTS.items()}
        self.paras = defaultdict(list)
        for d, pid, text in con.execute("SELECT doc_id, para_id, text FROM paragraphs").fetchall():
            self.paras[d].append((pid, text))
        self.facts = defaultdict(list)
        for d, pid, start, end, fid, sk in con.execute("""
                SELECT f.doc_id, f.para_id, f."start", f."end", f.fact_id, k.series_key FROM facts f
                LEFT JOIN fact_series_keys k ON k.doc_id = f.doc_id AND k.fact_id = f.fact_id""").fetchall():
            self.facts[(d, pid)].append((start, end, fid, sk))

    def __call__(self, month, snippet, number):
        d = self.doc[month]
        snippet, number = _nfc(snippet), _nfc(number)
        for pid, text in self.paras[d]:
            at = text.find(snippet)
            if at < 0:
                continue
            pos = at + snippet.find(number)
            # the fact holding the number: starting at it, or a qualifier before it ("trên 150")
            hits = sorted((s != pos, fid, sk) for s, e, fid, sk in self.facts[(d, pid)] if s <= pos < e)
            return (d, hits[0][1], hits[0][2]) if hits else None
        return None


def evaluate(con):
    loc = Locator(con)
    pairs, nonpairs = _rows("indicator_pairs_de_an_06.tsv"), _rows("indicator_nonpairs_de_an_06.tsv")
    out = {"pairs": len(pairs), "matched": 0, "unlocated": [], "unmatched": [],
           "nonpairs": len(nonpairs), "wrong_nonpairs": [], "wrong_cross": []}
    gold_of = defaultdict(set)       # (doc_id, fact_id) -> gold indicator names
    series_of = {}
    for r in pairs:
        a = loc(r["month_a"], r["snippet_a"], r["number_a"])
        b = loc(r["month_b"], r["snippet_b"], r["number_b"])
        if a is None or b is None or a[2] is None or b[2] is None:
            out["unlocated"].append(r["indicator"])     # no fact there, or a fact outside series
            continue
        for x in (a, b):
            gold_of[x[:2]].add(r["indicator"])
            series_of[x[:2]] = x[2]
        if a[2] == b[2]:
            out["matched"] += 1
        else:
            out["unmatched"].append((r["indicator"], r["month_a"], a[2], r["month_b"], b[2]))
    for r in nonpairs:
        a = loc(r["month_a"], r["snippet_a"], r["number_a"])
        b = loc(r["month_b"], r["snippet_b"], r["number_b"])
        if a and b and a[2] is not None and a[2] == b[2]:
            out["wrong_nonpairs"].append((r["indicator"], r["snippet_a"], r["snippet_b"], a[2]))
    members = defaultdict(set)
    for fact, names in gold_of.items():
        members[series_of[fact]] |= {frozenset(names)}
    out["wrong_cross"] = [(sk, sorted(map(sorted, v))) for sk, v in members.items() if len(v) > 1]
    return out


@pytest.fixture(scope="module")
def figures(tmp_path_factory):
    if not REAL.is_dir():
        pytest.skip("../shared/corpus-real not present")
    con = build_store(tmp_path_factory.mktemp("gold") / "de_an_06.duckdb")
    try:
        yield evaluate(con)
    finally:
        con.close()


def test_gold_pairs_matched(figures):
    assert figures["pairs"] >= 30
    assert figures["matched"] / figures["pairs"] >= 0.9, figures["unmatched"] + figures["unlocated"]


def test_no_wrong_matches(figures):
    assert figures["wrong_nonpairs"] == []
    assert figures["wrong_cross"] == []


def test_stated_changes_against_gold(tmp_path_factory):
    if not REAL.is_dir():
        pytest.skip("../shared/corpus-real not present")
    from pipeline.compare import period_checks
    con = build_store(tmp_path_factory.mktemp("gold-sc") / "de_an_06.duckdb")
    try:
        loc = Locator(con)
        got = {(c["doc_id"], c["fact_ids"][1]): c["status"] for c in period_checks(con)
               if c["kind"] == "stated_change"}
        for r in _rows("stated_changes_de_an_06.tsv"):
            d, fid, _ = loc(r["month"], r["snippet"], r["number"])
            assert got.get((d, fid)) == r["verdict"], r
    finally:
        con.close()


if __name__ == "__main__":   # print the figures for docs/compare.md
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        con = build_store(Path(tmp) / "g.duckdb")
        f = evaluate(con)
        con.close()
    print(f"pairs {f['pairs']}, matched {f['matched']} ({f['matched'] / f['pairs']:.1%}), "
          f"not located {len(f['unlocated'])}, non-pairs {f['nonpairs']}, "
          f"wrong non-pairs {len(f['wrong_nonpairs'])}, wrong cross-indicator {len(f['wrong_cross'])}")
    for k in ("unlocated", "unmatched", "wrong_nonpairs", "wrong_cross"):
        for x in f[k]:
            print(k, x, file=sys.stderr)

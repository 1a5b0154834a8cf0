"""Scoring shared by the blind series tests (tests/test_compare_blind*.py).

A test module gives SERIES {series: (reports, figures as written with the number in brackets,
None where a report lacks it)} and EITHER (pairs of series a reader may count either way). A
pair is two labelled facts of one series in two reports: the store must put them in one series
(found) and never put facts of two different series together (wrong).
"""
from __future__ import annotations

import itertools
import sys
import tempfile
from pathlib import Path

import pytest


def locate(con, series: dict, cells: bool = False, lenient: bool = False) -> dict:
    """{(series, report): (doc_id, fact_id)} for every labelled figure: the fact whose span
    holds the bracketed number (a money fact may start at its qualifier, "ước đạt 58,4 tỷ").
    With `cells`, a label "[25]" or "[25]@2" is a whole table cell: the (second) paragraph
    whose whole text is 25."""
    docs = {Path(p).stem: d for d, p in con.execute("SELECT doc_id, path FROM documents").fetchall()}
    out = {}
    for name, (reports, figs) in series.items():
        for stem, fig in zip(reports, figs):
            if fig is None:
                continue
            rows = con.execute("""
                SELECT f.fact_id, f."start", f."end", p.text, f.para_id FROM facts f
                JOIN paragraphs p USING (doc_id, para_id) WHERE f.doc_id = ?""", [docs[stem]]).fetchall()
            if cells and fig.startswith("[") and fig.split("@")[0].endswith("]"):
                cell, _, nth = fig.partition("@")
                paras = sorted({pid for _, _, _, text, pid in rows if text.strip() == cell[1:-1]})
                pid = paras[int(nth or 1) - 1] if len(paras) >= int(nth or 1) else None
                hits = [fid for fid, _, _, _, p in rows if p == pid]
            else:
                snippet, at = fig.replace("[", "").replace("]", ""), fig.index("[")
                hits = [fid for fid, start, end, text, _ in rows
                        if snippet in text and start <= text.index(snippet) + at < end]
            if len(hits) != 1 and lenient:
                print("  NOT LOCATED", name, stem, fig, hits)
                continue
            assert len(hits) == 1, (name, stem, fig, hits)
            out[(name, stem)] = (docs[stem], hits[0])
    return out


def score(con, series: dict, either: set, cells: bool = False, lenient: bool = False) -> dict:
    where = locate(con, series, cells, lenient)
    # a series is named per body: the same key in two bodies is two series
    key = {(d, f): (o, s) for d, f, o, s in con.execute("""
        SELECT k.doc_id, k.fact_id, coalesce(d.org, ''), k.series_key
        FROM fact_series_keys k JOIN documents d USING (doc_id)""").fetchall()}
    store = {lab: key[df] for lab, df in where.items()}
    found, missed, wrong = [], [], []
    for (a, sa), (b, sb) in itertools.combinations(sorted(store), 2):
        if sa == sb:
            continue
        same = store[(a, sa)] == store[(b, sb)]
        if a == b:
            (found if same else missed).append((a, sa, sb))
        elif same and frozenset({a, b}) not in either:
            wrong.append((a, sa, b, sb))
    return dict(found=found, missed=missed, wrong=wrong, located=len(where))


def leave_one_out(con, series: dict, either: set, cells: bool = False, lenient: bool = False) -> set:
    """Wrong pairs when one labelled fact at a time is taken out and its body matched again: with
    a report's true counterpart gone, a look-alike must not take its place."""
    from pipeline.compare import SCOPE_COLUMNS, _documents
    from pipeline.indicators import match_series
    lab = {v: k for k, v in locate(con, series, cells, lenient).items()}
    wrong = set()
    for (org,) in con.execute("SELECT DISTINCT coalesce(org, '') FROM documents").fetchall():
        cur = con.cursor()
        cur.execute(f"""
            SELECT coalesce(d.org, ''), d.doc_id, f.fact_id, f.indicator_key, coalesce(c.context, ''),
                   coalesce(c.sentence, ''), coalesce(c.phrase, ''), {SCOPE_COLUMNS}
            FROM facts f JOIN documents d ON d.doc_id = f.doc_id
            LEFT JOIN fact_context c ON c.doc_id = f.doc_id AND c.fact_id = f.fact_id
            WHERE coalesce(f.indicator_key, '') <> '' AND f.kind <> 'change'
              AND coalesce(f.percent_of, '') <> 'change' AND coalesce(d.org, '') = ?
            ORDER BY d.period_end, d.doc_id, f.para_id, f."start", f.fact_id""", [org])
        docs = [d[2:] for d in _documents(cur)]
        cur.close()
        ids = {d for d, _ in docs}
        for (doc, fact), out_label in lab.items():
            if doc not in ids:
                continue
            got = {lab[k]: v[0] for k, v in match_series(
                [(d, [it for it in items if (d, it.fact_id) != (doc, fact)]) for d, items in docs]).items()
                if k in lab}
            for (a, ra), (b, rb) in itertools.combinations(sorted(got), 2):
                if a != b and ra != rb and got[(a, ra)] == got[(b, rb)] and frozenset({a, b}) not in either:
                    wrong.add((out_label, (a, ra), (b, rb)))
    return wrong


def n_pairs(series: dict) -> int:
    return sum(len(list(itertools.combinations([f for f in figs if f is not None], 2)))
               for _, figs in series.values())


def ingest_and_score(tmp: Path, write_all, series: dict, either: set, cells: bool = False,
                     lenient: bool = False) -> dict:
    """Write the reports, ingest them, and score: found/missed/wrong pairs and leave-one-out."""
    import duckdb

    from pipeline.ingest import ingest
    files = [str(f) for f in write_all(tmp / "docs")]
    summary = ingest(files, db=str(tmp / "blind.duckdb"), workers=1)
    assert summary.failed == 0, summary.errors
    con = duckdb.connect(str(tmp / "blind.duckdb"), read_only=True)
    try:
        return dict(score(con, series, either, cells, lenient),
                    loo=leave_one_out(con, series, either, cells, lenient))
    finally:
        con.close()


def report(s: dict) -> None:
    n = len(s["found"]) + len(s["missed"])
    print(f"located {s['located']}; pairs found {len(s['found'])}/{n}; wrong {len(s['wrong'])}; "
          f"wrong with one fact left out {len(s['loo'])}")
    for w in sorted(s["loo"]):
        print("  leave-one-out WRONG", w)
    for m in s["missed"]:
        print("  missed", m)
    for w in s["wrong"]:
        print("  WRONG", w)


def held_out(s: dict, held: set) -> str:
    """The score of the held-out bodies' reports alone."""
    def mine(pair):
        return pair[1] in held
    found = [f for f in s["found"] if mine(f)]
    missed = [m for m in s["missed"] if mine(m)]
    wrong = [w for w in s["wrong"] if mine(w)]
    loo = [w for w in s["loo"] if w[1][1] in held]
    return f"held out: pairs found {len(found)}/{len(found) + len(missed)}; wrong {len(wrong)}; loo {len(loo)}"


def main(write_all, series: dict, either: set, cells: bool = False, held: set | None = None) -> None:
    """`python tests/test_compare_blindN.py [-l]`: print a round's score (-l: lenient locating)."""
    with tempfile.TemporaryDirectory() as tmp:
        s = ingest_and_score(Path(tmp), write_all, series, either, cells=cells, lenient="-l" in sys.argv)
        report(s)
        if held:
            print(held_out(s, held))


class BlindRound:
    """The four checks every blind series round makes. A round's module subclasses it as
    `TestRound` with its data: SERIES, EITHER, write_all (a staticmethod), CELLS (table cells
    are labelled "[25]@2": the second paragraph whose whole text is 25), the floors MIN_FOUND and
    MAX_LOO_WRONG, and PAIRS when the number of labelled pairs is pinned."""
    SERIES: dict = {}
    EITHER: set = set()
    CELLS = False
    MIN_FOUND = 0
    MAX_LOO_WRONG = 0
    PAIRS: int | None = None

    @staticmethod
    def write_all(folder):
        raise NotImplementedError

    @pytest.fixture(scope="class")
    @classmethod
    def blind(cls, tmp_path_factory):
        return ingest_and_score(tmp_path_factory.mktemp("blind"), cls.write_all, cls.SERIES, cls.EITHER,
                                cells=cls.CELLS)

    def test_every_labelled_figure_is_a_fact(self, blind):
        assert blind["located"] == sum(f is not None for _, figs in self.SERIES.values() for f in figs)

    def test_no_wrong_matches(self, blind):
        assert blind["wrong"] == []

    def test_pairs_found(self, blind):
        n = len(blind["found"]) + len(blind["missed"])
        assert len(blind["found"]) >= self.MIN_FOUND, blind["missed"]
        assert n == n_pairs(self.SERIES) == (self.PAIRS or n)

    def test_look_alikes_do_not_fill_a_gap(self, blind):
        assert len(blind["loo"]) <= self.MAX_LOO_WRONG, sorted(blind["loo"])

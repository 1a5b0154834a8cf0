"""Second blind table set (tests/table_blind_cases2.py), built and read as the first set is
(tests/test_table_blind.py helpers). Each table must give exactly the facts written down for
it, except the ones marked xfail; over the whole set, fact recall and precision must stay above
their floors."""
from decimal import Decimal

import pytest

from docx_factory import make_docx
from extractors import extract_report
from pipeline.reader import read_report
from table_blind_cases2 import TABLES
from test_table_blind import _build, _same

RECALL_FLOOR, PRECISION_FLOOR = Decimal("0"), Decimal("0")


def _score(tmp_path, spec) -> tuple[int, int, int, list]:
    """(facts expected, facts found, facts matched, wrong cells) for one table."""
    rep = read_report(make_docx(tmp_path / f"{spec['name']}.docx", _build(spec)))
    facts, _ = extract_report(rep)
    cell_of = {q.para_id: (q.row, q.col) for q in rep.paragraphs if q.source == "table"}
    got: dict[tuple, list] = {}
    for f in facts:
        if f.para_id in cell_of:
            got.setdefault(cell_of[f.para_id], []).append(f)
    want_n = have_n = hit_n = 0
    wrong = []
    for rc in sorted(set(got) | set(spec["expected"])):
        want, left = spec["expected"].get(rc, []), list(got.get(rc, []))
        want_n, have_n = want_n + len(want), have_n + len(left)
        hits = 0
        for kind, value, unit in want:
            f = next((f for f in left if f.kind == kind and _same(f.value, value)
                      and (unit == "?" or f.unit == unit)), None)
            if f is not None:
                left.remove(f)
                hits += 1
        hit_n += hits
        if hits < len(want) or left:
            wrong.append((rc, want, [(f.kind, f.value, f.unit) for f in got.get(rc, [])]))
    return want_n, have_n, hit_n, wrong


@pytest.mark.parametrize("spec", [
    pytest.param(t, marks=pytest.mark.xfail(reason=t["xfail"], strict=True)) if t.get("xfail") else t
    for t in TABLES], ids=[t["name"] for t in TABLES])
def test_blind_table2(tmp_path, spec):
    assert not _score(tmp_path, spec)[3]


def test_blind_tables2_recall_and_precision(tmp_path):
    want = have = hit = 0
    for spec in TABLES:
        w, h, k, _ = _score(tmp_path, spec)
        want, have, hit = want + w, have + h, hit + k
    assert Decimal(hit) / want >= RECALL_FLOOR
    assert Decimal(hit) / have >= PRECISION_FLOOR

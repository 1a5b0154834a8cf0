"""The paragraph memo of extract_report: a remembered paragraph gives the same facts and links
as running the pipeline, and callers changing facts never reach the remembered ones."""
import dataclasses

import pytest

import extractors
from pipeline.model import Metadata, Paragraph, Report

TEXT = "Kết nạp mới 112/158 đảng viên, đạt 70,87% chỉ tiêu; trong đó có 40 đảng viên nữ."


def _report(*paras):
    return Report("memo", "0" * 64, Metadata(), [], list(paras))


def _dump(facts, links):
    return [dataclasses.asdict(f) for f in facts], [(l.src, l.dst, l.relation) for l in links]


@pytest.fixture
def fresh_memo(monkeypatch):
    monkeypatch.setattr(extractors, "_MEMO", extractors._Memo(64))


def test_repeated_paragraph_gives_the_same_facts(fresh_memo, monkeypatch):
    rep = _report(Paragraph(0, TEXT), Paragraph(1, "Có 12 chi bộ."), Paragraph(2, TEXT))
    first = extractors.extract_report(rep)
    assert len(extractors._MEMO.items) == 2            # the third paragraph came from the memo
    monkeypatch.setattr(extractors, "_MEMO", extractors._Memo(0))
    assert _dump(*extractors.extract_report(rep)) == _dump(*first)
    raws = {i: [f.raw for f in first[0] if f.para_id == i] for i in (0, 1, 2)}
    assert raws[0] and raws[0] == raws[2] and raws[1] == ["12 chi bộ"]


def test_callers_cannot_change_remembered_facts(fresh_memo):
    rep = _report(Paragraph(0, TEXT))
    facts, _ = extractors.extract_report(rep)
    before = _dump(facts, [])
    for f in facts:
        f.indicator, f.value = "changed", None
        f.extra["x"] = 1
    again, _ = extractors.extract_report(rep)
    assert _dump(again, []) == before


def test_table_context_is_part_of_the_key(fresh_memo):
    # the same "22,45" is a percent under a "%" column and not under a plain header
    pct = Paragraph(0, "22,45", source="table", table_id=0, row=1, col=2, header="Tỷ lệ (%)")
    plain = Paragraph(1, "22,45", source="table", table_id=0, row=1, col=3, header="Số lượng")
    facts, _ = extractors.extract_report(_report(pct, plain))
    by_para = {f.para_id: f for f in facts}
    assert by_para[0].kind == "percent"
    assert by_para.get(1) is None or by_para[1].kind != "percent"

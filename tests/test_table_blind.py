"""Blind table cases (tests/table_blind_cases.py): each table built as a .docx, read and
extracted; every cell must give exactly the facts written down for it by reading (kind, value,
unit; "?" = not judged), and cells without labels no fact at all."""
from decimal import Decimal

import pytest

from docx_factory import cell, make_docx, p, row, table
from extractors import extract_report
from pipeline.reader import read_report
from table_blind_cases import TABLES


def _build(spec) -> str:
    grid = []
    for rw in spec["rows"]:
        col, out = 0, []
        for c in rw:
            text, span = c if isinstance(c, tuple) else (c, 1)
            out.append((col, span, text))
            col += span
        grid.append(out)
    xml_rows = []
    for ri, rw in enumerate(grid):
        below = {c: t for c, _, t in grid[ri + 1]} if ri + 1 < len(grid) else {}
        cells = []
        for col, span, text in rw:
            if text == "^":
                cells.append(cell(span=span, vmerge="continue"))
                continue
            paras = [p(x) for x in text.split("\n")] if text else []
            cells.append(cell(*paras, span=span, vmerge="restart" if below.get(col) == "^" else None))
        xml_rows.append(row(*cells))
    return (p("BÁO CÁO", jc="center") + p("Kết quả thực hiện nhiệm vụ năm 2024", jc="center") +
            p("Tình hình thực hiện được tổng hợp tại biểu dưới đây.") +
            "".join(p(x) for x in spec["before"]) + table(*xml_rows) + p("Trên đây là báo cáo."))


def _same(got, want) -> bool:
    return want == "?" or Decimal(got) == Decimal(str(want))


@pytest.mark.parametrize("spec", [
    pytest.param(t, marks=pytest.mark.xfail(reason=t["xfail"], strict=True)) if t.get("xfail") else t
    for t in TABLES], ids=[t["name"] for t in TABLES])
def test_blind_table(tmp_path, spec):
    rep = read_report(make_docx(tmp_path / "t.docx", _build(spec)))
    facts, _ = extract_report(rep)
    by_para: dict[int, list] = {}
    for f in facts:
        by_para.setdefault(f.para_id, []).append(f)
    got: dict[tuple, list] = {}
    for q in rep.paragraphs:
        if q.source == "table":
            got.setdefault((q.row, q.col), []).extend(by_para.get(q.para_id, []))
    wrong = []
    for rc in sorted(set(got) | set(spec["expected"])):
        want, have = spec["expected"].get(rc, []), got.get(rc, [])
        left = list(have)
        ok = len(want) == len(have)
        for kind, value, unit in want:
            hit = next((f for f in left if f.kind == kind and _same(f.value, value)
                        and (unit == "?" or f.unit == unit)), None)
            if hit is None:
                ok = False
            else:
                left.remove(hit)
        if not ok:
            wrong.append((rc, want, [(f.kind, f.value, f.unit) for f in have]))
    assert not wrong


def _cells(tmp_path, name):
    spec = next(t for t in TABLES if t["name"] == name)
    rep = read_report(make_docx(tmp_path / f"{name}.docx", _build(spec)))
    return {(q.row, q.col): q for q in rep.paragraphs if q.source == "table"}


@pytest.mark.parametrize("name,rc,header,row_header", [
    ("kt-xh", (3, 0), "STT", "Tổng giá trị sản xuất"),          # "I | Kinh tế" is no header row
    ("kt-xh", (3, 5), "So sánh (%) / So với KH", "Tổng giá trị sản xuất"),
    ("stt-letters", (3, 2), "Số lượng", "Đảng bộ xã"),          # "a" numbers the row
    ("colnum-row", (2, 4), "Tỷ lệ (%)", "Số hộ được hỗ trợ"),   # "3=2/1" numbers the column
    ("colnum-paren", (2, 0), "TT", "Xã Phước Hòa"),
    ("years-rows", (1, 1), "Số hộ nghèo", "2022"),
    ("years-as-columns", (2, 1), "2021", "Tỷ lệ hộ nghèo (%)"),
    ("breakdown-cells", (1, 1), "Kết nạp mới (người)", "Công đoàn khối cơ quan"),
    ("vmerge-row-label", (1, 2), "Số vụ", "Xã Long Bình / 2023"),     # label merged over two rows
    ("vmerge-row-label", (2, 2), "Số vụ", "Xã Long Bình / 2024"),
    ("units-row", (2, 4), "Thu ngân sách / Triệu đồng", "Xã Thạnh Hòa"),
])
def test_blind_table_labels(tmp_path, name, rc, header, row_header):
    c = _cells(tmp_path, name)[rc]
    assert (c.header, c.row_header) == (header, row_header)


def test_header_over_a_sliver_grid_column(tmp_path):
    """Word leaves a grid column a few twips wide where two edges almost meet; a header that
    spans it stands over its own columns only, not over the next cell that starts in it."""
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in (600, 1400, 800, 900, 7, 820, 900))
    t = table(
        row(cell(p("STT"), vmerge="restart"), cell(p("Nội dung"), vmerge="restart"),
            cell(p("Tỉnh A"), span=3), cell(p("Tỉnh B"), span=2)),
        row(cell(vmerge="continue"), cell(vmerge="continue"), cell(p("Điểm số")), cell(p("Chỉ số")),
            cell(p("Điểm số"), span=2), cell(p("Chỉ số"))),
        row(cell(p("1")), cell(p("Chỉ số thành phần")), cell(p("9,1")), cell(p("91%")),
            cell(p("8,4"), span=2), cell(p("84%"))),
    ).replace("<w:tblPr/>", f"<w:tblPr/><w:tblGrid>{grid}</w:tblGrid>")
    rep = read_report(make_docx(tmp_path / "g.docx", p("Bảng điểm") + t))
    cells = {(q.row, q.col): q.header for q in rep.paragraphs if q.source == "table"}
    assert cells[(2, 2)] == "Tỉnh A / Điểm số"
    assert cells[(2, 4)] == "Tỉnh B / Điểm số"
    assert cells[(2, 6)] == "Tỉnh B / Chỉ số"


def test_row_numbers_are_no_facts_under_an_empty_corner(tmp_path):
    """"1.4.1" in the first cell of a row is its number, also when the STT column has no
    header text (it would read as 141)."""
    t = table(
        row(cell(), cell(p("Nội dung")), cell(p("Đơn vị tính")), cell(p("Số liệu"))),
        row(cell(p("1.4.1")), cell(p("Số TTHC cấp tỉnh")), cell(p("Thủ tục")), cell(p("1.420"))),
        row(cell(p("1.4.2")), cell(p("Số TTHC cấp xã")), cell(p("Thủ tục")), cell(p("422"))),
    )
    rep = read_report(make_docx(tmp_path / "e.docx", p("BÁO CÁO", jc="center") + p("Kết quả năm 2025") +
                                p("Thống kê thủ tục hành chính") + t))
    facts, _ = extract_report(rep)
    assert sorted((f.value, f.unit) for f in facts) == [(Decimal(422), "Thủ tục"), (Decimal(1420), "Thủ tục")]

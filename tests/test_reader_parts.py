"""Text from every part of a .docx, built small in the test so each feature is visible."""
import unicodedata

import pytest

from docx_factory import cell, enref, fnref, make_docx, notes, p, r, row, table
from pipeline.reader import read_report


def _texts(rep, source=None):
    return [q.text for q in rep.paragraphs if source is None or q.source == source]


def test_runs_tracked_changes_controls_fields_links(tmp_path):
    body = p(
        r("Kết nạp 112/158 đảng viên, đạt 70,8"), r("7%"),
        '<w:ins w:id="1" w:author="a"><w:r><w:t xml:space="preserve"> chỉ tiêu</w:t></w:r></w:ins>',
        '<w:del w:id="2" w:author="a"><w:r><w:delText> (sai)</w:delText></w:r></w:del>',
        '<w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t xml:space="preserve"> năm 2024</w:t></w:r>'
        '</w:sdtContent></w:sdt>',
        '<w:fldSimple w:instr="PAGE"><w:r><w:t xml:space="preserve"> trang 3</w:t></w:r></w:fldSimple>',
        '<w:hyperlink r:id="rId9"><w:r><w:t xml:space="preserve"> xem thêm</w:t></w:r></w:hyperlink>',
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t xml:space="preserve"> hôm nay</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    block_sdt = ('<w:sdt><w:sdtPr/><w:sdtContent>' + p("Đoạn trong khối điều khiển") +
                 '</w:sdtContent></w:sdt>')
    rep = read_report(make_docx(tmp_path / "a.docx", body + block_sdt))
    assert _texts(rep) == ["Kết nạp 112/158 đảng viên, đạt 70,87% chỉ tiêu năm 2024 trang 3 "
                           "xem thêm hôm nay", "Đoạn trong khối điều khiển"]


def test_normalisation(tmp_path):
    decomposed = unicodedata.normalize("NFD", "Phụng Hiệp")
    body = p(r(f"  {decomposed}\u00a0có\u202f16.511\u200b lượt\tngười\u00adxem "),
             '<w:r><w:tab/><w:t>dự</w:t><w:br/><w:t>án</w:t><w:noBreakHyphen/><w:t>06</w:t></w:r>',
             '<w:r><w:sym w:font="Symbol" w:char="F02D"/><w:t xml:space="preserve"> hết   </w:t></w:r>')
    rep = read_report(make_docx(tmp_path / "n.docx", body))
    assert _texts(rep) == ["Phụng Hiệp có 16.511 lượt ngườixem dự án-06- hết"]


def test_textbox_read_once(tmp_path):
    box = ('<w:txbxContent>' + p("Chữ trong hộp văn bản") + '</w:txbxContent>')
    alt = ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic>'
           '<a:graphicData><wps:wsp><wps:txbx>' + box + '</wps:txbx></wps:wsp></a:graphicData>'
           '</a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape>'
           '<v:textbox>' + box + '</v:textbox></v:shape></w:pict></mc:Fallback>'
           '</mc:AlternateContent></w:r>')
    rep = read_report(make_docx(tmp_path / "t.docx", p("Trước", alt) + p("Sau")))
    assert [(q.source, q.text) for q in rep.paragraphs] == [
        ("body", "Trước"), ("textbox", "Chữ trong hộp văn bản"), ("body", "Sau")]


def test_notes_numbered_by_reference_order(tmp_path):
    # LibreOffice-like ids (first real note id 2) and references out of id order.
    fn = notes("footnote", {2: [p(" Chi tiết B")], 5: [p(" Chi tiết A, dòng 1"), p("dòng 2")]})
    en = notes("endnote", {1: [p(" Ghi chú cuối")]})
    body = (p(r("Thi hành kỷ luật 08 đồng chí"), fnref(5), r(". Nhận 09 đơn "), fnref(2), r("  ")) +
            p(r("Cuối"), enref(1), r(" văn bản.")))
    rep = read_report(make_docx(tmp_path / "f.docx", body,
                                {"footnotes.xml": fn, "endnotes.xml": en}))
    a = rep.paragraphs[0]
    assert a.text == "Thi hành kỷ luật 08 đồng chí. Nhận 09 đơn"
    assert [(x.note_id, x.kind) for x in a.refs] == [(1, "footnote"), (2, "footnote")]
    assert a.text[:a.refs[0].offset].endswith("08 đồng chí")
    assert a.refs[1].offset == len(a.text)          # mark after trailing spaces that were stripped
    notes_out = [(q.source, q.note_id, q.anchor_para_id, q.text) for q in rep.paragraphs[2:]]
    assert notes_out == [("footnote", 1, 0, "Chi tiết A, dòng 1"), ("footnote", 1, 0, "dòng 2"),
                         ("footnote", 2, 0, "Chi tiết B"), ("endnote", 1, 1, "Ghi chú cuối")]
    b = rep.paragraphs[1]
    assert b.text[:b.refs[0].offset] == "Cuối" and b.refs[0].kind == "endnote"


def test_a_table_whose_figures_carry_their_units_still_has_a_header(tmp_path):
    """No cell is a bare number ("03 cuộc", "Khoảng 1.500 cuốn"), but the numbered rows hold
    figures: the first row is the header and each figure is named by its row."""
    t = table(
        row(cell(p("STT")), cell(p("Hoạt động")), cell(p("Kết quả"))),
        row(cell(p("1")), cell(p("Tổ chức hội nghị")), cell(p("03 cuộc"))),
        row(cell(p("2")), cell(p("Phát hành tài liệu")), cell(p("Khoảng 1.500 cuốn"))),
    )
    rep = read_report(make_docx(tmp_path / "tu.docx", p("Kết quả") + t))
    cells = {(q.row, q.col): q for q in rep.paragraphs if q.source == "table"}
    assert (cells[(1, 2)].header, cells[(1, 2)].row_header) == ("Kết quả", "Tổ chức hội nghị")
    assert (cells[(2, 2)].header, cells[(2, 2)].row_header) == ("Kết quả", "Phát hành tài liệu")
    assert cells[(0, 2)].header == ""


def test_table_headers_merges_and_row_labels(tmp_path):
    t = table(
        row(cell(p("STT"), vmerge="restart"), cell(p("Chỉ tiêu"), vmerge="restart"),
            cell(p("Kết quả"), span=2), header=True),
        row(cell(vmerge="continue"), cell(vmerge="continue"), cell(p("Đơn vị")), cell(p("Số liệu"))),
        row(cell(p("1.")), cell(p("Văn bản chỉ đạo")), cell(p("Văn bản")), cell(p("82"))),
        row(cell(p("2.")), cell(p("Tỷ lệ hoàn thành")), cell(p("%")), cell(p("100"))),
        row(cell(p("Tổng cộng"), span=2), cell(p("")), cell(p("182"))),
    )
    rep = read_report(make_docx(tmp_path / "tb.docx", p("Bảng số liệu") + t))
    cells = {(q.row, q.col): q for q in rep.paragraphs if q.source == "table"}
    # vMerge continuations are not repeated; empty cells give no paragraph.
    assert sorted(cells) == [(0, 0), (0, 1), (0, 2), (1, 2), (1, 3), (2, 0), (2, 1), (2, 2), (2, 3),
                             (3, 0), (3, 1), (3, 2), (3, 3), (4, 0), (4, 3)]
    assert cells[(2, 3)].header == "Kết quả / Số liệu"
    assert cells[(2, 3)].row_header == "Văn bản chỉ đạo"
    assert cells[(3, 2)].header == "Kết quả / Đơn vị"
    assert cells[(2, 1)].header == "Chỉ tiêu"
    assert cells[(4, 3)].row_header == "Tổng cộng" and cells[(4, 3)].header == "Kết quả / Số liệu"
    assert cells[(0, 2)].header == ""             # header cells themselves carry no header
    assert {q.table_id for q in cells.values()} == {0}


def test_bold_leadins_and_star_lines(tmp_path):
    body = "".join([
        p("I. KẾT QUẢ", bold=True),
        p("Về công tác tuyên truyền:", bold=True),       # bold lead-in
        p("Tổ chức 968 cuộc."),
        p("* Công tác Dân vận:", bold=True),
        p("Thu về 181 phiếu."),
        p("Kết quả nổi bật trong kỳ rất đáng ghi nhận.", bold=True),   # ends with "." -> body
        p("II. NHIỆM VỤ", bold=True),
        p("- Gạch đầu dòng đậm", bold=True),             # bullets are never headings
    ])
    rep = read_report(make_docx(tmp_path / "h.docx", body))
    got = [(s.level, s.label, s.heading, s.parent_id) for s in rep.sections[1:]]
    assert got == [(1, "I.", "KẾT QUẢ", 0), (2, "", "Về công tác tuyên truyền", 1),
                   (2, "*", "Công tác Dân vận", 1), (1, "II.", "NHIỆM VỤ", 0)]
    roles = {q.text: q.role for q in rep.paragraphs}
    assert roles["Kết quả nổi bật trong kỳ rất đáng ghi nhận."] == "narrative"
    assert roles["- Gạch đầu dòng đậm"] == "narrative"


def test_bold_lead_ins_run_into_their_paragraph_open_sections():
    """Vị Bình's generated reports write "**Công tác Tuyên giáo:** Ban Tuyên giáo ..." with the
    bold lead-in inside the paragraph; each opens a section under "3. Kết quả cụ thể ..."."""
    from pathlib import Path
    from pipeline.reader import read_report
    path = Path(__file__).resolve().parents[1] / "corpus" / "reports" / "vi-binh" / "vi-binh-q2-2024.docx"
    rep = read_report(path)
    by_id = {s.section_id: s for s in rep.sections}
    heads = {s.heading: s for s in rep.sections}
    for name in ("Công tác Tuyên giáo", "Hội Nông dân huyện", "Hội Chữ thập đỏ huyện"):
        s = heads[name]
        assert by_id[s.parent_id].heading == "Kết quả cụ thể trên từng lĩnh vực"
        p = rep.paragraphs[s.para_id]
        assert p.role == "narrative" and p.text.startswith(name + ":")   # the text stays a body paragraph


def test_letterhead_as_plain_paragraphs_and_an_unformatted_title(tmp_path):
    """No letterhead table, no bold or centring: the lines above "BÁO CÁO" are the letterhead,
    the line under it is the title."""
    import datetime as dt
    import docx
    from pipeline.reader import read_report
    d = docx.Document()
    for t in ["ỦY BAN NHÂN DÂN", "HUYỆN CHÂU THÀNH", "Số: 125/BC-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
              "Độc lập - Tự do - Hạnh phúc", "Châu Thành, ngày 15 tháng 7 năm 2025", "BÁO CÁO",
              "Tình hình kinh tế - xã hội 6 tháng đầu năm 2025", "I. KẾT QUẢ ĐẠT ĐƯỢC",
              "Tổng thu ngân sách đạt 125,5 tỷ đồng, đạt 52,3% dự toán."]:
        d.add_paragraph(t)
    path = tmp_path / "plain.docx"
    d.save(path)
    md = read_report(path).metadata
    assert md.org == "Ủy ban nhân dân huyện Châu Thành"
    assert (md.doc_number, md.doc_symbol) == ("125/BC-UBND", "BC-UBND")
    assert (md.place, md.issued_date, md.issued_precision) == ("Châu Thành", dt.date(2025, 7, 15), "day")
    assert md.title == "Tình hình kinh tế - xã hội 6 tháng đầu năm 2025"
    assert (md.period.kind, md.period.end, md.period.cumulative) == ("half", dt.date(2025, 6, 30), True)


@pytest.mark.parametrize("text,label", [("I- TÌNH HÌNH CHUNG", "I-"), ("1- Công tác tuyên truyền", "1-"),
                                        ("1/ Kinh tế", "1/"), ("a. Trồng trọt", "a."),
                                        ("PHẦN THỨ NHẤT", "PHẦN THỨ NHẤT"),
                                        ("B- PHƯƠNG HƯỚNG NHIỆM VỤ", "B-"), ("A/ TÌNH HÌNH CHUNG", "A/"),
                                        ("a/ Công tác tuyên truyền", "a/"), ("2.1- Trồng trọt", "2.1-")])
def test_less_common_heading_labels(text, label):
    from pipeline.reader.headings import classify
    assert classify(text)[1] == label


@pytest.mark.parametrize("text", ["1/7/2025, Ban chỉ đạo họp", "2- 3 người dự", "v.v. và các nội dung khác",
                                  "v/v báo cáo kết quả", "1.500 người dự", "B-52 bay qua"])
def test_dates_and_abbreviations_are_not_labels(text):
    from pipeline.reader.headings import classify
    assert classify(text) is None


def test_score_over_maximum_broken_over_two_lines_of_a_cell_is_one_paragraph(tmp_path):
    """Index tables (PAR Index, PAPI) type "10,4/" and "12" as two lines of one cell: read as
    "10,4/12", the score out of its maximum; other multi-line cells keep their lines."""
    from extractors import extract_report
    body = table(row(cell(p(r("Lĩnh vực"))), cell(p(r("Điểm"))), cell(p(r("Ghi chú"))), header=True),
                 row(cell(p(r("Cải cách tài chính công"))), cell(p(r("10,4/")), p(r("12"))),
                     cell(p(r("Đạt")), p(r("12 tiêu chí")))))
    rep = read_report(make_docx(tmp_path / "idx.docx", body))
    cells = [(q.row, q.col, q.text) for q in rep.paragraphs if q.source == "table"]
    assert cells == [(0, 0, "Lĩnh vực"), (0, 1, "Điểm"), (0, 2, "Ghi chú"), (1, 0, "Cải cách tài chính công"),
                     (1, 1, "10,4/12"), (1, 2, "Đạt"), (1, 2, "12 tiêu chí")]
    assert [q.para_id for q in rep.paragraphs] == list(range(len(rep.paragraphs)))
    facts, _ = extract_report(rep)
    score = [f for f in facts if rep.paragraphs[f.para_id].text == "10,4/12"]
    assert [(f.kind, str(f.numerator), str(f.denominator)) for f in score] == [("fraction", "10.4", "12")]


def test_a_data_table_at_the_top_is_not_a_letterhead(tmp_path):
    """An appendix that opens with its table: 'Số liệu' and 'Số TTHC' are column headers, not
    the document number line, so the cells stay data and their figures are facts."""
    from extractors import extract_report
    body = table(row(cell(p(r("STT"))), cell(p(r("Nội dung"))), cell(p(r("Số liệu"))), header=True),
                 row(cell(p(r("1"))), cell(p(r("Số TTHC tiếp nhận"))), cell(p(r("1.245")))),
                 row(cell(p(r("2"))), cell(p(r("Số TTHC giải quyết đúng hạn"))), cell(p(r("1.198")))))
    rep = read_report(make_docx(tmp_path / "pl.docx", body))
    assert {q.role for q in rep.paragraphs} == {"narrative"}
    facts, _ = extract_report(rep)
    assert sorted(f.value for f in facts) == [1198, 1245]


def test_nested_table_keeps_the_outer_cells_position(tmp_path):
    """A table inside a cell is its own table; the outer cell's paragraphs after it, and the
    outer row's next cells, keep the outer table, row and column (one context per table,
    its row and col set per cell)."""
    inner = table(row(cell(p(r("Trong 1"))), cell(p(r("Trong 2")))))
    body = table(row(cell(p(r("Ngoài 0"))), cell(p(r("Trước")) + inner + p(r("Sau"))),
                     cell(p(r("Ngoài 2")))),
                 row(cell(p(r("Dòng 2"))), cell(p(r("Ô 2")))))
    rep = read_report(make_docx(tmp_path / "nested.docx", body))
    got = [(q.text, q.table_id, q.row, q.col) for q in rep.paragraphs if q.source == "table"]
    assert got == [("Ngoài 0", 0, 0, 0), ("Trước", 0, 0, 1), ("Trong 1", 1, 0, 0),
                   ("Trong 2", 1, 0, 1), ("Sau", 0, 0, 1), ("Ngoài 2", 0, 0, 2),
                   ("Dòng 2", 0, 1, 0), ("Ô 2", 0, 1, 1)]

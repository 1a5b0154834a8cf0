"""The reader's fast paths give what the general code gives."""
import unicodedata

from pipeline.reader import normalize as N


def _slow(raw):
    """normalize_with_marks without its shortcuts (fold, NFC, then split on marks)."""
    s = unicodedata.normalize("NFC", raw.translate(N._TABLE))
    pieces = s.split(N.MARK)
    text = " ".join("".join(pieces).split())
    marks = []
    prefix = ""
    for piece in pieces[:-1]:
        prefix += piece
        marks.append(min(len(" ".join(prefix.split())), len(text)))
    return text, marks


def test_specials_are_unprintable():
    # the printable shortcut in normalize_with_marks relies on this
    assert [hex(k) for k in N._TABLE if chr(k).isprintable()] == [hex(ord(N._NB_HYPHEN))]
    assert not N.MARK.isprintable()


def test_normalize_shortcuts_match_general_path():
    base = ["Tổng số 12 xã", "Kết quả  đạt được ", " Công tác", "Huyện ủy", "Số: 45-BC/HU",
            "Hoa\u0300 (decomposed)", "x"]
    specials = [chr(k) for k in N._TABLE] + [N.MARK, " ", "  "]
    samples = list(base)
    for b in base:
        for ch in specials:
            samples += [ch + b, b + ch, b[:3] + ch + b[3:], ch]
    for raw in samples:
        assert N.normalize_with_marks(raw) == _slow(raw), repr(raw)


def test_lazy_numbering_same_labels_and_parsed_once():
    from lxml import etree

    from docx_factory import numbering
    from pipeline.reader.numbering import LazyNumbering, Numbering
    xml = numbering({0: [("upperRoman", "%1.", 1), ("decimal", "%1.%2.", 1)], 1: [("bullet", "-", 1)]},
                    {1: (0, {}), 2: (0, {0: 5}), 3: (1, {})}).encode()
    loads = []

    def load():
        loads.append(1)
        return etree.fromstring(xml)
    lazy, eager = LazyNumbering(load), Numbering(etree.fromstring(xml))
    assert not loads                                  # nothing parsed until a paragraph asks
    calls = [("1", 0), ("1", 1), ("1", 1), ("3", 0), ("2", 0), ("2", 1), ("9", 0), ("0", 0), (None, 0)]
    for num_id, ilvl in calls:
        assert lazy.label(num_id, ilvl) == eager.label(num_id, ilvl)
        if num_id:
            assert lazy.is_bullet(num_id, ilvl) == eager.is_bullet(num_id, ilvl)
    assert loads == [1]
    assert LazyNumbering(lambda: None).label("1", 0) == Numbering(None).label("1", 0) == ""


def test_any_label_matches_where_a_label_pattern_does():
    from pipeline.reader import headings as H
    assert {pat.flags for _, pat in H._LABELS} == {H._ANY_LABEL.flags}
    texts = ["I. KẾT QUẢ", "IV- Nhiệm vụ", "1. Công tác", "1.2. Kinh tế", "1.2.3 Xã", "2) Việc",
             "a) Trồng trọt", "a. Trồng trọt", "v.v. và", "B- PHƯƠNG HƯỚNG", "* Ghi chú", "**",
             "PHẦN THỨ NHẤT", "Phần II: Nội dung", "Trong quý", "12 xã", "1.", "", " I. x",
             "Đảng bộ", "- gạch", "(1) x", "XL. x", "A.B", "1/ Kinh tế", "1/2 số"]
    for t in texts:
        assert bool(H._ANY_LABEL.match(t)) == any(pat.match(t) for _, pat in H._LABELS), t

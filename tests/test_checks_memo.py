"""The quick paths of the parts checks give what a search of the text gives: item labels from
the paragraph's separators found once, attribute dimensions from their memo."""
import re

from extractors.fact import Fact
from pipeline.checks import base, parts

TEXTS = [
    "Tổng số 3.200 lượt cán bộ, trong đó 1.850 lượt cán bộ nữ, 1.600 lượt đảng viên và 12 người khác.",
    "Kết nạp 112 đảng viên (nữ 40; dân tộc thiểu số 12): với 3 chi bộ và 5 tổ, còn lại 7 người",
    "gồm: Chủ tịch, 02 Phó Chủ tịch và 01 Ủy viên thường trực; 4 người cao tuổi với 2 trẻ em",
]


def _figures(text):
    return [Fact("count", m.start(), m.end(), m.group(), para_id=0) for m in re.finditer(r"\d[\d.,]*", text)]


def _slow_label(ptext, part, others):
    lo = max([m.end() for m in parts._ITEM_CUT.finditer(ptext, 0, part.start)] +
             [o.end for o in others if o.end <= part.start] + [0])
    m = parts._ITEM_CUT.search(ptext, part.end)
    return ptext[lo:m.start() if m else len(ptext)].strip()


def test_item_label_is_the_search_before_the_figure():
    for text in TEXTS:
        figs = _figures(text)
        for i, f in enumerate(figs):
            for others in (figs, figs[:i], []):
                assert parts._item_label(text, f, others) == _slow_label(text, f, others)


def test_attribute_dims_from_the_memo_are_the_searched_ones():
    for text in TEXTS + ["cán bộ nữ", "đảng viên nữ", "", None]:
        for ignore in ("", "đảng viên", None):
            t = text or ""
            if ignore and ignore.strip():
                t = re.sub(re.escape(ignore.strip()), " ", t, flags=re.I)
            want = {name for name, rx in base._ATTRIBUTES if rx.search(t)}
            assert base.attribute_dims(text, ignore) == want
            assert base.attribute_dims(text, ignore) == want       # from the memo
            base.attribute_dims(text, ignore).add("changed")         # a copy: the memo keeps its own
            assert base.attribute_dims(text, ignore) == want


def test_cut_after_is_the_search_from_there():
    # " và với " and " với và " overlap: a search from inside one separator finds another
    for text in TEXTS + ["5 người và với 3 tổ với và 2 (nhóm)", " và ", "", "a với  và b"]:
        for pos in range(len(text) + 1):
            m = parts._ITEM_CUT.search(text, pos)
            assert parts._cut_after(text, pos) == (m.start() if m else len(text)), (text, pos)


def test_item_labels_of_a_list_are_each_part_among_the_others():
    for text in TEXTS:
        figs = _figures(text)
        assert parts._item_labels(text, figs) == [_slow_label(text, f, figs) for f in figs]
        assert parts._item_labels(text, figs[1:], figs[:2]) == [_slow_label(text, f, figs[:2]) for f in figs[1:]]


def test_value_of_is_written_times_scale():
    from decimal import Decimal
    from fractions import Fraction
    cases = [Fact("count", 0, 3, "112", value=Decimal(112), value_text="112"),
             Fact("percent", 0, 6, "70,87%", value=Decimal("70.87"), value_text="70,87"),
             Fact("money", 0, 12, "23,2 tỷ đồng", value=Decimal("23200000000"), value_text="23,2"),
             Fact("money", 0, 12, "23,2 tỷ đồng", value=Decimal("23200000000"), value_text="23,2",
                  scale=Decimal("1E9")),
             Fact("money", 0, 5, "0 tỷ", value=Decimal(0), value_text="0"),
             Fact("money", 0, 3, "x", value=Decimal("-1.5"), value_text="5.15"),   # malformed text
             Fact("money", 0, 3, "x", value=None, value_text="1,5"),
             Fact("count", 0, 3, "x", value=Decimal("1.25"), value_text="")]
    for f in cases:
        w = base.exact(f)
        want = None if w is None else Fraction(w[0]) * base.scale_of(f)
        assert base.value_of(f) == want
        assert base.ratio(f.value if f.value is not None else 0) == Fraction(f.value or 0)


def test_complete_item_in_joined_labels_is_in_some_label():
    labels = ["1.850 lượt cán bộ khác", "còn", "lại 7", "KHÁC", "khácx", "xkhác", "còn lại", "", "Còn Lại 3"]
    for i in range(len(labels)):
        for j in range(i, len(labels) + 1):
            ls = labels[i:j]
            assert (parts._COMPLETE_ITEM.search("\n".join(ls)) is not None) == \
                any(parts._COMPLETE_ITEM.search(x) for x in ls)


def _slow_repeated_partition(vals, total):
    from fractions import Fraction
    if total <= 0 or sum(vals) != total * (sum(vals) // total) or sum(vals) < 2 * total:
        return 0
    runs, acc = 0, Fraction(0)
    for v in vals:
        acc += v
        if acc == total:
            runs, acc = runs + 1, Fraction(0)
        elif acc > total:
            return 0
    return runs if acc == 0 and runs >= 2 else 0


def test_repeated_partition_in_whole_numbers_is_the_fraction_one():
    from fractions import Fraction as F
    cases = [([1495, 8891, 4074, 6312], 10386), ([5, 5, 5, 5], 10), ([5, 5, 5], 10), ([3, 7, 10], 10),
             ([11], 10), ([], 10), ([2, 3], 0), ([F(1, 2), F(1, 2), 1], 1), ([4, 6, 4, 6], F(21, 2)),
             ([-5, 15, 10], 10)]
    for vals, total in cases:
        vals, total = [F(v) for v in vals], F(total)
        assert parts._repeated_partition(vals, total) == _slow_repeated_partition(vals, total)


def test_percent_agrees_is_the_check_status():
    from decimal import Decimal
    from fractions import Fraction
    from pipeline.checks import ratios
    for q in ("", "gt", "lt", "nearly", "approx"):
        for text in ("70,87", "70,9", "71", "100", "0,5"):
            pct = Fact("percent", 0, 5, text + "%", value=Decimal(text.replace(",", ".")),
                       value_text=text, qualifier=q)
            for num in range(0, 160, 7):
                v = Fraction(num * 100, 158)
                c = ratios.check_percent_value("fraction_percent", pct, v, "x", [0])
                assert ratios.percent_agrees(pct, v) == (c.status == "ok")


_OLD_ITEM_CUT = re.compile(r"[,;:()]|\s(?:và|với)\s")


def test_item_cut_finds_what_the_plain_alternation_found():
    for text in TEXTS + ["5 người và với 3 tổ với và 2 (nhóm)", "vàvới và\tvới\nvà ", "và  với"]:
        assert [m.span() for m in parts._ITEM_CUT.finditer(text)] == \
            [m.span() for m in _OLD_ITEM_CUT.finditer(text)]


def _slow_match(v, reported, places):
    from pipeline.checks.rounding import _dec, _split
    sign, q, r, d = _split(v, places)
    if r == 0:
        return "exact" if reported.as_integer_ratio() == v.as_integer_ratio() else None
    for method, k in (("half_up", q + (2 * r >= d)), ("half_down", q + (2 * r > d)), ("truncate", q)):
        if _dec(sign * k, places) == reported:
            return method
    return None


def test_match_in_integers_is_the_decimal_comparison():
    from decimal import Decimal
    from fractions import Fraction
    from pipeline.checks.rounding import match
    reps = [Decimal(x) for x in ("70.87", "70.88", "70.9", "-70.89", "0", "100", "70.885", "1E+30",
                                 "123456789012345678901234567.89", "5")]
    vals = [Fraction(n, 7) for n in range(-10, 800, 37)] + [Fraction(70885, 1000), Fraction(-70885, 1000),
            Fraction(10 ** 31 + 1, 3), Fraction(12345678901234567890123456789, 100)]
    for rep in reps:
        for places in range(0, 4):
            for v in vals:
                assert match(v, rep, places) == _slow_match(v, rep, places), (v, rep, places)

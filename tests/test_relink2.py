"""A clause that opens a "trong đó" list is no item of it ("1.793.393 thửa đất …; trong đó, địa
phương đang tập trung bổ sung …, … 893.058 thửa đất … và 900.335 thửa đất …", a real report):
the parts are linked to the total and must add up, with no unnumbered item in the sum."""
import pytest

from docx_factory import p
from test_checks_blind import _checks
from test_links import _links

_CLAUSE = ("Đã cấp đổi 12.400 giấy chứng nhận trên địa bàn huyện; trong đó, các xã đang tập trung "
           "hoàn thiện hồ sơ của hộ gia đình, cá nhân sử dụng đất {a} giấy chứng nhận thuộc đợt I và "
           "chỉ đạo tổ công tác thu thập, đối chiếu giấy tờ đối với {b} giấy chứng nhận thuộc đợt II.")


def test_parts_after_an_opening_clause_are_linked():
    links = _links(_CLAUSE.format(a="7.150", b="5.250"))
    assert ("7.150 giấy chứng nhận", "12.400 giấy chứng nhận", "subset_of") in links
    assert ("5.250 giấy chứng nhận", "12.400 giấy chứng nhận", "subset_of") in links


@pytest.mark.parametrize("a, b, status", [
    ("7.150", "5.250", "ok"),           # 12.400: agree, the clause is no extra item
    ("7.150", "5.450", "mismatch"),     # 12.600 > 12.400
    ("7.150", "4.250", "ok"),           # short: "trong đó" names some of them
])
def test_opening_clause_is_not_an_item(tmp_path, a, b, status):
    _, checks = _checks(tmp_path, p(_CLAUSE.format(a=a, b=b)))
    [c] = [c for c in checks if c.kind == "parts_total"]
    assert c.status == status, c.message
    assert "unnumbered" not in c.message


@pytest.mark.parametrize("lead, total, status", [
    # a named item (no verb) after a bare "trong đó" counts at least one: 1 + 02 + 01 > 3
    ("trong đó Trưởng ban, ", "3", "mismatch"),
    ("trong đó Trưởng ban, ", "4", "ok"),
    # a clause opening the list names no member: 02 + 01 = 3
    ("trong đó, Ban đã phân công Trưởng ban, ", "3", "ok"),
])
def test_named_items_still_count(lead, total, status):
    from test_checks_units import by_kind, fact, report
    from pipeline.checks import run_checks
    from extractors.fact import Link
    rep = report(f"Ban chỉ đạo có {total} đồng chí, {lead}02 Phó Trưởng ban và 01 thành viên.")
    fs = [fact(rep, 0, f"{total} đồng chí", "count", total), fact(rep, 0, "02 Phó Trưởng ban", "count", "02"),
          fact(rep, 0, "01 thành viên", "count", "01")]
    [c] = by_kind(run_checks(rep, fs, [Link(1, 0, "part_of"), Link(2, 0, "part_of")]), "parts_total")
    assert c.status == status, c.message
    assert ("unnumbered" in c.message) == ("đã" not in lead), c.message

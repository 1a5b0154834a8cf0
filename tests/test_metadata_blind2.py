"""Second blind test of metadata and sections (tests/blind_heads2.py: 51 invented heads, 15 with a
labelled heading tree). Every field of every head must match, except those in DEBATABLE; the same
body typed two ways must give one org string."""
import pytest

from blind_heads import actual
from blind_heads2 import HEADS, SAME_BODY, build, expected
from pipeline.reader import read_report

DEBATABLE: set = set()


def _parents(tree):
    out, stack = [], []
    for i, (level, _, _) in enumerate(tree):
        while stack and tree[stack[-1]][0] >= level:
            stack.pop()
        out.append(stack[-1] + 1 if stack else 0)
        stack.append(i)
    return out


def sections(report, want):
    """The tree as [(level, label, heading cut to the expected prefix)] + parents, comparable to `want`."""
    secs = report.sections[1:]
    got = []
    for i, s in enumerate(secs):
        w = want[i][2] if i < len(want) else None
        got.append((s.level, s.label, w if w is not None and s.heading.startswith(w) else s.heading))
    return got, [s.parent_id for s in secs]


def fields(report, head):
    got = actual(report.metadata)
    want = expected(head)
    if "sections" in want:
        tree, parents = sections(report, want["sections"])
        got["sections"] = tree if parents == _parents(want["sections"]) else tree + [("parents", parents)]
    return got, want


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    out = tmp_path_factory.mktemp("heads2")
    return {h["id"]: read_report(build(h, out)) for h in HEADS}


@pytest.mark.parametrize("head", HEADS, ids=[h["id"] for h in HEADS])
def test_head(read, head):
    got, want = fields(read[head["id"]], head)
    wrong = {f: (got[f], want[f]) for f in want if got[f] != want[f] and (head["id"], f) not in DEBATABLE}
    assert not wrong


@pytest.mark.parametrize("a,b", SAME_BODY)
def test_same_body_same_org(read, a, b):
    assert read[a].metadata.org == read[b].metadata.org != ""


def score(read_all):
    """Fields right per field name (for the docstring of blind_heads2)."""
    from collections import Counter
    right, total = Counter(), Counter()
    for h in HEADS:
        got, want = fields(read_all[h["id"]], h)
        for f in want:
            total[f] += 1
            right[f] += got[f] == want[f]
    return right, total


def test_score_floor(read):
    """Floor just under the score reached (372/372 fields after the fixes; 349 on the first run)."""
    right, total = score(read)
    assert sum(total.values()) == 372 and sum(right.values()) >= 370, (right, total)


@pytest.mark.parametrize("a,b", [
    (["UBND HUYỆN LONG MỸ", "PHÒNG GD&ĐT"], ["ỦY BAN NHÂN DÂN HUYỆN LONG MỸ", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"]),
    (["ĐẢNG BỘ HUYỆN VỊ THỦY", "ĐẢNG ỦY CÔNG AN HUYỆN"], ["Đảng bộ huyện Vị Thủy", "Đảng ủy Công an huyện"]),
    (["BAN THƯỜNG TRỰC UBMTTQ VIỆT NAM HUYỆN LONG MỸ"], ["Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện Long Mỹ"]),
    (["HĐND TỈNH HẬU GIANG", "BAN VĂN HÓA - XÃ HỘI"], ["Hội đồng nhân dân tỉnh Hậu Giang", "Ban Văn hóa - Xã hội"]),
])
def test_one_body_typed_two_ways(a, b):
    """The spelling rules found by this test give one org string for a body typed in capitals, with
    acronyms, or in running text."""
    from pipeline.reader.metadata import org_from_lines
    from pipeline.reader.orgname import normalise_org
    assert normalise_org(org_from_lines(a).split(" / ")) == normalise_org(org_from_lines(b).split(" / "))

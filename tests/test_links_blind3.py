"""Links on the third blind set (tests/gold/links_blind3.tsv over tests/gold/sentences_links3.tsv):
totals with parts after a colon, nested parts, two totals in one sentence, parts before their
total, remainders, shares with their whole in a previous clause, percents of a stated plan,
overlapping attributes, and look-alikes that must not link. Scored on the links the checks read:
the paragraph's links, then the checks' own relinking (pipeline/checks/relink.py).

First run (before any fix): batches 10-11 63/114 expected links found, 2 forbidden present;
batch 12 (held out) 25/52, 0 forbidden present. After the fixes found on batches 10-11 (101/114,
0 forbidden), batch 12 scored 34/52, 0 forbidden; after fixes it prompted: 104/114 and 40/52, 0
forbidden. Left: bare "nam 30, nữ 15" are not read as facts (10/2, 11/2, 12/2); nouns that differ
from the total's ("1.245 học sinh …, trong đó 356 em"; "86 cơ sở giáo dục …, trong đó 28
trường"); a ";" list with no cue (11/30); words with a comma before "trong đó" (12/6, left on
purpose: a real report lists stages that way); "đạt tỷ lệ bao phủ 94,2% dân số" (12/17); "đỗ 2.831 em, đạt 98,85%" without "chiếm"/"tỷ lệ" (12/24);
bracketed shares of listed parts are read as part/total ratios, not share_of (12/29, equivalent
for the checks)."""
from pathlib import Path

import pytest

from extractors import extract_text
from extractors.links import paragraph_links
from pipeline.checks.relink import bracket_shares, closing_totals, plan_bases, share_bases
from tests.test_links_blind import _has

GOLD = Path(__file__).resolve().parent / "gold"


def _sentences():
    out = {}
    for line in (GOLD / "sentences_links3.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith(("#", "batch\t")) or not line.strip():
            continue
        batch, sid, text = line.split("\t")
        out[(batch, sid)] = text
    return out


def _expectations():
    for line in (GOLD / "links_blind3.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith(("#", "batch\t")) or not line.strip():
            continue
        batch, sid, src, rel, dst, status = line.split("\t")
        yield (batch, sid), src, rel, dst, status


def checked_links(text):
    """The facts of one sentence and the links the checks read (see pipeline.checks.run)."""
    facts = extract_text(text)
    for f in facts:
        f.para_id = 0
    texts = {0: text}
    links = paragraph_links(text, facts)
    links = share_bases(facts, links, texts)
    links = bracket_shares(facts, links, texts)
    links = plan_bases(facts, links, texts)
    links = closing_totals(facts, links, texts, [])
    return facts, links


@pytest.fixture(scope="module")
def found():
    sents = _sentences()
    out = {}
    for key in sents:
        facts, links = checked_links(sents[key])
        out[key] = {(facts[lk.src].raw, lk.relation, facts[lk.dst].raw) for lk in links}
    return out


def _score(found, batches):
    rows = [r for r in _expectations() if r[0][0] in batches]
    exp = [r for r in rows if r[4] != "forbidden"]
    misses = [f"{k} {s} {r} {d}" for k, s, r, d, _ in exp if not _has(found[k], s, r, d)]
    bad = [f"{k} {s} {r} {d}" for k, s, r, d, st in rows if st == "forbidden" and _has(found[k], s, r, d)]
    return len(exp), misses, bad


@pytest.mark.parametrize("batches,floor", [(("10", "11"), 109), (("12",), 42)])   # 110/114, 43/52 with the bracketed sub-parts (facts8)
def test_expected_links_found(found, batches, floor):
    n, misses, _ = _score(found, batches)
    assert n - len(misses) >= floor, "\n".join(misses)


def test_no_forbidden_link(found):
    _, _, bad = _score(found, ("10", "11", "12"))
    assert not bad, "\n".join(bad)


if __name__ == "__main__":      # the misses and forbidden links, for the labeller
    got = found.__wrapped__()
    for b in (("10", "11"), ("12",)):
        n, misses, bad = _score(got, b)
        print(b, f"found {n - len(misses)}/{n}, forbidden present {len(bad)}")
        print("  miss", *misses, sep="\n  miss ")
        print("  FORBIDDEN", *bad, sep="\n  FORBIDDEN ")

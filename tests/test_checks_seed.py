"""End-to-end: read the seed report, extract, check; compare with the hand-made gold checks.

The gold (tests/gold/seed_checks.jsonl) was written by reading the report and doing the
arithmetic by hand: 39 relations, of which one mismatch (112/158 vs 70,87%) and one
malformed number (5.15 cuộc). Every other relation there is consistent and must not be
flagged by any check.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pipeline.checks import run_checks

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seed" / "phung-hiep-q2-2024.docx"
GOLD = Path(__file__).resolve().parent / "gold" / "seed_checks.jsonl"


@pytest.fixture(scope="module")
def seed_checks():
    if not SEED.exists():
        pytest.skip(f"{SEED} not available")
    from extractors import extract_report
    from pipeline.reader import read_report
    report = read_report(SEED)
    facts, links = extract_report(report)
    return report, facts, run_checks(report, facts, links)


def _norm(n: str) -> str:
    return n.replace(" ", "")


def _numbers(check, facts) -> str:
    """Every number text a check involves: its facts' raw text and its message."""
    return " ".join([facts[i].raw for i in check.fact_ids] + [check.message]).replace(" ", "")


def _gold():
    return [json.loads(l) for l in GOLD.read_text(encoding="utf-8").splitlines() if l.strip()]


def _matches(g, check, facts) -> bool:
    hay = _numbers(check, facts)
    return all(re.search(r"(?<![\d,.])" + re.escape(_norm(n)) + r"(?![\d])", hay) for n in g["numbers"])


def test_the_7087_mismatch_is_flagged_with_its_arithmetic(seed_checks):
    _, facts, checks = seed_checks
    [c] = [c for c in checks if c.kind == "fraction_percent" and c.status == "mismatch"]
    assert "112/158 = 70,886" in c.message
    assert "no whole count out of 158 gives 70,87%" in c.message
    assert {facts[i].kind for i in c.fact_ids} == {"fraction", "percent"}


def test_malformed_515_is_a_warning(seed_checks):
    _, facts, checks = seed_checks
    [c] = [c for c in checks if c.kind == "malformed"]
    assert c.status == "warning" and "5.15" in c.message


def test_only_the_gold_problems_are_flagged(seed_checks):
    """Precision and recall of flagged checks against the gold: both must be 1."""
    _, facts, checks = seed_checks
    gold = _gold()
    gold_bad = [g for g in gold if g["verdict"] != "ok"]
    flagged = [c for c in checks if c.status != "ok"]
    true_pos = [c for c in flagged if any(_matches(g, c, facts) for g in gold_bad)]
    found = [g for g in gold_bad if any(_matches(g, c, facts) for c in flagged)]
    precision = len(true_pos) / len(flagged) if flagged else 1.0
    recall = len(found) / len(gold_bad)
    assert (precision, recall) == (1.0, 1.0), [c.message for c in flagged]


def test_no_consistent_gold_relation_is_flagged(seed_checks):
    """Every consistent pair and breakdown of the seed (the gold's 'ok' rows) stays unflagged."""
    _, facts, checks = seed_checks
    for g in _gold():
        if g["verdict"] != "ok":
            continue
        hits = [c for c in checks if _matches(g, c, facts)]
        assert all(c.status == "ok" for c in hits), (g, [c.message for c in hits])


def test_checked_relations_cover_the_gold(seed_checks):
    """How many of the gold relations the pipeline actually examines (links come from the
    extractors); a floor so that a regression in linking or checking shows up."""
    _, facts, checks = seed_checks
    gold = _gold()
    covered = [g for g in gold if any(_matches(g, c, facts) for c in checks)]
    assert len(covered) >= 15, f"{len(covered)}/{len(gold)} gold relations checked"

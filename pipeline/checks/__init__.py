"""Consistency checks over the facts and links of one report.

`run_checks(report, facts, links)` returns one Check per relation examined, ok or not, so
the store keeps the evidence that consistent figures were looked at. fact_ids index `facts`.
See docs/checks.md for every rule and tolerance.
"""
from __future__ import annotations

from .averages import averages
from .base import Check
from .captions import caption_totals
from .changes import baselines_not_parts, inline_changes
from .grades import grade_shares
from .malformed import malformed
from .parts import _texts, parts_total, shares_sum
from .relink import (bracket_shares, closing_totals, colon_lists, plan_bases, remainders,
                     running_brackets, running_totals, share_bases)
from .ratios import fraction_order, fraction_percent, percent_of_percents
from .tables import table_checks

__all__ = ["Check", "run_checks"]


def run_checks(report, facts, links) -> list[Check]:
    facts = list(facts)
    links = [ln for ln in links if 0 <= ln.src < len(facts) and 0 <= ln.dst < len(facts)]
    texts = _texts(report)          # para_id -> text, read by several checks
    links = baselines_not_parts(facts, links, texts)
    links = share_bases(facts, links, texts)
    links = bracket_shares(facts, links, texts)
    links = plan_bases(facts, links, texts)
    paras = report.paragraphs if report is not None else []
    links = closing_totals(facts, links, texts, paras)
    links = colon_lists(facts, links, texts, paras)
    links = remainders(facts, links, texts)
    links = running_brackets(facts, links, texts)
    links = running_totals(facts, links, texts)
    out: list[Check] = []
    out += fraction_percent(facts, links, report)
    out += percent_of_percents(facts, links)
    out += fraction_order(facts, report, links)
    out += parts_total(report, facts, links, texts)
    out += shares_sum(report, facts, links, texts)
    out += grade_shares(facts, links, texts)
    out += table_checks(report, facts, links)
    out += caption_totals(report, facts)
    out += inline_changes(report, facts, texts)
    out += averages(facts, texts)
    out += malformed(facts, report)
    return out

"""Score the extractors on the generated corpus: every figure the generator placed (its truth
file lists them with kind and value) must come back, and the relations it wrote (restates,
parts and totals, percent of percents, bounds) must come back as links.

    python tests/corpus_eval.py [-v]

Precision is not measured here: the truth lists the figures the generator placed, not the
boilerplate numbers of the template ("30 năm tuổi Đảng"); precision is measured on the
hand-labelled gold (tests/gold_eval.py)."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
TRUTH = ROOT / "corpus" / "truth"
REPORTS = ROOT / "corpus" / "reports"

# truth relation type -> link relations that express it
RELATIONS = {
    "restates": {"restates", "ratio_num", "share_of"},
    "percent_of_percents": {"ratio_num", "ratio_den"},
    "parts_total": {"part_of", "subset_of", "breakdown"},
    "bound": {"restates", "ratio_num"},
}


def _norm(s: str) -> str:
    return regex.sub(r"\s+", " ", s).strip()


@dataclass
class CorpusScore:
    facts: int = 0
    found: int = 0
    kind_ok: int = 0
    value_ok: int = 0
    relations: dict = field(default_factory=dict)     # type -> [found, total]
    misses: list = field(default_factory=list)
    wrong: list = field(default_factory=list)
    missing_links: list = field(default_factory=list)


def _value(f) -> Decimal | None:
    if f.kind == "fraction":
        return f.numerator
    return Decimal(f.value) if f.value is not None else None


def score(verbose: bool = False) -> CorpusScore:
    from extractors import extract_report
    from pipeline.reader import read_report

    out = CorpusScore()
    for tf in sorted(TRUTH.glob("*.json")):
        truth = json.loads(tf.read_text(encoding="utf-8"))
        docx = next(REPORTS.rglob(truth["file"].split("/")[-1]))
        report = read_report(docx)
        facts, links = extract_report(report)
        texts = {p.para_id: _norm(p.text) for p in report.paragraphs}
        paras = {p.para_id: p for p in report.paragraphs}
        found_idx: dict[int, int] = {}
        taken: set[int] = set()
        for n, t in enumerate(truth["facts"]):
            out.facts += 1
            snippet = _norm(t["para"])
            raw = _norm(t["raw"])
            hit = None
            for k, f in enumerate(facts):
                if k in taken:
                    continue
                ptext = texts[f.para_id]
                if snippet not in ptext and ptext not in snippet:
                    continue
                cell = t.get("table")
                if cell:
                    p = paras[f.para_id]
                    if (p.source, p.row, p.col) != ("table", cell["row"], cell["col"]) or \
                            _norm(p.row_header) != _norm(t.get("row_header", p.row_header)):
                        continue
                # the truth number's position inside any occurrence of the truth's raw text
                for m in regex.finditer(regex.escape(raw), ptext):
                    pos = m.start() + raw.find(t["number"])
                    if f.start <= pos < f.end:
                        hit = k
                        break
                if hit is not None:
                    break
            if hit is None:
                out.misses.append((tf.stem, t["kind"], t["raw"]))
                continue
            found_idx[n] = hit
            taken.add(hit)
            out.found += 1
            f = facts[hit]
            if f.kind == t["kind"]:
                out.kind_ok += 1
            else:
                out.wrong.append((tf.stem, t["kind"], f.kind, t["raw"]))
            want = t.get("numerator") if t["kind"] == "fraction" else t.get("value")
            got = _value(f)
            if want is not None and got is not None and abs(got - Decimal(str(want))) <= abs(Decimal(str(want))) * Decimal("1e-9"):
                out.value_ok += 1
        linked = {}
        for lk in links:
            linked.setdefault(frozenset((lk.src, lk.dst)), set()).add(lk.relation)
        for r in truth["relations"]:
            kinds = RELATIONS.get(r["type"])
            if not kinds:
                continue
            stat = out.relations.setdefault(r["type"], [0, 0])
            stat[1] += 1
            idx = [found_idx.get(i) for i in r["facts"]]
            if any(i is None for i in idx):
                out.missing_links.append((tf.stem, r["type"], "fact missing"))
                continue
            # the first truth fact is the total/percent; every other one must be linked to it
            head, rest = idx[0], idx[1:]
            ok = all(linked.get(frozenset((head, j)), set()) & kinds for j in rest)
            if ok:
                stat[0] += 1
            else:
                out.missing_links.append((tf.stem, r["type"], [truth["facts"][i]["raw"] for i in r["facts"]]))
    if verbose:
        print(f"facts {out.found}/{out.facts} found ({out.found / out.facts:.1%}), kind {out.kind_ok / max(1, out.found):.1%}, "
              f"value {out.value_ok / max(1, out.found):.1%}")
        for t, (a, b) in sorted(out.relations.items()):
            print(f"  relation {t:22} {a}/{b}")
        for m in out.misses:
            print("  MISS", m)
        for w in out.wrong:
            print("  KIND", w)
        for m in out.missing_links:
            print("  LINK", m)
    return out


if __name__ == "__main__":
    score(verbose=True)

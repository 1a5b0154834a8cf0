"""Score the extractors against the hand-labelled gold sets in tests/gold/ (format: its README).

    python tests/gold_eval.py            # table of precision / recall per document
    python tests/gold_eval.py -v         # also list misses and false positives
"""
from __future__ import annotations

import json
import sys
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOLD = ROOT / "tests" / "gold"

DOCS = {
    "seed_phung_hiep_q2_2024.jsonl": SHARED / "seed" / "phung-hiep-q2-2024.docx",
    "lamdong_de_an_06_thang_8.jsonl": SHARED / "corpus-real" / "lam-dong" / "BAO CAO DE AN 06 THANG 8.docx",
    "lamdong_de_an_06_thang_10.jsonl": SHARED / "corpus-real" / "lam-dong" / "BÁO CÁO ĐỀ ÁN 06 tháng 10.docx",
    # labelled after the rules were written, body and footnotes only (no table cells)
    "lamdong_cchc_quy_1_2026_body.jsonl": SHARED / "corpus-real" / "lam-dong" / "Báo cáo CCHC Qúy I 2026 tỉnh Lâm Đồng.docx",
}
# gold sets that cover only some sources: tool facts elsewhere are not scored
SOURCES = {"lamdong_cchc_quy_1_2026_body.jsonl": {"body", "footnote"}}


def nfc(s: str) -> str:
    return regex.sub(r"[ \t\u00a0]+", " ", unicodedata.normalize("NFC", s)).strip()


def _occurrences(text: str, number: str) -> list[int]:
    """Whole-token occurrences of `number` (the gold README's rule)."""
    out = []
    for m in regex.finditer(regex.escape(number), text):
        i, j = m.start(), m.end()
        if number[0].isdigit():
            if i > 0 and (text[i - 1].isdigit() or (text[i - 1] in ".," and i > 1 and text[i - 2].isdigit())):
                continue
            if j < len(text) and (text[j].isdigit() or (text[j] in ".," and j + 1 < len(text) and text[j + 1].isdigit())):
                continue
        else:
            if i > 0 and text[i - 1].isalpha() or j < len(text) and text[j].isalpha():
                continue
        out.append(i)
    return out


@dataclass
class Score:
    name: str
    gold: int = 0
    matched: int = 0
    predicted: int = 0
    false_pos: int = 0
    kind_ok: int = 0
    value_ok: int = 0
    unit_ok: int = 0              # the unit as the gold writes it (case and spacing aside)
    unlocated: list = field(default_factory=list)
    misses: list = field(default_factory=list)
    fps: list = field(default_factory=list)
    wrong: list = field(default_factory=list)

    @property
    def recall(self):
        return self.matched / self.gold if self.gold else 1.0

    @property
    def precision(self):
        return (self.predicted - self.false_pos) / self.predicted if self.predicted else 1.0


def _unit(u) -> str:
    return " ".join(nfc(u or "").lower().split())


def _gold_value(g) -> Decimal | None:
    if g["kind"] == "fraction":
        return Decimal(g["numerator"]) / Decimal(g["denominator"]) if g.get("numerator") else None
    return Decimal(g["value"]) if g.get("value") not in (None, "") else None


def score(gold_file: str, docx: Path) -> Score:
    from extractors import extract_report
    from pipeline.reader import read_report

    report = read_report(docx)
    facts, _ = extract_report(report)
    paras = {p.para_id: p for p in report.paragraphs}
    s = Score(gold_file)
    claimed: dict[int, dict] = {}          # fact index -> gold item
    borderline_facts: set[int] = set()
    for line in (GOLD / gold_file).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        g = json.loads(line)
        snippet = nfc(g["para"])
        hits = [p for p in report.paragraphs if snippet in p.text]
        if len(hits) != 1:
            s.unlocated.append((g, len(hits)))
            continue
        p = hits[0]
        number = nfc(g["number"])
        if g.get("number_context") and nfc(g["number_context"]) in p.text:
            ctx = nfc(g["number_context"])
            c0 = p.text.index(ctx)
            allocc = _occurrences(p.text, number)
            occ = [o for o in allocc if c0 <= o < c0 + len(ctx)]
            nth = g.get("nth", 0)
            pos = allocc[nth] if nth < len(allocc) and allocc[nth] in occ else (occ[0] if occ else None)
        else:
            occ = _occurrences(p.text, number)
            pos = occ[g.get("nth", 0)] if len(occ) > g.get("nth", 0) else None
        if pos is None:
            s.unlocated.append((g, "number"))
            continue
        idx = next((k for k, f in enumerate(facts)
                    if f.para_id == p.para_id and f.start <= pos < f.end and k not in claimed), None)
        if g.get("borderline"):
            if idx is not None:
                borderline_facts.add(idx)
                claimed[idx] = g
            continue
        s.gold += 1
        if idx is None:
            s.misses.append((g["kind"], p.text[max(0, pos - 40):pos + 30]))
            continue
        claimed[idx] = g
        s.matched += 1
        f = facts[idx]
        if f.kind == g["kind"]:
            s.kind_ok += 1
        else:
            s.wrong.append((g["kind"], f.kind, f.raw))
        if _unit(g.get("unit")) == _unit(f.unit):
            s.unit_ok += 1
        gv = _gold_value(g)
        if gv is not None and f.value is not None and abs(Decimal(f.value) - gv) <= abs(gv) * Decimal("1e-9"):
            s.value_ok += 1
    scope = SOURCES.get(gold_file)
    for k, f in enumerate(facts):
        if k in borderline_facts or (scope and paras[f.para_id].source not in scope):
            continue
        s.predicted += 1
        if k not in claimed:
            s.false_pos += 1
            t = paras[f.para_id].text
            s.fps.append((f.kind, f.raw, t[max(0, f.start - 40):f.end + 20]))
    return s


def run(verbose=False) -> list[Score]:
    out = []
    for name, docx in DOCS.items():
        if not docx.exists() or not (GOLD / name).exists():
            continue
        out.append(score(name, docx))
    if verbose is not None:
        print(f"{'document':40} {'gold':>5} {'recall':>7} {'precision':>9} {'kind':>6} {'value':>6} {'unit':>6}")
        for s in out:
            print(f"{s.name:40} {s.gold:5} {s.recall:7.1%} {s.precision:9.1%} "
                  f"{s.kind_ok / max(1, s.matched):6.1%} {s.value_ok / max(1, s.matched):6.1%} "
                  f"{s.unit_ok / max(1, s.matched):6.1%}")
        tg = sum(s.gold for s in out)
        tm = sum(s.matched for s in out)
        tp = sum(s.predicted for s in out)
        tf = sum(s.false_pos for s in out)
        tu = sum(s.unit_ok for s in out)
        print(f"{'all':40} {tg:5} {tm / tg:7.1%} {(tp - tf) / tp:9.1%} {'':6} {'':6} {tu / max(1, tm):6.1%}")
        if verbose:
            for s in out:
                print("\n##", s.name)
                for u in s.unlocated:
                    print("  UNLOCATED", u)
                for m in s.misses:
                    print("  MISS", m)
                for fp in s.fps:
                    print("  FP  ", fp)
                for w in s.wrong:
                    print("  KIND", w)
    return out


if __name__ == "__main__":
    run(verbose="-v" in sys.argv)

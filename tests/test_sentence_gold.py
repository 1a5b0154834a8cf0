"""The extractor on 429 report-style sentences labelled by reading (tests/gold/sentences_blind.tsv)
and on 200 multi-figure sentences of socio-economic reports (tests/gold/sentences_blind2.tsv):
every labelled fact found with its kind and value, few facts nobody labelled. Floors, so a
regression shows; the misses and extras are printed when a floor breaks."""
from decimal import Decimal
from pathlib import Path

import pytest

from extractors import extract_text

GOLD = Path(__file__).resolve().parent / "gold" / "sentences_blind.tsv"
GOLD2 = GOLD.with_name("sentences_blind2.tsv")


def _rows(path=None):
    for line in (path or GOLD).read_text(encoding="utf-8").splitlines():
        if line.startswith(("#", "batch\t")) or not line.strip():
            continue
        batch, sid, text, labels = line.split("\t")
        facts = []
        for lab in ([] if labels.strip() == "-" else labels.split(" ;; ")):
            kind, value, unit, attrs = (lab.split("|") + ["", "", ""])[:4]
            facts.append({"kind": kind.lstrip("?"), "debatable": kind.startswith("?"), "value": value,
                          "unit": unit, "attrs": dict(kv.split("=") for kv in attrs.split(",") if kv)})
        yield int(batch), sid, text, facts


def _value(f):
    if f.kind == "fraction":
        return (Decimal(f.numerator), Decimal(f.denominator))
    if f.kind == "range":
        return (Decimal(f.low), Decimal(f.high))
    return Decimal(f.value)


def _label_value(lab):
    v = lab["value"]
    if lab["kind"] == "fraction":
        return tuple(Decimal(x) for x in v.split("/"))
    if lab["kind"] == "range":
        return tuple(Decimal(x) for x in v.split(".."))
    return Decimal(v)


def score(batches=None, path=None):
    found = labelled = extra = attr_ok = attr_all = 0
    notes = []
    for batch, sid, text, labels in _rows(path):
        if batches and batch not in batches:
            continue
        facts = extract_text(text)
        used = set()
        for lab in labels:
            want = (lab["kind"], _label_value(lab))
            hit = next((i for i, f in enumerate(facts) if i not in used and (f.kind, _value(f)) == want), None)
            if hit is not None:
                used.add(hit)
            if lab["debatable"]:
                continue
            labelled += 1
            if hit is None:
                notes.append(f"[{batch}/{sid}] missed {lab['kind']} {lab['value']} {lab['unit']}: {text}")
                continue
            found += 1
            f = facts[hit]
            for key, field in (("q", "qualifier"), ("dir", "direction"), ("pof", "percent_of")):
                if key in lab["attrs"]:
                    attr_all += 1
                    attr_ok += getattr(f, field) == lab["attrs"][key]
        for i, f in enumerate(facts):
            if i not in used:
                extra += 1
                notes.append(f"[{batch}/{sid}] extra {f.kind} {f.raw!r}: {text}")
    return {"recall": found / labelled, "precision": found / (found + extra),
            "attributes": attr_ok / attr_all, "labelled": labelled, "notes": notes}


@pytest.fixture(scope="module")
def all_batches():
    return score()


def test_every_labelled_fact_is_found(all_batches):
    assert all_batches["labelled"] >= 650
    assert all_batches["recall"] >= 0.99, "\n".join(all_batches["notes"])


def test_few_unlabelled_facts(all_batches):
    assert all_batches["precision"] >= 0.97, "\n".join(all_batches["notes"])


def test_qualifiers_directions_and_bases(all_batches):
    assert all_batches["attributes"] >= 0.97


def test_held_out_batches():
    """Batches 4-5 were written after the fixes that batches 1-3 prompted."""
    s = score({4, 5})
    assert s["labelled"] >= 140 and s["recall"] >= 0.98 and s["precision"] >= 0.97, "\n".join(s["notes"])


@pytest.fixture(scope="module")
def second_set():
    return score(path=GOLD2)


def test_second_set_facts_found(second_set):
    """Batches 6-9: multi-figure paragraphs of People's Committee reports. Before the fixes they
    prompted: batches 6-8 recall 99.5%, precision 97.9%; batch 9 (written after the first fixes)
    recall 98.7%, precision 94.8%, attributes 96.1%."""
    assert second_set["labelled"] >= 570
    assert second_set["recall"] >= 0.995, "\n".join(second_set["notes"])


def test_second_set_few_unlabelled_facts(second_set):
    assert second_set["precision"] >= 0.995, "\n".join(second_set["notes"])


def test_second_set_attributes(second_set):
    assert second_set["attributes"] >= 0.99


def test_second_set_last_batch():
    s = score({9}, GOLD2)
    assert s["labelled"] >= 145 and s["recall"] >= 0.99 and s["precision"] >= 0.99, "\n".join(s["notes"])

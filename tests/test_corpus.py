"""The bundled corpus: deterministic, truth points at real text, planted errors are wrong
and every other linked figure is consistent (recomputed here with exact decimals)."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sys
import unicodedata
import zipfile
from decimal import ROUND_DOWN, ROUND_HALF_DOWN, ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from lxml import etree

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:           # corpus/ is not an installed package
    sys.path.insert(0, str(ROOT))
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "phung-hiep-q2-2024.docx"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TRUTHS = sorted((CORPUS / "truth").glob("*.json"))
VALID_NUM = re.compile(r"^\d{1,3}(\.\d{3})*(,\d+)?$")


def load(p):
    return json.loads(p.read_text(encoding="utf-8"))


def paragraphs(docx: Path) -> list[str]:
    z = zipfile.ZipFile(docx)
    out = []
    for part in ("word/document.xml", "word/footnotes.xml"):
        if part in z.namelist():
            root = etree.fromstring(z.read(part))
            for p in root.iter(f"{W}p"):
                out.append(unicodedata.normalize(
                    "NFC", "".join(t.text or "" for t in p.iter(f"{W}t"))))
    return out


def dec(x) -> Decimal:
    return Decimal(str(x))


def accepted(true: Decimal, written: str) -> bool:
    """written (as in the truth, '70.87') is half-up, half-down or truncation of true."""
    w = Decimal(written)
    q = Decimal(1).scaleb(w.as_tuple().exponent)
    return any(true.quantize(q, rounding=m) == w for m in (ROUND_HALF_UP, ROUND_HALF_DOWN,
                                                            ROUND_DOWN))


def pct_written(f) -> str:
    """The written percent with its decimals, from number text like '70,87'."""
    return f["number"].replace(".", "").replace(",", ".")


@pytest.fixture(scope="module")
def truths():
    assert TRUTHS, "corpus/truth is empty: run python -m corpus.generator --out corpus"
    return {p.stem: load(p) for p in TRUTHS}


@pytest.fixture(scope="module")
def texts(truths):
    return {k: paragraphs(CORPUS / t["file"]) for k, t in truths.items()}


def test_corpus_shape_and_size(truths):
    assert len(truths) == 23                      # 3 districts x 8 quarters, minus the seed
    files = [p for p in CORPUS.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    assert sum(p.stat().st_size for p in files) < 3_000_000
    for t in truths.values():
        assert t["generated"] is True
        z = zipfile.ZipFile(CORPUS / t["file"])
        assert "GENERATED" in z.read("docProps/core.xml").decode()


def test_generator_is_deterministic(tmp_path, truths):
    from corpus.generator import generate
    generate(tmp_path, SEED if SEED.exists() else None)
    for name, t in truths.items():
        assert load(tmp_path / "truth" / f"{name}.json") == t, name
        a, b = zipfile.ZipFile(CORPUS / t["file"]), zipfile.ZipFile(tmp_path / t["file"])
        assert a.namelist() == b.namelist()
        for part in a.namelist():
            assert a.read(part) == b.read(part), (name, part)


def test_seed_is_bundled_unchanged():
    bundled = CORPUS / "reports" / "phung-hiep" / "phung-hiep-q2-2024.docx"
    assert bundled.exists()
    if not SEED.exists():
        pytest.skip("../shared is not here")
    assert bundled.read_bytes() == SEED.read_bytes()


def test_facts_point_at_text(truths, texts):
    for name, t in truths.items():
        paras = texts[name]
        for i, f in enumerate(t["facts"]):
            assert f["raw"] in f["para"], (name, i)
            assert f["number"] in f["raw"], (name, i)
            if f["source"] == "table":
                assert f["para"] in paras, (name, i, f["para"])   # whole cell text
            else:
                assert any(f["para"] in p for p in paras), (name, i, f["para"])
        for e in t["planted_errors"] + t["stated_changes"]:
            assert any(e["para"] in p for p in paras), (name, e["para"])


def test_sections_are_in_the_document(truths, texts):
    for name, t in truths.items():
        body = "\n".join(texts[name])
        labels = [s["label"] for s in t["sections"] if s["level"] == 1]
        assert labels[:4] == ["I.", "II.", "III.", "IV."]
        for s in t["sections"]:
            if s["style"] == "auto":            # the label lives in numbering.xml, not the text
                assert s["heading"] in texts[name]
                assert f"{s['label']} {s['heading']}" not in body
            elif s["style"] == "lead_in":
                assert any(p.startswith(s["heading"] + ":") for p in texts[name])
            elif s["style"] in ("star", "letter"):
                assert f"{s['label']} {s['heading']}:" in texts[name], (name, s)
            else:
                assert f"{s['label']} {s['heading']}" in texts[name], (name, s)


def test_auto_numbered_district_uses_numbering_xml(truths):
    t = truths["kenh-xang-q3-2024"]
    z = zipfile.ZipFile(CORPUS / t["file"])
    doc = z.read("word/document.xml").decode()
    num = etree.fromstring(z.read("word/numbering.xml"))
    fmts = [e.get(f"{W}val") for e in num.iter(f"{W}numFmt")]
    assert "upperRoman" in fmts
    assert doc.count("<w:numPr>") >= 10


def test_footnotes_are_real(truths):
    for name, t in truths.items():
        z = zipfile.ZipFile(CORPUS / t["file"])
        doc = z.read("word/document.xml").decode()
        notes = etree.fromstring(z.read("word/footnotes.xml"))
        ids = [n.get(f"{W}id") for n in notes.iter(f"{W}footnote")
                if int(n.get(f"{W}id")) > 0]
        assert len(ids) == t["footnotes"] == doc.count("<w:footnoteReference ")
        assert "footnotes.xml" in z.read("word/_rels/document.xml.rels").decode()
        assert "footnotes+xml" in z.read("[Content_Types].xml").decode()


def test_numbers_split_across_runs(truths):
    split = 0
    for t in truths.values():
        root = etree.fromstring(zipfile.ZipFile(CORPUS / t["file"]).read("word/document.xml"))
        for p in root.iter(f"{W}p"):
            runs = [x.text or "" for x in p.iter(f"{W}t")]
            split += sum(1 for a, b in zip(runs, runs[1:])
                         if a and b and a[-1].isdigit() and (b[0].isdigit() or b[0] in ",%"))
    assert split >= 20


def _value(f) -> Decimal:
    if f["kind"] == "fraction":
        return dec(f["numerator"])
    if f["kind"] == "percent":
        return Decimal(pct_written(f))
    return dec(f["value"])


def check_relation(facts, r) -> bool:
    fs = [facts[i] for i in r["facts"]]
    typ = r["type"]
    if typ in ("restates", "table_percent"):
        p = fs[0] if fs[0]["kind"] == "percent" else fs[1]
        other = fs[1] if p is fs[0] else fs[0]
        if typ == "table_percent":
            true = dec(fs[1]["value"]) * 100 / dec(fs[2]["value"])
        elif other["kind"] == "count":                 # "thu về N phiếu, đạt tỷ lệ 100%"
            return Decimal(pct_written(p)) == 100
        else:
            true = dec(other["numerator"]) * 100 / dec(other["denominator"])
        return accepted(true, pct_written(p))
    if typ == "percent_of_percents":
        c, a, b = fs
        return accepted(Decimal(pct_written(a)) * 100 / Decimal(pct_written(b)), pct_written(c))
    if typ in ("parts_total", "table_total"):
        total = fs[0]
        tv = dec(total["denominator"]) if total["kind"] == "fraction" else dec(total["value"])
        parts = sum(_value(f) for f in fs[1:])
        if r.get("total_is") == "denominator":          # "đạt A/T chỉ tiêu, B ..., C ..."
            parts += dec(total["numerator"])
        return parts == tv
    if typ == "share":
        p, c = fs
        return accepted(dec(c["value"]) * 100 / dec(r["whole"]), pct_written(p))
    if typ == "shares_sum":
        s = sum(Decimal(pct_written(f)) for f in fs)
        return abs(s - 100) <= Decimal("0.01") * len(fs)
    if typ == "bound":
        p, fr = fs
        return dec(fr["numerator"]) * 100 / dec(fr["denominator"]) > Decimal(pct_written(p))
    raise AssertionError(f"unknown relation {typ}")


def test_relations_recomputed(truths):
    kinds_seen = set()
    n_ok = 0
    for name, t in truths.items():
        bad = set()
        for r in t["relations"]:
            assert check_relation(t["facts"], r) == r["consistent"], (name, r)
            kinds_seen.add(r["type"])
            n_ok += r["consistent"]
            if not r["consistent"]:
                bad.update(r["facts"])
        for e in t["planted_errors"]:
            if e["kind"] in ("fraction_percent", "percent_of_percents", "parts_total",
                             "shares_sum", "table_total", "table_percent", "bound"):
                assert set(e["facts"]) & bad, (name, e)
    assert n_ok > 400
    assert {"restates", "percent_of_percents", "parts_total", "share", "shares_sum", "bound",
            "table_total", "table_percent"} <= kinds_seen


def test_planted_fraction_percents_are_neither_rounding_nor_truncation(truths):
    for name, t in truths.items():
        for e in t["planted_errors"]:
            if e["kind"] == "fraction_percent":
                fr, p = (t["facts"][i] for i in e["facts"])
                true = dec(fr["numerator"]) * 100 / dec(fr["denominator"])
                assert not accepted(true, pct_written(p)), (name, e)


def test_planted_error_kinds_cover_every_check(truths):
    kinds = {e["kind"] for t in truths.values() for e in t["planted_errors"]}
    assert kinds >= {"fraction_percent", "percent_of_percents", "parts_total", "shares_sum",
                     "table_total", "bound", "malformed", "stated_change", "cumulative_drop"}


def test_malformed_numbers(truths):
    for t in truths.values():
        for f in t["facts"]:
            if f.get("malformed"):
                assert not VALID_NUM.match(f["number"])
                assert any(e["kind"] == "malformed" and e["numbers"] == [f["number"]]
                           for e in t["planted_errors"])
            elif f["kind"] in ("count", "money"):
                assert VALID_NUM.match(f["number"]), f


def _fmt(v: str) -> str:
    return f"{int(v):,}".replace(",", ".")


def _report_text(name: str, truths) -> str:
    if name in truths:
        return "\n".join(paragraphs(CORPUS / truths[name]["file"]))
    return "\n".join(paragraphs(CORPUS / "reports" / name.rsplit("-q", 1)[0] / f"{name}.docx"))


def test_stated_changes_against_previous_reports(truths):
    seen = {True: 0, False: 0}
    for name, t in truths.items():
        for s in t["stated_changes"]:
            prev_text = _report_text(s["previous_file"], truths)
            prev, cur = dec(s["previous_value"]), dec(s["current_value"])
            if s["series"] == "quy_vi_nguoi_ngheo":       # money written in tỷ
                assert f"{str(prev / 10**9).rstrip('0').rstrip('.').replace('.', ',')} tỷ" \
                    in prev_text, s
            else:
                assert _fmt(s["previous_value"]) in prev_text, s
            f = t["facts"][s["fact"]]
            if s["baseline"] == "previous_period":
                ok = cur - prev == dec(f["value"])
            else:
                ok = accepted(cur * 100 / prev, pct_written(f))
            assert ok == s["consistent"], (name, s)
            seen[ok] += 1
    assert seen[True] >= 10 and seen[False] >= 2


def test_running_totals_only_fall_where_planted(truths):
    by = {}
    for name, t in truths.items():
        key, q, y = re.match(r"(.+)-q(\d)-(\d{4})$", name).groups()
        by[(key, int(y), int(q))] = t
    drops = 0
    for (key, y, q), t in by.items():
        prev = by.get((key, y, q - 1))
        if prev is None:
            continue
        pv = {s["series"]: dec(s["value"]) for s in prev["series"] if s["cumulative"]}
        planted = {t["facts"][e["facts"][0]]["indicator"] for e in t["planted_errors"]
                   if e["kind"] == "cumulative_drop"}
        for s in t["series"]:
            if s["cumulative"] and s["series"] in pv:
                fell = dec(s["value"]) < pv[s["series"]]
                assert fell == (s["series"] in planted), (key, y, q, s)
                drops += fell
    assert drops >= 3


def _expected_period(label: str):
    m = re.search(r"quý (I{1,3}|IV)(?:/| năm )(\d{4})", label)
    if m:
        q = {"I": 1, "II": 2, "III": 3, "IV": 4}[m.group(1)]
        y = int(m.group(2))
        end = [dt.date(y, 3, 31), dt.date(y, 6, 30), dt.date(y, 9, 30), dt.date(y, 12, 31)][q - 1]
        return "quarter", dt.date(y, 3 * q - 2, 1), end
    y = int(re.search(r"(\d{4})", label).group(1))
    if label.startswith("6 tháng"):
        return "half", dt.date(y, 1, 1), dt.date(y, 6, 30)
    if label.startswith("9 tháng"):
        return "nine_months", dt.date(y, 1, 1), dt.date(y, 9, 30)
    assert label == f"năm {y}"
    return "year", dt.date(y, 1, 1), dt.date(y, 12, 31)


def test_periods_match_titles(truths, texts):
    for name, t in truths.items():
        p = t["period"]
        assert p["label"] in t["title"]
        assert any(p["label"] in x for x in texts[name][:12]), name   # in the title lines
        kind, start, end = _expected_period(p["label"])
        assert (p["kind"], p["start"], p["end"]) == (kind, start.isoformat(), end.isoformat())
        assert p["figures_end"] == p["end"]
        # running totals from 1 January: all but Q1 and full-year reports (the year is the
        # period itself, as the reader's convention has it)
        assert p["cumulative"] == (kind != "year" and "-q1-" not in name), name
        assert p["figures_start"] == p["end"][:4] + "-01-01"


def test_make_variants_distinct_and_valid(tmp_path, truths):
    from corpus.generator import make_variants
    srcs = [CORPUS / t["file"] for t in list(truths.values())[:3]]
    out = make_variants(9, tmp_path, srcs)
    shas = {hashlib.sha256(p.read_bytes()).hexdigest() for p in out}
    assert len(out) == 9 and len(shas) == 9
    for p in out:
        z = zipfile.ZipFile(p)
        etree.fromstring(z.read("word/document.xml"))
    orig = paragraphs(srcs[0])
    varied = paragraphs(out[0])
    assert len(orig) == len(varied) and orig != varied
    with pytest.raises(ValueError, match="not a .docx"):
        bad = tmp_path / "bad.docx"
        bad.write_bytes(b"not a zip")
        make_variants(1, tmp_path / "o", [bad])

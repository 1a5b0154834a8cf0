"""Indicator identity: which facts in different reports of one issuing body measure the same thing.

Three layers, cheapest first:
  indicator_key()  a normalised phrase ("percent|tỷ lệ tiếp nhận hồ sơ trực tuyến") that survives
                   small rewording, renumbered sections and the number moving in the sentence;
  match_series()   per organisation, walks its documents in period order and links each fact to
                   a series: same key first, then fuzzy (Jaccard over content syllables) within
                   the same kind and unit; a series takes at most one fact per document;
  indicator_map    (analyst table, applied by the caller through `fixed=`) overrides both.
fact_scope() tells whether a figure is a running total or a one-period figure.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from extractors.context import boundary_span
from extractors.vocab import modern_tones

from pipeline import indicator_vocab as vocab

# Jaccard threshold for fuzzy matching; chosen on tests/gold/indicator_*_de_an_06.tsv
# (see docs/compare.md for the sweep).
THRESHOLD = 0.5
# A reworded sentence can leave little of the extractor's phrase in common ("kết nạp mới 112/158
# đảng viên" / "chỉ tiêu kết nạp đảng viên mới (44/158 đảng viên)"); the whole sentence still
# shares most of its words. Matching on the sentence alone needs this (stricter) Jaccard.
SENTENCE_THRESHOLD = 0.6
# Units may change when the number moves ("cập nhật 577.722/914.419 thông tin trẻ em" /
# "cập nhật thông tin 577.722/914.419 trẻ em"): then the phrases without units must agree this much.
UNIT_FREE_THRESHOLD = 0.8
# Weight of the clause context when ranking candidates; small so it only breaks ties
# between series with the same or equally similar keys.
CONTEXT_WEIGHT = 0.05
# Bonus of a series whose figures are of the fact's own scope (series_scope: running total or
# one period) over one that says neither: "từ đầu năm đến nay 21 vụ" goes on "lũy kế 7 tháng
# xảy ra 19 vụ" rather than "xảy ra 3 vụ tai nạn giao thông" of the month.
SCOPE_WEIGHT = 0.25

_SYLLABLE = regex.compile(r"[\p{L}\p{M}]+")
_HAS_DIGIT = regex.compile(r"\d")
_TOKEN = regex.compile(r"\S+")
_SPLIT_ONLY = regex.compile(r"[\x1c-\x1f]")   # white space to str.split(), not to regex \s


def _phrase_regex(phrases, not_after: dict | None = None) -> regex.Pattern:
    """Any of the phrases as whole words; a phrase of `not_after` not right after one of its
    words ("cả năm", not "kế hoạch cả năm")."""
    def alt(a):
        before = (not_after or {}).get(a)
        if not before:
            return regex.escape(a)
        return r"(?<!(?:" + "|".join(regex.escape(b) for b in before) + r")\s+)" + regex.escape(a)
    alts = sorted({unicodedata.normalize("NFC", p.lower()) for p in phrases}, key=len, reverse=True)
    return regex.compile(r"(?<![\p{L}\p{M}])(?:" + "|".join(alt(a) for a in alts) + r")(?![\p{L}\p{M}])")


_CUM_CUES = _phrase_regex(vocab.CUMULATIVE_CUES, vocab.CUES_NOT_AFTER)
_BASELINE = _phrase_regex(vocab.BASELINE_HEADERS)
_BASELINE_WORDS = tuple(frozenset(p.split()) for p in vocab.BASELINE_HEADERS)
_ANY_BASELINE_WORD = frozenset().union(*_BASELINE_WORDS)
_PERIOD_CUES = _phrase_regex(vocab.PERIOD_CUES)
# "6 tháng", "9 tháng đầu năm": a run of months counted from the start of the year.
_MONTHS_RUN = regex.compile(r"(?<!\p{L})(?:6|9|sáu|chín)\s+tháng(?!\s*\d)")
# "tháng 9" naming one month ("Thu ngân sách tháng 9 ước 15.600 triệu đồng; 9 tháng ước 162,0 tỷ"),
# not a date ("ngày 15 tháng 9"), an end ("đến hết tháng 9", "từ tháng 1 đến tháng 9") or
# a month/year ("tháng 9/2025").
_NAMED_MONTH = regex.compile(
    r"(?<!\p{L})(?<!\d\s*|(?:ngày|đến|hết|cuối|từ|tới|đầu|sau|trước|và)\s+)"
    r"tháng\s+(?:1[0-2]|0?[1-9])(?![\d/.,\-]\d|\d|\s*/)")


def _words(phrases) -> tuple[str, ...]:
    return tuple({unicodedata.normalize("NFC", p.lower()) for p in phrases})


# The scope cues, in the order fact_scope tries them, each with the words one of which its
# every match spells in the folded paragraph (blanking (...) groups only puts runs of 2+
# spaces, which no cue holds; a months run still needs its "tháng").
_SCOPE_CUES = (
    (_CUM_CUES, "cumulative", _words(vocab.CUMULATIVE_CUES)),
    (_MONTHS_RUN, "cumulative", ("tháng",)),
    (_PERIOD_CUES, "period", _words(vocab.PERIOD_CUES)),
    (_NAMED_MONTH, "period", ("tháng",)),
)
# Any of those words: one pass that most paragraphs (no cue at all) stop at, instead of a
# substring search per word (the stdlib re scans literal alternatives faster than regex).
_ANY_CUE_WORD = re.compile("|".join(re.escape(w) for w in sorted(
    {w for _, _, words in _SCOPE_CUES for w in words}, key=len, reverse=True)))


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text or "").lower()


@lru_cache(maxsize=64)
def _fold_cached(text: str) -> tuple[str, tuple, bool]:
    """The same paragraph is folded once for all its figures; also which scope cues can
    match in it (most paragraphs have none), and whether the folded text keeps every character
    at its place (already NFC, lower() one character for one): then clause and sentence
    bounds are the same in both."""
    folded = _fold(text)
    aligned = len(folded) == len(text or "") and unicodedata.is_normalized("NFC", text or "")
    if not _ANY_CUE_WORD.search(folded):
        return folded, (), aligned
    cues = tuple((pattern, scope) for pattern, scope, words in _SCOPE_CUES
                 if any(w in folded for w in words))
    return folded, cues, aligned


_INNER_PARENS = regex.compile(r"\([^()]*\)")
# a plan word and at most three more words, then an open bracket, right before a figure
_PLAN_IN_PARENS = regex.compile(r"(?<![\p{L}\p{M}])(?:" + "|".join(regex.escape(p) for p in vocab.PLAN_WORDS)
                                + r")(?:\s+[\p{L}\p{M}]+){0,3}\s*\(\s*$")
_NUM_RUN = regex.compile(r"[\d.,/%]+")
_AFTER_STOP = regex.compile(r"[,;(]|\d")


def _stop_index(phrases) -> dict[str, list[tuple[str, ...]]]:
    """Stop phrases as syllable tuples by first syllable, longest first."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for p in sorted({unicodedata.normalize("NFC", p.lower()) for p in phrases}, key=len, reverse=True):
        syl = tuple(p.split(" "))
        index.setdefault(syl[0], []).append(syl)
    return index


_STOP_INDEX = _stop_index(vocab.STOP_PHRASES)


@lru_cache(maxsize=65536)   # words recur across paragraphs and reports
def _token_syllables(token: str) -> tuple[str, ...]:
    """Syllables of one whitespace-delimited token; none when it holds a digit."""
    return () if _HAS_DIGIT.search(token) else tuple(_SYLLABLE.findall(token))


def _without_stop_phrases(syl: list[str]) -> list[str]:
    """Drop stop phrases: whole syllables, left to right, the longest at each place (what a
    regex alternation, longest first, removes from the syllables joined by spaces)."""
    starts = [i for i, s in enumerate(syl) if s in _STOP_INDEX]
    if not starts:
        return syl
    kept, pos = [], 0
    for i in starts:            # only where a stop phrase may start; runs between are copied
        if i < pos:
            continue
        for phrase in _STOP_INDEX[syl[i]]:
            if tuple(syl[i:i + len(phrase)]) == phrase:
                kept.extend(syl[pos:i])
                pos = i + len(phrase)
                break
    kept.extend(syl[pos:])
    return kept


@lru_cache(maxsize=32768)   # a clause or sentence recurs in paragraphs that differ elsewhere
def content_syllables(text: str) -> tuple[str, ...]:
    """Content syllables of a phrase, in order, without repeats.

    Numbers, dates and tokens containing digits go first (so "6 tháng đầu năm" becomes
    "tháng đầu năm" and is then removed as a time phrase), then stop phrases, then
    stop syllables.
    """
    folded = _fold(text)
    # str.split() is several times quicker than _TOKEN.findall and gives the same tokens
    # unless the text holds a separator only it knows
    tokens = _TOKEN.findall(folded) if _SPLIT_ONLY.search(folded) else folded.split()
    syl: list[str] = []
    for tok in tokens:
        syl += _token_syllables(tok)
    words = dict.fromkeys(_without_stop_phrases(syl))   # first occurrences, in order
    for s in vocab.STOP_SYLLABLES.intersection(words):
        del words[s]
    return tuple(words)


def normalise_unit(unit: str, kind: str = "") -> str:
    u = " ".join(_fold(unit).split())
    u = vocab.UNIT_ALIASES.get(u, u)
    if kind == "percent" and u in ("%", ""):
        return ""
    return u


def indicator_key(indicator, unit: str = "", kind: str = "") -> str:
    """Stable key "kind[:unit]|content syllables"; "" when nothing identifying is left.

    Accepts either the three strings or an object with .indicator/.unit/.kind (a Fact),
    as docs/architecture.md lists `indicator_key(fact)`.
    """
    if not isinstance(indicator, str) and hasattr(indicator, "indicator"):
        indicator, unit, kind = indicator.indicator, indicator.unit, indicator.kind
    return _indicator_key(indicator or "", unit, kind)


@lru_cache(maxsize=16384)   # an organisation's reports repeat their indicators
def _indicator_key(indicator: str, unit: str, kind: str) -> str:
    content = " ".join(content_syllables(indicator))
    if not content:
        return ""
    u = normalise_unit(unit, kind)
    head = f"{kind}:{u}" if u else kind
    return f"{head}|{content}"


def split_key(key: str) -> tuple[str, str, str]:
    """(kind, unit, content) of a key built by indicator_key (or an analyst's free series key)."""
    head, _, content = key.partition("|")
    kind, _, unit = head.partition(":")
    return kind, unit, content


@lru_cache(maxsize=65536)
def match_syllables(syllable: str) -> tuple[str, ...]:
    """What a syllable counts as when keys and sentences are compared: the new tone placement,
    and an abbreviation as its words ("bhyt" -> bảo hiểm y tế)."""
    s = modern_tones(syllable)
    expansion = vocab.ABBREVIATIONS.get(s)
    return tuple(expansion.split()) if expansion else (s,)


def _synonym_index() -> dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]]:
    """VERB_SYNONYMS as {first syllable: [(variant syllables, canonical syllables)]}, longest first."""
    index: dict = {}
    pairs = [(v, c) for c, vs in vocab.VERB_SYNONYMS.items() for v in vs]
    for v, c in sorted(pairs, key=lambda p: len(p[0]), reverse=True):
        index.setdefault(v.split()[0], []).append((tuple(v.split()), tuple(c.split())))
    return index


_SYNONYMS = _synonym_index()


def canonical_verbs(words: list[str]) -> list[str]:
    """The syllables with each VERB_SYNONYMS variant (whole syllables, in order, the longest at
    each place) written as its first word: "triệt phá vụ" -> "bắt vụ"."""
    if not any(w in _SYNONYMS for w in words):
        return words
    out, i = [], 0
    while i < len(words):
        for variant, canon in _SYNONYMS.get(words[i], ()):
            if tuple(words[i:i + len(variant)]) == variant:
                out.extend(canon)
                i += len(variant)
                break
        else:
            out.append(words[i])
            i += 1
    return out


def match_words(words) -> frozenset[str]:
    """match_syllables over a phrase's syllables (in order: verb synonyms are read as one,
    canonical_verbs), as one set."""
    out: set[str] = set()
    for w in canonical_verbs(list(words)):
        out.update(match_syllables(w))
    return frozenset(out)


_MONEY_SCALE = regex.compile(r"(?<!\S)(?:nghìn tỷ|tỷ|triệu|nghìn|ngàn) đồng(?!\S)")
_PLAN = _phrase_regex(vocab.PLAN_WORDS[1:])
_FRAMING = _phrase_regex(vocab.FRAMING_PHRASES)
_TY_LE = _phrase_regex(("tỷ lệ", "tỉ lệ"))


@lru_cache(maxsize=65536)
def key_content(key: str) -> tuple[str, str]:
    """(unit, content) of a key as matching reads it: a sum of money without its scale ("612
    triệu đồng" one month, "0,68 tỷ đồng" the next: the unit is đồng either way), and one word
    for a plan (PLAN_WORDS: "chỉ tiêu" / "kế hoạch" / "dự toán"), without FRAMING_PHRASES ("duy
    trì"), and a leading "số" before the unit left out; a percent without "tỷ lệ" and a leading
    "số". The stored key keeps the words as written."""
    kind, unit, content = split_key(key)
    if kind == "percent" and ("tỷ lệ" in content or content.startswith("số ")):
        # a percent is a share: "tỷ lệ hộ nghèo 2,0%" / "Số hộ nghèo 285 hộ, chiếm 1,9%" (the
        # share of the households the clause counts)
        words = content.split()
        words = words[1:] if words[0] == "số" else words
        content = " ".join(_TY_LE.sub(" ", " ".join(words)).split())
    if unit == "đồng" and "đồng" in content:
        content = " ".join(_MONEY_SCALE.sub(" ", content).split())
    if _PLAN.search(content):
        content = " ".join(dict.fromkeys(_PLAN.sub(vocab.PLAN_WORDS[0], content).split()))
    if _FRAMING.search(content):
        content = " ".join(_FRAMING.sub(" ", content).split())
    if unit and content.startswith("số " + unit + " "):
        # "Số người chết do tai nạn giao thông" (a table row) / "chết 2 người": "số" is "the
        # number of" its unit
        content = content[3:]
    return unit, content


@lru_cache(maxsize=65536)   # a key recurs in every report of its series
def key_tokens(key: str) -> frozenset[str]:
    """Syllables used for fuzzy matching: content plus unit (a unit word may move into the phrase),
    as match_syllables reads them."""
    unit, content = key_content(key)
    # a group unit's words without their commas ("cán bộ, đảng viên")
    words = content.split() + unit.replace(",", " ").split()
    if unit in vocab.GENERIC_PERSON_UNITS:
        # "kết nạp 37 đồng chí vào Đảng" / "kết nạp 42 đảng viên mới": the counter says nothing
        # of what is counted, the rest of the phrase does
        counter = set(unit.split())
        words = [w for w in words if w not in counter]
    return match_words(words)


def _contrast_sides():
    """CONTRASTS as (required syllables, absent syllables) per phrase, per side, per contrast."""
    out = []
    for sides in vocab.CONTRASTS:
        parsed = []
        for phrases in sides:
            alts = []
            for phrase in phrases:
                words = [w for p in phrase.split() if not p.startswith("!") for w in match_syllables(p)]
                absent = [p[1:] for p in phrase.split() if p.startswith("!")]
                alts.append((frozenset(words), frozenset(absent)))
            parsed.append(tuple(alts))
        out.append(tuple(parsed))
    return tuple(out)


_CONTRASTS = _contrast_sides()


@lru_cache(maxsize=65536)
def contrast_marks(tokens: frozenset) -> dict[int, frozenset]:
    """{contrast: the sides a set of syllables names}, for the contrasts of CONTRASTS it names.
    No words name nothing (a side of only absent syllables would name every empty set)."""
    if not tokens:
        return {}
    out = {}
    for g, sides in enumerate(_CONTRASTS):
        named = frozenset(i for i, alts in enumerate(sides)
                          if any(req <= tokens and not (absent & tokens) for req, absent in alts))
        if named:
            out[g] = named
    return out


@lru_cache(maxsize=65536)   # reports of one body repeat a figure's words; the dict is only read
def figure_marks(key_toks: frozenset, phrase: frozenset = frozenset(),
                 context: frozenset = frozenset(), sentence: frozenset = frozenset()) -> dict[int, frozenset]:
    """The contrast sides of one figure: its own phrase's where it names one ("4 đồng chí học cao
    cấp ... và 30 đồng chí học trung cấp": one key for both, two phrases), else its key's, else
    the clause before it's ("thu ngân sách ... 58,4 tỷ đồng, đạt 24,3% dự toán": the key of 24,3%
    is only "dự toán"). The whole sentence (given only for a percent or a key of nothing but its
    unit) comes last, and only for a contrast of which it names one side ("Chi ngân sách ... 22,4
    tỷ đồng; lũy kế 171,3 tỷ đồng, đạt 52,1% dự toán": the subject is in the clause before). Not
    for other figures: a long sentence names words of its other figures ("03 Tổ công tác kiểm
    tra, hướng dẫn ... dịch vụ công trực tuyến")."""
    whole = {g: x for g, x in contrast_marks(sentence).items() if len(x) == 1} if sentence else {}
    return {**whole, **contrast_marks(context), **contrast_marks(key_toks), **contrast_marks(phrase)}


def _subject_sentence(item) -> frozenset:
    """The sentence figure_marks may read for a figure whose own words name no subject: a percent
    ("đạt 52,1% dự toán") or a key of nothing but its unit ("lũy kế 171,3 tỷ đồng")."""
    return item.sentence if item.key.startswith("percent") or weak_key(item.key) else frozenset()


def contrasting(a: dict, b: dict) -> bool:
    """True when two figures (their figure_marks) name different sides of one contrast and no
    side in common ("kết nạp đảng viên" / "xóa tên đảng viên"); naming both sides contrasts
    with neither. Equal marks never contrast (every figure whose words lack "nữ" names the
    side "!nữ": most pairs are equal, and a dict comparison is quicker than the walk)."""
    return bool(a) and bool(b) and a != b and any(g in b and not (x & b[g]) for g, x in a.items())


_PLAN_WORD_SETS = tuple(frozenset(p.split()) for p in vocab.PLAN_WORDS[1:])
_SCALE_WORDS = frozenset(("tỷ", "triệu", "nghìn", "ngàn"))


@lru_cache(maxsize=65536)
def as_key(words: frozenset, scale: frozenset = frozenset()) -> frozenset:
    """A set of key and context words read as key_content reads a key: one word for a plan and
    a sum without its scale. A column "So dự toán (%)" of a row "Chi ngân sách địa phương"
    against "Tổng chi ngân sách ... 231,2 tỷ đồng, đạt 48,1% dự toán" (a key "dự toán", read
    "kế hoạch", with the clause "tổng chi ngân sách tỷ đồng"). `scale` stands for the scale
    instead (as_sentence)."""
    out = words
    for plan in _PLAN_WORD_SETS:
        if plan <= out:
            out = (out - plan) | _PLAN_SYLLABLES
    if "đồng" in out and out & _SCALE_WORDS:
        out = (out - _SCALE_WORDS) | scale
    return out


_ONE_SCALE = frozenset(("tỷ",))


@lru_cache(maxsize=65536)
def as_sentence(words: frozenset) -> frozenset:
    """A sentence's words as as_key reads them, a sum's scale kept as one word (two sentences
    that both name a sum share it): "12 công trình thanh niên với tổng giá trị 640 triệu đồng" /
    "8 công trình thanh niên, trị giá 0,52 tỷ đồng"."""
    return as_key(words, _ONE_SCALE)


@lru_cache(maxsize=65536)
def content_words(key: str) -> frozenset[str]:
    """The words of a key's content as matching reads it (key_content), as a set."""
    return frozenset(key_content(key)[1].split())


_PLAN_SYLLABLES = frozenset(vocab.PLAN_WORDS[0].split())
# Sentence words that are no subject: the plan (the key has it, as one word) and a sum's scale
# ("128,5 tỷ đồng" one month, "15.600 triệu đồng" the next)
_NOT_SUBJECT = frozenset(w for p in vocab.PLAN_WORDS for w in p.split()) | frozenset(
    ("tỷ", "triệu", "nghìn", "ngàn", "đồng"))


@lru_cache(maxsize=65536)
def plan_only(key: str) -> bool:
    """A key that names nothing but the plan a figure is measured against ("percent|dự toán" of
    "Thu ngân sách ... 128,5 tỷ đồng, đạt 55,6% dự toán năm"): its subject is elsewhere in
    the sentence, so matching reads the sentence's words as the key's."""
    words = content_words(key)
    return bool(words) and words <= _PLAN_SYLLABLES


@lru_cache(maxsize=65536)
def weak_key(key: str) -> bool:
    """A key whose phrase holds nothing but its unit's words ("count:đảng viên|đảng viên"): the
    extractor found no words for the figure."""
    unit, content = key_content(key)
    return bool(unit) and set(content.split()) <= set(unit.split())


def jaccard(a: frozenset, b: frozenset) -> float:
    if not a or not b:
        return 0.0
    common = len(a & b)     # |a | b| without building the union
    return common / (len(a) + len(b) - common)


# Kinds that may hold the same indicator: "3.547.970 nhân khẩu/ tổng số 3.725.678" one month,
# "3.547.970 nhân khẩu" the next (the series value of a fraction is its numerator).
KIND_FAMILY = {"fraction": "count"}


def kind_family(kind: str) -> str:
    return KIND_FAMILY.get(kind, kind)


def units_compatible(a: str, b: str) -> bool:
    """Same unit, or one is the other with words or listed nouns added ("lượt người" / "lượt
    người dự", "phản ánh" / "phản ánh, kiến nghị"), or a general word for people against a kind
    of people ("đồng chí" / "đảng viên"). Words are compared without the list's commas."""
    if a == b:
        return True
    if (a in vocab.GENERIC_PERSON_UNITS and (b in vocab.PERSON_UNITS or b in vocab.GENERIC_PERSON_UNITS)
            or b in vocab.GENERIC_PERSON_UNITS and a in vocab.PERSON_UNITS):
        return True
    ta, tb = a.replace(",", " ").split(), b.replace(",", " ").split()
    return bool(ta) and bool(tb) and (ta == tb[:len(ta)] or tb == ta[:len(tb)])


_PEOPLE_COUNTER = {u: frozenset(u.split()) for u in vocab.GENERIC_PERSON_UNITS}


def _unit_in_header(unit: str, item, s) -> bool:
    """A count without a unit whose words around it name the other's unit: a table cell under
    "Số ca mắc" against "14 ca mắc" (either may come first); or a table cell whose row label the
    series' words name in full ("Sốt xuất huyết" under "Cộng dồn" / "Sốt xuất huyết: ... cộng dồn
    63 ca")."""
    if not unit and s.unit:
        if set(s.unit.split()) <= item.context:
            return True
        # a cell under "Cộng dồn" whose row ("Sốt xuất huyết") the series' figures name in full
        row = key_tokens(item.key)
        return not item.sentence and bool(row) and any(row <= v[0] | v[1] | v[4] for v in s.variants.values())
    if unit and not s.unit:
        need = set(unit.split())
        return any(need <= v[1] for v in s.variants.values())
    return False


def similarity(key_a: str, key_b: str) -> float:
    """0 when kinds differ or units are incompatible, else Jaccard of the key syllables."""
    ka, ua, _ = split_key(key_a)
    kb, ub, _ = split_key(key_b)
    if kind_family(ka) != kind_family(kb) or not units_compatible(ua, ub):
        return 0.0
    return jaccard(key_tokens(key_a), key_tokens(key_b))


# ---------------------------------------------------------------------------- scope

_CLAUSE_END = regex.compile(r"[;!?\n]|\.(?=\s|$)")
_SENTENCE_END = regex.compile(r"[!?\n]|\.(?=\s|$)")


def _bounds(text: str, start: int, ends: regex.Pattern = _CLAUSE_END) -> tuple[int, int]:
    """Clause (or sentence) around `start`: split on ; ! ? newline and on a '.' that ends a
    sentence (followed by a space or the end), never on the '.' grouping digits in "2.028"."""
    return boundary_span(text, start, start, ends)


def fact_scope(paragraph_text: str, start: int) -> str:
    """'cumulative' | 'period' | 'document' for the figure at `start`.

    The nearest cue before the figure in its sentence decides ("Trong tháng, kết nạp 5 ...,
    nâng tổng số lên 1.200" gives period then cumulative), except that a running total's cue of
    an earlier clause gives 'period' to a figure whose own clause has a running total's cue after
    it ("...; tay chân miệng 6 ca, cộng dồn 29 ca"); parentheses closed before the
    figure are skipped, their cues belong to the figures inside them; a figure in brackets right
    after a plan word is the plan ("đạt 46,7% chỉ tiêu năm (30 đảng viên)": 'document'). With no cue before,
    a cue right after the figure (before the next comma or number) counts. 'document' means
    inherit the document period's cumulative flag.
    """
    text, cues, _ = _fold_cached(paragraph_text)
    if not cues:
        return "document"
    return _scope_in(text, cues, start, _bounds(text, start, _SENTENCE_END))


def _scope_in(text: str, cues: tuple, start: int, sentence: tuple[int, int]) -> str:
    """fact_scope in the folded paragraph `text`, given its `cues` and the figure's sentence."""
    # a cue governs its whole sentence ("Tính đến ngày 15/9, ... 3.830.878 lượt ...; 2.725.227
    # tài khoản") until a nearer cue takes over ("trong quý 12 ...; lũy kế 37")
    left, right = sentence
    before = text[left:start]
    while ")" in before:   # drop closed (...) groups, innermost first
        reduced = _INNER_PARENS.sub(lambda m: " " * len(m.group()), before)
        if reduced == before:
            break
        before = reduced
    if "(" in before and _PLAN_IN_PARENS.search(before):
        # the plan a percent was measured against, in brackets after it ("Lũy kế 6 tháng kết
        # nạp 14 đảng viên, đạt 46,7% chỉ tiêu năm (30 đảng viên)"): the year's target, no total
        return "document"
    best = None   # (position, scope)
    for pattern, scope in cues:
        for m in pattern.finditer(before):
            if best is None or m.start() > best[0]:
                best = (m.start(), scope)
    if best:
        if best[1] == "cumulative" and best[0] < _bounds(text, start)[0] - left:
            # a running total's cue of an earlier clause does not reach a figure whose own clause
            # gives its running total after it ("trong tháng 14 ca, cộng dồn 63 ca; tay chân
            # miệng 6 ca, cộng dồn 29 ca": 6 is the month's)
            clause_end = _bounds(text, start)[1]
            num = _NUM_RUN.match(text, start, clause_end)
            if any(pattern.search(text, num.end() if num else start, clause_end)
                   for pattern, scope in cues if scope == "cumulative"):
                return "period"
        return best[1]
    num = _NUM_RUN.match(text, start, right)
    after_start = num.end() if num else start
    stop = _AFTER_STOP.search(text, after_start, right)
    after = text[after_start:stop.start() if stop else right]
    found = {scope for pattern, scope in cues if pattern.search(after)}
    if "period" in found:
        return "period"
    if "cumulative" in found:
        return "cumulative"
    return "document"


@lru_cache(maxsize=16384)   # like the paragraph memo of extract_report
def fact_context(paragraph_text: str, start: int, header: str = "") -> tuple[str, str, str, str]:
    """The fact_context row of the figure at `start` (scope, context, sentence, phrase),
    remembered: reports repeat paragraphs (boilerplate, a report sent again) and so their figures.
    In a table cell the column `header` also speaks: "Lũy kế 8 tháng" makes a running total and
    "Tháng 8" a month's figure (when the cell says neither), and its words open the clause
    context that tells two columns of one row apart; a header naming an earlier period ("Cùng
    kỳ", BASELINE_HEADERS) keeps those words, stop words as they are, so that its cells stay out
    of the series of the period's own figures (names_baseline).

    The same as fact_scope, clause_context, sentence_words and figure_phrase of the figure,
    with the clause and sentence bounds found once."""
    folded, cues, aligned = _fold_cached(paragraph_text)
    clause = _bounds(paragraph_text, start)
    sentence_bounds = _bounds(paragraph_text, start, _SENTENCE_END)
    scope = "document"
    if cues:
        scope = _scope_in(folded, cues, start,
                          sentence_bounds if aligned else _bounds(folded, start, _SENTENCE_END))
    context = " ".join(content_syllables(paragraph_text[clause[0]:start])[-12:])
    sentence = " ".join(content_syllables(paragraph_text[sentence_bounds[0]:sentence_bounds[1]]))
    phrase = _phrase_in(folded, start, clause if aligned else _bounds(folded, start))
    head = " ".join((header or "").split())
    if head:
        if scope == "document":
            scope = fact_scope(head + " 0", len(head) + 1)
        words = clause_context(head, len(head)).split()
        base = _BASELINE.search(_fold(head))
        if base:
            words = base.group().split() + words
        context = " ".join(dict.fromkeys(words + context.split()))
    return scope, context, sentence, phrase


def names_baseline(context: frozenset) -> bool:
    """Whether a figure's context is that of a cell under an earlier period's column ("Cùng
    kỳ"): fact_context keeps those words for such a header only (each holds a stop word)."""
    # most contexts hold none of those words (each header phrase holds a stop word)
    return not context.isdisjoint(_ANY_BASELINE_WORD) and any(words <= context for words in _BASELINE_WORDS)


_PLAN_PHRASES = tuple(frozenset(p.split()) for p in vocab.PLAN_WORDS)


@lru_cache(maxsize=65536)
def names_plan(key: str, phrase: frozenset = frozenset()) -> bool:
    """Whether a count is a plan: its key or its own words name one (PLAN_WORDS: "Chỉ tiêu kết
    nạp đảng viên năm 2024 là 30 đảng viên", "Chỉ tiêu năm: kết nạp 30 đảng viên", "đạt 46,7%
    chỉ tiêu năm (30 đảng viên)"). A plan and what was done share their words but for the plan
    word ("kết nạp 8 đảng viên"), so they never share a series. Only counts: a percent is
    measured against a plan ("đạt 70% chỉ tiêu"), a fraction is what was done over the plan
    ("kết nạp 44/158 đảng viên"), and a sum's plan is often named without a plan word ("Vốn
    đầu tư công giao 104,0 tỷ đồng" the year after "Kế hoạch vốn đầu tư công giao 96,5 tỷ")."""
    if split_key(key)[0] != "count":
        return False
    return _PLAN_SYLLABLES <= content_words(key) or any(p <= phrase for p in _PLAN_PHRASES)


def _standing(item) -> tuple[bool, bool]:
    """What a figure stands for besides the period's own result: an earlier period's figure (a
    cell under "Cùng kỳ", names_baseline) or a plan (names_plan). A figure joins no series, not
    even by its key, whose figures stand for another."""
    return names_baseline(item.context), names_plan(item.key, item.phrase)


_PHRASE_BEFORE = regex.compile(r"[,;()]|\d[\d.,/%]*|(?<!\p{L})và(?!\p{L})")
_PHRASE_AFTER = regex.compile(r"[,;()]|\d|(?<!\p{L})và(?!\p{L})")
_FIRST_NUMBER = regex.compile(r"\d[\d.,/%]*")


def figure_phrase(paragraph_text: str, start: int) -> str:
    """Content syllables of the words that belong to the figure alone: from the last comma,
    "và", bracket or number before it, to the next one after it (in its clause). "4 đồng chí học
    cao cấp ... và 30 đồng chí học trung cấp ...": the extractor gives both figures the whole
    clause, this gives each its own half. Repeats kept; abbreviations read as their words;
    CONTRAST_BODIES left out."""
    text = _fold_cached(paragraph_text)[0]
    return _phrase_in(text, start, _bounds(text, start))


def _phrase_in(text: str, start: int, clause: tuple[int, int]) -> str:
    """figure_phrase in the folded paragraph `text`, given the figure's clause."""
    left, right = clause
    num = _FIRST_NUMBER.search(text, start, min(right, start + 40))
    after_start = num.end() if num else start
    stop = _PHRASE_AFTER.search(text, after_start, right)
    before = _after_last_cut(text[left:start])
    if not before.strip() and "(" in text[left:start]:
        # a figure in brackets right after a plan word is the plan ("đạt 46,7% chỉ tiêu năm (30
        # đảng viên)"): its words are the plan's (names_plan)
        plan = _PLAN_IN_PARENS.search(text, left, start)
        if plan:
            before = plan.group().rstrip(" (")
    return _phrase_words(before + " " + text[after_start:stop.start() if stop else right])


@lru_cache(maxsize=16384)   # the clause before a figure recurs in paragraphs that differ after it
def _after_last_cut(before: str) -> str:
    """The words of `before` after its last comma, "và", bracket or number."""
    cut = None
    for cut in _PHRASE_BEFORE.finditer(before):
        pass
    return before[cut.end():] if cut is not None else before


@lru_cache(maxsize=16384)   # the words around a figure recur more than its paragraph does
def _phrase_words(words: str) -> str:
    """figure_phrase's syllables of the (folded) words before and after the figure."""
    syl = [m for s in canonical_verbs([s for tok in words.split() for s in _token_syllables(tok)])
           for m in match_syllables(s)]
    syl = [w for w in _without_stop_phrases(syl) if w not in vocab.STOP_SYLLABLES]
    joined = " " + " ".join(syl) + " "
    for body in vocab.CONTRAST_BODIES:
        joined = joined.replace(" " + body + " ", " ")
    return " ".join(joined.split())


def sentence_words(paragraph_text: str, start: int) -> str:
    """Content syllables of the whole sentence holding the figure (numbers removed)."""
    left, right = _bounds(paragraph_text, start, _SENTENCE_END)
    return " ".join(content_syllables(paragraph_text[left:right]))


def clause_context(paragraph_text: str, start: int, width: int = 12) -> str:
    """Content syllables of the clause just before the figure (at most `width`): the words that
    tell two figures with the same generic key ("đạt tỷ lệ X%") apart."""
    left, _ = _bounds(paragraph_text, start)
    syl = content_syllables(paragraph_text[left:start])
    return " ".join(syl[-width:])


# ---------------------------------------------------------------------------- series

@dataclass(slots=True)   # one per fact of an archive: small and quick to make
class Item:
    """One fact to place in a series."""
    fact_id: int
    key: str
    context: frozenset = frozenset()     # clause before the figure (tie-breaker)
    sentence: frozenset = frozenset()    # whole sentence (second chance for rewording)
    phrase: frozenset = frozenset()      # the figure's own words (figure_phrase): contrasts
    scope: str | None = None             # 'period' | 'cumulative' | None (either): series_scope


@dataclass
class _Series:
    name: str
    kind: str
    unit: str
    order: int
    keys: set = field(default_factory=set)
    # key -> (key tokens, context, sentence, marks, phrase, unit only: "stock" | "total" | "unnamed" | "")
    variants: dict = field(default_factory=dict)
    indexed: set = field(default_factory=set)      # tokens already in the by-token index
    sentences: set = field(default_factory=set)    # sentences whose tokens are all in `indexed`
    contexts: set = field(default_factory=set)     # the contexts of `variants`, once each
    scopes: set = field(default_factory=set)       # series_scope of its facts (None left out)
    baselines: set = field(default_factory=set)    # _standing of its facts: earlier period, plan


def series_scope(scope: str, cumulative: bool, starts_year: bool, beside_total: bool = False) -> str | None:
    """What a figure counts, for matching: 'cumulative' (a running total: "lũy kế 7 tháng 2.870
    lao động"), 'period' (one month or quarter: "trong tháng 410 lao động"), or None when the
    text does not say or both are the same (the first quarter's or January's own figure is also
    the year to date). fact_scope gives `scope`; `starts_year` says whether the report's period
    starts on 1 January. A figure of a single-period report (`cumulative` false) that says
    nothing, in a paragraph that also gives a running total of its kind and unit (`beside_total`:
    "Xảy ra 3 vụ tai nạn giao thông ... Lũy kế 7 tháng xảy ra 19 vụ"), is the period's own. The
    report's flag alone says nothing: a report counting from January also gives stocks and
    plans ("11 nội dung cần tập trung thực hiện trong quý II")."""
    if scope == "cumulative":
        return "cumulative"
    if scope == "period" or (scope == "document" and beside_total and not cumulative):
        return None if starts_year else "period"
    return None


def scope_conflict(scope: str | None, scopes: set) -> bool:
    """A running total never continues an in-month series, nor the reverse ("trong tháng 385 lao
    động; từ đầu năm 3.255 người"): the series' figures say one, the fact the other."""
    return bool(scope) and bool(scopes) and scope not in scopes


def match_series(docs, fixed: dict | None = None, threshold: float = THRESHOLD) -> dict:
    """Assign every fact of one organisation's documents to a series.

    docs: iterable of (doc_id, [Item, ...]) in chronological order (the caller orders them).
    fixed: {indicator_key: series_key} from indicator_map; those facts go there, method 'map'.
    Returns {(doc_id, fact_id): (series_key, method)}, method in map | key | fuzzy:
      key    the fact's key already names a member of the series (or starts a new one);
      fuzzy  joined a series whose keys differ: same kind family; compatible unit (or phrases
             without units nearly equal); key Jaccard >= threshold or sentence Jaccard >=
             SENTENCE_THRESHOLD. Candidates are ranked by the sum of both.
    A series takes at most one automatically matched fact per document; a second fact with a
    key already used in the document starts "key#2" (told apart next time by its context).
    Deterministic: same input, same output.
    """
    return {k: v for out in iter_series(docs, fixed, threshold) for k, v in out}


def _context_score(context: frozenset, contexts: set) -> float:
    """The best Jaccard of a clause context against a series' contexts: a series' reports
    mostly repeat the words before a figure, and equal sets score 1.0, the most there is."""
    if not context:
        return 0.0
    if context in contexts:
        return 1.0
    return max(jaccard(context, c) for c in contexts)


def iter_series(docs, fixed: dict | None = None, threshold: float = THRESHOLD):
    """match_series, one document at a time: yields each document's [((doc_id, fact_id),
    (series_key, method))] once it is placed, so a caller can stream an archive through it
    (only the series seen so far are kept, not the documents)."""
    fixed = fixed or {}
    series: dict[str, _Series] = {}
    by_key: dict[str, list[str]] = {}
    by_token: dict[tuple[str, str], dict[str, set[str]]] = {}

    def ensure(name: str, key: str) -> _Series:
        if name not in series:
            kind, unit, _ = split_key(key)
            series[name] = _Series(name, kind, unit, len(series))
        return series[name]

    def add(s: _Series, item: Item, toks: frozenset, base: tuple) -> None:
        if item.scope:
            s.scopes.add(item.scope)
        s.baselines.add(base)
        if item.key not in s.keys:
            s.keys.add(item.key)
            by_key.setdefault(item.key, []).append(s.name)
        new_key = item.key not in s.variants
        if new_key:
            s.variants[item.key] = (toks, item.context, as_sentence(item.sentence),
                                    figure_marks(key_tokens(item.key), item.phrase, item.context,
                                                 _subject_sentence(item)), item.phrase,
                                    _unit_only(item.fact_id))
            s.contexts.add(item.context)
        # a series meets the same words again and again (one fact per report): index new ones
        # only; a known key's tokens (key_tokens of it) and a known sentence's are all there
        new_sentence = item.sentence not in s.sentences
        if not (new_key or new_sentence):
            return
        if new_sentence:
            s.sentences.add(item.sentence)
        fresh = ((toks | item.sentence) if new_key and new_sentence
                 else toks if new_key else item.sentence) - s.indexed
        if fresh:
            s.indexed |= fresh
            bucket = by_token.setdefault(kind_family(s.kind), {})
            for t in fresh:
                bucket.setdefault(t, set()).add(s.name)

    # this document's facts whose key is only their unit: a count of that unit alone (`stocks`),
    # or named by their sentence (`unnamed`), among them a flow's running total (`flow_totals`,
    # see `totals` below); a table cell (no sentence) is neither
    stocks: set = set()
    unnamed: set = set()
    flow_totals: set = set()

    def _unit_only(fact_id: int) -> str:
        return ("stock" if fact_id in stocks else "total" if fact_id in flow_totals
                else "unnamed" if fact_id in unnamed else "")

    def by_key_alone(it: Item, s: _Series) -> bool:
        """Whether a fact may join `s` by its key alone, when the key says little. A key that is
        only its unit: a count of the unit alone ("Hội viên toàn huyện: 12.546 hội viên")
        continues another such count, not a figure its sentence names ("Trong tháng kết nạp mới
        33 hội viên; lũy kế 417 hội viên"); such a one needs its sentence or the words before it
        (or none before either) to agree with the series' ("...; lũy kế 262 đoàn viên" is not
        "Tổng số đoàn viên 4.312 đoàn viên"). A key of one word as matching reads it (a general
        people unit left out: "trong đó nữ 4 đồng chí" is nữ) names a part of what its sentence
        counts: the sentences must agree ("Quý IV kết nạp 10 đảng viên, trong đó nữ 4 đồng chí" /
        "Đến nay Đảng bộ có 866 đảng viên, trong đó nữ 301 đồng chí"). Either may still join by
        similarity."""
        if it.fact_id in stocks:
            return s.variants[it.key][5] == "stock"
        if it.fact_id not in unnamed:
            if not it.sentence or len(key_tokens(it.key)) != 1:
                return True
            sentence = as_sentence(it.sentence)
            return any(jaccard(sentence, v[2]) >= SENTENCE_THRESHOLD for v in s.variants.values())
        if s.variants[it.key][5] == "stock" or s.variants[it.key][5] == "total" and not it.scope:
            # nor does a figure that says no scope continue a flow's total by the unit alone
            # ("Phát triển mới 48 đoàn viên; lũy kế 262 đoàn viên" / "Có 4.401 đoàn viên")
            return False
        sentence = as_sentence(it.sentence)
        return any(jaccard(sentence, v[2]) >= SENTENCE_THRESHOLD or it.context == v[1]
                   or jaccard(it.context, v[1]) >= THRESHOLD for v in s.variants.values())

    for doc_id, items in docs:
        out: list = []       # this document's assignments, in the order they are made
        used: set[str] = set()
        pending = []
        bases: dict[int, tuple] = {}    # item idx -> _standing: an earlier period's figure, a plan
        for idx, it in enumerate(items):
            if not it.key:
                continue
            toks = key_tokens(it.key)
            if it.key in fixed:
                s = ensure(fixed[it.key], it.key)
                add(s, it, toks, _standing(it))
                used.add(s.name)
                out.append(((doc_id, it.fact_id), (s.name, "map")))
            else:
                marks = figure_marks(toks, it.phrase, it.context, _subject_sentence(it))
                if plan_only(it.key):
                    # "đạt 55,6% dự toán": the subject is a clause earlier, in the sentence
                    toks = toks | (it.sentence - _NOT_SUBJECT)
                pending.append((idx, it, toks, marks))
                bases[idx] = _standing(it)
        placed: set[int] = set()
        # a running total named by its unit only, beside the period's own figure of that unit
        # ("Trong tháng kết nạp mới 33 hội viên; lũy kế 417 hội viên"), is that flow's total:
        # it never continues, not even by its key, a series of figures that say no scope (a
        # stock: "Hội viên toàn huyện: 12.546 hội viên")
        flows = {(it.sentence, split_key(it.key)[1]) for _, it, _, _ in pending if it.scope == "period"}
        totals = {idx for idx, it, _, _ in pending if it.scope == "cumulative" and weak_key(it.key)
                  and (it.sentence, split_key(it.key)[1]) in flows}
        # a key that is only its unit names what is counted when its sentence says nothing but
        # the units of its figures ("Hội viên toàn huyện: 12.546 hội viên", "Có 12.579 hội viên,
        # 97 chi hội"): the count of that unit, a stock. Otherwise the sentence names it.
        units: dict[frozenset, set] = {}
        for _, it, _, _ in pending:
            units.setdefault(it.sentence, set()).update(split_key(it.key)[1].replace(",", " ").split())
        stocks.clear()
        unnamed.clear()
        flow_totals.clear()
        flow_totals.update(it.fact_id for idx, it, _, _ in pending if idx in totals)
        for _, it, _, _ in pending:
            if it.sentence and weak_key(it.key):
                (stocks if it.sentence <= units[it.sentence] else unnamed).add(it.fact_id)

        def assign(cands):
            # (score, item, series order) differs between any two candidates: a plain sort
            # never reaches the items
            cands.sort()
            for _, idx, _, it, toks, n, method in cands:
                if idx in placed or n in used:
                    continue
                placed.add(idx)
                used.add(n)
                add(series[n], it, toks, bases[idx])
                out.append(((doc_id, it.fact_id), (n, method)))

        # round 1: same key (cands: -score, item idx, series order, item, toks, series, method)
        cands = []
        for idx, it, toks, marks in pending:
            base = bases[idx]
            total = idx in totals
            for n in by_key.get(it.key, ()):
                if n in used:
                    continue
                s = series[n]
                # a cell under "Cùng kỳ" is last year's figure, not this period's
                if base not in s.baselines:
                    continue
                # one generic key ("đạt 24,3% dự toán"), two indicators: its words tell them apart
                # (no marks, no contrast; no scope, no conflict: the calls are skipped)
                if marks and contrasting(marks, s.variants[it.key][3]):
                    continue
                if it.scope and scope_conflict(it.scope, s.scopes) or total and not s.scopes:
                    continue
                if not by_key_alone(it, s):
                    continue
                ctx = _context_score(it.context, s.contexts)
                cands.append((-(2.0 + CONTEXT_WEIGHT * ctx), idx, s.order, it, toks, n, "key"))
        assign(cands)
        # round 2: similar key or sentence, for facts round 1 left over (also those whose key
        # was taken by a better-placed fact of the same document)
        cands = []
        for idx, it, toks, marks in pending:
            if idx in placed:
                continue
            kind, unit, _ = split_key(it.key)
            bucket = by_token.get(kind_family(kind), {})
            names = set().union(*(bucket.get(t, ()) for t in toks | it.sentence)) - used
            content = content_words(it.key)
            # a count of its unit alone names it (by_key_alone); other unit-only keys name nothing
            stock = it.fact_id in stocks
            weak = weak_key(it.key) and not stock
            base = bases[idx]
            sentence = as_sentence(it.sentence)
            for n in names:
                s = series[n]
                if it.scope and scope_conflict(it.scope, s.scopes) or base not in s.baselines:
                    continue
                # a wording that two series share (one clause naming two figures: "4 đồng chí học
                # cao cấp ... và 30 đồng chí học trung cấp ...") says nothing about which is which
                # (unless the series' own wordings are only its unit: "lũy kế từ đầu năm 21,7 tỷ đồng"
                # one month, "Thanh toán vốn trong tháng 7,9 tỷ đồng, lũy kế 29,6 tỷ đồng" the next)
                kvs = [kv for kv in s.variants.items() if len(by_key[kv[0]]) == 1]
                if not any(not weak_key(k) for k, _ in kvs):
                    kvs = list(s.variants.items())
                # a look-alike ("xóa tên" against "kết nạp" đảng viên) is not the same indicator
                if marks:
                    kvs = [kv for kv in kvs if not contrasting(marks, kv[1][3])]
                if not kvs:
                    continue
                vs = [v for _, v in kvs]
                # a series' key that is only its unit ("lũy kế 21,7 tỷ đồng") names nothing either:
                # only sentences meet it ("Kế hoạch vốn năm 2024: 86,4 tỷ đồng với 24 dự án")
                named = [v for v in vs if v[5] not in ("unnamed", "total")] if stock else vs
                if not units_compatible(unit, s.unit) and not _unit_in_header(unit, it, s) and max(
                        jaccard(content, content_words(k)) for k in s.variants) < UNIT_FREE_THRESHOLD:
                    continue
                # a key that is only its unit ("lũy kế 9 tháng 74 đảng viên": đảng viên|đảng viên)
                # says the unit agrees, nothing more: only the sentence can place it
                jk = 0.0 if weak or not named else max(jaccard(toks, v[0]) for v in named)
                if not weak and (not it.sentence or any(not v[2] for v in named)):
                    # a table cell has no sentence: its row (key) and column (context) name it
                    # ("Sốt xuất huyết" | "Số ca mắc" / "trong tháng 14 ca mắc" of "Sốt xuất huyết:")
                    # (less a general people unit, as in key_tokens: "chết 2 người")
                    counter = _PEOPLE_COUNTER.get(unit, frozenset()) | _PEOPLE_COUNTER.get(s.unit, frozenset())
                    jk = max(jk, max((jaccard(as_key(toks | it.context) - counter, as_key(v[0] | v[1]) - counter)
                                     for v in named if not it.sentence or not v[2]), default=0.0))
                if not weak and it.phrase:
                    # the figure's own words hold what the extractor's phrase may leave out
                    # ("Sốt xuất huyết: trong tháng 14 ca mắc" gives ca mắc; "Ghi nhận 21 ca sốt
                    # xuất huyết" the next month), read as a key is (a sum without its scale)
                    jk = max(jk, max((jaccard(as_key(toks | it.phrase), as_key(v[0] | v[4])) for v in named if v[4]),
                                     default=0.0))
                jc = max(jaccard(it.context, v[1]) for v in vs)
                js = max(jaccard(sentence, v[2]) for v in vs)
                if jk >= threshold or js >= SENTENCE_THRESHOLD:
                    agree = SCOPE_WEIGHT if it.scope and it.scope in s.scopes else 0.0
                    cands.append((-(jk + js + CONTEXT_WEIGHT * jc + agree), idx, s.order, it, toks, n, "fuzzy"))
        assign(cands)
        for idx, it, toks, marks in pending:
            if idx in placed:
                continue
            name, k = it.key, 1
            total = idx in totals
            while name in series and (total and not series[name].scopes or name in used
                                      or it.key not in series[name].keys
                                      or contrasting(marks, series[name].variants[it.key][3])
                                      or scope_conflict(it.scope, series[name].scopes)
                                      or bases[idx] not in series[name].baselines
                                      or not by_key_alone(it, series[name])):
                k += 1
                name = f"{it.key}#{k}"
            s = ensure(name, it.key)
            add(s, it, toks, bases[idx])
            used.add(name)
            out.append(((doc_id, it.fact_id), (name, "key")))
        yield out

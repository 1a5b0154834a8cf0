"""Reading the words around a number: its unit, its qualifier, its clause.

All functions take the paragraph text and character positions, so offsets stay exact.
"""
from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

import regex
# a number repeated in words in brackets right after the digits: "02 (hai)", "01 (một)"
_SPELLED_ECHO = regex.compile(
    r"\(\s*(?:(?:một|hai|ba|bốn|tư|năm|lăm|sáu|bảy|bẩy|tám|chín|mười|mươi|trăm|nghìn|ngàn|mốt|linh|lẻ|chục|rưỡi|triệu|tỷ|không|phẩy|trên)\s*)+\)", regex.I)
_LAST_WORD = regex.compile(r"[\p{L}\p{M}\d]+$")
_LAST_WORD_R = regex.compile(r"(?r)[\p{L}\p{M}\d]+")     # the same, matched back from the end
_SENTENCE = regex.compile(r"[;\n]|(?<!\d)\.(?!\d)|\.(?=\s)")

from . import vocab

WORD = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}\d]*")
_SPACES = regex.compile(r"[ \t]*")
# Clause boundaries: ; : ( ) and sentence dots/commas that are not inside a number.
_BOUNDARY = regex.compile(r"[;:()\[\]\n]|(?<!\d)[.,](?!\d)|[.,](?=\s)|…")


def word_led_matches(pattern, words, text: str):
    """pattern.finditer(text) for a case-insensitive pattern whose matches each open with one of
    the words matched by `words` (case-sensitive, lower case) right after a non-letter: tried
    only where the lower-cased text has such a word, since the regex module tries a
    case-insensitive pattern at every position, which costs more. A match opening after a
    non-letter never starts inside another word's letters, which the word scan steps over.
    Lower-casing keeps positions unless it changes the length ("İ"); "ſ" matches "s" under
    regex.I without lower-casing to it: both fall back to the full scan."""
    low = text.lower()
    if len(low) != len(text) or "ſ" in text:
        yield from pattern.finditer(text)
        return
    pos = 0
    for c in words.finditer(low):
        if c.start() >= pos:
            m = pattern.match(text, c.start())
            if m:
                pos = m.end()
                yield m


def skip_spaces(text: str, pos: int) -> int:
    c = text[pos:pos + 1]
    if c != " " and c != "\t":      # most positions have no space to skip
        return pos
    return _SPACES.match(text, pos).end()


def char_before(text: str, pos: int) -> str:
    """The last non-space character before pos, "" if none: text[:pos].rstrip()[-1:] without
    copying the text before pos (asked for many numerals of long paragraphs)."""
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return text[pos - 1:pos] if pos > 0 else ""


def _is_boundary_before(text: str, i: int) -> bool:
    return i == 0 or not (text[i - 1].isalnum())


def _is_boundary_after(text: str, j: int) -> bool:
    return j >= len(text) or not text[j].isalnum()


@lru_cache(maxsize=256)
def _alternation(phrases: tuple[str, ...], case_sensitive: bool, anchored_end: bool):
    alts = "|".join(regex.escape(p) for p in sorted(phrases, key=len, reverse=True))
    flags = 0 if case_sensitive else regex.I
    if anchored_end:
        # reverse (?r): matched back from the end position in one attempt instead of a search
        # over the window; the first (longest) phrase that fits wins, as the leftmost start did
        return regex.compile(rf"(?r)(?<![\p{{L}}\p{{M}}\d])(?:{alts})", flags), \
            _edge_chars(phrases, case_sensitive, -1)
    return regex.compile(rf"(?:{alts})(?![\p{{L}}\p{{M}}\d])", flags), _edge_chars(phrases, case_sensitive, 0)


def _edge_chars(phrases: tuple[str, ...], case_sensitive: bool, i: int) -> frozenset[str] | None:
    """The characters that phrases have at index i (0 or -1), to turn away most positions before
    the regex: all of them when case matters; otherwise the ASCII ones in lower case, for a
    text character that is ASCII (in lower case). An ASCII character folds only to its two
    cases, unless a phrase opens (ends) with a character folding to ASCII ("ſ", Kelvin "K"),
    and then no position is turned away (None), as when a phrase is empty."""
    edges = {p[i] for p in phrases if p}
    if len(edges) == 0 or not all(phrases):
        return None
    if case_sensitive:
        return frozenset(edges)
    if any(not e.isascii() and any(ch.isascii() for ch in e.lower() + e.upper() + e.casefold())
           for e in edges):
        return None
    return frozenset(e.lower() for e in edges if e.isascii())


def _turned_away(c: str, edges: frozenset[str] | None, case_sensitive: bool) -> bool:
    """No phrase can have c at that edge ("" past the text's end: no phrase fits there)."""
    if edges is None:
        return False
    if case_sensitive:
        return c not in edges
    return c.isascii() and c.lower() not in edges


_BY_ID: dict[tuple, tuple] = {}


def _pattern(phrases, case_sensitive: bool, anchored_end: bool):
    """_alternation for `phrases` (the pattern and its _edge_chars), looked up by the tuple's
    identity: callers pass the same tuples (vocab's cached lists, constants) ~100k times, and
    hashing a 200-phrase tuple as a cache key costs more than the match. The entry holds the
    tuple, so its id cannot be reused meanwhile."""
    if type(phrases) is not tuple:
        return _alternation(tuple(phrases), case_sensitive, anchored_end)
    key = (id(phrases), case_sensitive, anchored_end)
    hit = _BY_ID.get(key)
    if hit is None or hit[0] is not phrases:
        if len(_BY_ID) >= 256:
            _BY_ID.clear()
        hit = _BY_ID[key] = (phrases, _alternation(phrases, case_sensitive, anchored_end))
    return hit[1]


def phrase_at(text: str, pos: int, phrases, case_sensitive=False):
    """Longest phrase from `phrases` starting at pos (whole words). Returns (phrase, end) or None."""
    pattern, edges = _pattern(phrases, case_sensitive, False)
    if _turned_away(text[pos:pos + 1], edges, case_sensitive):
        return None
    m = pattern.match(text, pos)
    return (m.group(0), m.end()) if m else None


def phrase_before(text: str, pos: int, phrases, case_sensitive=False):
    """Longest phrase from `phrases` ending right before pos (spaces skipped). Returns (phrase, start) or None."""
    j = pos
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    lo = max(0, j - 40)
    if text[j - 1:j] == "\n":
        j -= 1        # a newline is skipped too (as "$" matched before a final newline)
    pattern, edges = _pattern(phrases, case_sensitive, True)
    if _turned_away(text[j - 1:j] if j > lo else "", edges, case_sensitive):
        return None
    m = pattern.match(text, lo, j)
    return (m.group(0), m.start()) if m else None


def word_before(text: str, pos: int) -> tuple[str, int] | None:
    j = pos
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    if text[j - 1:j] == "\n":      # "$" matches before a final newline: keep that reading
        m = _LAST_WORD.search(text[max(0, j - 30):j])
    else:
        m = _LAST_WORD_R.match(text, max(0, j - 30), j)
    if not m:
        return None
    return m.group(0), j - len(m.group(0))


def word_at(text: str, pos: int) -> tuple[str, int] | None:
    m = WORD.match(text, pos)
    return (m.group(0), m.end()) if m else None


_QUOTES = "\"“«"
# a short quoted name after a number: letters and spaces only, up to six words
_QUOTED_UNIT = regex.compile(r"[\"“«]([\p{L}][\p{L}\p{M}]*(?: [\p{L}\p{M}]+){0,5})[\"”»]")


# the rules ask for the unit after the same numeral in turn (money, rate, count): cache it
@lru_cache(maxsize=1024)
def read_unit(text: str, pos: int) -> tuple[str, int]:
    """The count noun right after a number (pos = end of the number). ('', pos) when none.

    A known unit wins (longest match, so "lượt người" beats "lượt"; "lượt" alone takes the
    listed noun after it, "lượt công dân"); then a compound noun whose first syllable alone says
    nothing ("bị cáo", "kết luận"); otherwise the next word, unless it is a function word that
    never names what is counted ("của", "và", ...), or a short quoted name ("4 “Mái ấm tình
    thương”")."""
    p = skip_spaces(text, pos)
    spelled = _SPELLED_ECHO.match(text, p)
    if spelled:          # "02 (hai) cuộc", "18/20 (mười tám trên hai mươi)": the number in words
        p = skip_spaces(text, spelled.end())
    known = phrase_at(text, p, vocab.units())
    if known:
        known = _not_straddling(text, p, *known)
        # keep "hồ sơ" but extend to a longer known unit only on whole words (phrase_at checks)
        if known[0].lower() == "lượt":
            return _listed(text, p, *_times_of(text, known[1]))
        return _named_or_listed(text, p, *known)
    compound = phrase_at(text, p, vocab.compound_nouns())
    if compound:        # "25 bị cáo", "3 kết luận", "150 cây xanh": not their first syllable
        return _named_or_listed(text, p, *compound)
    w = word_at(text, p)
    if not w:
        q = _QUOTED_UNIT.match(text, p) if text[p:p + 1] in _QUOTES else None
        if q:           # 4 "Mái ấm tình thương", 12 “Nhà nhân ái”: a named kind of thing, quoted
            return q.group(1), q.end()
        return "", pos
    word, end = w
    if word.lower() in vocab.stop_after_number():
        return "", pos
    if word[:1].isupper():
        # a capitalised noun phrase: "02 Phó Chủ tịch", "1.562 Cựu quân nhân"; three syllables,
        # or four when the third is capitalised, since it then opens a word of its own
        # ("01 Ủy viên Thường trực"); an abbreviation closes it ("17 Ủy ban MTTQ cấp xã")
        taken, last = 0, word
        while taken < 2 or (taken == 2 and last[:1].isupper() and not _ACRONYM.fullmatch(last)):
            nxt = word_at(text, skip_spaces(text, end))
            if not nxt or nxt[0].lower() in vocab.stop_after_number() or text[end:end + 1] not in " ":
                break
            last, end = nxt
            taken += 1
        return text[p:end], end
    # an unknown modifier before a known noun: "tổng hồ sơ"
    nxt = phrase_at(text, skip_spaces(text, end), vocab.units())
    if nxt and text[end:end + 1] == " ":
        return text[p:nxt[1]], nxt[1]
    return word, end


# the rest of a list's last member up to the next comma: a numeral of the same unit or a percent
# there says that "member" opened a parallel clause of its own ("khiếu nại 45 đơn, tố cáo 12
# đơn", "285.400 người, độ bao phủ đạt 93,1%")
_CLAUSE_END = regex.compile(r"[;:()\[\]\n]|(?<!\d)[.,]|[.,](?!\d)")
_FIGURE_NEXT = regex.compile(r"[ \t]*\d")
_FIGURE = regex.compile(r"\d[\d.,/]*\s*(?:(?:nghìn|ngàn|triệu|tỷ)\s+)?", regex.I)


def _parallel(text: str, pos: int, unit: str) -> bool:
    stop = _CLAUSE_END.search(text, pos)
    rest = text[pos:stop.start() if stop else len(text)]
    u = unit.lower()
    for m in _FIGURE.finditer(rest):
        after = rest[m.end():].lower()
        if after.startswith("%") or (after.startswith(u) and not after[len(u):len(u) + 1].isalnum()):
            return True
    return False


def _noun_at(text: str, pos: int):
    return phrase_at(text, pos, vocab.units()) or phrase_at(text, pos, vocab.compound_nouns())


def _not_straddling(text: str, start: int, unit: str, end: int) -> tuple[str, int]:
    """A known unit whose last syllable opens a longer noun that goes on past it ("3.560 hộ
    dân tộc thiểu số": "dân tộc", not "hộ dân") is read without that syllable, as the longest
    known unit that still fits ("hộ"); the unit as matched when none does."""
    cut = end - len(unit.split()[-1])
    if cut <= start or text[end:end + 1] != " ":
        return unit, end
    longer = phrase_at(text, cut, vocab.compound_nouns())
    if not longer or longer[1] <= end:
        return unit, end
    shorter = phrase_at(text[:cut].rstrip(), start, vocab.units())
    return shorter or (unit, end)


def _named_or_listed(text: str, start: int, unit: str, end: int) -> tuple[str, int]:
    """A noun with the name of its kind ("268 dự thảo văn bản QPPL") takes no list after it:
    what follows its comma opens a clause of its own ("..., quy trình thẩm định")."""
    named = _named(text, start, unit, end)
    return named if named[1] != end else _listed(text, start, unit, end)


def _listed(text: str, start: int, unit: str, end: int) -> tuple[str, int]:
    """The unit and the known nouns listed after it with commas, all counted by the one number:
    "17/17 xã, thị trấn", "124/124 xã, phường, đặc khu", "41 tồn tại, thiếu sót", "812 nhóm,
    lớp", "11 tin, bài, phóng sự", "212 lượt cán bộ, chiến sĩ". Members are lower case (a
    capital opens a name: "7 xã, Đồng Mỏ 4 xã"). No list when a member labels the next figure
    ("12 đơn, kiến nghị, phản ánh 255 đơn": the nouns are labels of parallel counts), or is
    the unit's first words again ("1.234 hộ nghèo, hộ chính sách": a longer name not read), or
    when a parallel figure follows in the clause."""
    last = end
    head = unit.lower().split()
    while text[last:last + 2] == ", " and text[last + 2:last + 3].islower():
        nxt = _noun_at(text, last + 2)
        if not nxt:
            break
        words = nxt[0].lower().split()
        if _FIGURE_NEXT.match(text, nxt[1]) or (len(words) < len(head) and head[:len(words)] == words):
            return unit, end
        last = nxt[1]
    if last == end or _parallel(text, last, unit):
        return unit, end
    return text[start:last], last


# an abbreviation in capitals: "QPPL", "BTS", "MTTQ" (two letters at least, digits allowed after)
_ACRONYM = regex.compile(r"\p{Lu}{2,}\d*")
_NAME_WORD = regex.compile(r" (\p{Lu}[\p{Ll}\p{M}]*)(?: ([\p{Ll}][\p{Ll}\p{M}]*))?(?![\p{L}\p{M}\d])")
_ACRONYM_AFTER = regex.compile(r" \p{Lu}{2,}\d*(?![\p{L}\p{M}\d])")


def _named(text: str, start: int, unit: str, end: int) -> tuple[str, int]:
    """A known noun and the name of its kind after it: an abbreviation ("13 Quyết định QPPL",
    "11 văn bản QPPL"), or, after a noun written with a capital, capitalised words, each with
    the one lower-case syllable that ends it ("1 Trung tâm Y tế với", "142 Ban Công tác Mặt trận
    ở": Vietnamese capitalises a name's words on their first syllable), when the name plainly
    ends there (_name_ends)."""
    m = _ACRONYM_AFTER.match(text, end)
    if m:
        return text[start:m.end()], m.end()
    if not unit[:1].isupper():
        return unit, end
    last = end
    while (m := _NAME_WORD.match(text, last)) and m.group(1).lower() not in vocab.stop_after_number():
        last = m.end()
    if last == end or not _name_ends(text, last):
        return unit, end
    return text[start:last], last


def _name_ends(text: str, pos: int) -> bool:
    """Does a name read by _named end at pos? Not when more words of it follow in lower case
    ("Trung tâm Phục vụ hành chính công", "Ban Quản lý dự án"), or a capitalised one after a
    comma ("Trung tâm Văn hóa, Thông tin và Thể thao"): only a function word ("với", "ở"), a
    boundary or the end may follow."""
    if text[pos:pos + 2] == ", ":
        return not text[pos + 2:pos + 3].isupper()
    nxt = word_at(text, pos + 1) if text[pos:pos + 1] == " " else None
    return nxt is None or nxt[0].lower() in vocab.stop_after_number()


def _times_of(text: str, end: int) -> tuple[str, int]:
    """"lượt" (times, visits) and the listed noun it counts right after it: "1.250 lượt công
    dân", "320 lượt doanh nghiệp"; "lượt" alone before anything else ("45 lượt, ...")."""
    if text[end:end + 1] == " ":
        nxt = phrase_at(text, end + 1, vocab.units()) or phrase_at(text, end + 1, vocab.compound_nouns())
        if nxt and nxt[0].lower() != "lượt":
            return text[end - len("lượt"):nxt[1]], nxt[1]
    return text[end - len("lượt"):end], end


def units_agree(a: str, b: str) -> bool:
    """The same unit (case aside), or one is the other with words or listed nouns added: a note
    may write "22/51 xã, phường" and "45/45 xã, phường, đặc khu" for a body's "67/124 xã,
    phường", or "77 văn bản QPPL" for its "303 văn bản"."""
    a, b = a.lower(), b.lower()
    if a == b:
        return True
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return bool(short) and long_.startswith(short) and long_[len(short)] in " ,"


def unit_is_known(unit: str) -> bool:
    u = unit.lower()
    if ", " in u and u not in vocab.unit_set():
        u = u.split(", ")[0]        # a list read by _listed: as known as its first noun
    if u.startswith("lượt "):       # read by _times_of: as known as "lượt" alone
        return u[5:] in vocab.unit_set() or u[5:] in vocab.compound_nouns()
    return u in vocab.unit_set()


_THAN = {"cao hơn", "thấp hơn", "nhiều hơn", "ít hơn", "vượt"}
_POINTS_AFTER = regex.compile(r"\s*\d[\d.,]*\s*điểm\s+phần\s+trăm", regex.I)
_THAN_SO_VOI = regex.compile(r"\s*\d[\d.,]*\s*(?:%|‰|[\p{L}\p{M}]+(?:\s[\p{L}\p{M}]+){0,3})\s+so\s+với", regex.I)


@lru_cache(maxsize=1024)      # asked twice per fact: by change.find and by the engine
def qualifier_before(text: str, pos: int) -> tuple[str, int] | None:
    """A bound word right before the number: ("gt", start_of_word) for "trên 98%"."""
    hit = phrase_before(text, pos, vocab.qualifier_phrases())
    if not hit:
        return None
    phrase, start = hit
    qual = vocab.qualifier_of()[phrase.lower()]
    if phrase.lower() == "vượt":
        # "đạt và vượt 04 chỉ tiêu" / "hoàn thành vượt": vượt is the verb "exceeded", not a bound
        prev = word_before(text, start)
        if prev and prev[0].lower() in {"và", "đạt", "thành", "hoàn"}:
            return None
    if phrase.lower() in _THAN and (_THAN_SO_VOI.match(text, pos) or _POINTS_AFTER.match(text, pos)):
        # "thấp hơn 0,38 điểm phần trăm so với kịch bản", "vượt 0,8 điểm phần trăm chỉ tiêu": a
        # difference (rules/change.py), not a bound; percentage points are only ever a difference
        return None
    if phrase.lower() == "trên":
        prev = word_before(text, start)
        # "tính trên 100 dân" style denominators are rare; "tổng số" never precedes directly
        if prev and prev[0].lower() in {"tính"}:
            return None
    return qual, start


def qualifier_after(text: str, pos: int) -> tuple[str, int] | None:
    p = skip_spaces(text, pos)
    if text[p:p + 3].lower() != "trở":      # both phrases start so; most numbers have neither
        return None
    hit = phrase_at(text, p, ("trở lên",))
    if hit:
        return "ge", hit[1]
    hit = phrase_at(text, p, ("trở xuống",))
    if hit:
        return "le", hit[1]
    return None


@lru_cache(maxsize=64)
def _marks(text: str, boundary) -> list[int]:
    """Positions of the (one-character) boundaries in text; a paragraph asks for many clauses."""
    return [m.start() for m in boundary.finditer(text)]


def boundary_span(text: str, start: int, end: int, boundary) -> tuple[int, int]:
    """From the last `boundary` (a one-character pattern) before `start` to the next one at or
    after `end`: clause and sentence bounds, here and in pipeline.indicators."""
    # Same as the last boundary.finditer(text, 0, start) and boundary.search(text, end). Only a
    # boundary at start - 1 may read differently with the text cut at start (a lookahead sees
    # the end there), so that one is tested as such.
    marks = _marks(text, boundary)
    if start > 0 and boundary.match(text, start - 1, start):
        lo = start
    else:
        k = bisect_left(marks, start - 1)
        lo = marks[k - 1] + 1 if k else 0
    k = bisect_left(marks, end)
    return lo, (marks[k] if k < len(marks) else len(text))


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around [start, end): from the last boundary before to the next after."""
    return boundary_span(text, start, end, _BOUNDARY)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around [start, end): split at ";", newlines and sentence-ending dots."""
    return boundary_span(text, start, end, _SENTENCE)

"""The few style properties the reader needs: bold, numbering, outline level."""
from __future__ import annotations

import re

from lxml import etree

from .wordxml import W, W_NS, on, wattr


# A w:style start tag; group 1 ends with "/" for an empty tag (a greedy [^>]* is
# several times faster than a lazy one followed by an optional "/").
_STYLE_TAG = re.compile(rb"<w:style\b([^>]*)>")
_ATTR = re.compile(rb'w:(styleId|type|default)="([^"]*)"')
_DEFAULTS = re.compile(rb"<w:docDefaults\b.*?</w:docDefaults>", re.S)
_WRAP = b'<w:styles xmlns:w="' + W_NS.encode() + b'">%s</w:styles>'


def _style_tags(data: bytes):
    """_STYLE_TAG.finditer(data), faster: "<" is everywhere in XML, so
    bytes.find jumps to each "<w:style" and the pattern is tried only there."""
    pos = data.find(b"<w:style")
    while pos >= 0:
        m = _STYLE_TAG.match(data, pos)
        if m:
            yield m
            pos = data.find(b"<w:style", m.end())
        else:
            pos = data.find(b"<w:style", pos + 1)


class Styles:
    """Style lookups, resolved lazily. A styles.xml holds hundreds of (latent)
    styles, of which a report uses a handful, and parsing all of it costs more
    than the body; so the raw part is indexed with a byte scan and only the
    styles a paragraph asks for (and their basedOn chain) are parsed."""

    def __init__(self, data: bytes | None = None, parser=None):
        self.data = data
        # styleId -> (start, end of its start tag, empty tag?)
        self.chunks: dict[str, tuple[int, int, bool]] = {}
        self.elements: dict[str, object] = {}
        self.cache: dict[str, dict] = {}
        self.default_para: str | None = None
        self.default_bold = False
        self.parser = parser
        if not data:
            return
        if b"<w:style" not in data and b"<w:styles" not in data:
            self._index_tree(etree.fromstring(data, parser))   # unusual prefix: parse it all
            return
        m = _DEFAULTS.search(data)
        if m:
            dd = self._parse(m.group(0))
            rpr = dd.find(f"{W}rPrDefault/{W}rPr") if dd is not None else None
            if rpr is not None:
                self.default_bold = on(rpr.find(W + "b"))
        for m in _style_tags(data):
            attrs = dict(_ATTR.findall(m.group(1)))
            sid = attrs.get(b"styleId", b"").decode("utf-8", "replace")
            if not sid:
                continue
            # Where the style ends is looked up only for the few styles asked for.
            self.chunks[sid] = (m.start(), m.end(), m.group(1).endswith(b"/"))
            if attrs.get(b"default") in (b"1", b"true", b"on") and \
                    attrs.get(b"type", b"paragraph") == b"paragraph":
                self.default_para = sid

    def _parse(self, chunk: bytes):
        try:
            return etree.fromstring(_WRAP % chunk, self.parser)[0]
        except (etree.XMLSyntaxError, IndexError):
            return None

    def _index_tree(self, root) -> None:
        dd = root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
        if dd is not None:
            self.default_bold = on(dd.find(W + "b"))
        for st in root.iterchildren(W + "style"):
            sid = st.get(W + "styleId")
            if sid:
                self.elements[sid] = st
                if st.get(W + "default") in ("1", "true", "on") and \
                        st.get(W + "type", "paragraph") == "paragraph":
                    self.default_para = sid

    def _chunk(self, start: int, tag_end: int, empty: bool) -> bytes:
        """The bytes of one w:style element."""
        data = self.data
        if empty:
            end = tag_end
        else:
            end = data.find(b"</w:style>", tag_end)
            end = len(data) if end < 0 else end + len(b"</w:style>")
        return data[start:end]

    def _element(self, sid: str):
        if sid not in self.elements and sid in self.chunks:
            self.elements[sid] = self._parse(self._chunk(*self.chunks.pop(sid)))
        return self.elements.get(sid)

    @staticmethod
    def _own(st) -> dict:
        d = {"type": wattr(st, "type") or "paragraph", "based": wattr(st.find(W + "basedOn"), "val")}
        d["name"] = (wattr(st.find(W + "name"), "val") or "").lower()
        rpr = st.find(W + "rPr")
        if rpr is not None and rpr.find(W + "b") is not None:
            d["bold"] = on(rpr.find(W + "b"))
        ppr = st.find(W + "pPr")
        if ppr is not None:
            np_ = ppr.find(W + "numPr")
            if np_ is not None:
                d["numId"] = wattr(np_.find(W + "numId"), "val")
                il = wattr(np_.find(W + "ilvl"), "val")
                d["ilvl"] = int(il) if il and il.isdigit() else None
            ol = ppr.find(W + "outlineLvl")
            if ol is not None and (wattr(ol, "val") or "").isdigit():
                d["outline"] = int(wattr(ol, "val"))
        return d

    def resolve(self, sid: str) -> dict:
        """A style merged with its basedOn chain (nearest wins)."""
        if sid in self.cache:
            return self.cache[sid]
        out: dict = {}
        seen = set()
        cur = sid
        while cur and cur not in seen:
            el = self._element(cur)
            if el is None:
                break
            seen.add(cur)
            own = self._own(el)
            for k, v in own.items():
                if k not in out and v is not None:
                    out[k] = v
            cur = own.get("based")
        name = out.get("name", "")
        if "outline" not in out and name.startswith("heading ") and name[8:].isdigit():
            out["outline"] = int(name[8:]) - 1
        self.cache[sid] = out
        return out

    def para_style(self, sid: str | None) -> dict:
        sid = sid or self.default_para
        if not sid:
            return {}
        return self.cache.get(sid) or self.resolve(sid)

    def char_bold(self, sid: str | None):
        return self.resolve(sid).get("bold") if sid else None

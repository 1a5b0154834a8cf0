"""WordprocessingML names used across the reader."""
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = "{%s}" % W_NS
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
REL_TYPES = {
    "footnotes": "footnotes.xml",
    "endnotes": "endnotes.xml",
    "numbering": "numbering.xml",
    "styles": "styles.xml",
}


def wattr(el, name: str):
    """Attribute w:name of el (None when el is None or the attribute is missing)."""
    if el is None:
        return None
    return el.get(W + name)


def on(el) -> bool:
    """A toggle property (w:b, w:i...) is on unless its val says off."""
    if el is None:
        return False
    v = el.get(W + "val")
    return v is None or v not in ("0", "false", "off", "none")

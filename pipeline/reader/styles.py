"""The few style properties the reader needs: bold, numbering, outline level."""
from __future__ import annotations

from .wordxml import W, on, wattr


class Styles:
    def __init__(self, root=None):
        self.para: dict[str, dict] = {}
        self.char: dict[str, dict] = {}
        self.default_para: str | None = None
        self.default_bold = False
        if root is None:
            return
        dd = root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
        if dd is not None:
            self.default_bold = on(dd.find(W + "b"))
        raw: dict[str, dict] = {}
        for st in root.iter(W + "style"):
            sid = wattr(st, "styleId")
            if not sid:
                continue
            typ = wattr(st, "type") or "paragraph"
            d = {"type": typ, "based": wattr(st.find(W + "basedOn"), "val")}
            name = wattr(st.find(W + "name"), "val") or ""
            d["name"] = name.lower()
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
            raw[sid] = d
            if typ == "paragraph" and wattr(st, "default") in ("1", "true", "on"):
                self.default_para = sid
        for sid, d in raw.items():
            resolved = self._resolve(sid, raw)
            (self.char if d["type"] == "character" else self.para)[sid] = resolved

    @staticmethod
    def _resolve(sid, raw):
        """Merge a style with its basedOn chain (nearest wins)."""
        out: dict = {}
        seen = set()
        cur = sid
        while cur and cur in raw and cur not in seen:
            seen.add(cur)
            for k, v in raw[cur].items():
                if k not in out and v is not None:
                    out[k] = v
            cur = raw[cur].get("based")
        name = out.get("name", "")
        if "outline" not in out and name.startswith("heading ") and name[8:].isdigit():
            out["outline"] = int(name[8:]) - 1
        return out

    def para_style(self, sid: str | None) -> dict:
        return self.para.get(sid or self.default_para or "", {})

    def char_bold(self, sid: str | None):
        return self.char.get(sid or "", {}).get("bold")

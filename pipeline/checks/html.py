"""The --html page: one self-contained file, inline CSS, no scripts, no external assets.

Numbers are marked in displaCy's entity style (coloured <mark> with the kind label), via
spacy.displacy.render(manual=True) so the look matches spaCy's own visualiser.
"""
from __future__ import annotations

import html

COLORS = {"FRACTION": "#7aecec", "PERCENT": "#feca74", "COUNT": "#aa9cfc", "MONEY": "#bfeeb7",
          "RANGE": "#e4e7d2", "RATE": "#c887fb", "CHANGE": "#ff9561"}
STATUS_COLOR = {"mismatch": "#c0392b", "warning": "#b9770e", "ok": "#1e8449"}

CSS = """
body{font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;margin:2em auto;max-width:72em;color:#222}
h1{font-size:1.5em} h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ccc;padding-bottom:.2em}
.path{color:#666;font-size:.85em;font-weight:normal}
.check{display:flex;gap:1.5em;border:1px solid #e5e5e5;border-radius:6px;padding:.8em 1em;margin:.8em 0}
.text{flex:3;line-height:2.4} .math{flex:2;font-size:.92em}
.status{font-weight:bold;text-transform:uppercase;font-size:.8em}
.where{color:#666;font-size:.8em} .kind{color:#555;font-family:monospace}
.math code{background:#f6f6f6;padding:.1em .3em;border-radius:3px}
.summary{color:#444}
"""


def _marked(text: str, spans: list[dict]) -> str:
    try:
        from spacy import displacy
        return displacy.render({"text": text, "ents": spans, "title": None}, style="ent",
                               manual=True, page=False, jupyter=False,
                               options={"colors": COLORS})
    except Exception:  # spaCy missing or changed: the same look, written by hand
        out, pos = [], 0
        for s in spans:
            out.append(html.escape(text[pos:s["start"]]))
            color = COLORS.get(s["label"], "#ddd")
            out.append(f'<mark class="entity" style="background:{color};padding:0.45em 0.6em;'
                       f'margin:0 0.25em;line-height:1;border-radius:0.35em">'
                       f'{html.escape(text[s["start"]:s["end"]])}<span style="font-size:0.8em;'
                       f'font-weight:bold;line-height:1;border-radius:0.35em;vertical-align:middle;'
                       f'margin-left:0.5rem">{s["label"]}</span></mark>')
            pos = s["end"]
        out.append(html.escape(text[pos:]))
        return '<div class="entities" style="line-height:2.5">' + "".join(out) + "</div>"


def render_page(rows: list[dict], title: str = "solieu checks") -> str:
    parts = [f"<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>{html.escape(title)}"
             f"</title><style>{CSS}</style></head><body><h1>{html.escape(title)}</h1>"]
    n = {s: sum(r["status"] == s for r in rows) for s in ("mismatch", "warning", "ok")}
    parts.append(f"<p class='summary'>{len(rows)} checks: {n['mismatch']} mismatch, "
                 f"{n['warning']} warning, {n['ok']} ok.</p>")
    doc = None
    for r in rows:
        if r["doc_id"] != doc:
            doc = r["doc_id"]
            parts.append(f"<h2>{html.escape(r['document'] or '')} <span class='path'>"
                         f"{html.escape(r['path'] or '')} [{doc}]</span></h2>")
        texts = []
        for pc in r["pieces"]:
            where = "" if pc["where"] == "body" else f"<div class='where'>{html.escape(pc['where'])}</div>"
            texts.append(where + _marked(pc["text"], pc["spans"]))
        color = STATUS_COLOR.get(r["status"], "#333")
        parts.append(
            "<div class='check'><div class='text'>"
            + (f"<div class='where'>§ {html.escape(r['section'])}</div>" if r["section"] else "")
            + "".join(texts) + "</div><div class='math'>"
            + f"<div class='status' style='color:{color}'>{html.escape(r['status'])} "
            + f"<span class='kind'>{html.escape(r['kind'])}</span></div>"
            + f"<p>{html.escape(r['message'] or '')}</p>"
            + f"<p>reported <code>{html.escape(r['reported'] or '')}</code>"
            + (f" · expected <code>{html.escape(r['expected'])}</code>" if r["expected"] else "")
            + (f" · method <code>{html.escape(r['method'])}</code>" if r["method"] else "")
            + "</p></div></div>")
    parts.append("</body></html>")
    return "".join(parts)

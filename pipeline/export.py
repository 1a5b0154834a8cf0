"""Export every table and view of the store as Parquet files."""
from __future__ import annotations

import os


def export_parquet(con, outdir) -> list[tuple[str, int, str]]:
    """Write outdir/NAME.parquet for each table and view; return (name, rows, path)."""
    os.makedirs(outdir, exist_ok=True)
    names = [r[0] for r in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' "
        "ORDER BY table_type, table_name").fetchall()]
    out = []
    for name in names:
        path = os.path.join(outdir, f"{name}.parquet")
        con.execute(f"COPY (SELECT * FROM \"{name}\") TO '{_quote(path)}' (FORMAT parquet)")
        rows = con.execute(f"SELECT count(*) FROM read_parquet('{_quote(path)}')").fetchall()[0][0]
        out.append((name, rows, path))
    return out


def _quote(s: str) -> str:
    return s.replace("'", "''")

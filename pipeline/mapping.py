"""`solieu map`: see and correct which series an indicator belongs to (the `indicator_map` table).

The automatic matching (pipeline.compare.assign_series) is a guess; an analyst who finds two
series that are the same indicator, or one series that mixes two, writes a row here. Later
ingests and the comparison views respect it.
"""
from __future__ import annotations

import csv
import json
import os
import sys

import click

from pipeline.store import Store, StoreError, StoreLocked


def _open(db: str) -> Store:
    if not os.path.exists(db):
        raise click.ClickException(f"{db}: no such database (run `solieu ingest` first)")
    try:
        return Store(db)
    except StoreLocked as e:
        click.echo(f"solieu: {e}", err=True)
        sys.exit(3)
    except StoreError as e:
        raise click.ClickException(str(e))


def _one_org(con, org: str) -> str:
    orgs = [r[0] for r in con.execute(
        "SELECT DISTINCT coalesce(org, '') FROM documents WHERE coalesce(org, '') ILIKE ?",
        [f"%{org}%"]).fetchall()]
    exact = [o for o in orgs if o.lower() == org.lower()]
    if exact:
        return exact[0]
    if len(orgs) != 1:
        found = "; ".join(orgs[:8]) or "none"
        raise click.ClickException(f"--org {org!r} must name one issuing body (found: {found})")
    return orgs[0]


def _series_of(con, org: str, text: str) -> str:
    """A series key, or the key of the one series whose key or label contains `text`."""
    rows = con.execute("""
        SELECT DISTINCT series_key FROM indicator_series
        WHERE org = ? AND (series_key = ? OR series_key ILIKE ? OR label ILIKE ?)""",
                       [org, text, f"%{text}%", f"%{text}%"]).fetchall()
    keys = [r[0] for r in rows]
    if text in keys or not keys:
        return text                       # an exact key, or a new series name
    if len(keys) > 1:
        raise click.ClickException(f"{text!r} matches {len(keys)} series of {org}: "
                                   + "; ".join(keys[:6]) + " (give the exact series key)")
    return keys[0]


@click.command("map")
@click.option("--db", default=lambda: os.environ.get("SOLIEU_DB", "solieu.duckdb"),
              show_default="$SOLIEU_DB or solieu.duckdb", help="DuckDB file written by `solieu ingest`.")
@click.option("--org", help="Issuing body (case-insensitive substring naming one body).")
@click.option("--key", "keys", multiple=True, metavar="INDICATOR_KEY",
              help="Indicator key to move (facts.indicator_key; repeatable).")
@click.option("--series", metavar="SERIES", help="Series to put the keys in: an existing series "
              "key, a unique part of its key or label, or a new name (splits the keys off).")
@click.option("--label", help="Readable label for the series.")
@click.option("--delete", is_flag=True, help="Remove the map rows of these keys (back to automatic).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True)
def map_command(db, org, keys, series, label, delete, fmt):
    """Show or correct the series an indicator is matched to.

    \b
    Without --key: list the map rows (all, or of --org).
    With --key and --series: put those indicator keys in that series, then re-match the
    body's series; later ingests keep the choice.
    With --key and --delete: drop the rows (the automatic matching applies again).

    \b
    Examples:
      solieu query "SELECT DISTINCT series_key, label FROM indicator_series WHERE org LIKE '%Phụng Hiệp%'"
      solieu map --org "Phụng Hiệp" --key "count:đảng viên|phát triển đảng viên" \\
                 --series "count:đảng viên|kết nạp mới đảng viên" --label "Kết nạp đảng viên"
      solieu map --org "Phụng Hiệp" --key "count:đảng viên|phát triển đảng viên" --delete
      solieu map --format csv
    """
    from pipeline import compare

    store = _open(db)
    con = store.con
    try:
        compare.ensure_views(con)
        if not keys:
            where, params = "", []
            if org:
                where, params = "WHERE org = ?", [_one_org(con, org)]
            rows = con.execute(f"SELECT org, indicator_key, series_key, label FROM indicator_map {where} "
                               "ORDER BY org, series_key, indicator_key", params).fetchall()
            _print(["org", "indicator_key", "series_key", "label"], rows, fmt)
            return
        if not org:
            raise click.UsageError("--key needs --org")
        body = _one_org(con, org)
        if delete:
            con.execute("DELETE FROM indicator_map WHERE org = ? AND indicator_key IN (SELECT unnest(?::VARCHAR[]))",
                        [body, list(keys)])
        else:
            if not series:
                raise click.UsageError("--key needs --series (or --delete)")
            target = _series_of(con, body, series)
            for k in keys:
                con.execute("DELETE FROM indicator_map WHERE org = ? AND indicator_key = ?", [body, k])
                con.execute("INSERT INTO indicator_map VALUES (?, ?, ?, ?)", [body, k, target, label])
        compare.assign_series(con, [body])
        compare.store_period_checks(con, orgs=[body])
        n = con.execute("SELECT count(*) FROM indicator_map WHERE org = ?", [body]).fetchall()[0][0]
        click.echo(f"{body}: {n} map row(s); series re-matched", err=True)
    finally:
        store.close()


def _print(cols, rows, fmt):
    if fmt == "csv":
        w = csv.writer(sys.stdout)
        w.writerow(cols)
        w.writerows(rows)
    elif fmt == "json":
        click.echo(json.dumps([dict(zip(cols, r)) for r in rows], ensure_ascii=False, indent=1))
    else:
        if not rows:
            click.echo("(no map rows)")
            return
        for r in rows:
            click.echo(" | ".join("" if v is None else str(v) for v in r))

"""The `solieu` command line: ingest, query, export, show (+ check and compare)."""
from __future__ import annotations

import csv
import importlib
import io
import json
import sys
from decimal import Decimal

import click

from pipeline.store import Store, StoreError, StoreLocked

DEFAULT_DB = "solieu.duckdb"
EXIT_FAILED, EXIT_USAGE, EXIT_LOCKED = 1, 2, 3

db_option = click.option("--db", default=DEFAULT_DB, show_default=True, metavar="FILE",
                         help="DuckDB database file.")


def format_option(choices=("table", "csv", "json")):
    return click.option("--format", "fmt", type=click.Choice(choices), default="table",
                        show_default=True, help="Output format.")


def fail(message: str, code: int = EXIT_USAGE):
    click.echo(f"solieu: {message}", err=True)
    sys.exit(code)


def open_store(db: str, read_only: bool) -> Store:
    try:
        return Store(db, read_only=read_only)
    except StoreLocked as e:
        fail(str(e), EXIT_LOCKED)
    except StoreError as e:
        fail(str(e), EXIT_USAGE)


def _plain(v):
    """A JSON-safe value (dates as ISO text, decimals as numbers)."""
    if isinstance(v, (list, tuple)):
        return [_plain(x) for x in v]
    if isinstance(v, dict):
        return {str(k): _plain(x) for k, x in v.items()}
    if v is None or isinstance(v, (bool, int, float, str)):
        return v
    if isinstance(v, Decimal):
        return float(v)
    if hasattr(v, "isoformat"):
        return v.isoformat()
    return str(v)


def _cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, (list, tuple, dict)):
        return json.dumps(_plain(v), ensure_ascii=False)
    return str(v)


def print_rows(columns: list[str], rows: list[tuple], fmt: str, max_width: int = 80):
    """Print a result as an aligned table (numbers right, text left), CSV or JSON records."""
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(columns)
        w.writerows([_cell(v) for v in r] for r in rows)
        click.echo(buf.getvalue(), nl=False)
        return
    if fmt == "json":
        click.echo(json.dumps([dict(zip(columns, _plain(list(r)))) for r in rows],
                              ensure_ascii=False, indent=1))
        return
    if not rows:
        click.echo("(no rows)" + (f"; columns: {', '.join(columns)}" if columns else ""))
        return

    def cut(s):
        s = s.replace("\n", " ")
        return s if len(s) <= max_width else s[: max_width - 1] + "…"

    cells = [[cut(_cell(v)) for v in r] for r in rows]
    numeric = [all(isinstance(r[i], (int, float, Decimal)) and not isinstance(r[i], bool)
                   for r in rows if r[i] is not None) for i in range(len(columns))]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]

    def line(vals):
        return "  ".join(v.rjust(w) if num else v.ljust(w)
                         for v, w, num in zip(vals, widths, numeric)).rstrip()

    click.echo(line(columns))
    click.echo("  ".join("-" * w for w in widths))
    for r in cells:
        click.echo(line(r))
    click.echo(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")


class LazyGroup(click.Group):
    """Commands defined in other modules are imported only when used (or listed by --help),
    so `solieu query` does not pay for pandas or spaCy at start-up."""

    lazy = {"check": ("pipeline.checks.cli", "check"),      # consistency checks
            "compare": ("pipeline.compare", "compare"),     # period comparison
            "map": ("pipeline.mapping", "map_command")}     # correct series matching

    def list_commands(self, ctx):
        return sorted(set(super().list_commands(ctx)) | set(self.lazy))

    def get_command(self, ctx, name):
        cmd = super().get_command(ctx, name)
        if cmd is None and name in self.lazy:
            module, attr = self.lazy[name]
            cmd = getattr(importlib.import_module(module), attr)
        return cmd


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="solieu", message="%(prog)s %(version)s")
def main():
    """solieu: read Vietnamese administrative reports (.docx/.doc), extract every numeric
    fact, store them in DuckDB, check that the figures agree and compare periods.

    \b
    Typical session:
      solieu ingest corpus/                  # read every report into solieu.duckdb
      solieu query "SELECT kind, count(*) FROM facts GROUP BY kind"
      solieu show corpus/reports/phung-hiep/phung-hiep-q2-2024.docx
      solieu check                           # figures that do not agree
      solieu compare --org "Phụng Hiệp"      # indicators period by period
      solieu export --to parquet/
    """


# -- ingest -------------------------------------------------------------------------------------

@main.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@db_option
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: number of cores; 1 = no subprocesses).")
@click.option("--timings", is_flag=True,
              help="Also print the seconds spent per stage (summed over files) on stderr.")
def ingest(paths, db, workers, timings):
    """Read report files and folders into the database.

    PATH may be files or folders; folders are searched recursively for .docx and .doc
    (Word lock files ~$*.docx and hidden files are skipped). Legacy .doc files are
    converted with LibreOffice (`soffice`), which must be installed for them.

    Incremental: a file already stored (same path, size and time, or the same content
    hash) is skipped; a changed file replaces its old rows; the same report under two
    names is stored once. Re-running after an interruption finishes the job.

    Each bad file (or one that takes more than 5 minutes) is recorded in the
    ingest_errors table with the reason and the batch
    goes on. Exit code: 0 all good, 1 some files failed, 3 another solieu process is
    writing the database.

    \b
    Examples:
      solieu ingest corpus/
      solieu ingest reports/2024 reports/2025 --db archive.duckdb --workers 4
      solieu ingest "BAO CAO QUY II.docx"
    """
    from tqdm import tqdm

    from pipeline.ingest import ingest as run_ingest

    bar = None

    def progress(done, total):
        nonlocal bar
        if bar is None:
            bar = tqdm(total=total, unit="file", file=sys.stderr, disable=not sys.stderr.isatty())
        bar.update(1)

    try:
        summary = run_ingest(list(paths), db, workers=workers, progress=progress)
    except StoreLocked as e:
        fail(str(e), EXIT_LOCKED)
    except StoreError as e:
        fail(str(e), EXIT_USAGE)
    finally:
        if bar is not None:
            bar.close()
    for path, message in summary.errors[:20]:
        click.echo(f"failed: {message}", err=True)
    if len(summary.errors) > 20:
        click.echo(f"... {len(summary.errors) - 20} more failures: "
                   f"solieu query \"SELECT * FROM ingest_errors\" --db {db}", err=True)
    click.echo(summary.line())
    if timings:
        click.echo("stage seconds: " + ", ".join(f"{k} {v:.2f}" for k, v in summary.stages.items()),
                   err=True)
    sys.exit(EXIT_FAILED if summary.failed else 0)


# -- query --------------------------------------------------------------------------------------

@main.command()
@click.argument("sql")
@db_option
@format_option()
@click.option("--max-width", type=int, default=80, show_default=True,
              help="Table format only: cut longer cells (csv/json are never cut).")
def query(sql, db, fmt, max_width):
    """Run one SQL statement on a read-only connection and print the result.

    Tables: documents, files, sections, paragraphs, facts, fact_links, checks,
    ingest_errors, indicator_map; views: fact_view, document_summary, flagged_checks
    (and the comparison views). See docs/schema.md.

    \b
    Examples:
      solieu query "SELECT kind, count(*) AS n FROM facts GROUP BY kind ORDER BY n DESC"
      solieu query "SELECT org, period_label, raw, sentence FROM fact_view
                    WHERE indicator ILIKE '%đảng viên%'" --format csv > dv.csv
      solieu query "SELECT * FROM flagged_checks" --format json
    """
    import duckdb

    store = open_store(db, read_only=True)
    try:
        cur = store.con.execute(sql)
        columns = [d[0] for d in cur.description] if cur.description else []
        rows = cur.fetchall() if columns else []
    except duckdb.Error as e:
        fail(f"SQL error: {e}", EXIT_USAGE)
    finally:
        store.close()
    print_rows(columns, rows, fmt, max_width)


# -- export -------------------------------------------------------------------------------------

@main.command()
@click.option("--to", "outdir", required=True, type=click.Path(file_okay=False),
              help="Folder to write NAME.parquet files into (created if missing).")
@db_option
def export(outdir, db):
    """Write every table and view as a Parquet file, for pandas, R, Excel (Power Query), ...

    \b
    Example:
      solieu export --to parquet/
      python -c "import pandas; print(pandas.read_parquet('parquet/facts.parquet'))"
    """
    from pipeline.export import export_parquet

    store = open_store(db, read_only=True)
    try:
        written = export_parquet(store.con, outdir)
    except Exception as e:
        fail(f"export to {outdir} failed: {e}", EXIT_USAGE)
    finally:
        store.close()
    for name, rows, path in written:
        click.echo(f"{path}  ({rows} rows)")


# -- show ---------------------------------------------------------------------------------------

@main.command()
@click.argument("target", metavar="FILE-or-DOC_ID")
@db_option
@format_option(("table", "json"))
def show(target, db, fmt):
    """Show one report as the pipeline sees it: metadata, section tree, every paragraph
    with its facts marked inline as ⟦raw text⟧{kind}, and the checks.

    For a FILE the report is read, extracted and checked directly (no database needed);
    otherwise TARGET is a doc_id (or a unique prefix of one) in the database.

    \b
    Examples:
      solieu show corpus/reports/phung-hiep/phung-hiep-q2-2024.docx
      solieu show 3f9a0c1d --db archive.duckdb --format json
    """
    from pathlib import Path

    from pipeline import show as show_mod

    if Path(target).is_file():
        try:
            rows = show_mod.rows_from_file(target)
        except show_mod.ShowError as e:
            fail(str(e), EXIT_FAILED)
    else:
        store = open_store(db, read_only=True)
        try:
            rows = show_mod.rows_from_db(store.con, target)
        except show_mod.ShowError as e:
            fail(str(e), EXIT_USAGE)
        finally:
            store.close()
    if fmt == "json":
        click.echo(json.dumps(show_mod.as_json(rows), ensure_ascii=False, indent=1, default=str))
    else:
        click.echo(show_mod.render_text(rows))


if __name__ == "__main__":      # python -m pipeline.cli ... works as `solieu ...`
    sys.exit(main())

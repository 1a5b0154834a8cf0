"""The parent reads the first reports while the workers' server warms up (ingest._Prefetch):
a report read ahead must give exactly the rows a worker's own reading gives."""
from pathlib import Path

import pipeline.ingest as ing

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "reports"


def _task(path: Path) -> tuple:
    st = path.stat()
    return (str(path), ing.sha256_file(path), st.st_size, st.st_mtime, None)


def _rows(result: tuple) -> dict:
    """A result's rows without the moment they were made."""
    return {t: {c: v for c, v in cols.items() if c not in ("ingested_at", "seen_at")}
            for t, cols in result[3].items()}


def test_reports_read_ahead_give_the_same_rows(tmp_path):
    files = sorted(CORPUS.rglob("*.docx"))[:3]
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"not a zip")
    tasks = [_task(f) for f in files] + [_task(bad)]
    pre = ing._Prefetch(tasks)
    pre.start()
    pre.join()                                 # let it read everything
    handed = pre.take(tasks)
    assert sorted(pre.ready) == [0, 1, 2]      # the broken file is left to a worker
    assert [len(t) for t in handed] == [6, 6, 6, 5]
    for plain, ahead in zip(tasks[:3], handed[:3]):
        a, b = ing.process_file(plain), ing.process_file(ahead)
        assert a[:3] + a[4:6] == b[:3] + b[4:6]     # status, path, sha; facts, flagged
        assert _rows(a) == _rows(b) and _rows(a)["facts"]["fact_id"]
    err = ing.process_file(handed[3])
    assert err[0] == "err" and "broken.docx" in err[3]


def test_read_ahead_stops_when_told(tmp_path):
    files = sorted(CORPUS.rglob("*.docx"))[:3]
    pre = ing._Prefetch([_task(f) for f in files])
    pre.halt.set()
    pre.run()
    assert pre.ready == {}


def test_large_and_converted_files_are_not_read_ahead(tmp_path, monkeypatch):
    monkeypatch.setattr(ing, "PREFETCH_MAX_BYTES", 10)
    f = sorted(CORPUS.rglob("*.docx"))[0]
    converted = _task(f)[:4] + (str(f),)
    pre = ing._Prefetch([_task(f), converted])
    pre.run()
    assert pre.ready == {}

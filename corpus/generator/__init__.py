"""Generator of solieu's bundled corpus: synthetic quarterly reports shaped like the seed.

`generate(out_dir)` writes corpus/reports/<district>/<name>.docx and corpus/truth/<name>.json;
`make_variants(n, out_dir, sources)` makes n distinct copies of real or generated reports
for the benchmark.
"""
from .main import generate
from .variants import make_variants

__all__ = ["generate", "make_variants"]

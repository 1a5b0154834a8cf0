"""`python -m pipeline ...` is the `solieu` command."""
import sys

from pipeline.cli import main

sys.exit(main())

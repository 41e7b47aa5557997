"""Run the `lagebild` command in a child process with the fake coder of `store_fakes` in place of
the pipelines (for tests that kill or time the real command): `python ingest_child.py MARKER
DELAY ingest PATH --db DB`.  Each coded document appends a line to MARKER after DELAY seconds,
so a test can tell how far the child got."""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from store_fakes import fake_code, fake_coder  # noqa: E402

import lagebild.ingest.run as run  # noqa: E402
from lagebild.ingest import Coder  # noqa: E402


def main() -> None:
    marker, delay, args = sys.argv[1], float(sys.argv[2]), sys.argv[3:]

    def slow_code(docs):
        with open(marker, "a", encoding="utf8") as out:
            for coded in fake_code(docs):
                time.sleep(delay)
                out.write(coded.id + "\n")
                out.flush()
                yield coded

    fake = fake_coder()
    run.default_coder = lambda settings=None: Coder(slow_code, fake.describe, fake.version)
    from lagebild.cli import app

    app(args, prog_name="lagebild")


if __name__ == "__main__":
    main()

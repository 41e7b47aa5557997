"""The ingest progress bar: documents done, rate and ETA with rich when the stream is a terminal;
nothing at all otherwise (logs and pipes get only the error lines and the summary)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO


class _Quiet:
    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def total(self, n: int | None) -> None:
        pass

    def advance(self, n: int = 1) -> None:
        pass

    def echo(self, line: str) -> None:
        print(line, file=self.stream, flush=True)


class _Bar:
    def __init__(self, stream: TextIO) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TaskProgressColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.console = Console(file=stream)
        self.bar = Progress(
            TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TaskProgressColumn(),
            TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
            console=self.console, transient=False,
        )
        self.task = self.bar.add_task("ingest", total=None, rate="")

    def total(self, n: int | None) -> None:
        self.bar.update(self.task, total=n)

    def advance(self, n: int = 1) -> None:
        self.bar.advance(self.task, n)
        task = self.bar.tasks[0]
        speed = task.finished_speed or task.speed
        self.bar.update(self.task, rate=f"{speed:.1f} docs/s" if speed else "")

    def echo(self, line: str) -> None:
        self.console.print(line, markup=False, highlight=False, soft_wrap=True)


@contextmanager
def progress_for(stream: TextIO) -> Iterator[_Quiet | _Bar]:
    if not stream.isatty():
        yield _Quiet(stream)
        return
    bar = _Bar(stream)
    with bar.bar:
        yield bar

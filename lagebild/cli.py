"""The `lagebild` command: a thin typer shell over the library functions.

Every expected failure prints one line `error: [Ecode] subject: reason` and exits 1; set
LAGEBILD_DEBUG=1 to see tracebacks of unexpected ones.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from .errors import ErrorCode, LagebildError, describe_exception

app = typer.Typer(no_args_is_help=True, add_completion=False, help="Political event data from German and English news.")
ActorsOption = Annotated[Optional[list[str]], typer.Option("--actors", help="A user actor file (lagebild actors import writes them); repeatable; its entries win over Lagebild's own.")]
actors_app = typer.Typer(no_args_is_help=True, help="Actor knowledge: people with dated roles.")
models_app = typer.Typer(no_args_is_help=True, help="The bundled spaCy pipelines: list, evaluate, rebuild.")
app.add_typer(models_app, name="models")
app.add_typer(actors_app, name="actors")
query_app = typer.Typer(no_args_is_help=True, help="Ask the event store: dyads, top actors, counts, or SQL.")
app.add_typer(query_app, name="query")

LangOption = Annotated[str, typer.Option("--lang", "-l", help="Language code, or 'auto' to identify it per document.")]
DbOption = Annotated[str, typer.Option("--db", envvar="LAGEBILD_DB", help="The DuckDB store file.")]


def _fail(message: str) -> None:
    typer.echo(f"error: {message}", err=True)


def guarded(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn LagebildErrors (and, unless debugging, any other exception) into one-line errors."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except LagebildError as exc:
            _fail(exc.one_line())
            raise typer.Exit(1) from None
        except (KeyboardInterrupt, typer.Exit):
            raise
        except BrokenPipeError:
            # The reader went away (`lagebild code … | head`): stop quietly, as Unix tools do.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            raise typer.Exit(0) from None
        except Exception as exc:  # the promise to users is "never a traceback"
            if os.environ.get("LAGEBILD_DEBUG"):
                raise
            _fail(f"[E999] internal error: {describe_exception(exc)} (set LAGEBILD_DEBUG=1 for details)")
            raise typer.Exit(2) from None

    return wrapper


def resolve_shared(shared: Optional[Path]) -> Path:
    """Where the shared corpora are: --shared, $LAGEBILD_SHARED, or ../shared from here."""
    candidates = [shared] if shared else [Path(p) for p in [os.environ.get("LAGEBILD_SHARED")] if p] + [Path("../shared")]
    for candidate in candidates:
        data = candidate / "data" if (candidate / "data").is_dir() else candidate
        if (data / "treebanks").is_dir():
            return data
    raise LagebildError(ErrorCode.E012, path=str(candidates[0]))


@app.command("parse")
@guarded
def parse_cli(
    paths: Annotated[list[str], typer.Argument(help="Text files to parse; '-' reads standard input.")],
    lang: LangOption = "auto",
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, conllu or json")] = "table",
    max_chars: Annotated[Optional[int], typer.Option(help="Refuse documents longer than this.")] = None,
) -> None:
    """Parse documents with the bundled pipeline and print tokens, tags, morphology and dependencies."""
    from dataclasses import replace

    from . import formats, nlp, text
    from .settings import load_settings

    if fmt not in formats.FORMATS:
        raise LagebildError(ErrorCode.E011, fmt=fmt, choices=", ".join(formats.FORMATS))
    settings = load_settings()
    if max_chars:
        settings = replace(settings, max_chars=max_chars)
    failures = 0
    for source in paths:
        try:
            stdin = sys.stdin.buffer.read() if source == "-" else None
            subject, content = text.read_source(source, stdin_bytes=stdin)
            text.check_length(content, settings.max_chars, subject)
            if not content.strip():
                raise LagebildError(ErrorCode.E001, subject)
            doc = nlp.parse(content, lang=lang, settings=settings, subject=subject)
        except LagebildError as exc:
            _fail(exc.one_line())
            failures += 1
            continue
        doc_id = Path(subject).name
        if fmt == "conllu":
            typer.echo(formats.to_conllu(doc, doc_id), nl=False)
        elif fmt == "json":
            typer.echo(json.dumps(formats.to_dict(doc, doc_id), ensure_ascii=False))
        else:
            typer.echo(f"== {subject} [{doc.lang_}]")
            typer.echo(formats.to_table(doc))
    if failures:
        raise typer.Exit(1)


@app.command("demo")
@guarded
def demo_cli(
    db: Annotated[str, typer.Option(help="The DuckDB file the sample corpus is stored in.")] = "lagebild-demo.duckdb",
) -> None:
    """The main job on the bundled sample corpus: ingest 48 German and English articles into an
    embedded DuckDB store, code their events, and summarise what happened."""
    from datetime import date as Date
    from importlib import resources

    from .events.api import InputDoc, code_docs
    from .events.cli_support import table
    from .ingest import ingest
    from .ingest.progress import progress_for
    from .store import open_store
    from .store.query import counts, dyad, format_table, top_actors

    samples = Path(str(resources.files("lagebild") / "samples"))
    corpus = samples / "corpus"
    # The corpus folder's metadata.jsonl sidecar gives each article its id, title, date and language.
    with open_store(db) as store, progress_for(sys.stderr) as progress:
        report = ingest([str(corpus)], store, on_error=lambda line: progress.echo(f"error: {line}"), progress=progress)
    typer.echo(f"== sample corpus → {db}: {report.summary()}")
    with open_store(db, read_only=True) as store:
        for title, result in (
            ("events by factuality (all)", counts(store, "factuality", asserted_only=False)),
            ("asserted events by quad class (1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict)", counts(store, "quadclass")),
            ("most active actors (asserted)", top_actors(store, limit=10)),
            ("USA → RUS (asserted)", dyad(store, "USA", "RUS", limit=8)),
        ):
            typer.echo(f"\n-- {title}")
            typer.echo(format_table(result))
    typer.echo("\n-- one article in full (lagebild code --all):")
    article = samples / "genf-gespraeche-2016.de.txt"
    # Dated, so people resolve to the office they held then (Kerry: Secretary of State in 2016).
    for coded in code_docs([InputDoc(article.name, article.read_text(encoding="utf8"), date=Date(2016, 10, 4))]):
        typer.echo(table(coded, show_all=True))
    typer.echo(f"\nexport with: lagebild export --db {db} --format gdelt|plover|csv|parquet --out FILE")


@app.command("code")
@guarded
def code_cli(
    paths: Annotated[list[str], typer.Argument(help="Text files to code; '-' reads standard input.")],
    lang: LangOption = "auto",
    date: Annotated[Optional[str], typer.Option(help="Document date YYYY-MM-DD (anchors relative dates).")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, json or jsonl")] = "table",
    input_format: Annotated[str, typer.Option(help="text, or jsonl: one {id, text, lang?, date?} per line")] = "text",
    show_all: Annotated[bool, typer.Option("--all", help="Show hypothetical, negated, future, reported and question events too.")] = False,
    people: Annotated[bool, typer.Option(help="Resolve people to their office on the document's date.")] = True,
    max_chars: Annotated[Optional[int], typer.Option(help="Refuse documents longer than this.")] = None,
    actors: ActorsOption = None,
) -> None:
    """Code documents into events: who did what to whom, in CAMEO and PLOVER, with factuality."""
    from dataclasses import replace

    from .settings import load_settings

    settings = load_settings()
    if max_chars:
        settings = replace(settings, max_chars=max_chars)
    if actors:
        settings = replace(settings, actors=tuple(actors))
    from .events import cli_support

    if fmt not in ("table", "json", "jsonl"):
        raise LagebildError(ErrorCode.E011, fmt=fmt, choices="table, json, jsonl")
    failures = 0
    for coded in cli_support.code_inputs(
        paths, lang=lang, date=date, input_format=input_format, stdin=sys.stdin.buffer, people=people, settings=settings
    ):
        if coded.error is not None and fmt != "jsonl":
            _fail(coded.error)
            failures += 1
            continue
        if fmt == "jsonl":
            typer.echo(json.dumps(coded.to_dict(), ensure_ascii=False))
        elif fmt == "json":
            typer.echo(json.dumps(coded.to_dict(), ensure_ascii=False, indent=2))
        else:
            typer.echo(cli_support.table(coded, show_all=show_all))
    if failures:
        raise typer.Exit(1)


@app.command("ingest")
@guarded
def ingest_cli(
    paths: Annotated[Optional[list[str]], typer.Argument(help="Files, directories, globs; '-' reads standard input.")] = None,
    db: DbOption = "lagebild.duckdb",
    lang: LangOption = "auto",
    recode: Annotated[bool, typer.Option(help="Re-code documents stored by another coder version (all stale ones when no PATH is given).")] = False,
    input_format: Annotated[str, typer.Option("--input-format", help="auto (by extension, else sniffed), text, html, jsonl, csv or parquet")] = "auto",
    max_chars: Annotated[Optional[int], typer.Option(help="Refuse documents longer than this (default: the settings', 2,000,000).")] = None,
    workers: Annotated[int, typer.Option(help="Code on this many processes (this process alone writes the store).")] = 1,
    engine: Annotated[str, typer.Option(help="local (processes), or ray: Ray tasks write Parquet partitions the store attaches")] = "local",
    parquet_dir: Annotated[Optional[str], typer.Option(help="--engine ray: keep the Parquet partitions under DIR/run-N.")] = None,
    actors: ActorsOption = None,
) -> None:
    """Read, code and store documents: text, HTML, JSON lines, CSV, Parquet.  Content already stored is skipped."""
    from .ingest import INGEST_BATCH_SIZE, ingest
    from .settings import ACTORS_ENV

    if actors:
        from .data.user_actors import user_dictionary

        user_dictionary(actors)  # a missing or broken file fails here, once, before any work
        # Through the environment: the settings every coder (and worker process) loads read it.
        os.environ[ACTORS_ENV] = os.pathsep.join(str(Path(a).resolve()) for a in actors)
    from .ingest.progress import progress_for
    from .store import open_store

    if not paths and not recode:
        _fail("give at least one PATH, or --recode alone to re-code every stale document")
        raise typer.Exit(2)
    with open_store(db) as store, progress_for(sys.stderr) as progress:
        report = ingest(list(paths or []), store, lang=lang, recode=recode, input_format=input_format,
                        stdin=sys.stdin.buffer, on_error=lambda line: progress.echo(f"error: {line}"), progress=progress,
                        max_chars=max_chars, workers=workers, engine=engine, parquet_dir=parquet_dir,
                        batch_size=INGEST_BATCH_SIZE)
    typer.echo(report.summary())
    if report.failed:
        raise typer.Exit(1)


WindowOption = Annotated[Optional[int], typer.Option("--window", help="--dedup: mentions of one event are dated at most this many days apart (default: the settings' dedup_window_days, 1).")]
DedupOption = Annotated[bool, typer.Option("--dedup", help="Count events (mentions of one event across articles and days merged), not mentions.")]


def _window(window: int | None) -> int:
    from .settings import load_settings

    value = load_settings().dedup_window_days if window is None else window
    if value < 0:
        raise LagebildError(ErrorCode.E010, "--window", key="--window", reason="must be 0 or more days")
    return value


@app.command("export")
@guarded
def export_cli(
    db: DbOption = "lagebild.duckdb",
    fmt: Annotated[str, typer.Option("--format", "-f", help="gdelt (TSV), plover (JSON lines), csv or parquet")] = "csv",
    out: Annotated[str, typer.Option("--out", "-o", help="Output file; '-' for standard output (not parquet).")] = "-",
    asserted: Annotated[bool, typer.Option("--asserted", help="Only asserted events (GDELT always is).")] = False,
    dedup: Annotated[bool, typer.Option("--dedup", help="One row (PLOVER: one record) per event (same dyad and CAMEO root, dates within the window, same place) with NumMentions/NumArticles/NumSources.")] = False,
    window: WindowOption = None,
) -> None:
    """Export the stored events, one row or object per event mention (or per event with --dedup)."""
    from .store import open_store
    from .store.export import export

    with open_store(db, read_only=True) as store:
        n = export(store, fmt, out, asserted_only=asserted, dedup=dedup, window_days=_window(window))
    if out != "-":
        typer.echo(f"wrote {n} events to {out}", err=True)


@app.command("serve")
@guarded
def serve_cli(
    db: DbOption = "lagebild.duckdb",
    host: Annotated[str, typer.Option(help="Address to listen on; beyond loopback a token is required.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8765,
    token: Annotated[Optional[str], typer.Option(envvar="LAGEBILD_TOKEN", help="Token the API requires (default: none on loopback, else a generated one, printed once).")] = None,
    write: Annotated[bool, typer.Option("--write", help="Open the store for writing and allow POST /api/documents.")] = False,
    max_body: Annotated[int, typer.Option(help="Largest request body in bytes.")] = 1_000_000,
    rate_limit: Annotated[str, typer.Option(help="Requests per client, e.g. 120/minute.")] = "120/minute",
    code_rate_limit: Annotated[str, typer.Option(help="POST /api/code requests per client.")] = "20/minute",
) -> None:
    """Serve the HTTP API (and the dashboard) over a store; read-only unless --write."""
    try:
        import uvicorn

        from .serve import create_app
        from .serve.auth import token_for
    except ImportError as exc:
        _fail(f"lagebild serve needs the serve extra (pip install 'lagebild[serve]'): {exc}")
        raise typer.Exit(1) from None
    required, generated = token_for(host, token)
    application = create_app(db, token=required, read_only=not write, max_body_bytes=max_body, rate_limit=rate_limit,
                             code_rate_limit=code_rate_limit)
    where = f"http://{'[' + host + ']' if ':' in host else host}:{port}/"
    typer.echo(f"serving {db} ({'read-write' if write else 'read-only'}) at {where}", err=True)
    if generated:
        typer.echo(f"token (send as Authorization: Bearer …, or open {where}?token=…): {required}", err=True)
    uvicorn.run(application, host=host, port=port, log_level="warning")


@app.command("report")
@guarded
def report_cli(
    db: DbOption = "lagebild.duckdb",
    out: Annotated[Path, typer.Option("--out", "-o", help="The HTML file to write.")] = Path("report.html"),
    png_dir: Annotated[Optional[Path], typer.Option(help="Where the PNG charts go (default: <out>_charts/ beside the HTML).")] = None,
    start: Annotated[Optional[str], typer.Option(help="First event day (YYYY-MM-DD).")] = None,
    end: Annotated[Optional[str], typer.Option(help="Last event day (YYYY-MM-DD).")] = None,
    quad_class: Annotated[list[int], typer.Option("--quad-class", help="Only these QuadClasses (repeatable).")] = [],
    factuality: Annotated[str, typer.Option(help="asserted (default), all, or one factuality.")] = "asserted",
    interval: Annotated[str, typer.Option(help="Timeline bars per day, week or month; auto picks by the span of days.")] = "auto",
    title: Annotated[str, typer.Option(help="The report's heading.")] = "Lagebild report",
    top: Annotated[int, typer.Option(help="Rows in the actor, dyad and place tables.")] = 15,
) -> None:
    """Write an HTML report (charts inlined) and its charts as PNG files from a store."""
    try:
        from .report import build_report
    except ImportError as exc:
        _fail(f"lagebild report needs the report extra (pip install 'lagebild[report]'): {exc}")
        raise typer.Exit(1) from None
    from .analyse import EventFilter
    from .store import open_store

    where = EventFilter(quad_class=tuple(quad_class), factuality=factuality, start=start, end=end)
    with open_store(db, read_only=True) as store:
        report = build_report(store, out, where=where, png_dir=png_dir, title=title, top=top, interval=interval)
    typer.echo(f"wrote {report.html} ({report.events} events) and {len(report.charts)} charts in {report.charts[0].parent}")


@query_app.callback()
def query_callback(ctx: typer.Context, db: DbOption = "lagebild.duckdb") -> None:
    ctx.obj = {"db": db}


AllOption = Annotated[bool, typer.Option("--all", help="Count hypothetical, negated, future, reported and question events too.")]
JsonOption = Annotated[bool, typer.Option("--json", help="JSON lines instead of a table.")]


def _show(result: tuple[list[str], list[tuple[Any, ...]]], as_json: bool) -> None:
    from .store.query import format_table

    columns, rows = result
    if as_json:
        for row in rows:
            typer.echo(json.dumps(dict(zip(columns, row)), ensure_ascii=False, default=str))
    else:
        typer.echo(format_table(result))


def _query(ctx: typer.Context, run: Callable[[Any], tuple[list[str], list[tuple[Any, ...]]]], as_json: bool) -> None:
    from .store import open_store

    with open_store(ctx.obj["db"], read_only=True) as store:
        _show(run(store), as_json)


@query_app.command("dyad")
@guarded
def query_dyad_cli(ctx: typer.Context, source: str, target: str, show_all: AllOption = False, as_json: JsonOption = False,
                   limit: Annotated[int, typer.Option(help="At most this many events.")] = 100,
                   dedup: DedupOption = False, window: WindowOption = None) -> None:
    """Events from SOURCE to TARGET (actor or country codes: USA, RUSGOV)."""
    from .store.query import dyad

    days = _window(window)
    _query(ctx, lambda s: dyad(s, source, target, asserted_only=not show_all, limit=limit, dedup=dedup, window_days=days), as_json)


@query_app.command("event")
@guarded
def query_event_cli(ctx: typer.Context, event_id: Annotated[int, typer.Argument(help="An event id of `query dyad --dedup` or `export --dedup`.")],
                    as_json: JsonOption = False, window: WindowOption = None) -> None:
    """The mentions of one event, representative first, with their evidence (document, sentence, offsets)."""
    from .store.query import event

    days = _window(window)
    _query(ctx, lambda s: event(s, event_id, window_days=days), as_json)


@query_app.command("top-actors")
@guarded
def query_top_actors_cli(ctx: typer.Context, show_all: AllOption = False, as_json: JsonOption = False,
                         limit: Annotated[int, typer.Option(help="How many actors.")] = 20,
                         dedup: DedupOption = False, window: WindowOption = None) -> None:
    """The actors in most events, as source and as target."""
    from .store.query import top_actors

    days = _window(window)
    _query(ctx, lambda s: top_actors(s, asserted_only=not show_all, limit=limit, dedup=dedup, window_days=days), as_json)


@query_app.command("counts")
@guarded
def query_counts_cli(ctx: typer.Context, by: Annotated[str, typer.Option(help="day, month, quadclass, root, plover, lang or factuality")] = "day",
                     show_all: AllOption = False, as_json: JsonOption = False,
                     dedup: DedupOption = False, window: WindowOption = None) -> None:
    """Event and document counts by day (the event's date, else the article's), month, quad class, CAMEO root, PLOVER type, language."""
    from .store.query import counts

    days = _window(window)
    _query(ctx, lambda s: counts(s, by, asserted_only=not show_all, dedup=dedup, window_days=days), as_json)


@query_app.command("sql")
@guarded
def query_sql_cli(ctx: typer.Context, statement: Annotated[str, typer.Argument(help="A SQL query over documents, events, events_dedup, event_clusters, coding_runs, ingest_errors.")],
                  as_json: JsonOption = False) -> None:
    """Run a read-only SQL query on the store."""
    def run(store: Any) -> tuple[list[str], list[tuple[Any, ...]]]:
        if "events_dedup" in statement.lower() or "event_clusters" in statement.lower():
            from .store.dedup import use_clusters

            use_clusters(store, _window(None))  # current even when an ingest was killed before its refresh
        return store.sql(statement)

    _query(ctx, run, as_json)


EVALUATIONS = ("gold-de", "plover-gsr", "crosslingual", "petr", "knowledge")


@app.command("eval")
@guarded
def eval_cli(
    what: Annotated[str, typer.Argument(help="gold-de, plover-gsr (PLOVER GSR dev), crosslingual (NTREX de-en), petr (PETRARCH unit records), knowledge (places, dates, coreference)")],
    show_errors: Annotated[bool, typer.Option(help="Print each sentence the coder gets wrong (gold) or examples of errors.")] = False,
    split: Annotated[str, typer.Option(help="all, dev or test (knowledge also blind and blind3; gold-de also blind = events_de_blind.yaml, its second set, blind2 = events_de_blind2.yaml, its held-out third, blind3 = events_de_blind3.yaml, its fourth, blind4 = events_de_blind4.yaml, its fifth, blind5 = events_de_blind5.yaml, its held-out sixth, blind6 = events_de_blind6.yaml, its seventh, blind7 = events_de_blind7.yaml, its eighth, blind8 = events_de_blind8.yaml, its ninth, blind9 = events_de_blind9.yaml, its tenth, blind10 = events_de_blind10.yaml, its held-out eleventh, blind11 = events_de_blind11.yaml, its twelfth, and blind12 = events_de_blind12.yaml, its held-out thirteenth; roots only). gold and knowledge's actor cases: dev = odd ids (tune on these), test = even ids (report these); knowledge's places, dates and coreference: dev = knowledge_{de,en}.yaml, test = the held-out knowledge_heldout_{de,en}.yaml, blind = the second blind set knowledge_blind2_{de,en}.yaml, blind3 = the third blind set knowledge_blind3_{de,en}.yaml (places, dates, coreference only; not part of all)")] = "all",
    shared: Annotated[Optional[Path], typer.Option(help="The shared folder (default ../shared).")] = None,
) -> None:
    """Evaluate the event coder and print its scores."""
    if what not in EVALUATIONS:
        raise LagebildError(ErrorCode.E011, fmt=what, choices=", ".join(EVALUATIONS))
    if what.startswith("gold-"):
        from .evaluation.gold_events import BLIND_SETS, HELD_OUT_SETS, development_errors, gold_path, load_gold, score_coder

        if split not in ("all", "dev", "test", *BLIND_SETS):
            raise LagebildError(ErrorCode.E011, fmt=split, choices=", ".join(("all", "dev", "test", *BLIND_SETS)))
        lang = what.removeprefix("gold-")
        # the blind sets are scored whole (written from the conventions alone; roots only); a
        # held-out one's errors are not printed, nor those of the main file's test half (with
        # --split test or all), so that nobody tunes on it by accident
        blind = split in BLIND_SETS
        gold = load_gold(gold_path(lang, split if blind else ""))
        report = score_coder(gold, lang, "all" if blind else split)  # type: ignore[arg-type]
        show_errors = show_errors and split not in HELD_OUT_SETS
        typer.echo(f"gold {lang} ({split}): {report.sentences} sentences")
        # (actor codes compared in the gold's sector classes; "as coded" compares them exactly)
        for name, prf in (("root code", report.root), ("full code", report.full), ("root code, actor codes as coded", report.root_strict)):
            typer.echo(f"  {name:9s}  P {prf.precision:.3f}  R {prf.recall:.3f}  F1 {prf.f1:.3f}  (tp {prf.tp}, fp {prf.fp}, fn {prf.fn})")
        if show_errors:
            for line in report.errors if blind else development_errors(report.errors):
                typer.echo("  " + line)
        return
    if what == "knowledge":
        from .evaluation.actors import run_actor_eval
        from .evaluation.knowledge import run_knowledge_eval

        if split not in ("all", "dev", "test", "blind", "blind3"):
            raise LagebildError(ErrorCode.E011, fmt=split, choices="all, dev, test, blind, blind3")
        # Place/date/coreference errors of the held-out and blind splits are printed when asked,
        # to be studied, never tuned on (knowledge_heldout_*.yaml, knowledge_blind{2,3}_*.yaml).
        typer.echo(run_knowledge_eval(errors=show_errors, split=split))
        if split in ("blind", "blind3"):  # the actor cases (actors_*.yaml) have no blind split
            return
        # Actor errors are printed for the dev half only unless asked for all: the test half is
        # read for its score, never tuned on.
        report, _ = run_actor_eval(split, errors=show_errors and split == "dev")  # type: ignore[arg-type]
        typer.echo("")
        typer.echo(report)
        return
    data = resolve_shared(shared)
    errors = 10 if show_errors else 0
    if what == "plover-gsr":
        from .evaluation.plover_gsr import run_plover_eval

        typer.echo(run_plover_eval(data, errors=errors))
    elif what == "crosslingual":
        from .evaluation.crosslingual import run_crosslingual_eval

        typer.echo(run_crosslingual_eval(data, errors=errors))
    else:
        from .evaluation.petr import run_petr_eval

        typer.echo(run_petr_eval(data, errors=show_errors))


@app.command("bench")
@guarded
def bench_cli(
    what: Annotated[Optional[str], typer.Argument(help="'serve': the dashboard page-load benchmark over a synthetic store (see --events).")] = None,
    lang: Annotated[list[str], typer.Option("--lang", "-l", help="Languages (default: de and en).")] = [],
    shared: Annotated[Optional[Path], typer.Option(help="The shared folder (default ../shared); its NTREX news sentences are the corpus.")] = None,
    docs: Annotated[int, typer.Option(help="Documents per language (NTREX sentences grouped by article).")] = 120,
    articles: Annotated[Optional[int], typer.Option(help="End to end instead: ingest this many generated articles into a temporary DuckDB.")] = None,
    words: Annotated[int, typer.Option(help="--articles: words per generated article.")] = 600,
    workers: Annotated[int, typer.Option(help="--articles: ingest with this many worker processes.")] = 1,
    engine: Annotated[str, typer.Option(help="--articles: local or ray.")] = "local",
    warm: Annotated[bool, typer.Option("--warm", help="--engine ray: time a running cluster whose workers have loaded their pipelines (start-up not counted).")] = False,
    repeats: Annotated[int, typer.Option(help="--articles: run ingest and bare parse alternately this often; report the best of each.")] = 1,
    news: Annotated[bool, typer.Option("--news", help="--articles: make the articles of the shared NTREX news sentences (see --shared) instead of the sample corpus's, nearly all of which report an event.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="--articles, serve: print the numbers as JSON.")] = False,
    events: Annotated[int, typer.Option(help="serve: events in the synthetic store.")] = 100_000,
    runs: Annotated[int, typer.Option(help="serve: page loads per view.")] = 3,
) -> None:
    """Time the bare parse and the event coding on top of it, on one core; with --articles, time
    ingest end to end (articles/s, words/s, peak RSS, ratio to a bare nlp.pipe parse); `bench serve`
    times the dashboard's page loads and API calls over a synthetic store of --events events."""
    if what is not None:
        if what != "serve":
            raise LagebildError(ErrorCode.E010, "bench", key="WHAT", reason=f"unknown benchmark {what!r} (known: serve)")
        if events < 1 or runs < 1:
            raise LagebildError(ErrorCode.E010, "bench serve", key="--events/--runs", reason="must be a positive integer")
        from .serve.bench import bench_serve

        serve_result = bench_serve(events, runs=runs)
        typer.echo(json.dumps(serve_result.as_dict(), indent=2) if as_json else serve_result.format())
        return
    if articles is not None:
        from .bench import bench_ingest

        if articles < 1 or words < 1 or workers < 1 or repeats < 1:
            raise LagebildError(ErrorCode.E010, "bench", key="--articles/--words/--workers/--repeats", reason="must be a positive integer")
        pools = None
        if news:
            from .bench import news_sentences

            pools = news_sentences(resolve_shared(shared) / "parallel" / "ntrex128_de_en_dev.jsonl")
        result = bench_ingest(articles, words=words, workers=workers, engine=engine, warm=warm, repeats=repeats, pools=pools)
        typer.echo(json.dumps(result.as_dict(), indent=2) if as_json else result.format())
        return
    from .bench import bench_coding
    from .training.evaluate import pin_one_core

    pin_one_core()
    data = resolve_shared(shared)
    rows = [json.loads(line) for line in (data / "parallel" / "ntrex128_de_en_dev.jsonl").read_text(encoding="utf8").splitlines() if line.strip()]
    for code in lang or ["de", "en"]:
        articles: dict[str, list[str]] = {}
        for row in rows:
            articles.setdefault(row["doc"], []).append(row[code])
        texts = [" ".join(sents) for sents in articles.values()][:docs]
        typer.echo(bench_coding(texts, code).format())


@actors_app.command("lookup")
@guarded
def actors_lookup_cli(
    name: Annotated[str, typer.Argument(help="A person's name as news writes it: 'Lawrow', 'John Kerry'.")],
    date: Annotated[Optional[str], typer.Option(help="The date the name is read on, YYYY-MM-DD (default: the data's date).")] = None,
    lang: Annotated[str, typer.Option("--lang", "-l", help="Language of the name form.")] = "en",
    actors: ActorsOption = None,
) -> None:
    """Explain how a name resolves to an actor code on a date (user actor files first)."""
    from datetime import date as Date

    from .actors.people import explain, lookup
    from .data.people import people
    from .data.user_actors import user_dictionary
    from .settings import load_settings

    day = None
    if date:
        try:
            day = Date.fromisoformat(date)
        except ValueError:
            raise LagebildError(ErrorCode.E014, "--date", value=date) from None
    user = user_dictionary(actors or load_settings().actors)
    if user is not None:
        on = day or people().as_of
        lines = user.explain(name, on, lang)
        found = user.lookup(name, on, lang)
        if found is not None:
            for line in lines:
                typer.echo(line)
            typer.echo(f"→ {found.code}: from a user file, which wins over Lagebild's own data: {found.evidence}")
            return
        for line in lines:
            typer.echo(line)
        typer.echo(f"no user file entry resolves {name!r} on {on.isoformat()}; Lagebild's own data:")
    for line in explain(name, day, lang):
        typer.echo(line)
    if lookup(name, day, lang) is None:
        raise typer.Exit(1)


@actors_app.command("import")
@guarded
def actors_import_cli(
    files: Annotated[list[Path], typer.Argument(help="Dictionary files: PETRARCH/Phoenix actor or agent files, CSV, or Lagebild actor YAML.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="petrarch, csv (name,code,country,sector,start,end,lang) or yaml")] = "petrarch",
    out: Annotated[Path, typer.Option("--out", "-o", help="The Lagebild actor file to write (use it with --actors or the 'actors' setting).")] = Path("my_actors.yaml"),
) -> None:
    """Convert users' actor dictionaries into Lagebild's editable actor YAML.  Bad lines are
    reported (file:line: reason) and skipped; the rest is written; exit status 1 if any was bad."""
    from .data.user_actors import dump_user_actors, read_user_actors
    from .importers.user_dict import import_files

    result = import_files(files, fmt)
    for line in result.problems:
        typer.echo(f"error: {line}", err=True)
    header = (f"Lagebild actor file, imported with `lagebild actors import --format {fmt}` from "
              + ", ".join(f.name for f in files) + ".\nSchema: lagebild/data/user_actors.py. Edit freely; it is checked on load.")
    out.write_text(dump_user_actors(result.entries, header), encoding="utf8")
    read_user_actors(out)  # what was written loads back, or this is a bug worth a loud error
    for line in result.summary():
        typer.echo(line)
    typer.echo(f"wrote {out}")
    if result.problems:
        raise typer.Exit(1)


@models_app.command("list")
@guarded
def models_list_cli() -> None:
    """Show each available pipeline, where it comes from and its recorded held-out scores."""
    from .models_info import describe

    for line in describe():
        typer.echo(line)


@models_app.command("eval")
@guarded
def models_eval_cli(
    lang: Annotated[list[str], typer.Option("--lang", "-l", help="Languages to evaluate (default: all bundled).")] = [],
    shared: Annotated[Optional[Path], typer.Option(help="The shared folder with data/treebanks (default ../shared).")] = None,
    speed: Annotated[bool, typer.Option(help="Also measure words/s on one core.")] = True,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """Held-out UAS, LAS, POS, morphology, Case F1, lemma accuracy, NER F1 and words/s on one core."""
    from .nlp import available_languages, bundled_pipeline_path
    from .training.evaluate import evaluate_pipeline, pin_one_core

    pin_one_core()
    data = resolve_shared(shared)
    results = []
    for code in lang or available_languages():
        path = bundled_pipeline_path(code)
        if path is None:
            raise LagebildError(ErrorCode.E005, lang=code, available=", ".join(available_languages()))
        results.append(evaluate_pipeline(code, path, data, speed=speed).as_dict())
    if as_json:
        typer.echo(json.dumps(results, indent=2))
        return
    from .models_info import format_scores

    for result in results:
        typer.echo(format_scores(result))


@models_app.command("train")
@guarded
def models_train_cli(
    lang: Annotated[str, typer.Argument(help="de or en")],
    shared: Annotated[Optional[Path], typer.Option(help="The shared folder with data/treebanks (default ../shared).")] = None,
    work_dir: Annotated[Path, typer.Option(help="Converted corpora and checkpoints go here.")] = Path("training"),
    output: Annotated[Optional[Path], typer.Option(help="Where the pipeline is written (default: the package's models/LANG).")] = None,
    max_steps: Annotated[Optional[int], typer.Option(help="Override the configs' max_steps (for a quick smoke build).")] = None,
    skip_training: Annotated[bool, typer.Option(help="Re-assemble from checkpoints already in --work-dir.")] = False,
    verb_copies: Annotated[int, typer.Option(help="German only, an experiment: add this many verb-substituted copies of each syntax training doc (needs ablaut; the shipped pipeline uses 0).")] = 0,
) -> None:
    """Rebuild a bundled pipeline from the shared corpora (convert, train, assemble, evaluate)."""
    from importlib import resources

    from .training.evaluate import evaluate_pipeline
    from .training.recipe import RECIPES, build

    if lang not in RECIPES:
        raise LagebildError(ErrorCode.E005, lang=lang, available=", ".join(RECIPES))
    data = resolve_shared(shared)
    target = output or Path(str(resources.files("lagebild") / "models" / lang))
    build(
        lang, data, work_dir, target, max_steps=max_steps, skip_training=skip_training, verb_copies=verb_copies,
        evaluate=lambda code, path, d: evaluate_pipeline(code, path, d).as_dict(),
    )
    typer.echo(f"wrote {target}")


@models_app.command("verb-forms")
@guarded
def models_verb_forms_cli(
    lang: Annotated[str, typer.Argument(help="A language with event patterns (de, en).")],
) -> None:
    """Regenerate lagebild/lang/LANG/verb_forms.yaml, the forms of the pattern verbs, with the
    conjugator the language's grammar names (ablaut for German, lemminflect for English; both from
    requirements-train.txt); run it after adding verbs to event_patterns.yaml."""
    from .lang import language_dir
    from .training.verb_forms import write_table

    out = language_dir(lang) / "verb_forms.yaml"
    typer.echo(f"wrote {out}: {write_table(lang, out)} verbs")


def main() -> None:
    app()


if __name__ == "__main__":
    main()

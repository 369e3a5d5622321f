"""The ``storylens`` command line: thin wrappers over the library.

Each command parses its options, calls one library function, renders the
result and turns a :class:`~storylens.errors.StoryLensError` into a one-line
message on stderr with exit code 2. Commands are registered on ``app``; add a
new one as a small function below and document it in ``docs/cli.md``.
"""

from __future__ import annotations

import itertools
import re
import sys
from enum import Enum
from pathlib import Path
from typing import Any

import typer

from ..errors import NotEnoughDocumentsError, StoreBusyError, StoryLensError
from ..settings import DEFAULT as _SETTINGS

_BRACED = re.compile(r"^\{(.+)\}(\.\.\.)?$")


def _plain_usage(command):
    """Usage lines say ``STORY_ID OTHER_ID``, not typer 0.28's ``{a} {b}`` (braces read as literal text)."""
    if command is not None and not getattr(command, "_plain_usage", False):
        collect = command.collect_usage_pieces

        def pieces(ctx):
            return [_BRACED.sub(r"\1\2", piece) for piece in collect(ctx)]

        command.collect_usage_pieces = pieces
        parse = command.parse_args

        def parse_args(ctx, args):
            _no_flag_values(ctx, command, args)
            return parse(ctx, args)

        command.parse_args = parse_args
        command._plain_usage = True
    return command


# What a value after a flag looks like ("--align-anyway 1", "--no-cache true"): a flag takes none, and the word was
# read as an input file, missing (robust67)
_FLAG_VALUES = frozenset("1 0 true false yes no on off y n t f".split())
# The positional arguments that are files or URLs (compare, similarity, ingest, watch)
_FILE_ARGUMENTS = frozenset({"inputs", "paths", "feeds"})


def _no_flag_values(ctx, command, args) -> None:
    """A usage error when a flag of ``command`` is followed by a truth word that names no file (``--align-anyway 1``:
    the "1" became an input file, "not found"); only for a command that reads files or URLs (a query or a story id
    may be such a word)."""
    if not any(getattr(param, "name", None) in _FILE_ARGUMENTS for param in command.params
               if getattr(param, "param_type_name", "") == "argument"):
        return
    flags = {name for param in command.params if getattr(param, "is_flag", False) and not getattr(param, "count", False)
             for name in (*param.opts, *param.secondary_opts)}
    for flag, value in itertools.pairwise(args):
        if flag in flags and value.casefold() in _FLAG_VALUES and not Path(value).exists():
            ctx.fail(f"{flag} takes no value: write {flag} alone ('{value}' would be read as an input file)")


class _Groups(typer.core.TyperGroup):
    """A group whose commands print plain usage lines (see :func:`_plain_usage`)."""

    def get_command(self, ctx, cmd_name):
        return _plain_usage(super().get_command(ctx, cmd_name))


# Words a user may try for a command, and the command that does it.
_COMMAND_WORDS = {
    "web": "serve", "server": "serve", "ui": "serve", "app": "serve", "api": "serve",
    "diff": "compare", "ledger": "compare", "claims": "compare",
    "score": "similarity", "same": "similarity",
    "add": "ingest", "import": "ingest", "load": "ingest",
    "list": "stories", "cluster": "stories", "clusters": "stories", "refine": "stories",
    "find": "search", "query": "search",
    "show": "story", "merge": "story", "move": "story",
    "poll": "watch", "feeds": "watch", "follow": "watch",
    "init": "setup", "install": "setup",
}


class _OneLineUsageErrors(_Groups):
    """A wrong option or a missing argument is one line naming it and the fix, exit 2.

    Click prints a usage block, a hint and the error (four lines) for every usage
    error; ``--help`` and ``storylens`` with no arguments still print the full help.
    """

    resolved_path: str | None = None  # the command a usage error belongs to (set by resolve_command)

    def resolve_command(self, ctx, args):
        # A name a new user tries for a command we call otherwise (trial59 F20: "storylens web" said only "No such
        # command 'web'"): click suggests close spellings itself, not other words.
        name = args[0] if args else None
        known = _COMMAND_WORDS.get(name or "")
        if known is not None and super().get_command(ctx, name) is None and super().get_command(ctx, known):
            ctx.fail(f"No such command '{name}' (did you mean '{known}'?)")
        resolved = super().resolve_command(ctx, args)
        if resolved[1] is not None:
            # the command's path, for a usage error click raises without a context: "Option '--align-anyway' does
            # not take a value" (--align-anyway=true) named 'storylens --help', not the command's (newuser67)
            self.resolved_path = f"{ctx.command_path} {resolved[1].name}"
        return resolved

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        errors = _click_exceptions()
        self.resolved_path = None
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        try:
            rv = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except errors.NoArgsIsHelpError as exc:
            exc.show()
            sys.exit(exc.exit_code)
        except errors.UsageError as exc:
            typer.echo(usage_error_line(exc, self.resolved_path), err=True)
            sys.exit(exc.exit_code)
        except errors.ClickException as exc:
            exc.show()
            sys.exit(exc.exit_code)
        except (typer.Abort, getattr(errors, "Abort", typer.Abort)):
            typer.echo("storylens: aborted", err=True)
            sys.exit(1)
        # Without standalone mode click returns the exit code of typer.Exit, or the command's value.
        sys.exit(rv if isinstance(rv, int) else 0)


def _click_exceptions():
    """The exceptions of the click typer runs on: typer 0.28 vendors click as ``typer._click``,
    older typers use ``click`` itself."""
    click = getattr(typer.core, "_click", None) or getattr(typer.core, "click")  # noqa: B009 - absent in typer 0.28
    return click.exceptions


def usage_error_line(exc, resolved: str | None = None) -> str:
    """``storylens compare: error: No such option: --fromat (Did you mean --format?); see 'storylens compare --help'``;
    ``resolved``: the command's path when the error has no context (click's parser raises some so)."""
    message = " ".join(line.strip() for line in exc.format_message().splitlines() if line.strip()).rstrip(".")
    command = exc.ctx.command_path if exc.ctx is not None else resolved or "storylens"
    return f"{command}: error: {message}; see '{command} --help'"


app = typer.Typer(
    cls=_OneLineUsageErrors,
    name="storylens",
    help="Find news articles that report the same story and compare them claim by claim.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Plain click help: typer's rich help imports rich.markdown and markdown-it
    # (0.17 of 0.35 CPU-s of `storylens --help`, measured); commands still print with rich.
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        from .. import __version__

        typer.echo(f"storylens {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """Find news articles that report the same story and compare them claim by claim."""


class OutputFormat(str, Enum):
    terminal = "terminal"
    markdown = "markdown"
    html = "html"
    json = "json"


class SimilarityModelName(str, Enum):
    """The shipped similarity models (storylens.similarity.VARIANTS; not imported here: start-up)."""

    fast = "fast"
    full = "full"


def fail(message: str, code: int = 2) -> None:
    """Print one line on stderr and exit (no traceback)."""
    typer.echo(f"storylens: error: {fitted(message, 600)}", err=True)
    raise typer.Exit(code)


def input_error_line(source: str, reason: str) -> str:
    """The documented line for one bad input of several (docs/cli.md: ``storylens: error: <input>: <what is wrong>;
    <how to fix it>``): the command goes on with the other inputs and exits 1 at the end (trial 60 L3: ingest
    printed "  failed  x.txt: ...", compare "storylens: skipped x.txt: ...")."""
    return f"storylens: error: {one_line(source, 240)}: {fitted(reason, 300)}"


def emit(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    else:
        try:
            output.write_text(text, encoding="utf-8")
        except OSError as exc:
            fail(f"{output}: cannot write the report ({exc.strerror}); pass another --output path")
        typer.echo(f"wrote {output}", err=True)


def check_output(output: Path | None) -> None:
    """Fail with one line, before any work, when ``output`` cannot be written."""
    import os

    if output is None:
        return
    parent = output.parent if str(output.parent) else Path(".")
    if output.is_dir():
        fail(f"{output}: is a directory; pass a file path to --output")
    if not parent.is_dir():
        fail(f"{output}: the directory {parent} does not exist; create it or pass another --output path")
    if (output.exists() and not os.access(output, os.W_OK)) or not os.access(parent, os.W_OK):
        fail(f"{output}: permission denied; pass a writable --output path")


@app.command()
def compare(
    inputs: list[str] = typer.Argument(..., metavar="FILE_OR_URL...", help="Two or more article files (.txt, .html), http(s):// URLs of pages, or '-' for stdin."),  # noqa: B008 - typer parameter declaration
    format: OutputFormat | None = typer.Option(  # noqa: B008 - typer parameter declaration
        None, "--format", "-f", help="Report format (default: from the -o suffix .json/.html/.md, else terminal)."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write the report to a file."),  # noqa: B008 - typer parameter declaration
    no_cache: bool = typer.Option(False, "--no-cache", help="Do not read or write the cache (vectors, parsed sentences, sentence splits)."),
    similarity_model: SimilarityModelName = typer.Option(  # noqa: B008 - typer parameter declaration
        SimilarityModelName.full, "--similarity-model",
        help="Same-story model: full (the default: USE and an e5 vector of each lead) or fast (USE only: ~1/10 the CPU)."),
    fast_similarity: bool = typer.Option(False, "--fast-similarity", hidden=True, help="Same as --similarity-model fast."),
    align_anyway: bool = typer.Option(
        False, "--align-anyway",
        help="Align the claims of documents judged different stories too (by default such a document is set aside); the report cautions that their shared and conflicting claims may pair two events."),
) -> None:
    """Compare articles about one story: shared, unique and conflicting claims."""
    from ..report import render
    from ..report.compare import compare as run_compare

    check_output(output)
    try:
        # On the command line every input is a file (or '-'): a mistyped name must not become article text.
        from ..ingest.files import unsupported_scheme

        # URLs stay as written (ftp:// is then refused by name, not reported as a missing "ftp:/x" file).
        # An empty argument stays a str: Path("") is "." (newuser67 H3: ".: is a directory" of an input nobody typed).
        paths = [i if not i or i == "-" or i.lower().startswith(("http://", "https://")) or unsupported_scheme(i)
                 else Path(i) for i in inputs]
        with _busy(f"comparing {len(paths)} articles (the first run loads the models)"):
            result = run_compare(paths, cache=not no_cache,
                                 similarity_model="fast" if fast_similarity else similarity_model.value,
                                 align_anyway=align_anyway)
    except NotEnoughDocumentsError as exc:  # fewer than two readable: each bad input in the one form, then why
        for bad in exc.failures:
            where = f"{bad.source or '<input>'}{f'#{bad.record}' if bad.record else ''}"
            typer.echo(input_error_line(where, bad.reason), err=True)
        fail(exc.summary)
    except StoryLensError as exc:
        fail(str(exc))
    # Skipped inputs are reported only when the comparison went ahead; otherwise
    # the error line above already names them.
    for failure in result.failures:
        typer.echo(input_error_line(failure.source, failure.reason), err=True)
    if result.failures:
        typer.echo(f"storylens: compared {len(result.documents)} of {len(result.documents) + len(result.failures)} "
                   f"inputs; {len(result.failures)} failed (listed above)", err=True)
    for doc in result.documents:
        for warning in doc.warnings:
            typer.echo(f"storylens: warning: {doc.source}: {warning}", err=True)
    emit(render(result, (format or _format_for(output)).value), output)
    if result.failures:  # the report covers the rest, but an input was lost: as ingest, exit 1
        raise typer.Exit(1)


_SUFFIX_FORMATS = {".json": OutputFormat.json, ".html": OutputFormat.html, ".htm": OutputFormat.html,
                   ".md": OutputFormat.markdown, ".markdown": OutputFormat.markdown}


def _format_for(output: Path | None) -> OutputFormat:
    """``-o report.json`` without ``-f`` writes JSON, not the terminal's box drawing."""
    return _SUFFIX_FORMATS.get(output.suffix.lower(), OutputFormat.terminal) if output else OutputFormat.terminal


@app.command()
def schema(
    name: str = typer.Argument("comparison", metavar="NAME", help="Which contract: comparison, stories, story or search."),
) -> None:
    """Print a JSON Schema of StoryLens's JSON output."""
    from ..report import load_schema_text

    try:
        typer.echo(load_schema_text(name))
    except StoryLensError as exc:
        fail(str(exc))


class SimilarityFormat(str, Enum):
    terminal = "terminal"
    json = "json"


@app.command()
def similarity(
    inputs: list[str] | None = typer.Argument(None, metavar="FILE_OR_URL...", help="Two article files (.txt or .html) or http(s):// URLs of pages."),  # noqa: B008 - typer parameter declaration
    # a str, not a Path: typer makes "" the directory "." (robust68: ".: is a directory"); read_pairs_csv names an
    # empty or unreadable path in the one error form
    pairs: str | None = typer.Option(
        None, "--pairs", help="CSV of pairs: text1,text2[,lang1,lang2]; CSV out."),
    format: SimilarityFormat = typer.Option(SimilarityFormat.terminal, "--format", "-f", help="Output format."),  # noqa: B008 - typer parameter declaration
    no_cache: bool = typer.Option(False, "--no-cache", help="Do not read or write the embedding cache."),
    # --similarity-model as compare spells it (issue #13: a user who learnt it there got "No such option")
    model: SimilarityModelName | None = typer.Option(  # noqa: B008 - typer parameter declaration
        None, "--model", "-m", "--similarity-model", show_default=False,
        help="Same-story model: full (the default: USE and an e5 vector of each lead) or fast (USE only: ~1/10 the CPU)."),
    fast: bool = typer.Option(False, "--fast", "--fast-similarity", hidden=True, help="Same as --model fast."),
) -> None:
    """How similar two articles are: seven SemEval-2022 scores (0..1), same story or not, reasons."""
    from .. import similarity as sim
    from ..embed import get_default_embedder, get_document_embedder
    from ..ingest.files import check_stdin_once

    variant = "fast" if fast else (model or SimilarityModelName.full).value
    encoders: dict[str, Any] = {"embedder": get_default_embedder(cache=not no_cache), "variant": variant,
                "doc_embedder": get_document_embedder(cache=not no_cache) if variant == "full" else None}
    try:
        if pairs is not None:
            if inputs:
                raise StoryLensError("give either two files or --pairs CSV, not both")
            failed = _similarity_csv(pairs, encoders, model_chosen=fast or model is not None)
            raise typer.Exit(1 if failed else 0)  # like ingest: 1 when some rows failed
        if not inputs or len(inputs) != 2:
            raise StoryLensError("give exactly two article files (or --pairs FILE.csv)")
        check_stdin_once(inputs)
        a, b = sim.read_prepared(inputs[0]), sim.read_prepared(inputs[1])
        from .._paths import shown_path

        for name, side in zip(inputs, (a, b), strict=True):  # as compare says them, before the scores
            for warning in side.warnings:
                typer.echo(f"storylens: warning: {shown_path(name)}: {warning}", err=True)
        with _busy("scoring the pair (the first run loads the models)"):
            score = sim.score_pairs([(a.text, b.text)], published=[(a.published, b.published)],
                                    datelines=[(a.dateline, b.dateline)], **encoders)[0]
    except StoryLensError as exc:
        fail(str(exc))
    if format is SimilarityFormat.json:
        import json

        emit(json.dumps(score.as_dict(), ensure_ascii=False, indent=2), None)
    else:
        assert inputs is not None  # checked above (fail() exits otherwise)
        _similarity_table(score, inputs)


def _similarity_table(score, inputs: list[str]) -> None:
    from rich.console import Console
    from rich.table import Table

    from ..similarity import DIMENSIONS

    if score.same_story is None:  # too little text: no table of scores that would read as a verdict
        console = Console()
        console.print(f"{Path(inputs[0]).name}  vs  {Path(inputs[1]).name}", markup=False, highlight=False)
        console.print(f"same story: {score.undecided}", markup=False, highlight=False)
        return
    table = Table(title=f"{Path(inputs[0]).name}  vs  {Path(inputs[1]).name}")
    table.add_column("dimension")
    table.add_column("similarity (0..1)", justify="right")
    for d in DIMENSIONS:
        table.add_row(d, f"{getattr(score, d):.2f}")
    console = Console()
    console.print(table)
    console.print(f"same story: [bold]{'yes' if score.same_story else 'no'}[/bold]  (model: {score.model})")
    for reason in score.reasons:
        console.print(f"  - {reason}", markup=False, highlight=False)


def _similarity_csv(path: str, encoders: dict, model_chosen: bool = True) -> int:
    """Score a pairs CSV to stdout; failed rows keep their columns and say why in ``error``. -> failures.

    The default model is the same at every file size (a pair scores the same wherever it
    is); a large file scored with it by default gets a one-line hint on stderr naming the
    cost and ``--model fast`` (``settings.similarity_pairs_hint_texts``)."""
    import csv

    from rich.progress import Progress

    from ..errors import InputError
    from ..models import Failure
    from ..similarity import DIMENSIONS, looks_like_path, read_pairs_csv, score_rows, shipped_cv_pearson
    from ..similarity._inputs import OUTPUT_COLUMNS, output_header

    columns, rows = read_pairs_csv(path)
    cells = [(r.get(k) or "").strip() for r in rows for k in ("text1", "text2")]
    if cells and all(looks_like_path(c) for c in cells if c):
        # trial 8: every row said "not enough text… 4 and 4 words", exit 0, no hint
        raise InputError(f"text1 and text2 hold file names (such as {next(c for c in cells if c)[:60]!r}), not "
                         "article texts: put each article's text in the CSV cells, or score two files with "
                         "'storylens similarity A B'", source=str(path))
    texts = len({(r.get(k) or "").strip() for r in rows for k in ("text1", "text2")} - {""})
    if not model_chosen and encoders["variant"] == "full" and texts > _SETTINGS.similarity_pairs_hint_texts:
        typer.echo(f"storylens: {texts} distinct texts: the default model (full) embeds each new text's lead "
                   "with e5 (~0.05-0.08 CPU-s each, once: vectors are cached); --model fast costs about a quarter "
                   "per new pair for a lower score (dev grouped CV Pearson "
                   f"{shipped_cv_pearson('fast'):.3f} against {shipped_cv_pearson('full'):.3f}); "
                   "--model full hides this note", err=True)
    with Progress(console=_stderr_console(), transient=True) as bar:
        task = bar.add_task("scoring pairs", total=len(rows))
        results = score_rows(rows, progress=lambda done, total: bar.update(task, completed=done), **encoders)
    writer = csv.DictWriter(sys.stdout, fieldnames=columns + list(OUTPUT_COLUMNS), extrasaction="ignore")
    # the header as the input named its columns (a name given twice has its own key: read_pairs_csv), one named
    # like an output column as input_<name>
    csv.writer(sys.stdout).writerow(output_header(columns))
    failed = []
    for row, r in zip(rows, results):
        if isinstance(r, Failure):
            failed.append(r)
            writer.writerow({**row, "error": r.reason})
        else:
            writer.writerow({**row, **{d: "" if r.undecided else f"{getattr(r, d):.4f}" for d in DIMENSIONS},
                             "same_story": "" if r.same_story is None else r.same_story, "undecided": r.undecided or ""})
    _say_long_runs(path, rows)
    undecided = sum(1 for r in results if not isinstance(r, Failure) and r.undecided)
    if failed:
        shown = "; ".join(f"{f.source}: {f.reason}" for f in failed[:3])
        more = f"; ... and {len(failed) - 3} more" if len(failed) > 3 else ""
        typer.echo(f"storylens: {path}: scored {len(rows) - len(failed) - undecided} of {len(rows)} pairs, "
                   f"{len(failed)} failed (see the error column): {shown}{more}", err=True)
    # a side the sentence encoder does not read and nothing in common to judge by (similarity._scoring._blind_score)
    unread = sum(1 for r in results if not isinstance(r, Failure) and (r.undecided or "").startswith("undecided:"))
    if undecided - unread:  # no scores either: as the docs say, a row that cannot be scored makes the exit code 1
        typer.echo(f"storylens: {path}: {undecided - unread} of {len(rows)} pairs have too little text to judge "
                   "(see the undecided column)", err=True)
    if unread:
        typer.echo(f"storylens: {path}: {unread} of {len(rows)} pairs have no verdict: a text in a language the "
                   "sentence encoder does not read, and the names, places, dates and figures in common do not decide it "
                   "(see the undecided column)", err=True)
    return len(failed) + undecided


def _say_long_runs(path: str, rows: list) -> None:
    """One ``long runs:`` warning line for each text cell whose overlong runs without spaces the scoring left out
    (as compare and the stream say them; robust70: similarity said none), at most 20 and a count of the rest."""
    from ..prepare.clean import drop_long_runs

    said = [f"storylens: warning: {path}: row {i} {key}: {note}" for i, row in enumerate(rows, 1)
            for key in ("text1", "text2") if (note := drop_long_runs(str(row.get(key) or ""))[1])]
    for line in said[:20]:
        typer.echo(line, err=True)
    if len(said) > 20:
        typer.echo(f"  ... and {len(said) - 20} more warnings like these", err=True)


def _busy(message: str):
    """A spinner with ``message`` on stderr while long work runs (only on a terminal: pipes stay clean)."""
    import contextlib

    if not sys.stderr.isatty():
        return contextlib.nullcontext()
    return _stderr_console().status(message)


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)


# -- story tracking over a stream: ingest, stories, story, search ------------------------------

class RefineJudge(str, Enum):
    """Who judges candidate pairs in ``stories --refine`` (storylens.stream.corrections.refine_stories)."""

    similarity = "similarity"
    full = "full"
    links = "links"


class ListFormat(str, Enum):
    terminal = "terminal"
    markdown = "markdown"
    json = "json"


# Only ingest and watch start a store; every other command reads one and says when it is missing (trial 15 #19).
NEW_DB_OPTION = typer.Option("storylens.db", "--db", envvar="STORYLENS_DB", metavar="URL",
                             help="Article store: a SQLite file (created if missing; its vectors live beside it in FILE.usearch: "
                                  "copy both) or postgresql://user@host:port/dbname.")
DB_OPTION = typer.Option("storylens.db", "--db", envvar="STORYLENS_DB", metavar="URL",
                         help="Article store: a SQLite file (with FILE.usearch beside it) or postgresql://user@host:port/dbname "
                              "made by 'storylens ingest' (a missing store is an error).")
LIST_FORMAT_OPTION = typer.Option(ListFormat.terminal, "--format", "-f", help="Output format.")


def _open_store(db: str, create: bool = False):
    from contextlib import closing

    from ..store import open_store

    _check_db(db, create)
    return closing(open_store(db))


def _warn_missing_vectors(store) -> None:
    """One stderr line when a SQLite store's ``<db>.usearch`` is missing but held vectors: the story list and a
    story's page read without it, while search, ingest, ``stories --refine`` and corrections refuse (trial 60 L5: a
    copy of ``<db>`` alone listed its stories with no word that the copy was incomplete)."""
    held = store.vectors_missing()
    if held:
        typer.echo(f"storylens: warning: {store.index_path} is missing (it held {held:,} article vectors): the stories "
                   "are read from the database alone, but search, ingest, 'stories --refine' and story corrections "
                   "need it; copy or restore both files together", err=True)


def _check_db(db: str, create: bool = False) -> None:
    """The one-line errors for a --db that names no usable store, before anything opens or loads."""
    from .._paths import has_surrogates, shown_path
    from ..errors import StoreError
    from ..store import store_exists

    if not db.strip():  # STORYLENS_DB= or --db '' would otherwise mean ./storylens.db for one command only
        raise StoreError("--db is empty; pass a SQLite file path or postgresql://user@host/dbname")
    if "://" in db and not db.lower().startswith(("postgresql://", "postgres://", "sqlite:///")):
        # checked first: "mysql://..." is not "no article store here"
        raise StoreError(f"{db}: unknown store URL; use a file path, sqlite:///relative.db, sqlite:////absolute.db "
                         "or postgresql://user@host/dbname")
    if "://" not in db.replace("sqlite:///", "") and has_surrogates(db):
        # before the tests below: "no article store here; run 'storylens ingest PATH --db caf\xe9.db' first" and
        # "the directory ... does not exist; create it" sent the user to what the store then refused (newuser64 L)
        from ..store._sqlite import NOT_UTF8_PATH  # here: the module loads numpy, which a PostgreSQL --db waits for

        raise StoreError(f"{shown_path(db)}: {NOT_UTF8_PATH}")
    if not create and not store_exists(db):
        raise StoreError(f"{db}: no article store here; run 'storylens ingest PATH --db {db}' first, or pass another --db")
    if create and "://" not in db and db != ":memory:" and not Path(db).parent.is_dir():
        # A typo in --db must not quietly start a new, empty store in a new directory.
        raise StoreError(f"{db}: the directory {Path(db).parent} does not exist; create it or pass another --db")


class _Terminated(BaseException):
    """SIGTERM arrived (a service manager or kill): handled like Ctrl-C (a BaseException, like
    KeyboardInterrupt, so per-article error handling never swallows it)."""


def _sigterm_as_interrupt():
    """Turn SIGTERM into an exception in the main thread, so the run stops between batches like on Ctrl-C."""
    import signal

    def handler(signum, frame):
        _sigterm_as_interrupt.arrived = True
        raise _Terminated()

    try:
        return signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not the main thread (e.g. called from a test runner thread)
        return None


@app.command()
def ingest(
    paths: list[str] = typer.Argument(  # noqa: B008 - typer parameter declaration
        ..., metavar="PATH_OR_URL...", help="Files, directories, globs (.txt/.html, .jsonl, RSS/Atom, WARC/ARC) or http(s):// URLs of feeds and pages."),
    db: str = NEW_DB_OPTION,
    batch_size: int = typer.Option(32, "--batch-size", min=1, help="Articles per committed transaction."),
    threshold: float | None = typer.Option(None, "--threshold", min=-1.0, max=3.0,
                                           help="Story join threshold, -1..3 (new store: default 0.8)."),
    no_dates: bool = typer.Option(False, "--no-dates", help="Ignore publication dates when clustering."),
    silent: bool = typer.Option(False, "--silent", "-q", help="No progress bar."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Do not read or write the embedding cache."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Processes that clean and embed articles (2 on 2 cores for big streams; forked from one process that loads the model once, ~2 s)."),
    engine: str = typer.Option("local", "--engine", help="local: this process (and --workers); ray: clean and embed on a Ray Data actor pool (pip install 'storylens[ray]'). Same stories."),
    ray_address: str | None = typer.Option(None, "--ray-address", help="With --engine ray: join this Ray cluster (e.g. ray://host:10001 or auto) instead of starting Ray here."),
    profile: bool = typer.Option(False, "--profile", help="Print wall and CPU time per stage (read, prepare, embed, entity keys, wait, nearest stored, near-duplicates, cluster, store write) on stderr at the end."),
    candidate_window: int | None = typer.Option(
        None, "--candidate-window", envvar="STORYLENS_CANDIDATE_WINDOW", min=0, metavar="N",
        help="Compare each new article with the last N stored articles only (0: the whole store). Stored with "
             f"the store: later runs without it use the store's value (a new store: {_SETTINGS.candidate_window:,}). "
             "Ingest a backfill larger than N in date order, or with 0."),
) -> None:
    """Add articles to the store and assign them to stories (idempotent; re-run to resume)."""
    from ..embed import get_default_embedder

    if engine not in ("local", "ray"):
        fail(f"--engine must be 'local' or 'ray', not {engine!r}")
    if engine == "local" and ray_address:
        fail("--ray-address needs --engine ray")
    if engine == "ray":
        from ..batch import RAY_MISSING, ray_available

        if not ray_available():
            fail(RAY_MISSING)
        import logging

        logging.getLogger("ray.data").setLevel(logging.ERROR)  # per-dataset execution chatter on stderr
        if workers > 1:
            fail("--workers is for --engine local; with --engine ray the actor pool uses the cluster's CPUs")
        if profile:
            fail("--profile is for --engine local")
    unreadable = _nothing_to_read(paths)
    if unreadable:  # before the store is opened: a mistyped path must not leave an empty store behind
        fail(unreadable, 1)
    params = {k: v for k, v in (("threshold", threshold), ("use_dates", False if no_dates else None)) if v is not None}
    times: Any = None  # a StageTimes with --profile
    _sigterm_as_interrupt()
    pool = None  # the --workers processes, started before the ingest stack is imported and the store opened
    try:
        if engine == "local":
            from ..stream.prepare import start_workers

            embedder = get_default_embedder(cache=not no_cache)
            pool = start_workers(embedder, workers)
        from ..stream import ingest_paths

        if pool is not None:  # while the workers start (on the other core): what this process's first commit pays
            from ..stream.ingest import warm_commit

            warm_commit()

        with _open_store(db, create=True) as store, _ingest_progress(silent) as on_progress:
            if engine == "ray":
                import functools

                from ..batch import ingest_ray

                report = ingest_ray(paths, store, embedder_factory=functools.partial(get_default_embedder, cache=not no_cache),
                                    address=ray_address, clusterer_params=params, progress=on_progress,
                                    batch_size=batch_size, candidate_window=candidate_window)
            else:
                from ..stream._profile import StageTimes

                times = StageTimes() if profile else None
                report = ingest_paths(paths, store, embedder=embedder, clusterer_params=params, progress=on_progress,
                                      batch_size=batch_size, workers=workers, times=times, pool=pool,
                                      candidate_window=candidate_window)
    except StoryLensError as exc:
        fail(str(exc))
    except (KeyboardInterrupt, _Terminated) as exc:
        why = "terminated (SIGTERM)" if isinstance(exc, _Terminated) else "interrupted"
        fail(f"{why}; every committed batch is kept: run the same command again to resume", 130 if why == "interrupted" else 143)
    except RuntimeError:
        # A native library that checks for signals while it works (usearch's add: "Operation has been
        # terminated") turns the handler's _Terminated into its own RuntimeError: still the SIGTERM
        if not getattr(_sigterm_as_interrupt, "arrived", False):
            raise
        fail("terminated (SIGTERM); every committed batch is kept: run the same command again to resume", 143)
    finally:
        if pool is not None:  # ingest shut them down; not when the store failed to open
            pool.shutdown(cancel_futures=True)
    nothing = _print_ingest_report(report, paths)
    _print_window_lines(report)
    if times is not None:
        typer.echo(times.table(report.stored, report.seconds), err=True)
    # Nothing at all to ingest (an empty directory, a glob matching nothing) is a failed run, not a success.
    raise typer.Exit(0 if report.ok and not nothing else 1)


def _nothing_to_read(paths: list[str]) -> str | None:
    """Why none of ``paths`` can give an article file (every one missing, an empty directory, a glob
    matching nothing), or None as soon as one can (a URL, a file): checked before the store opens."""
    from ..ingest.http import is_url
    from ..ingest.walk import Failure, Skipped, expand_paths

    if any(is_url(p) for p in paths):
        return None
    failures, skipped = [], []
    for item in expand_paths(paths):  # each glob listed once, for the roots and the files
        if isinstance(item, Skipped):  # a link not followed (read already, outside the inputs)
            skipped.append(f"skipped {item.source}: {item.reason}")
            continue
        if not isinstance(item, Failure):
            return None
        failures.append(f"{item.source}: {item.reason}")
    if failures:
        return "; ".join(failures) + " (nothing ingested)"
    # a tree holding only a link out of it: the link's line carries the fix (trial break62w M1)
    return _no_articles(paths) + "".join(f"; {line}" for line in skipped[:5])


def _no_articles(paths: list[str]) -> str:
    return (f"no articles found in {', '.join(paths)}; pass article files (.txt, .html, .jsonl, feeds, WARC), "
            "directories holding them, or URLs")


class _stderr_progress:
    """A rich progress bar on stderr fed by a library's progress callback: ``with bar as on_progress`` gives the
    callback (its :meth:`update`), or None when silent or stderr is not a terminal (a piped stderr: rich drew no bar,
    only a blank line, trial 60 L3). A subclass names its counts' column (:attr:`counts`), its first task
    (:attr:`first`, :attr:`fields`) and :meth:`update`."""

    counts = ""
    first = ""
    fields: tuple[tuple[str, Any], ...] = ()  # the task's fields at the start, (name, value)

    def __init__(self, silent: bool):
        self.silent = silent
        self.bar: Any = None  # a rich Progress once entered (rich is imported lazily)

    def __enter__(self):
        console = _stderr_console()
        if self.silent or not console.is_terminal:
            return None
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self.bar = Progress(SpinnerColumn(), TextColumn("{task.description}"), TextColumn(self.counts),
                            TimeElapsedColumn(), console=console, transient=True)
        self.bar.start()
        self.task = self.bar.add_task(self.first, total=None, **dict(self.fields))
        return self.update

    def update(self, *args: Any) -> None:
        raise NotImplementedError

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()


class _ingest_progress(_stderr_progress):
    """Ingest's bar: records read, articles added and failed, the rate."""

    counts = ("{task.completed} records, {task.fields[added]} added, {task.fields[failed]} failed, "
              "{task.fields[rate]:.1f} articles/s")
    first = "ingesting"
    fields = (("added", 0), ("failed", 0), ("rate", 0.0))

    def update(self, p) -> None:
        rate = p.added / p.elapsed if p.elapsed > 0 else 0.0
        self.bar.update(self.task, completed=p.done, added=p.added, failed=p.failed, rate=rate)


class _refine_progress(_stderr_progress):
    """The bar of ``stories --refine``: the articles analysed (``progress(done, total)`` of
    :func:`storylens.stream.corrections.refine_stories`), then a spinner while the candidate pairs are judged (that
    phase reports no count)."""

    counts = "{task.fields[count]}"
    first = "refine: reading the stored articles"
    fields = (("count", ""),)

    def update(self, done: int, total: int) -> None:
        # every article analysed: what is left of the pass is judging the candidate pairs
        phase = "refine: judging candidate pairs" if done >= total else "refine: analysing articles"
        self.bar.update(self.task, description=phase, completed=done, total=total, count=f"{done}/{total} articles")


_LISTED_LINKS = 20  # near-duplicate links listed one per line; more are counted in one line


def _print_ingest_report(report, paths: list[str] | None = None) -> bool:
    """Print the summary and failures; True when the inputs held nothing at all to ingest (files that are not
    articles, a README, count as nothing: trial break61u L2, a folder of only a README exited 0)."""
    typer.echo(f"storylens: {report.summary()}", err=True)
    nothing = not (report.added or report.near_duplicates or report.already_stored or report.exact_duplicates
                   or report.failed)
    if nothing and paths:
        typer.echo(f"storylens: error: {_no_articles(paths)}", err=True)
    for f in report.failed[:20]:
        typer.echo(input_error_line(f.source, f.reason), err=True)
    if len(report.failed) > 20:
        typer.echo(f"  ... and {len(report.failed) - 20} more failures", err=True)
    for source, warning in report.repeated_ids[:20]:  # a JSONL id given again or date unread, a WARC block that may hold records
        typer.echo(f"storylens: warning: {source}: {warning}", err=True)
    if len(report.repeated_ids) > 20:
        typer.echo(f"  ... and {len(report.repeated_ids) - 20} more warnings like these", err=True)
    for s in report.skipped[:5]:
        typer.echo(f"  skipped {s.source}: {s.reason}", err=True)
    if len(report.skipped) > 5:
        typer.echo(f"  ... and {len(report.skipped) - 5} more skipped", err=True)
    # every link the summary counts is listed (trial 17 #15: "linked 6 near-duplicates" above five lines)
    if report.unread_languages:  # one line for the run, not one an article (a feed holds thousands)
        n = sum(count for _, count in report.unread_languages)
        langs = ", ".join(f"{lang} {count}" for lang, count in report.unread_languages)
        typer.echo(f"storylens: warning: {n:,} article{'s' if n > 1 else ''} in languages without language data "
                   f"({langs}): their number words, the dates and weekdays of their sentences, negation and measures "
                   "are not read (each article's record keeps the note in its metadata warnings)", err=True)
    for new, old in report.near_duplicates[:_LISTED_LINKS]:
        typer.echo(f"  linked  {new} as a near-duplicate of {old}", err=True)
    if len(report.near_duplicates) > _LISTED_LINKS:
        typer.echo(f"  ... and {len(report.near_duplicates) - _LISTED_LINKS} more near-duplicates", err=True)
    return bool(nothing and paths)


def _print_window_lines(report, every_run: bool = True) -> None:
    """The candidate window's lines: a value that replaced the store's, the store's own when it is not the
    default (``every_run``: not once per poll of watch), and a run out of date order."""
    from ..stream._window import window_text

    if report.window_was is not None:
        typer.echo(f"storylens: candidate window {window_text(report.window_was)} -> {window_text(report.candidate_window)}"
                   ", stored with the store: later runs use it", err=True)
    elif every_run and report.candidate_window != _SETTINGS.candidate_window:  # the store's own, not the default: say so
        typer.echo(f"storylens: candidate window {window_text(report.candidate_window)}, stored with the store "
                   "(--candidate-window N changes it)", err=True)
    late = report.out_of_order
    if late is not None:
        some = f"{late.count:,} article{'s' if late.count > 1 else ''}"
        typer.echo(f"storylens: warning: {some} dated more than a day before an article already "
                   f"outside their candidate window of {report.candidate_window:,} (first {one_line(late.source, 80)}, "
                   f"{late.published}, after {late.later}): their stories may be split; ingest a backfill in date order "
                   "or with --candidate-window 0, then run 'storylens stories --refine'", err=True)


def _parse_every(text: str) -> float:
    """``"90s"``, ``"10m"``, ``"1h"`` or plain seconds -> seconds."""
    import re

    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smh]?)\s*", text.lower())
    if not m or float(m.group(1)) <= 0:
        raise StoryLensError(f"--every {text!r}: give a duration such as 30s, 10m or 1h")
    return float(m.group(1)) * {"": 1, "s": 1, "m": 60, "h": 3600}[m.group(2)]


def _read_url_list(path: str) -> list[tuple[int, str]]:
    """(line number, URL) of each entry of a feed list. Raises InputError naming the list."""
    from .._paths import shown_missing
    from ..errors import InputError
    from ..ingest.files import EMPTY_PATH_SOURCE, empty_path_reason, open_regular, os_error_reason

    if not path:
        raise InputError(empty_path_reason("pass the feed list file (one URL per line)"), EMPTY_PATH_SOURCE)
    if path == "-":  # as --pairs says it (break68r: "-: file not found"); the list is read again at every poll
        raise InputError("watch reads no standard input (the feed list is read again at every poll); save the list "
                         "to a file and pass its path", "-")

    # a missing or unreadable list in the words every input gets (trial break61u M6: "cannot read the feed list
    # ([Errno 2] No such file or directory: ...)" and typer's "Path ... is not readable"). A FIFO is not opened,
    # as ingest opens none: the list is read at every poll, and a second read of a pipe waits for another writer
    # for ever (trial robust63: `watch` read a FIFO list once, then hung at its first poll)
    try:
        with open_regular(path, fix="save the feed list to a file and pass that (it is read again at every poll)"
                          ) as fh:
            # utf-8-sig: a list saved by an editor that starts UTF-8 with a byte-order mark lost its first URL to
            # it ("'\ufeffhttps://…' is not an http(s):// URL", trial M8), as the --pairs CSV reads one already
            lines = fh.read().decode("utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        reason = os_error_reason(exc, "pass a text file with one URL per line") if isinstance(exc, OSError) else None
        # a blank name quoted as ingest quotes it (break68r: `watch " "` said " : file not found")
        raise InputError(reason or f"cannot read the feed list ({exc}); pass a UTF-8 text file with one URL per line",
                         shown_missing(str(path))) from None
    urls = [(n, line.split("#", 1)[0].strip()) for n, line in enumerate(lines, 1)]
    urls = [(n, u) for n, u in urls if u]
    if not urls:
        raise InputError("no URLs in the feed list; put one feed or page URL per line", str(path))
    return urls


# What lays a text out over lines (line and paragraph breaks, tabs, the separators str.split took), not characters
# of a name or a quote
_LAYOUT = "\t\n\r\v\f\x1c\x1d\x1e\x1f\x85\u2028\u2029"
# A run of spaces and layout, squeezed when it holds layout: matched as one run and checked, as a pattern demanding
# a layout character inside the run backtracks over each start of a long run of spaces (robust69b M1: 50,000 spaces
# were quadratic)
_SPACE_RUN = re.compile(f"[ {_LAYOUT}]+")
_LAYOUT_CHARS = frozenset(_LAYOUT)


def one_line(text: str, limit: int = 200) -> str:
    """``text`` on one line of at most ``limit`` characters (the middle elided): a message names its
    input without pasting a whole line of it (a 1,000-character feed-list line made a 1,003-character error).
    Only layout is squeezed: a run of spaces holding a line break or a tab is one space (none at either end);
    spaces of the text's own are kept, so a file named 'two  spaces.txt' or a quote with a double space is
    shown as it is written (break68r: it was shown with one space, a name the user could not find)."""
    text = str(text)
    def squeezed(m: re.Match[str]) -> str:
        if _LAYOUT_CHARS.isdisjoint(m.group()):
            return m.group()  # the text's own spaces
        return "" if m.start() == 0 or m.end() == len(text) else " "

    flat = _SPACE_RUN.sub(squeezed, text)
    if len(flat) <= limit:
        return flat
    half = (limit - 1) // 2
    return f"{flat[:half]}…{flat[-(limit - 1 - half):]}"


# A detail in parentheses (zlib's error, where a record starts, a count's explanation): what a message too long for
# its line gives up first. Shorter ones ("(0xFF)") and those naming a record ("(#3, read from there and stored)") are
# what the line is about, and are kept.
_DETAIL = re.compile(r"\((?![^()]*#\d)[^()]{16,}\)")


def fitted(message: str, limit: int) -> str:
    """A failure's ``message`` on one line of at most ``limit`` characters (:func:`one_line`'s squeezing), keeping
    what it names and its fix: details in parentheses are shortened to "(…)" first, the longest first; then the
    middle is elided at a word, before the last clause (after the last "; ": the fix) when that is at most half the
    line. robust70: the middle of a WARC record's 408-character reason was elided, and with it the record it named."""
    flat = one_line(message, sys.maxsize)
    while len(flat) > limit and (details := [m for m in _DETAIL.finditer(flat)]):
        longest = max(details, key=lambda m: len(m.group()))
        flat = f"{flat[:longest.start()]}(…){flat[longest.end():]}"
    if len(flat) <= limit:
        return flat
    cut = flat.rfind("; ")
    tail = flat[cut + 2:] if 0 < cut and len(flat) - cut - 2 <= limit // 2 else ""
    if not tail:
        return one_line(flat, limit)
    head = flat[: limit - len(tail) - 3]
    space = head.rfind(" ")
    if space > len(head) - 40:
        head = head[:space]
    return f"{head}…; {tail}"


def _split_url_list(path: str) -> tuple[list[str], list[str]]:
    """(http(s) URLs, one message per other line): a bare 'example.org/feed' was read as a file name."""
    from ..ingest.files import unsupported_scheme

    good, bad = [], []
    for n, entry in _read_url_list(path):
        if entry.lower().startswith(("http://", "https://")):
            good.append(entry)
        else:
            shown = one_line(entry, 60)
            bad.append(f"line {n}: {shown!r}: {unsupported_scheme(entry)}" if unsupported_scheme(entry) else
                       f"line {n}: {shown!r} is not an http(s):// URL; write it as https://{shown.lstrip('/')}")
    if not good:
        from ..errors import InputError

        raise InputError(f"no http(s):// URLs in the feed list ({bad[0]})", str(path))
    return good, bad


@app.command()
def watch(
    # a str, not a Path: typer makes "" the directory "." (robust68: ".: is a directory"); _read_url_list names an
    # empty or unreadable path in the one error form
    feeds: str = typer.Argument(
        ..., metavar="FEED_LIST", help="Text file of feed or page URLs, one per line ('#' starts a comment)."),
    db: str = NEW_DB_OPTION,
    every: str = typer.Option("10m", "--every", help="Time between polls: 30s, 10m, 1h."),
    times: int | None = typer.Option(None, "--times", min=1, help="Stop after this many polls (default: until Ctrl-C)."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Do not read or write the embedding cache."),
) -> None:
    """Poll feeds and pages over HTTP and ingest what is new (conditional GET: unchanged feeds cost nothing)."""
    import time as _time

    from ..embed import get_default_embedder
    from ..errors import InputError
    from ..ingest.http import Fetcher
    from ..stream import ingest_paths as run_ingest

    _sigterm_as_interrupt()
    polls = failing_polls = 0
    try:
        interval = _parse_every(every)
        urls, bad_lines = _split_url_list(feeds)
        unread: str | None = None  # why the list could not be read at the last poll, said once while it lasts
        with _open_store(db, create=True) as store, Fetcher() as fetcher:
            embedder = get_default_embedder(cache=not no_cache)
            while True:
                polls += 1
                said = ""  # the list's line of this poll, under its summary
                try:
                    urls, bad_lines = _split_url_list(feeds)  # re-read each poll: edit the list while watching
                except InputError as exc:
                    # gone or unusable at one poll (an editor replacing it by rename, a half-written save) ended the
                    # watch for good (trial M7): the URLs read last are polled, the reason said once, the list
                    # read again at every poll; each such poll counts as one with failures
                    if exc.reason != unread:
                        n = len(urls)
                        said = input_error_line(str(feeds), f"{exc.reason}; until it can be read again, each poll "
                                                f"polls the {n} URL{'' if n == 1 else 's'} read before")
                    unread, bad_lines = exc.reason, []
                else:
                    if unread is not None:
                        said = f"storylens watch: {feeds} read again"
                    unread = None
                try:
                    report = run_ingest(urls, store, embedder=embedder, fetcher=fetcher)
                except StoreBusyError as exc:
                    # another process writes between polls (documented use): one still writing at the next poll
                    # ended the watch with exit 2; this poll is not made and counts as one with failures. The
                    # last poll of --times N has no next one to promise (trial break62w L3).
                    again = "" if times is not None and polls >= times else "; the next poll tries again"
                    typer.echo(f"storylens watch: poll {polls} at {_time.strftime('%Y-%m-%d %H:%M:%S')}: not polled: "
                               f"{exc}{again}", err=True)
                    if said:
                        typer.echo(said, err=True)
                    failing_polls += 1
                else:
                    stamp = _time.strftime("%Y-%m-%d %H:%M:%S")
                    # the list's own bad lines are failures of this poll too (trial 10: "failed 0" above one)
                    bad = f"; {len(bad_lines)} line(s) of {feeds} not a URL" if bad_lines else ""
                    bad += f"; {feeds} not read (the URLs read before polled)" if unread is not None else ""
                    typer.echo(f"storylens watch: poll {polls} at {stamp}: {report.summary()}{bad}", err=True)
                    if said:
                        typer.echo(said, err=True)
                    for line in bad_lines:
                        typer.echo(input_error_line(str(feeds), line), err=True)
                    for f in report.failed[:20]:
                        typer.echo(input_error_line(f.source, f.reason), err=True)
                    _print_window_lines(report, every_run=False)
                    failing_polls += bool(bad_lines) or unread is not None or not report.ok
                if times is not None and polls >= times:
                    break
                _time.sleep(interval)
    except StoryLensError as exc:
        fail(str(exc))
    except (KeyboardInterrupt, _Terminated):
        typer.echo("storylens watch: stopped; every committed batch is kept", err=True)
    # Like `ingest`: exit 1 when anything failed (in any poll), so a script or a service
    # manager sees a feed that never answers; each failure was printed with its reason.
    if failing_polls:
        typer.echo(f"storylens watch: {failing_polls} of {polls} polls had failures (listed above)", err=True)
    raise typer.Exit(1 if failing_polls else 0)


@app.command()
def stories(
    db: str = DB_OPTION,
    format: ListFormat = LIST_FORMAT_OPTION,
    limit: int | None = typer.Option(None, "--limit", "-n", min=1, help="Show at most this many stories."),
    refine: bool = typer.Option(
        False, "--refine", help="First re-cluster all stored articles offline (average link against chaining; "
        "candidate pairs judged by a learned model, see --judge)."),
    judge: RefineJudge | None = typer.Option(  # noqa: B008 - typer parameter declaration
        None, "--judge", help="With --refine: 'similarity' (the default: the trained pair model judges candidate "
        "pairs: ~60 CPU-ms per article the first time, then cached), 'full' (the full model with e5 leads: better "
        "across languages and on BASIL/ECB+, ~0.5 CPU-s more per article the first time) or 'links' (the "
        "learned link model only)."),
    backfill_copy_keys: bool = typer.Option(
        False, "--backfill-copy-keys", help="First give the articles stored before copy keys existed (schema 14 "
        "on SQLite, 13 on PostgreSQL) their copy keys, so a copy of one outside the candidate window is linked "
        "(once per store; resumable; takes the writer lock)."),
    coverage: bool = typer.Option(
        False, "--coverage", help="With --format json: count each story's coverage as 'story' does (outlets, "
        "languages, outlet x language; an article's versions once). It reads the texts of an outlet's reports "
        "that may be versions of each other, so it is off by default (a 5,000-article store: 0.4 -> 3.7 s)."),
    silent: bool = typer.Option(False, "--silent", "-q", help="No progress bar (of --refine)."),
) -> None:
    """List the stories in the store: title, first/last seen, articles, outlets, languages."""
    from ..stream import list_stories, stories_markdown

    if judge is not None and not refine:  # it was ignored silently: the user thinks a refine ran
        fail("--judge applies only with --refine; add --refine to re-cluster with that judge")
    if coverage and format is not ListFormat.json:
        fail("--coverage applies only with --format json; the table and markdown show no coverage counts")
    try:
        with _open_store(db) as store:
            if not refine:  # the refine loads the vectors and refuses without them
                _warn_missing_vectors(store)
            if backfill_copy_keys:
                from ..stream.dedup import backfill_copy_keys as backfill

                keyed = backfill(store)
                _stderr_console().print(f"copy keys: {keyed:,} stored article{'' if keyed == 1 else 's'} keyed"
                                        + ("" if keyed else " (every stored article has its keys)"))
            if refine:
                from ..stream.corrections import refine_stories

                with _refine_progress(silent) as on_progress:
                    done = refine_stories(store, judge=(judge or RefineJudge.similarity).value, progress=on_progress)
                changed = [f"{done[k]} {k}" for k in ("split", "merged") if done.get(k)]
                _stderr_console().print(f"refined {done['articles']} articles: {done['moved']} moved, "
                                        f"{done['stories_before']} -> {done['stories_after']} stories"
                                        + (f" ({', '.join(changed)})" if changed else ""))
            # the table and markdown show no coverage counts; JSON only when asked (they read texts)
            payload = list_stories(store, limit=limit, coverage=coverage and format is ListFormat.json).to_dict()
    except StoryLensError as exc:
        fail(str(exc))
    if format is ListFormat.json:
        from ..stream.render import json_text

        emit(json_text(payload), None)
    elif format is ListFormat.markdown:
        emit(stories_markdown(payload), None)
    else:
        _stories_table(payload)


def _stories_table(payload) -> None:
    import shutil

    from ..stream.render import stories_table

    # Piped output has no terminal width: 150 columns, as wide titles need.
    width = shutil.get_terminal_size((150, 24)).columns if sys.stdout.isatty() else 150
    emit(stories_table(payload, width), None)


class _StoryGroup(_Groups):
    """``storylens story ID`` shows a story; ``storylens story merge|split|move ...`` corrects one."""

    def parse_args(self, ctx, args):
        if args and args[0] not in self.commands and not args[0].startswith("-"):
            args = ["show", *args]
        elif args and args[0] not in ("--help", "-h") and not any(a in self.commands for a in args):
            # "story --db x.db" (the id forgotten) is a show without its id, not an unknown group option
            args = ["show", *args]
        return super().parse_args(ctx, args)


story_app = typer.Typer(cls=_StoryGroup, no_args_is_help=True,
                        help="Show a story (storylens story ID) or correct one (merge, split, move).",
                        # 'story ID' is 'story show ID': its options work here but the group's help listed none (trial 60 L2)
                        epilog="\b\nstorylens story ID [--db URL] [--format terminal|markdown|json] [--no-claims]\n"
                        "is short for 'storylens story show ID ...' (storylens story show --help).")
app.add_typer(story_app, name="story")


@story_app.command("show")
def story_show(
    story_id: str = typer.Argument(..., metavar="STORY_ID", help="Story id (or a unique prefix, or a retired id) from 'storylens stories'."),
    db: str = DB_OPTION,
    format: ListFormat = LIST_FORMAT_OPTION,
    claims: bool = typer.Option(True, "--claims/--no-claims", help="Compare the story's articles claim by claim."),
) -> None:
    """Show one story: articles and why they joined, coverage, blindspots, timeline, claim ledger."""
    if not story_id.strip():  # an empty prefix matched every story and showed the first
        fail("give a story id (or a unique prefix); list them with 'storylens stories'")
    from ..embed import get_default_embedder
    from ..stream import get_story, render_story, story_claims
    from ..stream.queries import ledger_scope

    try:
        with _open_store(db) as store:
            _warn_missing_vectors(store)
            view = get_story(store, story_id)
            payload = view.to_dict()
            payload["ledger"] = ledger_scope(view)  # says when the ledger leaves articles out
            if claims:
                with _busy("comparing the story's articles claim by claim"):
                    payload["claims"] = story_claims(store, view, embedder=get_default_embedder())
    except StoryLensError as exc:
        fail(str(exc))
    if view.resolution.note and format is not ListFormat.json:
        typer.echo(f"storylens: {view.resolution.note}", err=True)
    emit(render_story(payload, format.value), None)


@story_app.command("merge")
def story_merge(
    a: str = typer.Argument(..., metavar="STORY_ID", help="One story (id, unique prefix or retired id)."),
    b: str = typer.Argument(
        ..., metavar="OTHER_ID", help="The story to merge with it; of the two ids the older survives, the other resolves to it."
    ),
    db: str = DB_OPTION,
) -> None:
    """Merge two stories into one under the older of their two ids (kept as a correction and re-applied on re-clustering)."""
    from ..stream import merge_stories
    from ..stream.queries import resolve_story

    try:
        with _open_store(db) as store:
            keep, other = resolve_story(store, a), resolve_story(store, b)  # each id resolved once
            if keep.id == other.id:  # as the API: a merge of a story with itself records nothing, so say so (exit 2)
                fail(f"cannot merge story {keep.id} into itself; pick another story")
            typer.echo(f"merged into {merge_stories(store, keep, other)}")
    except StoryLensError as exc:
        fail(str(exc))


def _correct(db: str, done: str, correction, *args) -> None:
    """Run one story correction on the store and say where it landed."""
    try:
        with _open_store(db) as store:
            typer.echo(f"{done} {correction(store, *args)}")
    except StoryLensError as exc:
        fail(str(exc))


@story_app.command("split")
def story_split(
    story_id: str = typer.Argument(..., metavar="STORY_ID", help="Story to split."),
    articles: list[str] = typer.Option(..., "--articles", "-a", help="Article ids to move into a new story (repeat or comma-separate)."),  # noqa: B008 - typer parameter declaration
    db: str = DB_OPTION,
) -> None:
    """Move some articles of a story into a new story of their own."""
    from ..stream import split_story

    ids = [x for a in articles for x in a.split(",") if x]
    _correct(db, "split into", split_story, story_id, ids)


@story_app.command("move")
def story_move(
    article: str = typer.Argument(..., metavar="ARTICLE_ID", help="Article id (or unique prefix, or external id)."),
    to: str = typer.Option(..., "--to", help="Target story id."),
    db: str = DB_OPTION,
) -> None:
    """Move one article to another story."""
    from ..stream import move_article

    def move(store, article: str, to: str) -> str:
        done = move_article(store, article, to)
        # an article already in the story is not "moved to" it (trial 7)
        return done.story if done.moved else f"{done.story} (already there; nothing changed)"

    _correct(db, "moved to", move, article, to)


@app.command()
def search(
    query: str = typer.Argument(..., metavar="QUERY", help="Words or a sentence, in any language."),
    db: str = DB_OPTION,
    format: ListFormat = LIST_FORMAT_OPTION,
    limit: int = typer.Option(10, "--limit", "-n", min=1, help="Number of results."),
    no_semantic: bool = typer.Option(False, "--no-semantic", help="Keyword (FTS5) search only; no model load."),
    min_score: float | None = typer.Option(
        None, "--min-score", min=-1.0, max=1.0,
        help=f"Drop semantic matches whose cosine to the query is below this (default {_SETTINGS.search_min_score}; "
             "keyword matches always count)."),
    all_versions: bool = typer.Option(False, "--all-versions",
                                      help="List every version of an updated article that matched (default: its newest)."),
) -> None:
    """Search stored articles: full-text fused with semantic (vector) search."""
    from ..embed import get_default_embedder
    from ..stream import render_search
    from ..stream import search as run_search
    from ..stream.queries import check_query

    try:
        check_query(query)  # before the store: a usage error, whatever --db says
        with _open_store(db) as store:
            payload = run_search(store, query, embedder=None if no_semantic else get_default_embedder(),
                                 limit=limit, min_score=min_score, all_versions=all_versions).to_dict()
    except StoryLensError as exc:
        fail(str(exc))
    emit(render_search(payload, format.value), None)


@app.command()
def serve(
    db: str = DB_OPTION,
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to bind (default: this machine only)."),
    port: int = typer.Option(8000, "--port", "-p", min=0, max=65535, help="TCP port."),
    read_only: bool = typer.Option(False, "--read-only", help="Refuse every write (story corrections)."),
    max_body: float = typer.Option(2.0, "--max-body", min=0.01, help="Largest request body, in MB."),
    no_semantic: bool = typer.Option(False, "--no-semantic", help="Keyword search only (no query model load)."),
) -> None:
    """Serve the web app and JSON API over the store (pages at /, API at /api, OpenAPI at /api/openapi.json)."""
    try:
        _check_db(db)  # before the app loads its models: a missing store is said at once
        from ..web import create_app

        web_app = create_app(db, read_only=read_only, semantic=not no_semantic, max_body=int(max_body * 1e6))
        import uvicorn
    except StoryLensError as exc:
        fail(str(exc))
    except ImportError as exc:
        fail(f"the web app needs the 'web' extra ({exc.name} is missing); install it with: pip install 'storylens[web]'")
    try:
        sock = listen_socket(host, port)
    except StoryLensError as exc:
        fail(str(exc))
    if host not in ("127.0.0.1", "localhost", "::1"):
        typer.echo(f"storylens: warning: serving on {host}: anyone who can reach it can read "
                   f"{'' if read_only else 'and correct '}the store", err=True)
    port = sock.getsockname()[1]  # the port the system chose for --port 0
    shown = f"[{host}]" if ":" in host else host
    typer.echo(f"storylens: serving {db} on http://{shown}:{port}/ (Ctrl-C to stop)", err=True)
    # The socket is bound before "serving on" is printed: a busy port is one line and exit 2
    # (uvicorn binding it itself printed "serving on", then failed with exit 3).
    uvicorn.Server(uvicorn.Config(web_app, host=host, port=port, log_level="warning")).run(sockets=[sock])


@app.command()
def setup(
    languages: str | None = typer.Option(
        None, "--languages", "-l", metavar="CODES",
        help="simplemma's lexicons to write, comma-separated (default: the 14 StoryLens lemmatises)."),
    directory: Path | None = typer.Option(  # noqa: B008 - typer parameter declaration
        None, "--dir", help="Where to write (default: $STORYLENS_DATA_DIR, else <environment>/share/storylens)."),
) -> None:
    """Build once per installation the tables StoryLens derives from shipped data (the first run's start-up)."""
    from ..report.install import build_install_data

    def step(name: str, cpu_s: float) -> None:
        typer.echo(f"{name}: {cpu_s:.2f} CPU-s", err=True)

    def skip(code: str, why: str) -> None:  # one line each; the rest is set up (newuser78 L1)
        typer.echo(f"storylens: note: {code}: skipped: {why}", err=True)

    chosen = None if languages is None else [code.strip() for code in languages.split(",") if code.strip()]
    try:
        target = build_install_data(directory, chosen, on_step=step, on_skip=skip)
    except StoryLensError as exc:
        fail(str(exc))
    from .._cache import install_dir

    note = install_note(install_dir(), target)
    if note:
        typer.echo(note, err=True)
    typer.echo(str(target))


def install_note(read_from: Path | None, target: Path) -> str | None:
    """The note ``setup`` prints when StoryLens will not read the tables it just wrote to ``target``
    (review36a M2), naming where it looks instead (``read_from``, :func:`storylens._cache.install_dir`;
    None: STORYLENS_DATA_DIR is set and empty) and whether that directory exists (trial45 D5: it named
    ``<venv>/share/storylens``, which did not exist); None when it reads ``target``."""
    if read_from is not None and read_from.resolve() == target.resolve():
        return None
    if read_from is None:
        where = "StoryLens reads no installed tables (STORYLENS_DATA_DIR is set and empty)"
    elif read_from.is_dir():
        where = f"StoryLens reads installed tables from {read_from}"
    else:
        where = f"StoryLens looks for installed tables in {read_from}, which does not exist"
    return f"note: {where}; set STORYLENS_DATA_DIR={target} so it reads these"



def listen_socket(host: str, port: int):
    """A TCP socket bound to ``host:port``; :class:`~storylens.errors.ConfigError` naming the fix otherwise."""
    import errno
    import socket

    from ..errors import ConfigError

    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    except socket.gaierror:
        raise ConfigError(f"--host {host}: not a known host name or address; pass e.g. --host 127.0.0.1") from None
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does: a restart reuses the port
    try:
        sock.bind(address)
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            why = "the port is already in use (another server?); stop it or pass another --port"
        elif exc.errno == errno.EACCES:
            why = "permission denied (ports below 1024 need root); pass --port 1024 or above"
        elif exc.errno == errno.EADDRNOTAVAIL:
            why = "this machine has no such address; pass --host 127.0.0.1"
        else:
            why = f"cannot listen there ({exc.strerror}); pass another --host or --port"
        raise ConfigError(f"{host}:{port}: {why}") from None
    sock.set_inheritable(True)
    return sock


def main() -> None:
    """Console-script entry point. Ends the process's work: the objects left are frozen for the
    collector (``gc.freeze``) as the command returns or raises, since only the exit follows."""
    import gc

    from .._gc import THRESHOLDS
    from .._patterns import compiled_from_table, more_patterns_cached

    more_patterns_cached()  # before the imports compile their patterns (storylens._patterns)
    compiled_from_table()  # read-only: only `storylens setup` writes the table
    # Importing the comparison stack allocates ~10^6 objects that all live to the end; the
    # default young-generation threshold (700) re-scans them in ~1,500 collections. A larger
    # one: 0.06 of a warm `compare`'s ~1.6 CPU-s (median of 4, load 11).
    gc.set_threshold(*THRESHOLDS)
    _escape_names()
    try:
        _run_app()
    finally:
        # The interpreter's last collections at exit would walk every object the command made
        # (spaCy, the models, the analysis) only to free memory the OS takes back anyway: 0.29-0.39
        # of an empty-cache `compare`'s ~3.3 CPU-s, 0.04 with everything frozen first (load 10).
        # Objects still free by reference count as modules are cleared (files flush, SQLite closes);
        # only cycles left at exit stay uncollected, which Python never promises to finalize.
        gc.freeze()


def _escape_names() -> None:
    """Write a path that is not UTF-8 (an output or store path given on the command line, printed as it was
    given) in the escaped form the store keeps for an input's name (``caf\\xe9.txt``, storylens._paths): in
    a UTF-8 locale the streams' strict handler raised on it after the work was done (trial newuser63 H1), in
    the C locale the raw bytes went out."""
    from .._paths import ESCAPE_ERRORS

    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors=ESCAPE_ERRORS)


def _run_app() -> None:
    try:
        app(prog_name="storylens")
    except StoryLensError as exc:  # a library error that escaped a command
        typer.echo(f"storylens: error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        typer.echo("storylens: interrupted", err=True)
        sys.exit(130)
    except OSError as exc:  # a path the system refused (too long, a loop, ...) that no command caught
        where = f"{exc.filename}: " if exc.filename else ""
        typer.echo(f"storylens: error: {where}{exc.strerror or exc}; check the path", err=True)
        sys.exit(2)
    except UnicodeEncodeError as exc:
        # A word typed in a terminal that is not UTF-8 (a Latin-1 one) comes in with lone surrogates: file names
        # are read as given (storylens._paths), but a search query or a story id must be text (trial newuser64 H1:
        # `search "caf\xe9"` and `story "S-\xe9"` raised here at the cache key or the store's query)
        from .._paths import TYPE_IN_UTF8

        if not (given := _undecodable_arguments()):
            raise
        typer.echo(f"storylens: error: {', '.join(given)}: not UTF-8 text ({exc.reason}); {TYPE_IN_UTF8}", err=True)
        sys.exit(2)


def _undecodable_arguments() -> list[str]:
    """The command-line arguments whose bytes are not UTF-8 (os.fsdecode's lone surrogates), escaped as
    storylens._paths writes them."""
    from .._paths import has_surrogates, shown_text

    return [shown_text(arg) for arg in sys.argv[1:] if has_surrogates(arg)]


if __name__ == "__main__":  # pragma: no cover
    main()

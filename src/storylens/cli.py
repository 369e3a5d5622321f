"""The ``storylens`` command line: thin wrappers over the library.

Each command parses its options, calls one library function, renders the
result and turns a :class:`~storylens.errors.StoryLensError` into a one-line
message on stderr with exit code 2. Commands are registered on ``app``; add a
new one as a small function below and document it in ``docs/cli.md``.
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from .errors import StoryLensError

app = typer.Typer(
    name="storylens",
    help="Find news articles that report the same story and compare them claim by claim.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class OutputFormat(str, Enum):
    terminal = "terminal"
    markdown = "markdown"
    html = "html"
    json = "json"


def fail(message: str, code: int = 2) -> None:
    """Print one line on stderr and exit (no traceback)."""
    typer.echo(f"storylens: error: {message}", err=True)
    raise typer.Exit(code)


def emit(text: str, output: Optional[Path]) -> None:
    if output is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    else:
        output.write_text(text, encoding="utf-8")
        typer.echo(f"wrote {output}", err=True)


@app.command()
def compare(
    inputs: List[str] = typer.Argument(..., help="Two or more article files (.txt, .html) or '-' for stdin."),
    format: OutputFormat = typer.Option(OutputFormat.terminal, "--format", "-f", help="Report format."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the report to a file."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Do not read or write the embedding cache."),
) -> None:
    """Compare articles about one story: shared, unique and conflicting claims."""
    from .compare import compare as run_compare
    from .report import render

    try:
        result = run_compare(inputs, cache=not no_cache)
    except StoryLensError as exc:
        fail(str(exc))
    # Skipped inputs are reported only when the comparison went ahead; otherwise
    # the error line above already names them.
    for failure in result.failures:
        typer.echo(f"storylens: skipped {failure.source}: {failure.reason}", err=True)
    emit(render(result, format.value), output)


@app.command()
def schema(
    name: str = typer.Argument("comparison", help="Which contract: comparison or stories."),
) -> None:
    """Print a JSON Schema of StoryLens's JSON output."""
    from .report import load_schema_text

    try:
        typer.echo(load_schema_text(name))
    except StoryLensError as exc:
        fail(str(exc))


class SimilarityFormat(str, Enum):
    terminal = "terminal"
    json = "json"


@app.command()
def similarity(
    inputs: Optional[List[str]] = typer.Argument(None, help="Two article files (.txt or .html)."),
    pairs: Optional[Path] = typer.Option(None, "--pairs", help="CSV of pairs: text1,text2[,lang1,lang2]; CSV out."),
    format: SimilarityFormat = typer.Option(SimilarityFormat.terminal, "--format", "-f", help="Output format."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Do not read or write the embedding cache."),
) -> None:
    """How similar two articles are: seven SemEval-2022 scores (0..1), same story or not, reasons."""
    from . import similarity as sim
    from .embed import get_default_embedder

    try:
        if pairs is not None:
            if inputs:
                raise StoryLensError("give either two files or --pairs CSV, not both")
            _similarity_csv(pairs, get_default_embedder(cache=not no_cache))
            return
        if not inputs or len(inputs) != 2:
            raise StoryLensError("give exactly two article files (or --pairs FILE.csv)")
        score = sim.score_pair(sim.read_article(inputs[0]), sim.read_article(inputs[1]),
                               embedder=get_default_embedder(cache=not no_cache))
    except StoryLensError as exc:
        fail(str(exc))
    if format is SimilarityFormat.json:
        import json

        emit(json.dumps(score.as_dict(), ensure_ascii=False, indent=2), None)
    else:
        _similarity_table(score, inputs)


def _similarity_table(score, inputs: List[str]) -> None:
    from rich.console import Console
    from rich.table import Table

    from .similarity import DIMENSIONS

    table = Table(title=f"{inputs[0]}  vs  {inputs[1]}")
    table.add_column("dimension")
    table.add_column("similarity (0..1)", justify="right")
    for d in DIMENSIONS:
        table.add_row(d, f"{getattr(score, d):.2f}")
    console = Console()
    console.print(table)
    console.print(f"same story: [bold]{'yes' if score.same_story else 'no'}[/bold]")
    for reason in score.reasons:
        console.print(f"  - {reason}", markup=False, highlight=False)


def _similarity_csv(path: Path, embedder) -> None:
    import csv

    from rich.progress import Progress

    from .similarity import DIMENSIONS, read_pairs_csv, score_pairs

    columns, rows = read_pairs_csv(path)
    with Progress(console=_stderr_console(), transient=True) as bar:
        task = bar.add_task("scoring pairs", total=len(rows))
        scores = score_pairs(
            [(r["text1"], r["text2"], r.get("lang1") or None, r.get("lang2") or None) for r in rows],
            embedder=embedder, progress=lambda done, total: bar.update(task, completed=done),
        )
    writer = csv.DictWriter(sys.stdout, fieldnames=columns + list(DIMENSIONS) + ["same_story"])
    writer.writeheader()
    for row, s in zip(rows, scores):
        writer.writerow({**row, **{d: f"{getattr(s, d):.4f}" for d in DIMENSIONS}, "same_story": s.same_story})


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except StoryLensError as exc:  # a library error that escaped a command
        typer.echo(f"storylens: error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        typer.echo("storylens: interrupted", err=True)
        sys.exit(130)


if __name__ == "__main__":  # pragma: no cover
    main()

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
    from . import compare as compare_mod
    from .report import render

    try:
        result = compare_mod.compare(inputs, cache=not no_cache, on_failure=_warn_failure)
    except StoryLensError as exc:
        fail(str(exc))
    emit(render(result, format.value), output)


def _warn_failure(failure) -> None:
    typer.echo(f"storylens: skipped {failure.source}: {failure.reason}", err=True)


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

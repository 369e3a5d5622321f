"""Docs are tested against the code: every command is documented and has help text."""

from pathlib import Path

import typer.main

from storylens.cli import app

DOCS = (Path(__file__).resolve().parents[2] / "docs" / "cli.md").read_text(encoding="utf-8")


def _commands():
    group = typer.main.get_command(app)
    for name, command in group.commands.items():
        yield name, command
        for sub_name, sub in getattr(command, "commands", {}).items():
            yield f"{name} {sub_name}", sub


def test_every_command_is_documented():
    missing = [name for name, _ in _commands() if f"## storylens {name}" not in DOCS]
    assert not missing, f"add a '## storylens <command>' section to docs/cli.md for: {missing}"


def test_every_command_has_help():
    assert all((cmd.help or "").strip() for _, cmd in _commands())


def test_readme_starts_with_the_two_commands():
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    head = readme.split("\n\n", 3)[:3]
    assert "make demo" in "\n".join(head) and "make test" in "\n".join(head)


def test_public_api_matches_all():
    import storylens

    assert all(hasattr(storylens, name) for name in storylens.__all__)


README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def _readme_command_lines() -> list[str]:
    """The `storylens ...` lines of the README's shell blocks, without their comments."""
    import re

    lines = []
    for block in re.findall(r"```(?:sh|bash|shell)?\n(.*?)```", README, flags=re.DOTALL):
        for line in block.splitlines():
            line = line.strip()
            if line.startswith("storylens "):
                lines.append(line)
    return lines


def test_readme_command_lines_parse_as_the_cli_reads_them():
    # trial45 D3: "storylens story merge A B  # corrections (also split, move)" hid that split and move need
    # -a / --to; every example line, and every command its comment lists after "(also: ", parses
    import shlex

    group = typer.main.get_command(app)  # typer ships its own click: its classes, read by their attributes
    bad = []
    lines = _readme_command_lines()
    assert len(lines) > 10
    for line in lines:
        command, _, comment = line.partition("  #")
        runs = [command.split(None, 1)[1]]
        if "(also: " in comment:
            runs += [part.strip() for part in comment.split("(also: ", 1)[1].rstrip(")").split(",")]
        for run in runs:
            args = shlex.split(run.split(" > ")[0].split(" | ")[0])
            cmd = group
            while getattr(cmd, "commands", None) and args and args[0] in cmd.commands:
                cmd = cmd.commands[args.pop(0)]
            try:
                cmd.make_context(run, list(args), resilient_parsing=False)
            except Exception as exc:  # a usage error of typer's click: name the line
                if hasattr(exc, "format_message"):
                    bad.append(f"{run}: {exc.format_message()}")
                elif type(exc).__name__ != "Exit":
                    raise
    assert not bad, bad


def test_error_exit_codes_are_documented_as_the_cli_exits(tmp_path):
    # trial45 D4: the page's opening said every error line exits 2; `ingest missing.txt` exits 1, as its
    # own section says (a command of many inputs goes on past a bad one)
    from typer.testing import CliRunner

    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "missing.txt"), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 1
    opening = DOCS.split("## storylens", 1)[0]
    assert "`storylens ingest missing.txt`: exit 1" in opening


def test_near_duplicates_heading_says_what_the_coverage_counts():
    # trial45 D2: "3 articles" above "By outlet" summing to 4, under "Near-duplicates (not counted)"
    from storylens.stream.render import NEAR_DUPLICATES_HEADING

    template = (Path(__file__).resolve().parents[2] / "src" / "storylens" / "web" / "templates" / "story.html")
    assert NEAR_DUPLICATES_HEADING in template.read_text(encoding="utf-8")
    assert "not counted as articles" in NEAR_DUPLICATES_HEADING and "not counted as articles" in DOCS
    assert "not counted in stories" not in DOCS


def test_setup_note_names_a_missing_directory_as_missing(tmp_path):
    # trial45 D5: "reads installed tables from <venv>/share/storylens", a directory that did not exist
    from storylens.cli import install_note

    target = tmp_path / "built"
    target.mkdir()
    missing = tmp_path / "share" / "storylens"
    assert "which does not exist" in (install_note(missing, target) or "")
    (tmp_path / "other").mkdir()
    assert "reads installed tables from" in (install_note(tmp_path / "other", target) or "")
    assert "STORYLENS_DATA_DIR is set and empty" in (install_note(None, target) or "")
    assert install_note(target, target) is None

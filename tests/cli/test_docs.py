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

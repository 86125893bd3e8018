"""Docs enforced by tests: every CLI command has help text and an example, and `--help` works."""

from __future__ import annotations

import pytest
import typer.main
from typer.testing import CliRunner

from crimestats.cli import app

_click = typer.main.get_command(app)
COMMANDS = sorted(_click.commands)  # type: ignore[attr-defined]


def test_core_commands_exist():
    assert {"ingest", "sources", "coverage", "query", "formats", "fetch"} <= set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_command_has_help_and_example(name):
    cmd = _click.commands[name]  # type: ignore[attr-defined]
    doc = cmd.help or ""
    assert doc.strip(), f"{name} has no help text"
    assert "Example: crimestats " + name in doc, f"{name}'s help has no 'Example: crimestats {name} ...' line"
    for p in cmd.params:
        if p.param_type_name == "option":
            assert p.help, f"{name} option {p.name} has no help"
    r = CliRunner().invoke(app, [name, "--help"])
    assert r.exit_code == 0 and "Usage" in r.output


def test_store_commands_take_db_option():
    for name in ("ingest", "sources", "coverage", "query"):
        cmd = _click.commands[name]  # type: ignore[attr-defined]
        assert any("--db" in p.opts for p in cmd.params), name


def test_readme_lists_every_command_and_the_two_commands():
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    for name in COMMANDS:
        assert f"`crimestats {name}" in readme, f"README does not list `crimestats {name}`"
    assert "python -m pytest" in readme and "crimestats ingest ../shared/data" in readme
    ci = (Path(__file__).resolve().parents[1] / ".ci" / "run").read_text(encoding="utf-8")
    assert ".venv/bin/python -m pytest" in ci

"""The README's main job (ingest the official files, say what is stored, check the example
article) prints under 150 lines: run its own commands, as written, on the real data."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, SHARED

LIMIT = 150


def main_job_commands() -> list[list[str]]:
    """The crimestats commands of the README's main job, in order, with the store path as written."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = re.search(r"# main job:.*?\n(.*?)\n\s*\n", readme, re.S)
    assert block, "README has no '# main job:' block"
    text = block.group(1).replace("\\\n", " ")
    cmds = []
    for part in text.split("&&"):
        words = shlex.split(part)
        if words and words[0].endswith("bin/crimestats"):
            cmds.append(words[1:])
    assert [c[0] for c in cmds] == ["ingest", "sources", "check"], cmds
    return cmds


@pytest.mark.skipif(not SHARED.exists(), reason="shared data missing")
def test_readme_main_job_prints_under_150_lines(tmp_path):
    lines = 0
    outputs = []
    for args in main_job_commands():
        args = [str(tmp_path / "crimestats.duckdb") if a == "crimestats.duckdb" else
                str(SHARED) if a == "../shared/data" else
                str(SHARED.parent / a[len("../shared/"):]) if a.startswith("../shared/") else a
                for a in args]
        exe = Path(sys.executable).parent / "crimestats"   # the console script the README runs
        r = subprocess.run([str(exe), *args], capture_output=True, text=True,
                           cwd=tmp_path, timeout=590)
        assert r.returncode == 0, (args, r.stderr[-2000:])
        outputs.append(r.stdout + r.stderr)
        lines += len((r.stdout + r.stderr).splitlines())
    assert lines < LIMIT, f"{lines} lines:\n" + "\n".join(outputs)
    # and the check's verdicts are there, first
    assert re.match(r"\d+ claims: \d+ ", outputs[-1])

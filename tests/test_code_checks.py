"""The code checks CI runs with the tests: ruff's lint and format check over the whole tree,
and mypy over the kiosk package (its settings are in pyproject.toml)."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def run_tool(name: str, *args: str) -> subprocess.CompletedProcess:
    tool = shutil.which(name, path=str(BIN))
    if tool is None:
        pytest.fail(f"{name} is not installed in {BIN} (it is in the [test] extra)")
    return subprocess.run([tool, *args], cwd=REPO, capture_output=True, text=True, timeout=300)


def test_ruff_finds_nothing():
    result = run_tool("ruff", "check", "--output-format", "concise", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_code_is_formatted():
    result = run_tool("ruff", "format", "--check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_finds_nothing():
    result = run_tool("mypy")  # `files = ["kiosk"]` in pyproject.toml's [tool.mypy]
    assert result.returncode == 0, result.stdout + result.stderr

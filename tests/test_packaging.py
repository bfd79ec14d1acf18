"""What a plain ``pip install coopllm`` gets must be enough to import every module."""

from __future__ import annotations

import ast
import importlib.metadata
import re
import subprocess
import sys
import tomllib

import pytest
from conftest import REPO


def _imported_top_level_modules() -> set[str]:
    modules: set[str] = set()
    for path in (REPO / "src" / "coopllm").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules.add(node.module.split(".")[0])
    return modules - set(sys.stdlib_module_names) - {"coopllm"}


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_every_imported_package_is_a_declared_dependency() -> None:
    """The extras ([dev], [local]) installed for the tests pull in more packages than a
    user gets; a module imported from one of those would pass here and fail for them
    (pydantic-settings once did)."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = {
        _canonical(re.split(r"[\s<>=!~;\[]", dep, maxsplit=1)[0]) for dep in project["dependencies"]
    }
    distributions = importlib.metadata.packages_distributions()
    undeclared = {
        module: distributions.get(module)
        for module in _imported_top_level_modules()
        if not {_canonical(d) for d in distributions.get(module, [])} & declared
    }
    assert undeclared == {}, f"imported but not in [project].dependencies: {undeclared}"


def test_the_cli_and_the_records_import_without_the_openai_client() -> None:
    """``coopllm --help``, ``eval`` and ``schema`` need no HTTP client; importing openai
    took 1.5 s of the CLI's start. The entry points still come from ``coopllm``."""
    probe = (
        "import sys, coopllm.cli\n"
        "from coopllm import ArticleExtraction, Settings\n"
        "print(sorted(m for m in ('openai', 'instructor', 'httpx') if m in sys.modules))\n"
        "from coopllm import extract, extract_many, ExtractionFailure\n"
        "print(extract.__module__, 'openai' in sys.modules)\n"
    )
    ran = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert ran.stdout.splitlines() == ["[]", "coopllm.api True"], ran.stdout + ran.stderr


def test_an_unknown_name_of_the_package_is_an_attribute_error() -> None:
    import coopllm

    with pytest.raises(AttributeError, match="no attribute 'extrakt'"):
        coopllm.extrakt  # noqa: B018

"""What a plain ``pip install coopllm`` gets must be enough to import every module."""

from __future__ import annotations

import ast
import importlib.metadata
import re
import sys
import tomllib

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

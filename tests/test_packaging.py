"""What a plain ``pip install coopllm`` gets must be enough to import every module."""

from __future__ import annotations

import ast
import importlib.metadata
import re
import subprocess
import sys
import tomllib
from collections.abc import Collection
from pathlib import Path

import pytest
from conftest import REPO


def _imports(nodes: list[ast.AST]) -> set[str]:
    modules: set[str] = set()
    for node in (n for tree in nodes for n in ast.walk(tree)):
        if isinstance(node, ast.Import):
            modules |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            modules.add(node.module.split(".")[0])
    return modules - set(sys.stdlib_module_names) - {"coopllm"}


def _imported_top_level_modules() -> tuple[set[str], set[str]]:
    """What the package's modules import: as they are imported, and only inside a
    function (an optional extra's package, imported where it is used)."""
    eager: set[str] = set()
    everything: set[str] = set()
    for path in (REPO / "src" / "coopllm").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        functions = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
        eager |= _imports([n for n in tree.body if not isinstance(n, functions)])
        everything |= _imports([tree])
    return eager, everything - eager


def _module_names() -> dict[str, Path]:
    """Every module of the package by its dotted name (a package's by its own)."""
    source = REPO / "src"
    names = {}
    for path in (source / "coopllm").rglob("*.py"):
        parts = path.relative_to(source).with_suffix("").parts
        names[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return names


def _package_imports(path: Path, name: str, modules: Collection[str]) -> set[str]:
    """The package's modules ``name`` imports when it runs: at import or inside a
    function (a lazy import still imports), not under ``if TYPE_CHECKING``."""
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                child = ast.Module(body=child.orelse, type_ignores=[])
            elif isinstance(child, ast.ImportFrom):
                base = package[: len(package) - child.level + 1] if child.level else []
                module = ".".join([*base, *([child.module] if child.module else [])])
                for alias in child.names:
                    whole = f"{module}.{alias.name}"
                    found.add(whole if whole in modules else module)
            elif isinstance(child, ast.Import):
                found.update(alias.name for alias in child.names)
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return (found & set(modules)) - {name}


def test_the_package_has_no_import_cycle() -> None:
    """Modules that import each other work only in one order of first import, and one
    of them must import the other inside a function: a newcomer cannot tell which. Text
    helpers both sides need live in a leaf (``coopllm.lexicon``)."""
    modules = _module_names()
    imports = {name: _package_imports(path, name, modules) for name, path in modules.items()}
    cycles = []
    for start in imports:
        reached, frontier = set(), list(imports[start])
        while frontier:
            module = frontier.pop()
            if module not in reached:
                reached.add(module)
                frontier.extend(imports[module])
        if start in reached:
            cycles.append(start)
    assert cycles == []


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _names(requirements: list[str]) -> set[str]:
    return {_canonical(re.split(r"[\s<>=!~;\[]", dep, maxsplit=1)[0]) for dep in requirements}


def test_every_imported_package_is_a_declared_dependency() -> None:
    """The extras ([dev], [local]) installed for the tests pull in more packages than a
    user gets; a module imported from one of those would pass here and fail for them
    (pydantic-settings once did). A package of a user's extra ([html]) may be imported
    inside the function that needs it, never as a module is imported."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = _names(project["dependencies"])
    extras = _names([d for name, deps in project["optional-dependencies"].items()
                     if name != "dev" for d in deps])  # fmt: skip
    distributions = importlib.metadata.packages_distributions()

    def undeclared(modules: set[str], allowed: set[str]) -> dict[str, list[str] | None]:
        return {
            module: distributions.get(module)
            for module in modules
            if not {_canonical(d) for d in distributions.get(module, [])} & allowed
        }

    eager, lazy = _imported_top_level_modules()
    assert undeclared(eager, declared) == {}, "imported but not in [project].dependencies"
    assert undeclared(lazy, declared | extras) == {}, "imported but in no dependency or extra"


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


def test_no_source_file_holds_a_control_character() -> None:
    """A pattern edited through a non-raw string once carried a backspace where its "\\b"
    was meant (``guard/apply.py``'s ``_THIS_ONE``, which then never matched in English):
    no Python file of the project holds a control character but a newline or a tab."""
    control = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
    found = [
        f"{path.relative_to(REPO)}:{number}"
        for folder in ("src", "tests", "benchmarks", "examples")
        for path in sorted((REPO / folder).rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1)
        if control.search(line)
    ]
    assert found == []

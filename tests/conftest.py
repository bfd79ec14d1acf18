"""Shared fixtures: a fake OpenAI server on 127.0.0.1 and settings that point at it."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from coopllm.grounding import SourceIndex
from coopllm.guard import Checker, apply_guard
from coopllm.normalize import normalize_draft
from coopllm.schema import Agreement, Article, ExtractionDraft, Party, Signatory
from coopllm.settings import Settings
from coopllm.testing import SAMPLE_ANSWER, SAMPLE_ARTICLE, FakeOpenAIServer

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
FIXTURES = REPO / "tests" / "fixtures"
CASSETTES = FIXTURES / "cassettes"
TEST_KEY = "sk-test-0123456789abcdefSECRET"

ARTICLE = SAMPLE_ARTICLE
GOOD_ANSWER = SAMPLE_ANSWER
OWN_VARIABLES = ("COOPLLM_", "OPENAI_")
"""Prefixes of the environment variables that configure coopllm and the openai client."""
LAKESIDE_PAGE = (
    "Lakeside University Signs Agreement with Northwind Robotics\n"
    "Time:2020-11-24   Views:\n\n"
    "On 17 November, Vice President Chen Qingguo of Lakeside University (LU) and ...\n"
)
"""A page's head that the clean-up tests normalise drafts against (its date line, a
party's abbreviation)."""


@pytest.fixture(autouse=True)
def _without_own_environment(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every test but the live one runs without the developer's ``COOPLLM_*`` and
    ``OPENAI_*`` variables: a model, prompts folder or endpoint set in the shell would
    change what ``Settings()`` reads, and a test's result with it. A test sets what it
    needs; the live test reads the machine's own (``COOPLLM_REQUIRE_LIVE``, a models
    folder)."""
    if request.node.get_closest_marker("live") is None:
        for name in [name for name in os.environ if name.startswith(OWN_VARIABLES)]:
            monkeypatch.delenv(name)


def clean_env() -> dict[str, str]:
    """This process's environment without coopllm's and openai's variables, for a child
    process that must not pick up the developer's key, model or endpoint."""
    return {k: v for k, v in os.environ.items() if not k.startswith(OWN_VARIABLES)}


def unset_own_env() -> dict[str, str | None]:
    """The same for ``CliRunner(env=...)``, which adds to the environment: None unsets."""
    return {k: None for k in os.environ if k.startswith(OWN_VARIABLES)}


def cli_env(server: FakeOpenAIServer, cache: Path, *, documents_pass: bool) -> dict[str, str]:
    """The environment that points the CLI at the fake server, with a cache of its own."""
    return {
        "OPENAI_BASE_URL": server.base_url,
        "OPENAI_API_KEY": TEST_KEY,
        "COOPLLM_MODEL": "test-model",
        "COOPLLM_CACHE_DIR": str(cache),
        "COOPLLM_DOCUMENTS_PASS": "1" if documents_pass else "0",
    }


@pytest.fixture
def server() -> Iterator[FakeOpenAIServer]:
    with FakeOpenAIServer() as running:
        yield running


@pytest.fixture
def settings(server: FakeOpenAIServer, tmp_path: Path) -> Settings:
    return Settings(
        base_url=server.base_url,
        api_key=TEST_KEY,
        model="test-model",
        cache_dir=tmp_path / "cache",
        max_attempts=4,
        request_timeout=5,
        documents_pass=False,  # tests of the second pass turn it on themselves
    )


def shared_or_skip(*parts: str) -> Path:
    """A path under ../shared, or skip: CI refuses to run without it (see .ci/run)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: the seeds and gold live in ../shared")
    return path


def guarded(
    text: str, published: dt.date, *agreements: Agreement, title: str | None = None
) -> tuple[list[Agreement], list[str]]:
    """The agreements as the guard keeps them from a draft of these, on a page of
    ``published`` headlined ``title``, and its warnings: the guard tests' one call."""
    draft = ExtractionDraft(
        article=Article(title=title, published=published), agreements=list(agreements)
    )
    kept, warnings = apply_guard(draft, Checker(SourceIndex(text), published=published))
    return kept.agreements, warnings


def normalized(
    text: str, *agreements: Agreement, published: dt.date | None = None
) -> list[Agreement]:
    """The agreements as the normalising rules give them back, on a page of ``text``."""
    draft = ExtractionDraft(article=Article(title=None), agreements=list(agreements))
    return normalize_draft(draft, text, published).agreements


def read_through(text: str, published: dt.date, *agreements: Agreement) -> list[Agreement]:
    """The agreements as normalising and then the guard give them back, as a record's
    making does: the rules that read a model's names (a title given as a name) and those
    that read the text, in turn."""
    kept, _ = guarded(text, published, *normalized(text, *agreements, published=published))
    return kept


def named_parties(*names: str) -> list[Party]:
    """Parties by these names."""
    return [Party(name=name) for name in names]


def named_people(*names: str) -> list[Signatory]:
    """People by these names, as signatories or witnesses."""
    return [Signatory(name=name) for name in names]

"""Shared fixtures: a fake OpenAI server on 127.0.0.1 and settings that point at it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from coopllm.settings import Settings
from coopllm.testing import FakeOpenAIServer

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
FIXTURES = REPO / "tests" / "fixtures"
CASSETTES = FIXTURES / "cassettes"
TEST_KEY = "sk-test-0123456789abcdefSECRET"

ARTICLE = """Riverbend University and Northgate Robotics Sign Cooperation Agreement
Time: 2024-05-20

On May 16, Riverbend University and Northgate Robotics Co., Ltd. signed a cooperation
agreement in Lakeside City. Vice President Mara Quill signed on behalf of Riverbend
University and General Manager Tomas Brill signed for Northgate Robotics. Dean Ellis
Varga attended the ceremony and spoke about joint training of engineers.
"""

GOOD_ANSWER: dict[str, Any] = {
    "article": {
        "title": "Riverbend University and Northgate Robotics Sign Cooperation Agreement",
        "published": "2024-05-20",
        "language": "en",
    },
    "agreements": [
        {
            "title": "cooperation agreement",
            "agreement_type": "cooperation_agreement",
            "date_text": "On May 16",
            "location": "Lakeside City",
            "parties": [
                {"name": "Riverbend University", "aliases": [], "kind": "university"},
                {"name": "Northgate Robotics Co., Ltd.", "aliases": [], "kind": "company"},
            ],
            "signatories": [
                {
                    "name": "Mara Quill",
                    "title": "Vice President",
                    "organization": "Riverbend University",
                },
                {
                    "name": "Tomas Brill",
                    "title": "General Manager",
                    "organization": "Northgate Robotics",
                },
            ],
            "witnesses": [],
            "facilitators": [],
            "established_entities": [],
            "cooperation_areas": ["joint training of engineers"],
        }
    ],
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

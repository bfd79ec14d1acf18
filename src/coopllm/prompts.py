"""Prompt templates: files in ``prompts/``, rendered with ``string.Template``.

Prompts are data, not code: editing one changes its content hash, and that hash is part
of every cache key and cassette, so an edited prompt can never be answered from a
response that was produced for the old wording.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from string import Template

from coopllm.errors import ConfigurationError

_TEMPLATE_NAMES = ("system.md", "documents.md", "user.md")
"""``system.md`` frames the full extraction, ``documents.md`` the short pass that lists the
documents signed and their signers; ``user.md`` carries the article for both."""


def prompts_dir() -> Path:
    """Where the templates live: inside the installed wheel, or the source checkout."""
    packaged = Path(str(resources.files("coopllm"))) / "_data" / "prompts"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "prompts"


@dataclass(frozen=True)
class PromptSet:
    """The loaded templates and the hash that identifies their exact wording."""

    system: str
    documents: str
    user: Template
    sha256: str
    file_sha256: dict[str, str]

    def task_sha256(self, task: str) -> str:
        """Hash of the two templates one task uses (its cache keys change with them only)."""
        system = "documents.md" if task == "documents" else "system.md"
        both = self.file_sha256[system] + self.file_sha256["user.md"]
        return hashlib.sha256(both.encode()).hexdigest()

    def messages(
        self, text: str, published: dt.date | None, *, task: str = "extract"
    ) -> list[dict[str, str]]:
        """The chat messages for one article: ``task`` is "extract" or "documents"."""
        user = self.user.substitute(
            text=text, published=published.isoformat() if published else "unknown"
        )
        system = self.documents if task == "documents" else self.system
        return [{"role": "system", "content": system}, {"role": "user", "content": user}]


def load_prompts(directory: Path | None = None) -> PromptSet:
    """Read and hash the templates (once per ``Extractor``, so edits show up at once)."""
    folder = directory or prompts_dir()
    digest = hashlib.sha256()
    contents: dict[str, str] = {}
    hashes: dict[str, str] = {}
    for name in _TEMPLATE_NAMES:
        try:
            raw = (folder / name).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:  # COOPLLM_PROMPTS_DIR mistyped...
            raise ConfigurationError(
                f"cannot read the prompt template {folder / name}: {exc}"
            ) from exc
        digest.update(name.encode() + b"\0" + raw.encode() + b"\0")
        contents[name] = raw.strip()
        hashes[name] = hashlib.sha256(raw.encode()).hexdigest()
    return PromptSet(
        system=contents["system.md"],
        documents=contents["documents.md"],
        user=Template(contents["user.md"]),
        sha256=digest.hexdigest(),
        file_sha256=hashes,
    )

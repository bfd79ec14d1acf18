"""coopllm: validated, source-grounded records of cooperation agreements from news text.

>>> from coopllm import extract
>>> record = extract(article_text, source="article.txt")  # doctest: +SKIP
"""

from typing import TYPE_CHECKING, Any

from coopllm.schema import (
    Agreement,
    AgreementType,
    Article,
    ArticleExtraction,
    ExtractionDraft,
    Party,
    PartyKind,
    Provenance,
    Signatory,
    Usage,
)
from coopllm.settings import Settings

if TYPE_CHECKING:
    from coopllm.api import (
        ExtractionFailure,
        Outcome,
        aextract,
        aextract_many,
        extract,
        extract_many,
    )
    from coopllm.inputs import ArticleInput

_FROM_API = {"ExtractionFailure", "Outcome", "aextract", "aextract_many", "extract", "extract_many"}


def __getattr__(name: str) -> Any:
    """The entry points, imported on first use: they bring the openai client (most of a
    second to import), which the schema, the settings and ``coopllm --help`` do not need."""
    if name in _FROM_API:
        from coopllm import api

        return getattr(api, name)
    if name == "ArticleInput":  # an item ``extract_many`` takes, beside tuples and mappings
        from coopllm.inputs import ArticleInput

        return ArticleInput
    raise AttributeError(f"module 'coopllm' has no attribute {name!r}")


__all__ = [
    "Agreement",
    "AgreementType",
    "Article",
    "ArticleExtraction",
    "ArticleInput",
    "ExtractionDraft",
    "ExtractionFailure",
    "Outcome",
    "Party",
    "PartyKind",
    "Provenance",
    "Settings",
    "Signatory",
    "Usage",
    "aextract",
    "aextract_many",
    "extract",
    "extract_many",
]
__version__ = "0.1.0"

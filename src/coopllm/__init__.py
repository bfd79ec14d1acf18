"""coopllm: validated, source-grounded records of cooperation agreements from news text.

>>> from coopllm import extract
>>> record = extract(article_text, source="article.txt")  # doctest: +SKIP
"""

from coopllm.api import (
    ExtractionFailure,
    Outcome,
    aextract,
    aextract_many,
    extract,
    extract_many,
)
from coopllm.schema import (
    Agreement,
    AgreementType,
    Article,
    ArticleExtraction,
    ExtractionDraft,
    Party,
    PartyKind,
    Signatory,
    Usage,
)
from coopllm.settings import Settings

__all__ = [
    "Agreement",
    "AgreementType",
    "Article",
    "ArticleExtraction",
    "ExtractionDraft",
    "ExtractionFailure",
    "Outcome",
    "Party",
    "PartyKind",
    "Settings",
    "Signatory",
    "Usage",
    "aextract",
    "aextract_many",
    "extract",
    "extract_many",
]
__version__ = "0.1.0"

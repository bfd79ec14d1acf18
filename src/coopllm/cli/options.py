"""The options and messages the commands share: what a path, a model, a rate or a price is
on the command line, a usage error, and what a command without a key can run on."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from coopllm.errors import CoopLLMError, MissingAPIKeyError
from coopllm.settings import PRICES_AS_OF

Paths = Annotated[
    list[str], typer.Argument(metavar="PATH", help="Files, directories, globs, .jsonl, or -.")
]
OfflineOpt = Annotated[bool, typer.Option("--offline", help="Replay cassettes/cache only.")]
LocalOpt = Annotated[bool, typer.Option("--local", help="Use the managed llama.cpp server.")]
ModelOpt = Annotated[str | None, typer.Option("--model", help="Model name.")]
BaseUrlOpt = Annotated[str | None, typer.Option("--base-url", help="OpenAI-compatible URL.")]
CassetteOpt = Annotated[Path | None, typer.Option("--cassettes", help="Cassette directory.")]
FormatOpt = Annotated[
    str | None,
    typer.Option("--format", help="jsonl or csv \\[default: csv for an --out ending .csv]."),
]
ModeOpt = Annotated[
    str | None,
    typer.Option(
        "--mode",
        help="How the schema reaches the model: tools, json_schema, json or "
        "json_object_schema \\[default: tools].",
    ),
]
EffortOpt = Annotated[
    str | None,
    typer.Option(
        "--reasoning-effort",
        help="minimal, low, medium, high... for a reasoning model \\[default: the model's].",
    ),
]
RpmOpt = Annotated[
    int | None,
    typer.Option(
        "--rpm",
        min=0,
        help="Requests per minute, 0 for no limit \\[default: what the endpoint announces; "
        "until it does, 500 on OpenAI's API, none elsewhere].",
    ),
]
TpmOpt = Annotated[
    int | None,
    typer.Option(
        "--tpm",
        min=0,
        help="Tokens per minute, 0 for no limit \\[default: what the endpoint announces; "
        "until it does, 200,000 on OpenAI's API, 30,000 for gpt-4o and gpt-4.1; none "
        "elsewhere].",
    ),
]
_PRICE_HELP = (
    "USD per million input and output tokens of the model, as 1.25,10, for the cost{} "
    "\\[default: COOPLLM_PRICE, else the price table's (OpenAI's list prices as of "
    f"{PRICES_AS_OF})]."
)
PriceOpt = Annotated[
    str | None, typer.Option("--price", metavar="IN,OUT", help=_PRICE_HELP.format(""))
]
BudgetPriceOpt = Annotated[
    str | None,
    typer.Option("--price", metavar="IN,OUT", help=_PRICE_HELP.format(" and --budget")),
]
"""``--price`` of the command that has a ``--budget`` (extract)."""
NoCacheOpt = Annotated[bool, typer.Option("--no-cache", help="Bypass the cache.")]
LenientOpt = Annotated[bool, typer.Option("--lenient", help="Flag, not drop.")]


QuietOpt = Annotated[
    bool,
    typer.Option(
        "--quiet",
        "-q",
        help="No progress bar, log lines or summary; failures and an empty input still said.",
    ),
]


PAGE_WORKERS = min(os.cpu_count() or 1, 8)
"""Worker processes that read saved pages ahead of a batch (``Inputs.articles``), one a
core."""


def fail(message: str) -> typer.Exit:
    typer.echo(f"coopllm: {message}", err=True)
    return typer.Exit(2)


KEYLESS_EXTRACT = "--base-url URL (an OpenAI-compatible server), --local or --offline"
KEYLESS_RECORD = "--base-url URL (an OpenAI-compatible server) or --local"
KEYLESS_BATCH = "--base-url URL (an OpenAI-compatible server with a Batch API)"
KEYLESS_SUBMITTED = "--base-url URL (the server the batch was submitted to)"
"""What each command can run on instead of an API key: its own options only."""


def said(exc: CoopLLMError, keyless: str) -> str:
    """``exc``'s message, a missing key's with what the command can run on instead
    (``keyless``): the library's names Python's ways (``api_key=``, ``offline=True``),
    and options one command or another lacks."""
    if isinstance(exc, MissingAPIKeyError):
        return f"no API key: set OPENAI_API_KEY, or give {keyless}"
    return str(exc)


LeaveOutOpt = Annotated[
    Path | None,
    typer.Option("--out", "-o", help="Leave out what this output (.jsonl, .csv) holds."),
]

"""The ``coopllm`` app and its commands on articles: extract, record, estimate, schema,
eval; the ``batch``, ``cache`` and ``local`` groups are added from their modules."""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from coopllm import __version__
from coopllm.calls import RunStop
from coopllm.cli.cache import cache_app
from coopllm.cli.cassettes import cassettes_app
from coopllm.cli.local import local_app
from coopllm.cli.options import (
    KEYLESS_EXTRACT,
    KEYLESS_RECORD,
    PAGE_WORKERS,
    BaseUrlOpt,
    BudgetPriceOpt,
    CassetteOpt,
    EffortOpt,
    FormatOpt,
    LeaveOutOpt,
    LenientOpt,
    LocalOpt,
    ModelOpt,
    ModeOpt,
    NoCacheOpt,
    OfflineOpt,
    Paths,
    PriceOpt,
    QuietOpt,
    RpmOpt,
    TpmOpt,
    fail,
    said,
)
from coopllm.cli.provider_batch import batch_app
from coopllm.cli.running import (
    already_written,
    check_format,
    check_writable,
    errors_file,
    inputs_of,
    live,
    log_lines,
    own_files,
    report,
    run_to_end,
    say_ignored,
)
from coopllm.errors import CoopLLMError
from coopllm.inputs import find_inputs
from coopllm.schema import ArticleExtraction
from coopllm.settings import make_settings

app = typer.Typer(
    help="Records of cooperation agreements from news articles.", no_args_is_help=True
)


def _say_version(asked: bool) -> None:
    if asked:
        typer.echo(f"coopllm {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_say_version, is_eager=True, help="Say the version."),
    ] = False,
) -> None:
    """Records of cooperation agreements from news articles."""


app.add_typer(local_app, name="local")
app.add_typer(batch_app, name="batch")
app.add_typer(cache_app, name="cache")
app.add_typer(cassettes_app, name="cassettes")


@app.command()
def extract(
    paths: Paths,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Output file.")] = None,
    fmt: FormatOpt = None,
    offline: OfflineOpt = False,
    local: LocalOpt = False,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    mode: ModeOpt = None,
    reasoning_effort: EffortOpt = None,
    concurrency: Annotated[int, typer.Option("--concurrency", "-c", min=1)] = 4,
    rpm: RpmOpt = None,
    tpm: TpmOpt = None,
    budget: Annotated[
        float | None,
        typer.Option(
            "--budget",
            help="Stop once this run spent this many USD (at --price, or the price table's).",
        ),
    ] = None,
    price: BudgetPriceOpt = None,
    cassettes: CassetteOpt = None,
    no_cache: NoCacheOpt = False,
    refresh: Annotated[bool, typer.Option("--refresh", help="Re-ask and overwrite.")] = False,
    lenient: LenientOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Extract a record per article, keyed by source: a JSON line, or CSV rows.

    The format is --format's, else the output's suffix (.csv: CSV; else JSONL); a CSV
    record is a row per agreement."""
    from coopllm.batch import Summary, run_batch
    from coopllm.cache import PageMemo

    form = check_format(fmt, out)
    try:
        check_writable(out)
        settings = make_settings(
            offline=offline or None, backend="local" if local else None, model=model,
            base_url=base_url, mode=mode, reasoning_effort=reasoning_effort,
            cassette_dir=cassettes, use_cache=False if no_cache else None,
            refresh_cache=refresh or None,
            strict=False if lenient else None, requests_per_minute=rpm, tokens_per_minute=tpm,
            price_per_million=price,
        )  # fmt: skip
        so_far, stop = Summary(), RunStop()
        with PageMemo.of(settings) as pages:
            articles, progress = inputs_of(paths, out, quiet, pages)
            summary = run_to_end(
                run_batch(
                    articles,
                    settings,
                    out=out,
                    errors=errors_file(out),
                    fmt=form,
                    concurrency=concurrency,
                    summary=so_far,
                    budget=budget,
                    stop=stop,
                    **progress,
                ),
                None if quiet else so_far,
                stop,
                quiet=quiet,
            )
    except CoopLLMError as exc:
        raise fail(said(exc, KEYLESS_EXTRACT)) from exc
    report(summary, quiet, errors_file(out))
    raise typer.Exit(1 if summary.failed else 0)


@app.command()
def record(
    paths: Paths,
    local: LocalOpt = False,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    cassettes: CassetteOpt = None,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Also write records.")] = None,
    missing: Annotated[
        bool,
        typer.Option("--missing", help="Ask only what no cassette answers; replay the rest."),
    ] = False,
) -> None:
    """Run a real model and save every completion as a cassette for offline replay.

    --missing records only the requests no cassette answers (a set's new articles, or the
    articles whose requests a changed prompt or rule changed) and replays the others, as
    they were recorded; without it every request is asked again and its cassette
    replaced."""
    from coopllm.batch import run_batch
    from coopllm.client import build_openai_client
    from coopllm.extraction import Extractor
    from coopllm.local import ensure_server, recorded_with

    try:
        check_writable(out)
        settings = live(make_settings(
            backend="local" if local else None, model=model, base_url=base_url,
            cassette_dir=cassettes, use_cache=False,
        ), "coopllm record")  # fmt: skip
        meta = {"backend": settings.endpoint_name(), "model": settings.resolved_model()}
        if local:
            settings = settings.merged(base_url=ensure_server())
            meta = recorded_with()
        with log_lines(quiet=False):  # what making its client says (a key unsent)
            client = build_openai_client(settings, recorded_with=meta, missing_only=missing)
            extractor = Extractor(settings, client=client)
        articles, progress = inputs_of(paths, out, quiet=False)
        stop = RunStop()
        summary = run_to_end(
            run_batch(articles, settings, out=out, errors=errors_file(out), concurrency=1,
                      extractor=extractor, stop=stop, **progress),
            stop=stop,
        )  # fmt: skip
    except CoopLLMError as exc:
        raise fail(said(exc, KEYLESS_RECORD)) from exc
    report(summary, quiet=False, errors=errors_file(out))
    raise typer.Exit(1 if summary.failed else 0)


@app.command()
def estimate(
    paths: Paths,
    model: ModelOpt = None,
    mode: ModeOpt = None,
    out: LeaveOutOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
    base_url: BaseUrlOpt = None,
    reasoning_effort: EffortOpt = None,
    rpm: RpmOpt = None,
    tpm: TpmOpt = None,
    price: PriceOpt = None,
    no_cache: NoCacheOpt = False,
    lenient: LenientOpt = False,
) -> None:
    """Count and price what extract would send for PATH..., sending nothing.

    The requests and prompt tokens extract would send, their price, and the least time
    the rate limits allow them. The requests the cache answers are counted apart
    (--no-cache: as sent); give the options that shape the requests as for extract
    (--model, --mode, --reasoning-effort, --lenient), or none will match."""
    from tqdm import tqdm

    from coopllm.cache import PageMemo
    from coopllm.estimate import estimate as count

    try:
        settings = make_settings(
            model=model, mode=mode, base_url=base_url, reasoning_effort=reasoning_effort,
            requests_per_minute=rpm, tokens_per_minute=tpm, price_per_million=price,
            use_cache=False if no_cache else None, strict=False if lenient else None,
        )  # fmt: skip
        written = already_written(out)
        inputs = find_inputs(paths, exclude=own_files(out))
        say_ignored(inputs)
        with PageMemo.of(settings) as pages:
            read = inputs.articles(pages=pages, page_workers=PAGE_WORKERS)
            articles = tqdm(read, desc="articles", unit="art", total=inputs.count(),
                            disable=not sys.stderr.isatty(), file=sys.stderr)  # fmt: skip
            with articles:
                result = asyncio.run(count(articles, settings, written))
    except CoopLLMError as exc:
        raise fail(str(exc)) from exc
    typer.echo(json.dumps(result.to_dict()) if as_json else "\n".join(result.lines()))


@app.command()
def schema() -> None:
    """Print the JSON Schema of ArticleExtraction."""
    typer.echo(json.dumps(ArticleExtraction.model_json_schema(), indent=2, ensure_ascii=False))


@app.command("eval")
def evaluate(
    pred: Annotated[Path, typer.Argument(help="Predicted records (.jsonl, .json or dir).")],
    gold: Annotated[Path, typer.Argument(help="Directory of gold .json files.")],
    details: Annotated[bool, typer.Option("--details", help="Every miss and invention.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
) -> None:
    """Score predicted records against gold ones.

    Each fact counts once: a party, signatory, witness, founded body,
    signing date, location, and each article's number of agreements.
    Names match case and punctuation aside, by a fuzzy ratio of 90 or
    more, or by an alias the gold gives. Micro F1 is over all facts of
    all articles (the spec's scoring)."""
    from coopllm.evaluation import evaluate as score
    from coopllm.evaluation import load_gold, load_records

    try:
        with log_lines(quiet=False):  # a record replaced by a later one of its source
            report = score(load_records(pred), load_gold(gold))
    except CoopLLMError as exc:
        raise fail(str(exc)) from exc
    typer.echo(json.dumps(report.to_dict(), indent=2) if as_json else report.render(details))

"""``coopllm cache info|clear``: the on-disk cache of model answers, saved pages and
records."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer

from coopllm.cli.options import fail
from coopllm.errors import CoopLLMError
from coopllm.settings import Settings, make_settings

if TYPE_CHECKING:
    from coopllm.cache import PageMemo, RecordMemo, ResponseCache

cache_app = typer.Typer(help="The on-disk cache of model answers (COOPLLM_CACHE_DIR).")


@cache_app.command("info")
def cache_info() -> None:
    """Where the cache is, what it holds, and its size.

    How many answers (and pages read, and records made) it holds, its size on disk and
    its limit."""
    from pydantic import ByteSize

    from coopllm.cache import batch_answers_dir, kept_answers

    with _opened_cache() as (cache, pages, settings):
        typer.echo(str(cache.directory))
        typer.echo(
            f"{len(cache)} answers, {ByteSize(cache.volume()).human_readable()} on disk "
            f"(limit {ByteSize(cache.size_limit).human_readable()}; beyond it the least "
            "recently stored are dropped)"
        )
        if pages is not None:
            typer.echo(
                f"{len(pages)} web pages' text, {ByteSize(pages.volume()).human_readable()} "
                f"on disk in {pages.directory} (a limit of its own, as large)"
            )
        with _opened_records(settings) as records:
            if records is not None:
                typer.echo(
                    f"{len(records)} records made from the answers, "
                    f"{ByteSize(records.volume()).human_readable()} on disk in "
                    f"{records.directory} (a limit of its own, as large)"
                )
        states, size = kept_answers(settings)
        if states:
            typer.echo(
                f"the answers of {states} provider batches kept for a collect to come, "
                f"{ByteSize(size).human_readable()} on disk in {batch_answers_dir(settings)} "
                "(no limit: a collect that writes every record removes its own)"
            )


@cache_app.command("clear")
def cache_clear(
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask first.")] = False,
) -> None:
    """Drop every cached answer (and page read, record made, and batch answers kept).

    Asking again costs what they cost, and offline replay loses them; a collect to come
    downloads its batches' answers again."""
    from coopllm.cache import drop_kept_answers, kept_answers

    with _opened_cache() as (cache, pages, settings), _opened_records(settings) as records:
        also = f" and the {len(pages)} pages' text" if pages is not None else ""
        also += f" and the {len(records)} records made from them" if records is not None else ""
        states = kept_answers(settings)[0]
        also += f" and the answers of {states} provider batches" if states else ""
        if not yes:
            typer.confirm(f"Drop the {len(cache)} answers{also} in {cache.directory}?", abort=True)
        dropped = f" and {pages.clear()} pages' text" if pages is not None else ""
        dropped += f" and {records.clear()} records" if records is not None else ""
        dropped += f" and {drop_kept_answers(settings)} batches' answers" if states else ""
        typer.echo(f"dropped {cache.clear()} answers{dropped} from {cache.directory}")


@contextlib.contextmanager
def _opened_cache() -> Iterator[tuple[ResponseCache, PageMemo | None, Settings]]:
    """The cache the settings (environment) name, its memo of pages when a run made one
    (closed after use), and the settings."""
    from coopllm.cache import PageMemo, ResponseCache, pages_dir

    try:
        settings = make_settings()
        cache = ResponseCache(settings.cache_dir, settings.cache_size_limit)
    except CoopLLMError as exc:
        raise fail(str(exc)) from exc
    with contextlib.closing(cache):
        if not pages_dir(settings).is_dir():
            yield cache, None, settings
            return
        with _opened(PageMemo(pages_dir(settings), settings.cache_size_limit)) as pages:
            yield cache, pages, settings


@contextlib.contextmanager
def _opened_records(settings: Settings) -> Iterator[RecordMemo | None]:
    """The record memo when a run made one (closed after use), else None."""
    from coopllm.cache import RecordMemo, records_dir

    if not records_dir(settings).is_dir():
        yield None
        return
    with _opened(RecordMemo(records_dir(settings), settings.cache_size_limit)) as memo:
        yield memo


_Memo = TypeVar("_Memo", "PageMemo", "RecordMemo")


@contextlib.contextmanager
def _opened(memo: _Memo) -> Iterator[_Memo]:
    """A memo opened now (closed after use): one that cannot be (a damaged database) is
    the cache's usage error, which says to remove it, not a traceback."""
    try:
        memo.open()
    except CoopLLMError as exc:
        raise fail(str(exc)) from exc
    with contextlib.closing(memo):
        yield memo

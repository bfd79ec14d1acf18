"""``coopllm batch submit|status|collect``: the provider's batch service (OpenAI Batch
API), its state file, and the answers it returns written as ``extract`` writes them."""

from __future__ import annotations

import asyncio
import functools
import json
import logging
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from pydantic import ValidationError

from coopllm.calls import RunStop
from coopllm.cli.options import (
    KEYLESS_BATCH,
    KEYLESS_SUBMITTED,
    PAGE_WORKERS,
    BaseUrlOpt,
    EffortOpt,
    FormatOpt,
    LeaveOutOpt,
    ModelOpt,
    Paths,
    PriceOpt,
    QuietOpt,
    RpmOpt,
    TpmOpt,
    fail,
    said,
)
from coopllm.cli.running import (
    Stopped,
    already_written,
    check_format,
    check_writable,
    errors_file,
    how_stopped,
    inputs_of,
    live,
    log_lines,
    own_files,
    report,
    run_to_end,
    say_ignored,
    stoppable,
)
from coopllm.errors import CoopLLMError, OutputWriteError, validation_problems
from coopllm.files import write_atomically
from coopllm.inputs import ArticleInput, check_decoded, decode_text, find_inputs
from coopllm.settings import Settings, make_settings

if TYPE_CHECKING:
    from coopllm.batch import Summary
    from coopllm.provider_batch import BatchAnswers, BatchState

_log = logging.getLogger(__name__)

batch_app = typer.Typer(help="The provider's batch service (OpenAI Batch API).")


StateOpt = Annotated[Path, typer.Option("--state", help="The batch's state file.")]


@batch_app.command("submit")
def batch_submit(
    paths: Paths,
    state: StateOpt,
    out: LeaveOutOpt = None,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    reasoning_effort: EffortOpt = None,
) -> None:
    """Upload the requests for PATH... and start a provider batch.

    With --out (the output `batch collect` or `extract` writes), the articles
    it already holds are left out: they are not billed again.
    """
    from coopllm.output import check_output_path

    # Checked first: once the batch is submitted (and billed), its id lives only there.
    # Made now, empty, and only if no file has the name: a second submit given the same
    # --state meanwhile is refused, where both would start batches and one be lost. The
    # settings before it: a mistyped --base-url leaves no state file to remove.
    try:
        settings = make_settings(model=model, base_url=base_url, reasoning_effort=reasoning_effort)
        live(settings, "coopllm batch submit")
        check_output_path(state)
        os.close(os.open(state, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    except FileExistsError:
        empty = state.is_file() and state.stat().st_size == 0
        why = ("empty: a submit is running, or was killed before it started a batch"
               if empty else "another batch's state?")  # fmt: skip
        raise fail(f"{state} exists ({why}): give a new --state path") from None
    except CoopLLMError as exc:
        raise fail(str(exc)) from exc
    except OSError as exc:  # a name too long, a directory not ours...
        raise fail(f"cannot write {state}: {exc.strerror or exc}") from exc
    try:
        _submit_into(state, paths, out, settings)
    finally:
        if state.is_file() and state.stat().st_size == 0:  # no batch started: no state
            state.unlink()


def _submit_into(state: Path, paths: list[str], out: Path | None, settings: Settings) -> None:
    """``batch submit`` once its state file is reserved."""
    from coopllm import provider_batch
    from coopllm.cache import PageMemo
    from coopllm.client import build_openai_client
    from coopllm.output import Written

    started: list[BatchState] = []

    def save(job: BatchState) -> None:
        """Written whole after each batch starts: a kill never tears the file that holds
        the ids of billed batches."""
        try:
            write_atomically(state, job.model_dump_json(indent=1))
        except OSError as exc:
            recorded = {b.batch_id for b in started[-1].batches} if started else set()
            lost = ", ".join(b.batch_id for b in job.batches if b.batch_id not in recorded)
            before = f" ({state} names those started before it)" if started else ""
            raise OutputWriteError(
                f"cannot write {state}: {exc.strerror or exc}; batch {lost} was started and "
                f"is recorded nowhere: cancel it in the provider's dashboard{before}"
            ) from exc
        started.append(job)

    left_out = 0

    def unwritten(
        read: Iterable[ArticleInput], written: set[tuple[str, str]]
    ) -> Iterator[ArticleInput]:
        """The articles ``written`` does not hold, counting those left out."""
        nonlocal left_out
        resumed = Written(written)
        for article in read:
            if article.error is None and resumed.holds(article):
                left_out += 1
            else:
                yield article

    async def run() -> int:
        written = already_written(out)
        inputs = find_inputs(paths, exclude=own_files(out))
        say_ignored(inputs)
        _doubt_effort(settings)
        client = build_openai_client(settings)
        try:
            with PageMemo.of(settings) as pages:  # collect reads the pages again, from it
                read = inputs.articles(pages=pages, page_workers=PAGE_WORKERS)
                articles = unwritten(read, written)
                refused = await provider_batch.submit(client, settings, articles, save=save)
        finally:
            await client.close()
        for article in refused:
            typer.echo(f"not submitted: {article.source}: {article.error}", err=True)
        if left_out:
            typer.echo(f"coopllm: left out {left_out} articles {out} already holds", err=True)
        return len(refused)

    try:
        # SIGTERM and SIGHUP cancel it as Ctrl-C does, so that a batch being started is
        # recorded before it stops (provider_batch.submit), not lost with the process.
        with log_lines(quiet=False):
            refused = asyncio.run(stoppable(run(), None))
    except Stopped as exc:
        where = (f"the batches started are in {state}: `batch collect` takes their answers"
                 if started else "no batch was started")  # fmt: skip
        typer.echo(f"coopllm: {how_stopped(exc.signum)}; {where}", err=True)
        raise typer.Exit(128 + exc.signum) from None
    except CoopLLMError as exc:
        if started and not isinstance(exc, OutputWriteError):  # billed: say where they are
            raise fail(
                f"{exc}; the batches started before it are in {state}: `batch collect` "
                "takes their answers and asks the rest at the endpoint"
            ) from exc
        raise fail(said(exc, KEYLESS_BATCH)) from exc
    if not started:  # all written, all answered by the cache (said), or all refused
        typer.echo("coopllm: nothing to submit", err=True)
        raise typer.Exit(1 if refused else 0)
    job = started[-1]
    ids = ", ".join(b.batch_id for b in job.batches)
    typer.echo(f"submitted batches {ids} ({len(job.items)} articles); state in {state}")


def _doubt_effort(settings: Settings) -> None:
    """A reasoning effort sent to a model that refuses it fails every line of a provider
    batch, and the answers are then asked at list price: said before it is billed, where
    the model's name does not tell whether it reasons (an Azure deployment's)."""
    from coopllm.client import reasons

    model = settings.resolved_model()
    if settings.reasoning_effort is not None and reasons(model) is None:
        typer.echo(
            f"coopllm: warning: {model!r} is not known by name to reason; should it refuse "
            "reasoning_effort, the provider fails every request of the batch and `batch "
            "collect` asks them again at the endpoint, at list price",
            err=True,
        )


def _load_state(state: Path) -> BatchState:
    """The state file ``batch submit`` wrote, or a usage error that says what is wrong."""
    from coopllm.provider_batch import read_state

    try:
        return read_state(state.read_text(encoding="utf-8"))
    except OSError as exc:
        raise fail(f"{state}: cannot read the batch state: {exc.strerror}") from exc
    except ValidationError as exc:  # our JSON, or not, of the wrong shape
        raise fail(
            f"{state}: not a state file of 'coopllm batch submit': {_first_problem(exc)}"
        ) from exc
    except ValueError as exc:  # not JSON
        raise fail(f"{state}: not a state file of 'coopllm batch submit': {exc}") from exc
    except CoopLLMError as exc:
        raise fail(f"{state}: {exc}") from exc


def _first_problem(exc: ValidationError) -> str:
    """One line for pydantic's error, which takes three lines a problem (the value, a
    link): the first problem and how many others there are."""
    problems = validation_problems(exc, "the file")
    more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
    return f"{problems[0]}{more}"


@batch_app.command("status")
def batch_status(state: StateOpt, base_url: BaseUrlOpt = None) -> None:
    """Print the batch's status and request counts."""
    from coopllm import provider_batch
    from coopllm.client import build_openai_client

    try:  # a mistyped --base-url is said whatever the state file holds
        settings = live(make_settings(base_url=base_url), "coopllm batch status")
    except CoopLLMError as exc:
        raise fail(str(exc)) from exc
    job = _load_state(state)

    async def run() -> dict[str, object]:
        client = build_openai_client(settings)
        try:
            return await provider_batch.status(client, settings, job)
        finally:
            await client.close()

    try:
        with log_lines(quiet=False):  # what making its client says (a key unsent)
            answer = asyncio.run(run())
        typer.echo(json.dumps(answer))
    except CoopLLMError as exc:
        raise fail(said(exc, KEYLESS_SUBMITTED)) from exc


def _positive(seconds: float) -> float:
    """``--poll-seconds`` above 0: at 0 ``--wait`` would read the batches' status in a tight
    loop, a request after another for the hours a batch runs."""
    if seconds <= 0:
        raise typer.BadParameter(f"{seconds} is not above 0 (the seconds between two polls)")
    return seconds


@batch_app.command("collect")
def batch_collect(
    paths: Paths,
    state: StateOpt,
    out: Annotated[Path, typer.Option("--out", "-o", help="Output file.")],
    fmt: FormatOpt = None,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    quiet: QuietOpt = False,
    wait: Annotated[bool, typer.Option("--wait", help="Poll until the batch ends.")] = False,
    poll_seconds: Annotated[
        float, typer.Option("--poll-seconds", callback=_positive, help="Seconds between polls.")
    ] = 60.0,
    concurrency: Annotated[int, typer.Option("--concurrency", "-c", min=1)] = 4,
    rpm: RpmOpt = None,
    tpm: TpmOpt = None,
    price: PriceOpt = None,
) -> None:
    """Write the records of PATH..., answered from the finished batch.

    Each goes through the normal path: an invalid answer is re-asked, and a
    missing one (also one an expired or cancelled batch never gave) asked,
    at the endpoint. --concurrency, --rpm and --tpm apply to those requests.
    The settings that shape requests (mode, max_tokens, reasoning effort...)
    are the batch's, from its state file.
    """
    from coopllm import provider_batch
    from coopllm.batch import Summary, run_batch
    from coopllm.cache import PageMemo
    from coopllm.client import build_openai_client
    from coopllm.output import check_first_line, written_keys

    form = check_format(fmt, out)
    try:
        check_writable(out)
        if out.is_file():
            check_first_line(out, form)
    except CoopLLMError as exc:
        raise fail(str(exc)) from exc
    job = _load_state(state)
    so_far, stop = Summary(), RunStop()

    async def run() -> Summary:
        configured = make_settings(
            model=model or job.model, base_url=base_url, requests_per_minute=rpm,
            tokens_per_minute=tpm, price_per_million=price,
        )  # fmt: skip
        settings = _as_submitted(job, configured)
        unsubmitted = _Unsubmitted(job, settings.max_article_chars)
        client = build_openai_client(settings)
        try:
            # Polling (hours, with --wait) and downloading leave nothing paid for in
            # flight: a halt there stops at once. The records' requests drain on a halt.
            extractor, answers = await stop.unless_halted(
                functools.partial(
                    provider_batch.collect_extractor, client, settings, job,
                    poll_seconds=poll_seconds if wait else None,
                )
            )  # fmt: skip
            try:
                with PageMemo.of(settings) as pages:
                    read, progress = inputs_of(paths, out, quiet, pages)
                    articles = unsubmitted.counted(read, written_keys(out, form, mend=False))
                    summary = await run_batch(
                        articles, settings, out=out, errors=errors_file(out), fmt=form,
                        concurrency=concurrency, extractor=extractor, summary=so_far,
                        stop=stop, **progress,
                    )  # fmt: skip
            finally:
                await extractor.aclose()
        finally:
            await client.close()
        _keep_or_remove(answers, job, summary)
        if unsubmitted.count:
            typer.echo(
                f"coopllm: {unsubmitted.count} articles of PATH... were not in the batch: "
                "asked at the endpoint, at list price (`batch submit --out` of the same "
                "paths sends only those)",
                err=True,
            )
        if answers.unused and summary.tokens:  # nothing asked (all written): no news
            typer.echo(
                f"coopllm: {answers.unused} of the batches' {answers.total} answers were not "
                "used: their articles were not in PATH..., or already written or cached, or "
                "their requests changed since submit (another --model, or the state of an "
                "older coopllm: those were asked at the endpoint instead)",
                err=True,
            )
        return summary

    try:
        summary = run_to_end(run(), None if quiet else so_far, stop, quiet=quiet)
    except CoopLLMError as exc:
        raise fail(said(exc, KEYLESS_SUBMITTED)) from exc
    report(summary, quiet, errors_file(out))
    raise typer.Exit(1 if summary.failed else 0)


def _keep_or_remove(answers: BatchAnswers, job: BatchState, summary: Summary) -> None:
    """Remove the batches' answers from disk when no article of the batch failed (their
    records are written, now or before); keep them, said, when one did: the collect that
    retries it takes them from there instead of downloading gigabytes again (a collect
    that stops never comes here, and keeps them too)."""
    asked = {item.text_sha256 for item in job.items.values()}
    retried = sum(failure.text_sha256 in asked for failure in summary.failures)
    if not retried:
        answers.remove()
        return
    typer.echo(
        f"coopllm: the batches' answers stay in {answers.directory} for the collect that "
        f"retries the {retried} failed articles of the batch (it downloads them no more); "
        "a collect that writes them all removes them",
        err=True,
    )


class _Unsubmitted:
    """Counts the articles of a collect that its batch did not ask about and its output
    does not hold: they are asked at the endpoint, at list price. The first is said as it
    comes (Ctrl-C then stops the run: a directory with new files, the wrong directory),
    the count when the run ends."""

    def __init__(self, job: BatchState, max_chars: int) -> None:
        # By what the requests are made of, not the source: the same files given by
        # another path ("news/" for "root/") are named otherwise, and were in the batch.
        self._submitted = {(item.text_sha256, item.published) for item in job.items.values()}
        self._max_chars = max_chars
        self.count = 0

    def counted(
        self, articles: Iterable[ArticleInput], written: set[tuple[str, str]]
    ) -> Iterator[ArticleInput]:
        from coopllm.output import Written

        resumed = Written(written)  # as the batch reads it: the same articles, the same claims
        for article in articles:
            # held first, as the batch asks it of every article: the same claims
            held = article.error is None and resumed.holds(article)
            asked = (article.text_sha256, article.published) in self._submitted
            if not asked and not held and self._asked(article):
                self.count += 1
                if self.count == 1:
                    _log.warning(
                        "%s was not in the batch: it is asked at the endpoint, at list price, "
                        "as is any other such article (Ctrl-C stops the run; every record "
                        "written is kept)",
                        article.source,
                    )
            yield article

    def _asked(self, article: ArticleInput) -> bool:
        """Whether the article gets as far as a request (submit refused the others)."""
        if article.error is not None:
            return False
        try:
            check_decoded(decode_text(article.text), max_chars=self._max_chars)
        except CoopLLMError:
            return False
        return True


def _as_submitted(job: BatchState, settings: Settings) -> Settings:
    """``settings`` asking as the batch did (see ``provider_batch.AskedWith``), saying
    which of them this environment would have changed."""
    if job.asked_with is None:  # a state file from before coopllm kept them
        return settings
    changed = job.asked_with.differences(settings)
    if changed:
        typer.echo(f"coopllm: asked as the batch was submitted: {', '.join(changed)}", err=True)
    return job.asked_with.applied(settings)

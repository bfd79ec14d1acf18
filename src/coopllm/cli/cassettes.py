"""``coopllm cassettes unused``: the recordings a suite's replay no longer asks for."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Annotated

import typer

from coopllm.cli.options import CassetteOpt, ModelOpt, Paths, fail
from coopllm.cli.running import inputs_of, report, run_to_end
from coopllm.errors import CoopLLMError
from coopllm.settings import make_settings

cassettes_app = typer.Typer(help="The recorded answers offline replay reads (--cassettes).")


@cassettes_app.command("unused")
def cassettes_unused(
    paths: Paths,
    cassettes: CassetteOpt = None,
    model: ModelOpt = None,
    remove: Annotated[bool, typer.Option("--remove", help="Delete them.")] = False,
) -> None:
    """List the cassettes no offline replay of PATH... asks for, one file a line.

    A changed prompt, schema or request parameter, or an article recorded again, leaves
    recordings of requests no run sends any more. Give every article the cassettes are
    kept for (a cassette another suite asks for is listed too), with the options that
    shape the requests (--model; the COOPLLM_ variables apply as to extract). --remove
    deletes the files listed, and refuses when an article's replay failed: an offline
    miss stops an article before its later requests, whose cassettes would look unused."""
    from coopllm.batch import run_batch
    from coopllm.cassettes import CassetteLibrary
    from coopllm.client import build_openai_client
    from coopllm.extraction import Extractor

    try:
        settings = make_settings(offline=True, model=model, cassette_dir=cassettes,
                                 use_cache=False)  # fmt: skip
        library = CassetteLibrary(settings.cassette_dir)
        extractor = Extractor(settings, client=build_openai_client(settings, cassettes=library))
        articles, streamed = inputs_of(paths, None, quiet=True)
        with tempfile.TemporaryDirectory() as scratch:  # the records are not wanted
            records = Path(scratch) / "replayed.jsonl"
            summary = run_to_end(
                run_batch(
                    articles, settings, out=records, errors=None, extractor=extractor, **streamed
                ),
                quiet=True,
            )
    except CoopLLMError as exc:
        raise fail(str(exc)) from exc
    report(summary, quiet=True)
    if remove and summary.failed:
        raise fail(
            f"{summary.failed} article{'' if summary.failed == 1 else 's'} failed the replay: "
            "nothing removed (a failed article's later requests are not asked, and their "
            "cassettes would look unused)"
        )
    unasked = library.unasked()
    for path in unasked:
        typer.echo(str(path))
        if remove:
            path.unlink()
    what = "removed" if remove else "unused"
    typer.echo(f"{len(unasked)} of {library.files} cassettes {what} in {library.directory} "
               f"after the replay of {summary.done + summary.failed} articles",
               err=True)  # fmt: skip
    raise typer.Exit(1 if summary.failed else 0)

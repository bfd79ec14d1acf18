"""``python -m coopllm.cli``: the command line, as ``python -m coopllm``."""

from coopllm.cli.main import app

app(prog_name="coopllm")

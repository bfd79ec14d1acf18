"""``python -m coopllm``: the command line, for environments without the script on PATH."""

from coopllm.cli import app

app(prog_name="coopllm")

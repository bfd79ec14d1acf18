"""The ``coopllm`` command: extract, estimate, record, eval, schema, cache, local, batch.

Exit codes: 0 all done, 1 some articles failed (listed on stderr, the rest written),
2 usage or configuration errors, 69 a batch stopped because its endpoint kept failing
(cannot connect, key refused, no such model, a kind of request it cannot serve), 74 an
output that cannot be written, 75 a batch that spent its ``--budget``, 128 + the signal's
number when a batch is stopped (130 Ctrl-C, 143 SIGTERM, 129 SIGHUP; the first Ctrl-C or
SIGTERM lets the answers in flight come in and be written, a second stops at once).

A command imports the pipeline (:mod:`coopllm.batch` and with it the openai client) when
it runs: ``coopllm --help``, ``eval`` and ``schema`` start in a fraction of the 1.5 s
that importing it took.
"""

from coopllm.cli.main import app
from coopllm.cli.running import LISTED_FAILURES

__all__ = ["LISTED_FAILURES", "app"]

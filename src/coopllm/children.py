"""Child processes that do not outlive coopllm: the managed llama.cpp server, the workers
that read saved pages and those that make a batch's records. A batch killed with SIGKILL
runs no cleanup, and its children would go on holding memory (a model, a Python
interpreter each) until someone found them."""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal


def die_with_parent(parent: int) -> None:  # pragma: no cover - runs in the child
    """Linux: have the kernel kill this process when ``parent``, the one that started
    it, dies (``PR_SET_PDEATHSIG``); and die now if it already has, before this call
    (a child spends a second or more importing before it gets here). Elsewhere nothing:
    there a SIGKILLed batch leaves them."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, int(signal.SIGKILL))
        if os.getppid() != parent:
            os._exit(1)

"""The hallucination guard: every value must stand in the article, every role must be said.

Two stages:

* during the call, ``GuardedDraft`` (the response model) raises a validation error that
  lists every name that does not occur in the article, so instructor re-asks the model
  with the reasons ("'X' does not occur in the article");
* after the re-asks, :func:`apply_guard` drops (strict) or flags (lenient) what is still
  ungrounded, and demotes values whose role the article never states: a signatory whose
  sentences never say "signed"/"签署", a witness never said to witness or unveil, an
  entity no founding words govern, a location not introduced as where the signing was,
  a facilitator no facilitating words govern.
  Each drop is listed in ``warnings``, and so is each value kept in doubt (a date read
  from a sentence about something else, a party written only inside a longer name):
  nothing is removed or kept silently.

Role evidence is checked by code, not by another re-ask: it is cheap, deterministic,
and a re-ask costs a whole completion on a CPU model.

The rules, one module per role: :mod:`coopllm.guard.people` (signatories and witnesses),
``places`` (the location), ``bodies`` (established entities), ``facilitators``; each reads
the article through :mod:`coopllm.guard.reading`, and :class:`Checker` holds them all for
one article. :mod:`coopllm.guard.reask` is the first stage, :mod:`coopllm.guard.apply`
the second (with :mod:`coopllm.guard.left_out`, which puts in the people the model left
out, and :mod:`coopllm.guard.projects`, the projects of a joint signing it left out);
:mod:`coopllm.guard.evidence` gives the record, for each value kept in a role,
the sentence that states it.
"""

from coopllm.guard.apply import apply_guard, as_lenient
from coopllm.guard.checker import Checker
from coopllm.guard.evidence import role_evidence
from coopllm.guard.reask import GuardedDraft, find_problems, guarding

__all__ = [
    "Checker",
    "GuardedDraft",
    "apply_guard",
    "as_lenient",
    "find_problems",
    "guarding",
    "role_evidence",
]

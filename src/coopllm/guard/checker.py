"""The guard's checker: one object per article that every role's rules ask."""

from __future__ import annotations

from coopllm.guard.bodies import BodyEvidence
from coopllm.guard.facilitators import FacilitatorEvidence
from coopllm.guard.holders import HolderEvidence
from coopllm.guard.places import PlaceEvidence


class Checker(HolderEvidence, PlaceEvidence, BodyEvidence, FacilitatorEvidence):
    """Grounding and role-evidence checks over one article text: each role's rules in a
    module of their own (:mod:`coopllm.guard.people`, ``holders``, ``places``, ``bodies``,
    ``facilitators``), over one reading of the text (:mod:`coopllm.guard.reading`).
    Made once per article, before the model answers: the reading is shared by the
    re-asks, the passes and the final guard."""

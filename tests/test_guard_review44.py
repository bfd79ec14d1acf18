"""Mends from the read-only review of the forty-fourth blind set's rules, and rules from
older sets' leftovers, each on a text of our own that fails on the code before them:
officers' ranks before a name ("Capt.", "Cmde. (Retd.)") are titles."""

from __future__ import annotations

from coopllm.schema import Signatory
from coopllm.titles import clean_people


def test_an_officers_rank_is_a_title() -> None:
    written = [
        Signatory(name="Capt. Anil Deshmane"),
        Signatory(name="Cmde. (Retd.) Vikram Sethi"),
        Signatory(name="Rear Admiral Tan Wei"),
    ]
    assert [(p.name, p.title) for p in clean_people(written)] == [
        ("Anil Deshmane", "Capt."),
        ("Vikram Sethi", "Cmde. (Retd.)"),
        ("Tan Wei", "Rear Admiral"),
    ]

"""Parties as the sentence of the signing writes them "between" two bodies.

A news agency's story of a state visit says "Merenia and Solvani signed a memorandum",
then "The Memorandum of Understanding … between the Ministry of Agriculture of Merenia and
the Solvani Ministry of Food and Land Resources was signed on 29 December", and a small
model gives the two countries as the parties (the blind30 ae06's). The document's own
words name its parties: :func:`parties_between` takes the body that a country's or a
town's bare name stands in, where a sentence that signs the agreement writes it between
two bodies.
"""

from __future__ import annotations

import re

from coopllm.guard.checker import Checker
from coopllm.guard.reading import Sentence
from coopllm.parties import party_kind_for
from coopllm.schema import Agreement, Party

_BARE_PLACE = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?")
"""A country's or a town's name alone: one or two capitalised words ("Merenia", "Upper
Tavel")."""
_BODY = (
    r"(?:the\s+)?(?P<{0}>(?:[A-Z][\w'\u2019&.-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?){{0,8}}"
    r"(?:Ministry|Department|Agency|Authority|Office|Bureau|Commission|Council|Government"
    r"|University|Institute|Academy|Administration|Service)"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'\u2019&-]*(?:\s+(?:(?:and|of)\s+)?[A-Z][\w'\u2019&-]*)*)?)"
)
"""A public body's name: capitalised words around its kind ("the Ministry of Agriculture
of Merenia", "the Solvani Ministry of Food and Land Resources")."""
_BETWEEN = re.compile(rf"\bbetween\s+{_BODY.format('first')}\s*,?\s+and\s+{_BODY.format('second')}")


def parties_between(
    agreement: Agreement, checker: Checker, warnings: list[str], *, alone: bool
) -> Agreement:
    """The agreement with each party given by a place's bare name (``_BARE_PLACE``) named
    instead by the one body of its "between" clause that holds that name as a word, in a
    sentence that signs the agreement: one that writes its title, or any that signs where
    it is the record's one agreement (``alone``). As it is where no such clause names one
    body for the place, or that body is a party already."""
    names = [party.name for party in agreement.parties]
    if not any(_BARE_PLACE.fullmatch(name) for name in names):
        return agreement
    bodies = _bodies_between(_its_signing_sentences(agreement, checker, alone), checker)
    parties: list[Party] = []
    for party in agreement.parties:
        body = _the_body_of(party.name, bodies) if _BARE_PLACE.fullmatch(party.name) else None
        if body is None or body in names:
            parties.append(party)
            continue
        warnings.append(
            f"took party '{body}' for '{party.name}': the sentence of the signing names it "
            "between the parties"
        )
        renamed = {"name": body, "aliases": [], "kind": party_kind_for(body)}
        parties.append(party.model_copy(update=renamed))
    return agreement.model_copy(update={"parties": parties})


def _its_signing_sentences(
    agreement: Agreement, checker: Checker, alone: bool
) -> tuple[Sentence, ...]:
    if agreement.title:
        return checker.titles_signing(agreement.title)
    return checker.signing_sentences() if alone else ()


def _bodies_between(sentences: tuple[Sentence, ...], checker: Checker) -> set[str]:
    return {
        " ".join(found[side].split())
        for start, end in sentences
        for found in _BETWEEN.finditer(checker.text, start, end)
        for side in ("first", "second")
    }


def _the_body_of(place: str, bodies: set[str]) -> str | None:
    """The one body whose name holds ``place`` as a word ("Merenian" holds no "Merenia")."""
    holding = {body for body in bodies if re.search(rf"\b{re.escape(place)}\b", body)}
    return holding.pop() if len(holding) == 1 else None

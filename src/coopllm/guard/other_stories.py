"""A document the page names only in its list of other stories.

News pages end with links to other stories under a heading of their own ("相关新闻",
"Related news"), and a link's headline may tell another signing ("· 江澄大学与海岚医疗签署
产学研合作框架协议": the blind36 ak04's), which a small model gives as one more agreement of
the article. :func:`other_stories_dropped` drops such an agreement where no one signed
it and the list alone writes its title and one of its parties: the spec's record is of
the documents the article reports signed, and a link reports none. So does one the
model titled by a word of the list alone, whose signers another agreement of the record
holds: that one's signing given twice (the blind59 bh06's "contract", of "Satellite
operator shares jump on defence contract" under "Read next"). (Where the list stands:
:attr:`~coopllm.guard.reading.Reading.other_stories`, whose sentences tell no signing of
the article's.)
"""

from __future__ import annotations

from coopllm.guard.checker import Checker
from coopllm.guard.reading import Sentence, finds
from coopllm.schema import Agreement


def other_stories_dropped(
    agreements: list[Agreement], checker: Checker, warnings: list[str]
) -> list[Agreement]:
    """The agreements without those the page names only in its list of other stories."""
    spans = checker.other_stories
    if not spans:
        return agreements
    kept = []
    for agreement in agreements:
        others = [a for a in agreements if a is not agreement]
        if _only_listed(agreement, checker.text, spans):
            warnings.append(
                f"dropped agreement '{agreement.title}': only the page's list of other "
                "stories names it"
            )
        elif _a_copy_titled_by_a_link(agreement, others, checker.text, spans):
            warnings.append(
                f"dropped agreement '{agreement.title}': only the page's list of other "
                "stories writes its title, and another agreement holds its signing"
            )
        else:
            kept.append(agreement)
    return kept


def _a_copy_titled_by_a_link(
    agreement: Agreement, others: list[Agreement], text: str, spans: tuple[Sentence, ...]
) -> bool:
    """Whether the agreement's title is written only in ``spans``, and another agreement
    has the same named signers: the same signing, titled from a link."""
    signers = {p.name for p in agreement.signatories if p.name}
    return (
        bool(agreement.title and signers)
        and any({p.name for p in other.signatories if p.name} == signers for other in others)
        and _only_within(agreement.title or "", text, spans)
    )


def _only_listed(agreement: Agreement, text: str, spans: tuple[Sentence, ...]) -> bool:
    """Whether no one signed the agreement, and its title and one of its parties are
    written, each only in ``spans``."""
    if agreement.signatories or not agreement.title:
        return False
    parties = (p.all_names for p in agreement.parties)
    return _only_within(agreement.title, text, spans) and any(
        all(_only_within(name, text, spans) for name in names) for names in parties
    )


def _only_within(value: str, text: str, spans: tuple[Sentence, ...]) -> bool:
    """Whether ``value`` is written in ``text``, each time inside one of ``spans``."""
    found = finds(value, text)
    return bool(found) and all(
        any(start <= at.start() < end for start, end in spans) for at in found
    )

"""Evidence for facilitators: organisations the article says facilitated, brokered or
promoted the deal without being a party (spec: ``Agreement.facilitators``).

The role's words govern the name: a lead-in before it in its clause ("brokered by X",
在X的支持下, 经X牵线) or its verb after it ("X brokered the deal"); support, help or
guidance only in a sentence about a deal, a founding, talks or a partnership.
"""

from __future__ import annotations

import re

from coopllm.guard.bodies import FOUNDING
from coopllm.guard.reading import (
    DEAL_WORD,
    GOVERNS,
    IN_CLAUSE,
    SIGNED_WORDS,
    Reading,
    Sentence,
    remembered,
)

# A facilitator is governed by its role's words (the spec: "facilitated, brokered or
# promoted the deal"), not merely in a sentence that has them: "双方将共同推动…" is the
# deal's aim. Before the name, a lead-in in its clause ("brokered by", "with the support
# of", "under the auspices of"); after it, in its clause, its verb ("X brokered the deal",
# "在X的大力支持下", "经X牵线", "X穿针引线"; "a deal put together by X": the blind33 ah06's,
# not "a market study put together by X": a review's find).
_FACILITATED_BY = re.compile(
    r"(?:\b(?:facilitated|brokered|arranged|coordinated|promoted|introduced|mediated"
    r"|supported|backed|initiated|put\s+in\s+touch|made\s+possible)\s+(?:by|through)"
    r"|\b(?:deals?|agreements?|pacts?|partnerships?|mous?)\s+(?:(?:was|were|had\s+been)\s+)?"
    r"put\s+together\s+(?:by|through)"
    r"|\bwith\s+the\s+(?:\w+\s+){0,2}(?:help|support|assistance)\s+of"
    r"|\bwith\s+(?:\w+\s+){0,2}(?:help|support|assistance)\s+from"
    r"|\bat\s+the\s+(?:invitation|initiative)\s+of"
    r"|\bunder\s+the\s+(?:auspices|coordination|guidance)\s+of|\bthrough\s+the\s+"
    r"(?:matchmaking|mediation|efforts|good\s+offices)\s+of|\bthanks\s+to)\b"
    rf"{IN_CLAUSE}{{0,60}}$",
    re.IGNORECASE,
)
_DEAL = (
    r"(?:deals?|agreements?|signing|cooperation|collaboration|partnerships?|talks|pacts?"
    r"|mous?|memorand\w*|contracts?|ties|negotiations?|meetings?)\b"
)
"""What a facilitator helps bring about, its verb's object before any preposition:
"brokered the deal", "facilitated the signing"; not "will facilitate data sharing",
"promoted its products at the signing fair"."""
_FACILITATES_AFTER = re.compile(
    rf"{IN_CLAUSE}{{0,30}}?(?:\b(?:facilitat|broker|mediat|helped\s+arrange|arranged"
    rf"|promoted)\w*\s+(?:(?!(?:at|in|on|during|for|with)\b)[\w'-]+\s+){{0,4}}?{_DEAL}"
    rf"|(?:的{IN_CLAUSE}{{0,8}}?)?(?:推动|支持|协调|帮助|指导|牵线|促成|推介|组织|牵头)下(?![一属设])"
    r"|牵线|搭桥|促成|引荐|撮合|穿针引线|推介(?!会)|搭建(?:了)?(?:合作|交流|对接)?平台)",
    re.IGNORECASE,
)
"""Facilitating words after the name, in its clause: "X brokered the deal", "在X的大力支持下",
"由X…牵线促成"; not the name of an event, "…承办、X协办的…投资推介会" (the blind39 an03's
organisers, whose event is no deal they promoted)."""
_INTRODUCED = re.compile(rf"{IN_CLAUSE}{{0,10}}?(?:介绍|推荐|协调|牵头)")
"""经X介绍, 经X协调, 由X居中协调: introduced or coordinated by X (not 据X介绍, "according
to X"; not "X将从中协调后续事宜", without 经 or 由 before it)."""
_ONLY_SUPPORTED = re.compile(r"support|backed|help|assist|guidance|支持|帮助|指导", re.I)
"""Facilitating words that may be of anything, not of a deal: support, help, guidance."""
_BROKERED = re.compile(
    r"broker|facilitat|mediat|matchmak|牵线|撮合|促成|推动|协调|引荐|介绍|搭桥", re.IGNORECASE
)
"""Facilitating words of a deal whatever else they stand with ("在X的牵线和支持下")."""
_OF_A_DEAL = re.compile(
    rf"{SIGNED_WORDS}|{DEAL_WORD}|{FOUNDING.pattern}|达成|合作|签约|仪式|对接|联系|结为|关系"
    r"|友好|姊妹|洽谈|会谈|会见|谈判|磋商|携手"
    r"|\b(?:reached|struck|sealed|clinched|agreed|partnerships?|collaborat\w*|ceremony|tie-up"
    r"|joint\s+venture|team(?:ed|s)?\s+up|negotiat\w*|made\s+possible|talks|meetings?|met"
    r"|consortium|link|ties|relationship|brings?\s+together|partners?|twinning|sister"
    r"|co-?operation|signing|consultations?|invest\w*"
    r"|brought\s+(?:\w+\s+){0,3}together)\b",
    re.IGNORECASE,
)
"""What makes a sentence's support words a facilitator's: a signing, a deal, a founding,
talks or a partnership in it."""


class FacilitatorEvidence(Reading):
    """Whether the article says an organisation facilitated the deal."""

    def facilitated(self, value: str) -> bool:
        """Whether the article says the value facilitated the deal
        (:meth:`facilitating_sentence`)."""
        return self.facilitating_sentence(value) is not None

    def facilitating_sentence(self, value: str) -> Sentence | None:
        """The first of :meth:`facilitating_sentences`."""
        return next(iter(self.facilitating_sentences(value)), None)

    @remembered
    def facilitating_sentences(self, value: str) -> tuple[Sentence, ...]:
        """The sentences where a mention of the value is governed by facilitating words (see
        ``_FACILITATED_BY``): its own name's words ("Trade Promotion Agency") are none; words
        of support or guidance only in a sentence about a deal, a founding or a partnership
        (``_OF_A_DEAL``: "With the support of X, A and B signed"; not "The project will be
        implemented with the support of UNDP", "在省教育厅的指导下，由学校国际交流处主办")."""
        return tuple(
            sentence
            for sentence, mentions in self._by_sentence(value).items()
            if any(self._facilitates(*sentence, at, until) for at, until in mentions)
        )

    def _facilitates(self, start: int, end: int, at: int, until: int) -> bool:
        """Whether facilitating words govern the mention ``text[at:until]`` of its sentence."""
        text = self.rules_text
        if text.endswith(("经", "由"), 0, at) and _INTRODUCED.match(text, until, end):
            return True
        found = _FACILITATED_BY.search(text, max(start, at - GOVERNS), at) or (
            _FACILITATES_AFTER.match(text, until, end)
        )
        return found is not None and (
            not _ONLY_SUPPORTED.search(found[0])
            or _BROKERED.search(found[0]) is not None
            or self._says(_OF_A_DEAL, start, end)
        )

"""A signer the signing's sentence names by title alone, and names elsewhere.

Releases and Chinese news often write the signing with titles ("The agreement was signed
… by Corvane's Chief Executive Officer and the Port Authority's Executive Director",
"副校长蒋书铭与恒屹智能总经理代表双方签署") and name the holders elsewhere, in a quote's
attribution or the attendees' list ("said Priya R. Nandakumar, Chief Executive Officer of
Corvane", "恒屹智能董事长、总经理韩国栋"): the blind79 cb05's and cb01's. The person signed,
though no sentence that names them says so; the spec's unnamed signer is for a holder the
article never names. This module reads the titles an article writes beside a name and
whether a signing sentence writes one of them, with its body, as a signer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from coopllm.guard.people import PeopleEvidence
from coopllm.guard.reading import TO_COME, remembered
from coopllm.lexicon import ZH_TITLES
from coopllm.titles import ZH_TITLE_BEFORE, only_titles

_EN_TITLED_AFTER = re.compile(
    r",\s+(?:the\s+)?(?P<role>(?-i:[A-Z])[^,;.()\n]{2,60}?)\s+(?:of|at)\s+(?:the\s+)?"
    r"(?P<body>(?-i:[A-Z])[^,;()\n]{1,80}?)(?=\s*[,;)\n]|\.(?:\s|$)|\s*$)"
)
"""The title written after a name, a comma between, and the body it is of: ", Chief
Executive Officer of Corvane", ", Executive Director of the Eastbrook Port Authority"."""
_EN_TITLED_BEFORE = re.compile(
    r"(?<![\w'\u2019-])(?P<role>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,3}?)\s+"
    r"(?:(?:Prof|Professor|Dr|dr|ir|Mr|Ms|Mrs)\.?\s+)*$"
)
"""An English title right before a name, forms of address between ("Rector Magnificus
Prof. dr. "), read where it ends right before the name."""
_FORMER = re.compile(r"\b(?:former|ex|outgoing|then|late)[\s-]+$", re.IGNORECASE)
"""Words before a title that make it not the holder's now ("former Rector Magnificus")."""
_OF_A_BODY = re.compile(
    r"\s*,?\s+(?:of|at)\s+(?:the\s+)?(?P<body>(?-i:[A-Z])[\w&.'\u2019-]*"
    r"(?:\s+(?:(?:of|for|and|&)\s+)?(?-i:[A-Z])[\w&.'\u2019-]*){0,6})"
)
"""The body written right after a name ("Ilse de Vries of Kessel University"): the title
before the name is that body's (review83)."""
_OWNER = (
    r"(?<![\w'\u2019-])(?:the\s+)?"
    r"(?P<owner>(?-i:[A-Z])[\w&.'\u2019-]*(?:\s+(?-i:[A-Z])[\w&.'\u2019-]*){0,5})"
)
"""A body's name as a signing sentence writes it before its title's possessive."""
_NAME_NEXT = re.compile(r"\s*,?\s*(?:Dr\.?\s+|Prof\.?\s+)?(?-i:[A-Z])[a-z]")
"""A name right after a title: the sentence names the holder itself."""
_APPOSITION = re.compile(r"[,，]\s*$")
"""A comma right before a title: the title of the name before it, not one in its place."""
_EN_SIGNED_BY_BEFORE = re.compile(
    r"\b(?:signed|inked|countersigned)\b"
    r"(?:\s+(?!(?:after|when|which|who|that|once|while|as|because|approved|endorsed|described"
    r"|behalf|by)\b)[\w'\u2019.,-]+){0,10}?\s+by\s+"
    r"(?:[^.;:]{1,80}?\s+and\s+)?$",
    re.IGNORECASE,
)
"""Right before a title in a signer's place, its signing's "by": "was signed on 2 December
at the Harbour Operations Centre by …", "… by Corvane's Chief Executive Officer and …";
not another verb's "by" ("after it was approved by …"), nor "on behalf of …", nor a longer
title's end ("by the Deputy Chief Executive Officer of …": review80's finds)."""
_EN_SIGNS_AFTER = re.compile(
    r"\s+(?:(?:formally|jointly|also|then)\s+)?(?:signed|inked|countersigned)\b", re.IGNORECASE
)
"""After a title in a signer's place, its signing's verb: "Corvane's Chief Executive
Officer signed for the company"."""
_ZH_TO_BE_SIGNED_BY = re.compile(r"(?:将|拟|计划|预计|还将|将会)由")
"""Who is to sign a document to come: "投资合同将由…主任与…总经理在年底前签署"."""
_ZH_OFFICE = re.compile(
    r"(?<![副常原前])(?<!执行)(?<!首席)(?<!区域)(?<!事业部)"
    rf"(?:{'|'.join(sorted(map(re.escape, ZH_TITLES), key=len, reverse=True))})"
)
"""A Chinese office of the vocabulary, the longest first, not a deputy's nor a former one's,
nor the end of a longer one ("执行总裁", "区域总经理": review85)."""
_ZH_ITEM_OPENS = re.compile(r"[，,。；;：:（(\n\s]")
"""What opens the item of a Chinese list of people, before a title and a name."""
_ZH_SIGNER_NEXT = re.compile(r"代表|与|和|及|分别|共同|一同|在|签|，|、")
"""What follows a Chinese title written in place of a signer's name: the signing's words,
the other signer, a comma; not a name."""


class HolderEvidence(PeopleEvidence):
    """Whether a person signed as the holder of a title the signing's sentence writes."""

    @remembered
    def signed_as_titled(self, name: str, bodies: tuple[str, ...] = ()) -> str | None:
        """The words a signing sentence writes in place of ``name``, the person's title of
        their body ("Corvane's Chief Executive Officer", "恒屹智能总经理"), where they read
        as a signer's (:meth:`role_sentence`'s reading of a name), the article writes that
        title beside this name and beside no other, and the sentence names no one right
        after it; else None."""
        for role, named_body in self._titles_beside(name):
            for body in (named_body,) if named_body else bodies:
                phrase = self._signed_in_place(name, role, body, party=not named_body)
                if phrase is not None:
                    return phrase
            if _zh(role) and bodies and (both := self._both_sides_signed(name, role, bodies)):
                return both
        return None

    def _signed_in_place(self, name: str, role: str, body: str, *, party: bool) -> str | None:
        """The words a signing sentence writes in a signer's place for ``role`` of
        ``body``, where no one but ``name`` holds it and no name stands right after it;
        ``party``: the body is one of the agreement's parties, which the sentence may write
        by its name's first words (:func:`_of_the_body`)."""
        for phrase, (start, end, at, until) in self._written_as_signer(role, body, party=party):
            if self._held_by_another(role, body, name):
                continue
            if not self._stood_by(start, at, until, end):
                return phrase
        return None

    @remembered
    def offices_signing(self) -> tuple[tuple[str, str], ...]:
        """The Chinese offices a signing sentence writes in a signer's place, no name after
        them nor anyone's standing by ("奥地利驻沧江总领事与市体育局局长代表双方在备忘录上签字":
        总领事, 局长: the blind83 cf02's), each once, as written, with the words before it in
        its item (its body: "奥地利驻沧江", "市体育局"); not in a sentence of a signing to come."""
        text = self.rules_text
        found: dict[tuple[str, str], None] = {}
        for start, end in self.signing_sentences():
            if TO_COME.search(text, start, end) or _ZH_TO_BE_SIGNED_BY.search(text, start, end):
                continue  # "…合同将由…主任与华信科技总经理在年底前签署" (review85)
            for hit in _ZH_OFFICE.finditer(text, start, end):
                if (
                    _ZH_SIGNER_NEXT.match(text, hit.end())
                    and self._stated("signatories", start, end, [hit.span()]) is not None
                    and not self._stood_by(start, *hit.span(), end)
                ):
                    opening = max(text.rfind(mark, start, hit.start()) for mark in "，,、与和及：:")
                    owner = self.text[max(opening + 1, start) : hit.start()]
                    found[self.text[hit.start() : hit.end()], owner] = None
        return tuple(found)

    def _both_sides_signed(self, name: str, role: str, bodies: tuple[str, ...]) -> str | None:
        """The words "双方校长" (each side's holder of ``role``) where a signing sentence
        writes them in signers' place ("双方校长分别在主、分会场签署了《…》": the blind80
        cc03's), and the article writes ``role`` before two names only, ``name`` one of
        them, each in a list led by another of the agreement's ``bodies`` (its parties' names,
        or 我校, 本校 on a school's page): "我校党委书记…、校长慕容清", "湖滨理工大学校长戴维·R·
        芬奇"; not a former one's ("原校长"), nor a third body's ("湖畔中学校长王敏": review81's
        finds)."""
        text = self.rules_text
        owners: dict[str, str] = {}
        for hit in re.finditer(rf"(?<![副常原前任])(?<!双方|两校|两方){re.escape(role)}", text):
            if _ZH_SIGNER_NEXT.match(text, hit.end()):
                continue
            opening = max(text.rfind(stop, 0, hit.start()) for stop in "，,。；;：:\n（(")
            lead = text[opening + 1 : hit.start()]
            owner = max(
                (b for b in (*bodies, "我校", "本校") if lead.startswith(b)), key=len, default=""
            )
            owners[text[hit.end() : hit.end() + len(name)]] = owner
        if len(owners) != 2 or not all(owners.values()) or len(set(owners.values())) != 2:
            return None
        if name not in owners:
            return None
        both = re.compile(rf"(?:双方|两校|两方|两院)的?{re.escape(role)}")
        for start, end in self.signing_sentences():
            for found in both.finditer(text, start, end):
                if (
                    _ZH_SIGNER_NEXT.match(text, found.end())
                    and self._stated("signatories", start, end, [found.span()]) is not None
                    and not self._stood_by(start, *found.span(), end)
                ):
                    return self.text[found.start() : found.end()]
        return None

    def _titles_beside(self, name: str) -> Iterator[tuple[str, str]]:
        """Each (title, body) the article writes beside the name: after it in English (",
        Chief Executive Officer of Corvane"), before it in Chinese ("恒屹智能董事长、总经理
        韩国栋": 董事长 and 总经理 of 恒屹智能); an English title before it, forms of address
        between, of no body written ("" : "said Rector Magnificus Prof. dr. Marijke van
        Aalst", the blind82 ce05's, whose signing sentence writes "Hogeveld's Rector
        Magnificus")."""
        text = self.rules_text
        for at, until in self._mentions_of(name):
            english = _EN_TITLED_AFTER.match(text, until)
            if english is not None:
                yield english["role"].strip(), english["body"].strip()
                continue
            before = _EN_TITLED_BEFORE.search(text, max(0, at - 80), at)
            if (
                before is not None
                and only_titles(before["role"])
                and not _FORMER.search(text, max(0, before.start() - 12), before.start())
            ):  # "said Rector Magnificus Prof. dr. Marijke van Aalst"
                of = _OF_A_BODY.match(text, until)  # "… of Kessel University": its own
                yield before["role"], of["body"].strip() if of else ""
                continue
            opening = max((m.end() for m in _ZH_ITEM_OPENS.finditer(text, 0, at)), default=0)
            item = text[max(opening, at - 30) : at]
            chain = ZH_TITLE_BEFORE.search(item)
            if chain is None or chain.start() < 2:
                continue
            body = item[: chain.start()]
            for title in re.split(r"[、兼]", chain.group()):
                if title:
                    yield title, body

    def _written_as_signer(
        self, role: str, body: str, *, party: bool = False
    ) -> Iterator[tuple[str, tuple[int, int, int, int]]]:
        """Each mention of ``role`` with ``body`` in a sentence with signing words, no
        name after it: the words as written, and (sentence start, end, mention start, end)."""
        text = self.rules_text
        for start, end in self.signing_sentences():
            for found in self._phrases(role, body, start, end, party=party):
                if _APPOSITION.search(text, start, found.start()):
                    continue  # "Dr. Tomas Reiner, Director General of …": a name's own title
                if _zh(role) and not _ZH_SIGNER_NEXT.match(text, found.end()):
                    continue
                if not _zh(role) and (
                    _NAME_NEXT.match(text, found.end())
                    or not (
                        _EN_SIGNED_BY_BEFORE.search(text, start, found.start())
                        or _EN_SIGNS_AFTER.match(text, found.end())
                    )
                ):
                    continue
                if self._stated("signatories", start, end, [found.span()]) is None:
                    continue
                yield self.text[found.start() : found.end()], (start, end, *found.span())

    def _phrases(
        self, role: str, body: str, start: int, end: int, *, party: bool = False
    ) -> list[re.Match[str]]:
        """Where the sentence ``text[start:end]`` writes ``role`` as ``body``'s: "恒屹智能
        总经理"; "Corvane's Chief Executive Officer", "the Chief Executive Officer of
        Corvane", a body's shorter form too ("the Port Authority's Executive Director" of
        the Eastbrook Port Authority)."""
        text = self.rules_text
        if _zh(role):
            pattern = re.compile(re.escape(body) + re.escape(role))
            return list(pattern.finditer(text, start, end))
        title = re.escape(role)
        patterns = (
            rf"{_OWNER}['\u2019]s\s+{title}\b",
            rf"(?<!\w)(?:the\s+)?{title}\s+of\s+{_OWNER}",
        )
        return [
            hit
            for pattern in patterns
            for hit in re.compile(pattern, re.IGNORECASE).finditer(text, start, end)
            if _of_the_body(hit["owner"], body, party=party)
        ]

    def _held_by_another(self, role: str, body: str, name: str) -> bool:
        """Whether the article writes ``role`` of ``body`` beside a name not ``name``'s:
        two holders, and the signing's words tell not which."""
        text = self.rules_text
        if _zh(role):
            pattern = re.compile(re.escape(body) + r"[^，。；：\n]{0,12}?" + re.escape(role))
            return any(
                not text.startswith(name, hit.end()) and not _ZH_SIGNER_NEXT.match(text, hit.end())
                for hit in pattern.finditer(text)
            )
        ends = {until for _, until in self._mentions_of(name)}
        pattern = re.compile(rf",\s+(?:the\s+)?{re.escape(role)}\s+(?:of|at)\s+(?:the\s+)?", re.I)
        return any(
            hit.start() not in ends and text[hit.end() :].casefold().startswith(body.casefold())
            for hit in pattern.finditer(text)
        )

    def _mentions_of(self, name: str) -> list[tuple[int, int]]:
        """Every mention of the person's name, as :meth:`grounded` finds a person's."""
        return [span for spans in self._by_sentence(name, person=True).values() for span in spans]


def _zh(words: str) -> bool:
    """Whether the words are Chinese (a Chinese title)."""
    return re.search(r"[\u4e00-\u9fff]", words) is not None


def _of_the_body(owner: str, body: str, *, party: bool = False) -> bool:
    """Whether a signing sentence's ``owner`` names ``body``: the same, or its name's last
    words ("Port Authority" of the Eastbrook Port Authority); not its first words, another
    body's ("Halden University" of the Halden University Alumni Association), nor a longer
    name ("Corvane Logistics" of Corvane: review80's finds)."""
    owner = re.sub(r"^the\s+", "", owner.casefold().strip())
    body = re.sub(r"^the\s+", "", body.casefold().strip())
    return len(owner) >= 3 and (
        owner == body
        or body.endswith(f" {owner}")
        or (party and _A_KIND_AFTER.fullmatch(body.removeprefix(owner)) is not None)
    )


_A_KIND_AFTER = re.compile(  # of a party alone: "Hogeveld's" is no Hogeveld Bank (review83)
    r"\s+(?:university|college|institute|company|group|corporation|agency|authority|bank"
    r"|council|hospital|ltd\.?|inc\.?|plc|limited)"
)
"""A body's kind after the name a signing sentence writes it by ("Hogeveld's" of Hogeveld
University: the blind82 ce05's)."""

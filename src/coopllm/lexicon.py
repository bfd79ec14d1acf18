"""What every rule module reads a text with, and imports nothing of coopllm's.

Chinese characters (``HAN``), Traditional characters read as Simplified
(:func:`simplified`), a regex of words that tolerates spacing (:func:`word_alternation`),
and the Chinese title vocabulary: grounding reads it to tell a name that runs on into a
title (王伟副校长) from a longer name, and :mod:`coopllm.titles` to split a title from a
name. A leaf, so that grounding and titles can both import it without importing each
other.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

HAN = re.compile(r"[\u4e00-\u9fff]+")
"""Runs of Chinese characters (CJK unified ideographs): whether a name or a text is written
in Chinese, and how much of it."""


def word_alternation(words: Iterable[str]) -> str:
    """A regex alternation of words, longest first so "Vice President" wins over
    "President", a space in a word standing for spaces or a hyphen ("Vice-President")."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(r"[\s-]+".join(map(re.escape, word.split())) for word in ordered)


def tried_at(pattern: str, *, words: str = "", chars: str = "") -> str:
    """``pattern`` tried only where a match of it can start: at the start of a Latin word
    whose first letter is one of ``words`` (the initials of its English branches, each of
    which opens with ``\\b``: "a-z" for any), or at one of ``chars`` (the first characters
    of its other branches); both as a character class's contents, read under the pattern's
    flags (IGNORECASE takes either case). Python's engine tries every branch of an
    alternation at every position of a text, where this one lookahead turns most positions
    away at once (``TO_COME`` read a sentence some two to three times faster). The caller
    keeps the promise: a branch that starts elsewhere would never be found
    (``tests/test_lexicon.py`` checks each gated pattern over our example articles)."""
    gates = [rf"(?<!\w)(?=[{words}])"] if words else []
    if chars:
        gates.append(f"(?=[{chars}])")
    return f"(?:{'|'.join(gates)})(?:{pattern})"


_END = sys.maxsize
"""The end of any text: what ``re.Pattern``'s methods take for "no end given"."""


def _without_case(text: str) -> str:
    """``text`` without case: the dotless ı and the dotted İ as i, which the engine takes
    for it where ``casefold`` does not ("sıgned", "SİGNED": a review's find)."""
    folded = text.casefold()
    return folded if folded.isascii() else folded.replace("ı", "i").replace("i\u0307", "i")


@lru_cache(maxsize=4)
def _folded(text: str) -> str:
    """``text`` without case (:func:`_without_case`), folded once for the many patterns
    tried on it in turn."""
    return _without_case(text)


class Needing:
    """A compiled pattern tried only on a text that writes the words every match needs.

    Python's engine tries a pattern at every position of a text, and a rule's pattern
    scans some 10-20 ns a position before it fails: the record's CPU is mostly that, over
    some 250 patterns, most of which find nothing in a given article (a Chinese rule in an
    English one, a venue "at the X's headquarters" where no headquarters is written). A
    substring test (``str.__contains__``, a fast search in C) turns such a text away at
    once. ``needs`` holds groups of words; a text is tried when it writes at least one
    word of each group, as the pattern's every match needs (in its match or in one of its
    lookarounds), read without case where the pattern ignores case (text and words alike,
    :func:`_without_case`, which folds at least what the engine does: a text tried for
    nothing is only slower; a word folded otherwise than its text would turn away a name's
    own text: review90's "Kalkınma").
    The caller keeps the promise: a word the pattern can match without would lose that
    match (``tests/test_lexicon.py`` takes each of them out of every example article and
    checks that the pattern then finds nothing there). A word is written as the pattern
    needs it letter for letter, never across a gap the pattern lets vary (``\\s+``).
    """

    __slots__ = ("_fold", "compiled", "needs")

    def __init__(self, pattern: re.Pattern[str], *needs: tuple[str, ...]) -> None:
        self.compiled = pattern
        self._fold = bool(pattern.flags & re.IGNORECASE)
        self.needs = tuple(
            tuple(_without_case(word) if self._fold else word for word in group) for group in needs
        )

    def written_in(self, text: str) -> bool:
        """Whether ``text`` writes a word of each group: whether the pattern may match."""
        if self._fold:
            text = _folded(text)
        for group in self.needs:
            for word in group:
                if word in text:
                    break
            else:
                return False
        return True

    def search(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        return self.compiled.search(text, pos, endpos) if self.written_in(text) else None

    def match(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        return self.compiled.match(text, pos, endpos) if self.written_in(text) else None

    def fullmatch(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        return self.compiled.fullmatch(text, pos, endpos) if self.written_in(text) else None

    def finditer(self, text: str, pos: int = 0, endpos: int = _END) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text, pos, endpos) if self.written_in(text) else iter(())

    def findall(self, text: str, pos: int = 0, endpos: int = _END) -> list[Any]:
        return self.compiled.findall(text, pos, endpos) if self.written_in(text) else []

    def sub(self, repl: str, text: str) -> str:
        return self.compiled.sub(repl, text) if self.written_in(text) else text


def written_alone(text: str, word: str, apart: str = r"\w-") -> Iterator[re.Match[str]]:
    """Each place ``text`` writes ``word`` with none of ``apart`` (a character class's
    contents) right before or after it: the matches of ``(?<![apart])word(?![apart])``,
    found otherwise. A pattern that opens with a look-behind is tried at every position of
    the text (some 40 ns a character), where one that opens with the word's own letters
    is searched for by them in C (some 2 ns): the same matches, twenty times faster, which
    a rule that looks up every name of a long page (a digest of many signings) needs."""
    found = re.compile(rf"{re.escape(word)}(?![{apart}])")
    before = re.compile(rf"[{apart}]")
    at = 0
    while at <= len(text) and (match := found.search(text, at)) is not None:
        start = match.start()
        if start and before.match(text, start - 1):
            at = start + 1  # where the look-behind fails, the engine tries the next position
            continue
        yield match
        at = max(match.end(), start + 1)


def untried(gated: str) -> str:
    """The pattern :func:`tried_at` gated, without its gate: what the gate must not
    change the matches of."""
    return gated[gated.index(")(?:") + len(")(?:") : -1]


SMALL_COUNT = r"\d+|[两二三四五六七八九十]"
"""A count as news writes a few documents or projects: digits, or a Chinese numeral to ten."""
_COUNTS = {
    **dict(zip("两二三四五六七八九十", (2, 2, 3, 4, 5, 6, 7, 8, 9, 10), strict=True)),
    **{"two": 2, "both": 2, "three": 3, "four": 4, "five": 5},
}


def small_count(written: str) -> int:
    """The number a ``SMALL_COUNT`` writes ("3", "三", "两"), or an English count word of
    documents ("two", "Both")."""
    return int(written) if written.isdigit() else _COUNTS[written.casefold()]


_GENERIC_TITLE = re.compile(
    r"(?:(?:the|this|that|a|an|its|their|said|such)\s+)?"
    r"(?:(?:co-?operation|cooperative|partnership)\s+)?(?:agreement|deal|pact|contract|accord)"
    r"|(?:该|本|此|这份|这项|上述|双方)?(?:合作)?(?:协议书?|合同)",
    re.IGNORECASE,
)


def generic_title(title: str) -> bool:
    """Whether a title only says "an agreement" ("the agreement", "cooperation agreement",
    该协议, 合作协议), naming no document."""
    return _GENERIC_TITLE.fullmatch(simplified(title).strip()) is not None


ZH_FUNCTIONS = (
    "人力资源|财务|市场|营销|销售|技术|研发|运营|采购|法务|行政|生产|质量|安全|投资|战略|品牌|客户"
    "|信息|工程|供应链"
)
"""A company's functions, whose words stand before a manager's title ("人力资源总监")."""


ZH_SIGNING_VERB = "(?:签署|签约|签订|签定|签字|签名|签下|互签|(?<![继陆连相持])续(?:签|约(?=仪式)))"
"""A Chinese signing verb ("在协议书上签名", "互签", a renewal's "续签" too, not 陆续签署's,
继续签约's: a review's finds), and a renewal's "续约" of its ceremony ("…舉行合作備忘錄續約
儀式": the blind89 cl02's; not 续约 alone, as often talks, a decision or a plan: "就续约…
进行磋商", "决定续约", "手续约需两周": review90): every rule's signing words build on
this one list and :data:`EN_SIGNING_VERB`, each adding what its question needs (a signer's
words leave out "签约仪式", a date's sentence takes "put pen to paper")."""
EN_SIGNING_VERB = r"\b(?:sign(?:s|ed|ing)?|countersigned|inks?|inked)\b"
"""An English signing verb, as a word ("Design Institute" and "Penang" are none)."""

_NOT_ITS_OBJECT = (
    r"(?:for|to|with|on|about|against|of|over|into|calls?|support|commitments?|interest|talks"
    r"|push|pressure|efforts?|hopes?|focus|attention|criticism|opposition|concerns?|debate"
    r"|scrutiny|doubts?|questions?|appeals?|demands?|bids?)"
)
"""Words between "renewed" and a document's word that make the document no object of it:
"renewed calls for an agreement", "renewed support for the memorandum" (a review's finds)."""
EN_RENEWED = (
    r"\b(?=renew)(?<!\b[Tt]he )(?<!\ba )(?<!\bits )(?<!\btheir )renew(?:s|ed)\s+"
    rf"(?:(?!{_NOT_ITS_OBJECT}\b)[\w-]+\s+){{0,4}}?"
    r"(?:agreements?|memorand\w*|mous?|contracts?|accords?|partnerships?)\b"
)
"""An English renewal of a document, which signs it again ("on Wednesday renewed their
Memorandum of Understanding …": the blind49 ax06's, "renewed their cooperation
agreement"); not the adjective ("The renewed memorandum was signed", "the renewed agreement
runs"), nor a document that is no object of it (``_NOT_ITS_OBJECT``)."""

EN_COMPANY_NAME = (
    r"[A-Z][\w&'\u2019-]*\.?(?:[ \t]+(?:[A-Z][\w&'\u2019-]*\.?|of|and|for|the|de))*"
    r"(?:,?[ \t]+(?:Co\.,?[ \t]+Ltd\.?|Ltd\.?|Limited|Inc\.?|LLC|plc|PLC|GmbH|AG|AB|AS|ASA))?"
)
"""An English body's name as a listed company's announcement writes one: capitalised words
and a name's particles, its legal form after them ("Harbin Beiyuan Robotics Technology Co.,
Ltd."), the full stops of its abbreviations inside it."""

EN_BODY_WORDS = (
    "University|Institute|College|Academy|School|Hospital|Company|Corporation|Agency"
    "|Authority|Council|Ministry|Foundation|Association|Bank|Centre|Center"
)
"""The words an English body's name holds, for a regex."""
EN_OWNING_BODY = rf"(?:{EN_BODY_WORDS})(?=['\u2019]s\s+[A-Z][\w'\u2019&-]*\s+[A-Z])"
"""A body's word as the owner of a venue named in two capitalised words or more after it
("the Institute's Larchfield Building"): no part of the venue's name, where an owner before a
building's word alone is ("the College's Hall"), and one that is no body's word ("the
Queen's Medical Centre")."""
EN_BODYS_WORD = re.compile(rf"\b(?:{EN_BODY_WORDS})\b")
"""A word an English body's name holds, and its common noun ("the Authority") stands for."""

ZH_BODY_WORDS = "大学|学院|研究院|研究所|公司|集团|政府|银行|委员会|协会|医院|中心"
"""The words a Chinese body's name ends in ("华东理工大学", "远航集团"), for a regex: each
rule adds the single characters it may read as a body's end ("局", "校"), which others may
not (校 also opens 校长, a title)."""
ZH_POINTING = "[本我该]"
"""A word that points to a body named before or to the page's own ("该公司", "本院", "我校"),
in Simplified characters (the patterns read :func:`simplified` text)."""
EN_SHORT_MONTHS = r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
"""English months' short names, an alternation to put in a group (the dates' month words,
and what a date's dot follows: "Oct. 8")."""

EN_BUILDING_WORDS = (
    r"Embassy|Consulate|Centre|Center|Hall|House|Hotel|Institute|Park|Building|Campus|Museum"
    r"|Palace|Theatre|Theater|Auditorium|Chamber|Office|Headquarters|Library|Gallery|Plaza"
    r"|Tower|Stadium|Ministry|University|College|School|Hospital|Academy|Bhawan|Bhavan"
    r"|Aula Magna|Rectory|Rectorate|Casa Central"
)
"""Words an English building's or site's name ends in ("Kowloon Shangri-La Hotel", "Senate
House", India's "Krishi Bhawan": the blind46 au02's, a Latin university's "Aula Magna", its
great hall: au06's; the "UASD Rectory" of blind76 by06's; its "Casa Central", its main
building: the blind77 bz05's): the name of a place, whatever words
come before; an alternation to put in a group, of plain words (the guard's places build a
look-behind of each)."""

_TRADITIONAL_BLOCKS = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
"""Where Traditional characters with a Simplified form are: CJK Extension A, the unified
ideographs and the compatibility ideographs (the supplementary planes' are too rare in
news to pay for)."""


@lru_cache(maxsize=1)
def _traditional() -> tuple[re.Pattern[str], dict[int, str]]:
    """A pattern finding OpenCC's Traditional characters (its ``t2s``), and the table to
    their Simplified forms. Each character is converted on a line of its own, so that none
    of OpenCC's phrases spans two (乾隆 stays, 乾燥 becomes 干燥) and the table is one
    character for one. Built at the first text with a non-ASCII character (20-30 ms), so
    neither importing coopllm nor an ASCII article loads OpenCC."""
    import opencc

    chars = [chr(code) for low, high in _TRADITIONAL_BLOCKS for code in range(low, high + 1)]
    converted: list[str] = opencc.OpenCC("t2s").convert("\n".join(chars)).split("\n")
    table = {ord(t): s for t, s in zip(chars, converted, strict=True) if len(s) == 1 and s != t}
    return re.compile("[" + "".join(map(chr, table)) + "]"), table


def simplified(text: str) -> str:
    """``text`` with its Traditional Chinese characters in their Simplified forms (簽署
    as 签署, 協議 as 协议), for the rules, written in Simplified characters, to read
    Taiwan's, Hong Kong's and Macau's news. One character for one: an offset into it is an
    offset into ``text``. Never what a record holds, nor what grounding compares: a name
    stands as written.

    A text without Traditional characters is returned as it is, after one scan (a few
    microseconds an article): translating costs fifteen times that."""
    if text.isascii():
        return text
    found, table = _traditional()
    return text.translate(table) if found.search(text) else text


ZH_TITLES = (
    "校长",
    "副校长",
    "常务副校长",
    "院长",
    "副院长",
    "书记",
    "副书记",
    "党委书记",
    "党委副书记",
    "董事长",
    "副董事长",
    "执行董事",
    "董事",  # "执行董事马骏" (the blind29 ad03's signer, given as a party with his company)
    "经理",
    "总经理",
    "副总经理",
    "总裁",
    "副总裁",
    "总工程师",
    "主任",
    "副主任",
    "所长",
    "副所长",
    "省长",
    "副省长",
    "市长",
    "副市长",
    "部长",
    "副部长",
    "次长",  # Taiwan's vice minister (经济部次长)
    "局长",
    "副局长",
    "秘书长",
    "司长",
    "副司长",
    "首席执行官",
    "行政总裁",
    "常委",
    "党委常委",
    "市委常委",
    "省委常委",
    "市委书记",
    "省委书记",
    "市委副书记",
    "省委副书记",
    "理事长",
    "教授",
    "副教授",
    "院士",
    "博士",
    "秘书",
    "医师",
    "研究员",
    "副研究员",
    "高级工程师",
    "总监",
    "副总监",
    "主席",
    "副主席",
    "会长",
    "副会长",
    "厅长",
    "副厅长",
    "处长",
    "副处长",
    "区长",
    "副区长",
    "县长",
    "副县长",
    "州长",
    "副州长",
    "镇长",
    "副镇长",
    "总经济师",
    "总会计师",
    "大使",
    "总领事",
    "领事",
    "参赞",
    "署长",
    "副署长",
    "创始人",
    "联合创始人",
    "创办人",  # "翼航智能創辦人兼董事長鄧家豪" (the blind42 aq06's witness)
    "助理",  # after another title: "总经理助理", "校长助理" (the blind18 s01's signer)
    "教务长",  # a Taiwan university's officers: "研發長鄭家豪" (the blind46 au03's signer)
    "研发长",
    "学务长",
    "总务长",
    "国际长",
    "副代表",  # a representative office's deputy head: "台北事務所副代表中村大輔" (blind77 bz03)
    "首席代表",
    "社长",  # a Japanese company's president: "代表取締役社長佐藤健一"
    "行长",  # a bank's president, and its deputy: "江州银行行长孙立" (review90)
    "副行长",
    "执行长",  # a Taiwan company's chief executive: "執行長林志明", not 行长 after 执
    "馆长",  # a museum's or a library's head (review90)
    "副馆长",
    "厂长",  # a works' director (review90)
    "副厂长",
    "团长",  # a delegation's head: "代表团团长刘洋" (review90)
    "副团长",
)


ZH_TITLE_HEADS = ("副", "常务", "执行", "名誉", "代理", "高级")
"""How a Chinese title the vocabulary knows may begin: 副 (deputy), 常务 (executive)...:
what precedes is no name."""

"""Where an article's sentences end, in English and Chinese.

The guard reads a role's evidence within a sentence, the chunker cuts an article at
sentence ends, and the documents pass reads a document's sentence: all three use
:func:`sentence_bounds`. A full stop ends a sentence unless it closes an abbreviation of a
title ("Prof."), an initial ("Li W. Zhang") or a company's legal form before more of the
sentence ("Co., Ltd. jointly"); CJK stops and paragraph breaks always end one, single
line breaks never (articles are often hard-wrapped). :func:`inner_dots_blanked` gives the
text the guard's rules read, its full stops only where sentences end.
"""

from __future__ import annotations

import functools
import re

from coopllm.lexicon import EN_SHORT_MONTHS, Needing

LINE_BREAKS = "\n\x0b\x0c\x85\u2028"
"""The characters that break a line alone (a CR breaks one too, or with an LF after it)."""
LINE_BREAK = rf"(?:\r\n|\r(?!\n)|[{LINE_BREAKS}])"
PARAGRAPH_BREAK = rf"{LINE_BREAK}\s*{LINE_BREAK}|\u2029"
"""Two line breaks (LF, CRLF, a lone CR, VT, FF, NEL or U+2028) with blank space between, or a
paragraph separator (U+2029): however the page wrote its paragraphs. A paragraph ends a
sentence here, and the chunker cuts at paragraphs first."""

# Sentence ends: ".!?;" before a letter that is not lower case (a capital in any script,
# "Émile", "Ｊohn", or CJK) or a quote, so "Co., Ltd. jointly" runs on, except after a
# title's abbreviation (_ABBREVIATION) or an initial (_INITIAL); after a company's "Ltd."
# only before a word that opens sentences (_COMPANY_END); CJK stops; paragraph breaks.
# Single line breaks are not ends, since articles are often hard-wrapped.
_ABBREVIATION = re.compile(
    r"(?<![A-Za-z])(?<!(?<![A-Za-z])[A-Za-z]\.)(?:Dr|Prof|Mr|Ms|Mrs|Mx|Messrs|Mme|Hon|Gov|Sen|Rep|Rev|Amb|Assoc|Asst|Engr|Eng|Ir|Gen|Lt"
    r"|Col|Maj|Capt|Cdr|Adm|Sgt|Supt|Insp|Smt|Kum|St|No|Nos|Mt|Ing|Atty)\.$"
)
"""Abbreviations that stand before a name or another word of one: titles and honorifics
("Gov. Jane Whitfield", "Assoc. Prof. Mark Ellison", "Smt. Anita Rao", an engineer's "Eng.
Samuel Kiprotich": the blind47 av04's, "Ir.", "Ing. Dr. Kwabena Adjei": the blind78
ca06's, an attorney's "Atty." (not "Arch.", a landmark's: "… near Marble Arch. On Tuesday …",
review79); one title's right after another's dot,
"Prof.Dr. Ahmad Zaki", "Assoc.Prof."; not a degree's "B.Eng.", after a single letter's dot,
which may end a sentence: reviews' finds). Not those that
end a name and may end its sentence ("Robert Smith Jr. Mayor Wu attended", "the Commerce
Dept. The …")."""
_NAME_END = re.compile(
    r"(?<![A-Za-z])(?:Jr|Sr|Univ|Dept|Govt|Inst|etc|vs|[ap]\.m)\.$", re.IGNORECASE
)
"""Abbreviations that end a name or a time ("Robert Smith Jr.", "Beta Univ.", "10 a.m."):
a sentence may end with them, but where it runs on they end no clause."""
_MONTH_BEFORE_DAY = re.compile(rf"(?<![A-Za-z])(?:{EN_SHORT_MONTHS})\.$")
"""A month's short name before its day ("signed on Oct. 8 at …", "Sept. 30"): a date's
dot, where no sentence ends, so no clause either (the blind31 af05's)."""
_FORM_BEFORE_FORM = re.compile(r"(?<![A-Za-z])(?:Pvt|Pte|Pty|Sdn)\.$")
_SECOND_FORM = re.compile(r"(?:Ltd|LTD|Limited|Bhd|BHD|Berhad)\b")
"""The legal forms written in two parts: "Tata Elxsi Pvt. Ltd.", "Acme Pte. Ltd.",
"Petronas Sdn. Bhd.", one sentence."""
_COMPANY_END = re.compile(r"(?<![A-Za-z])(?:Co|Ltd|Inc|Corp|Bhd)\.$")
_OPENER = re.compile(
    r"(?:The|This|These|That|Those|It|Its|They|Their|He|She|His|Her|We|Our|Both|Under"
    r"|In|On|At|After|Before|During|As|According|Also|Meanwhile|However|There|A|An)\b"
)
"""Words that open a sentence, not a name: "… signed with Bluefin Marine Co., Ltd. The
mayor attended" ends before "The"; "… Co., Ltd. Chairman Wang Wu signed" runs on."""
_A_NAME_AND_ITS_OFFICE = re.compile(
    r"(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Sir|Dame)\.?\s+)?"
    r"(?!(?:Chair\w*|President|Director|Chief|Vice|Deputy|General|Managing|Executive|CEO"
    r"|Founder|Secretary|Head|Minister|Mayor|Governor)\b)"
    r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,2},"
    r"\s+(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}\s+(?:of|at|for)\b"
)
"""A name and the office written after it, opening a sentence: "… and Tomasz Wierzbicki,
chief executive of Lumivane AI Ltd. Daniel Osei, chair of the Northbridge Innovation
Partnership, witnessed the signing" (the blind73 bv02's) ends before "Daniel", a form of
address before it too ("Dr Priya Natarajan, mayor of Leeds"); not an office before a name
("… Co., Ltd. Chairman Wang Wu, who …", "Chairperson Jonas Frey, who called it …": review74),
nor a name no office "of", "at" or "for" follows."""
_STOPS = ".!?;"
_WIDE_STOPS = "\u3002\uff01\uff1f\uff1b"
_SENTENCE_END = re.compile(
    # One character opens every kind of end, so that the regex engine skips from one
    # such character to the next (a pattern opening with a lookbehind is tried at every
    # character: four times the time); the lookbehinds then say which kind it opens.
    rf"[{_STOPS}{_WIDE_STOPS}\r{LINE_BREAKS}\u2029]"
    rf"(?:(?<=[{_STOPS}])"
    + r"\s+(?=(?P<next>[^\W\d_]|[\"\u201c\u2018(]))"
    + rf"|(?<=[{_WIDE_STOPS}\u2029])"  # a CJK stop, a paragraph separator
    + rf"|(?<=\r)(?:\n|(?!\n))\s*{LINE_BREAK}"  # two line breaks, the first a CR or CRLF
    + rf"|(?<=[{LINE_BREAKS}])\s*{LINE_BREAK})"  # ... or another
)
_PARAGRAPH = re.compile(PARAGRAPH_BREAK)
_LETTERED = (
    r"(?:Party|Company|Side|Phase|Zone|Class|Plan|Group|Grade|Level|Type|Team|Block|Building"
    r"|Hall|Room|Article|Section|Part|Pavilion|Pavilh\u00e3o|Pavillon|Pabell\u00f3n|Wing|Gate"
    r"|Tower|Court|Stand)\b"
)
"""Words a letter labels ("Party A", "Plan B"), which are no names."""
_NAME_WORD = "[A-Z\u00c0-\u00d6\u00d8-\u00de][a-z\u00df-\u00f6\u00f8-\u00ff]+"
"""A capitalised word, its letters Latin-1's too ("Tomás", "Élodie")."""
_INITIAL = re.compile(
    rf"(?:(?<![A-Za-z])(?!{_LETTERED}){_NAME_WORD}\.?\s+|(?<![A-Za-z])[A-Z]\.\s*)"
    r"(?<![A-Za-z])[A-Z]\.$"
)
"""An initial after a name, a title or another initial ("James R.", "U.S.", "Dr. V. K.
Saraswat", "Dr. Tomás E. Brandão": the blind79 cb04's): no sentence end. A label's letter
is one ("signed for Party A. Mayor Wang Wu attended")."""
_LONE_INITIAL = re.compile(r"(?<![A-Za-z])[A-Z]\.$")
_LABEL_LETTER = re.compile(rf"\b{_LETTERED}\s+[A-Z]\.$")
_NEXT_INITIAL = re.compile(r"\s+[A-Z]\.\s")
_INITIAL_AFTER_WORD = re.compile(
    r"\b(?:by|of|with|from|between|including|chairman|chairwoman|chairperson|president"
    r"|director|minister|secretary|governor|mayor|dean|chief|commissioner|ambassador"
    r"|manager|officer|professor)\s[A-Z]\.$"
)
"""Words that lead a name, a title in lower case among them ("witnessed by KMS chairman
S. Venkatesh Iyer and …": the blind70 bs04's, read as two sentences)."""
_SURNAME_NEXT = re.compile(rf"\s+(?!{_OPENER.pattern})[A-Z][a-z]")
"""After a lone capital's full stop (not a label's letter, ``_LETTERED``), what makes it a
name's first initial: another initial ("in the presence of K. T. Rama Rao"), or, after a
word that leads a name, a name that is no sentence's first word ("signed by S. Kumar";
not "signed with Alpha and B. The …", nor after "and": "Parties A and B. Mayor Wu …")."""


@functools.lru_cache(maxsize=8)
def sentence_bounds(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence; see ``_SENTENCE_END`` for what ends one. Kept for
    the last texts: the documents pass's request and the guard read the same article
    (a tenth of a cache hit's time went on reading it twice)."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        after = match.group("next")
        stop = match.start() + (text[match.start()] in _STOPS + _WIDE_STOPS)  # kept in it
        paragraph = after is None or _PARAGRAPH.search(match.group()) is not None
        if after and not paragraph and _runs_on(text, stop, match.end(), after):
            continue  # "Co., Ltd. jointly", "James R. Smith" run on; a paragraph ends
        bounds.append((start, stop))
        start = match.end()
    bounds.append((start, len(text)))
    return tuple(bounds)


_DAY_OPENS_LINE = Needing(
    re.compile(
        r"(?<=[\u4e00-\u9fff])(?:\r\n?|\n)(?=(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]|\d{1,2}[日号]"
        r"|日前|近日|近期|[昨今前当]天|[昨今当]日|上周|本周|上月|本月)"
        r"(?=[^，。\n]{0,10}，)"
    ),
    ("\n", "\r"),
    ("月", "日", "号", "期", "天", "周"),
)
"""A line break between Chinese lines where the next opens with its day and a comma
("同名城区携手\n5月12日上午，…"): a page's head line above its first paragraph."""


def lines_apart(text: str) -> tuple[tuple[int, int], ...]:
    """The sentences of :func:`sentence_bounds`, one also ending where a Chinese head line
    with no comma (a headline, its date line) stands right above a line that opens with a
    day and a comma (``_DAY_OPENS_LINE``): no blank line between them ("同名城区携手\n5月
    12日，…签署", whose "5月12日" opens the signing's sentence: a review's find). Not where
    a hard-wrapped paragraph breaks a line ("校长高建华\n代表双方签约": the next review's).
    The guard reads these; the chunker and the documents pass keep :func:`sentence_bounds`,
    as the requests recorded were made from it."""
    bounds: list[tuple[int, int]] = []
    for start, end in sentence_bounds(text):
        for found in _DAY_OPENS_LINE.finditer(text, start, end):
            line_start = text.rfind("\n", start, found.start()) + 1
            if "，" in text[max(start, line_start) : found.start()]:
                continue  # a body's line, wrapped: its sentence goes on
            bounds.append((start, found.start()))
            start = found.end()
        bounds.append((start, end))
    return tuple(bounds)


def _runs_on(text: str, stop: int, after_at: int, after: str) -> bool:
    """Whether the stop ending ``text[:stop]`` is no sentence end: a lower-case word
    follows, or it ends an abbreviation or an initial, or a company's abbreviation before
    a name, but for a name with its office after it (``_A_NAME_AND_ITS_OFFICE``)."""
    if (
        after.islower()
        or _ABBREVIATION.search(text, max(0, stop - 8), stop)
        or _initial(text, stop)
        or (
            _FORM_BEFORE_FORM.search(text, max(0, stop - 5), stop)
            and _SECOND_FORM.match(text, after_at)
        )
    ):
        return True
    return bool(_COMPANY_END.search(text, max(0, stop - 5), stop)) and not (
        _OPENER.match(text, after_at) or _A_NAME_AND_ITS_OFFICE.match(text, after_at)
    )


def _initial(text: str, stop: int) -> bool:
    """Whether the full stop ending ``text[:stop]`` is an initial's (``_INITIAL``,
    ``_NEXT_INITIAL``, ``_INITIAL_AFTER_WORD``)."""
    if _INITIAL.search(text, max(0, stop - 40), stop):
        return True
    if not _LONE_INITIAL.search(text, max(0, stop - 2), stop) or _LABEL_LETTER.search(
        text, max(0, stop - 12), stop
    ):
        return False
    return bool(
        _NEXT_INITIAL.match(text, stop)
        or (
            _INITIAL_AFTER_WORD.search(text, max(0, stop - 16), stop)
            and _SURNAME_NEXT.match(text, stop)
        )
    )


_DOT = re.compile(r"\.")


def inner_dots_blanked(text: str, bounds: tuple[tuple[int, int], ...]) -> str:
    """``text`` with the full stops of abbreviations and initials as spaces ("witnessed by
    Prof. Barnabas Nawangwe", "Dr. V. K. Saraswat", "Co., Ltd.", "a.m."), which the rules'
    clauses would otherwise end at; not a sentence's end, though the sentence runs on
    ("signed by Zhou Bo. 30 guests attended"). Same length, same offsets."""
    ends = {end - 1 for _, end in bounds}
    inner = [
        found.start()
        for found in _DOT.finditer(text)
        if found.start() not in ends and _abbreviating(text, found.start())
    ]
    if not inner:
        return text
    chars = list(text)
    for at in inner:
        chars[at] = " "
    return "".join(chars)


def _abbreviating(text: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` is an abbreviation's or an initial's, or inside a
    word or number ("a.m.", "U.S.", "3.5"), or ends a name ("Jr.") in a sentence that runs
    on."""
    stop = dot + 1
    return (
        text[stop : stop + 1].isalnum()
        or bool(_ABBREVIATION.search(text, max(0, stop - 8), stop))
        or _initial(text, stop)
        or bool(_COMPANY_END.search(text, max(0, stop - 5), stop))
        or bool(_FORM_BEFORE_FORM.search(text, max(0, stop - 5), stop))
        or bool(_NAME_END.search(text, max(0, stop - 6), stop))
        or (
            bool(_MONTH_BEFORE_DAY.search(text, max(0, stop - 6), stop))
            and text[stop : stop + 3].lstrip()[:1].isdigit()
        )
    )

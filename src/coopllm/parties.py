"""Telling organisations apart by their names: one party written two ways, or two parties.

Chunks and passes write one organisation in several ways ("Corvan Metals Ltd.", "Corvan
Metals", "HIT"); these tests, shared by :mod:`coopllm.resolve`, :mod:`coopllm.chunking`
and :mod:`coopllm.normalize`, decide whether two names may be one party and whether two
lists of parties are two deals. :func:`name_key`, the form any name is matched in (people's
too, in :mod:`coopllm.titles`), ``LATIN_ABBREVIATION`` and :func:`party_kind_for` (a kind
read from a name, for the parties the documents pass and the guard add) live here for the
same reason.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from typing import NamedTuple

from coopllm.grounding import normalize_for_match
from coopllm.lexicon import HAN, Needing, simplified, written_alone
from coopllm.schema import Party, PartyKind


def is_named(party: Party, names: Sequence[str]) -> bool:
    """Whether one of ``names`` is the party, by any of its names, with or without its
    legal form ("Northwind Robotics" for "Northwind Robotics Co., Ltd."). Not a name
    inside a longer one: "Zhejiang University" is not "Zhejiang University of Technology"."""
    forms = {bare_name(form) for form in party.all_names}
    return any(bare_name(name) in forms for name in names)


def a_party_already(body: str, parties: Sequence[Party]) -> bool:
    """Whether one of the parties is, holds or starts the organisation ("乙集团有限公司" for
    "乙集团": a review's find)."""
    key = normalize_for_match(body)
    names = (normalize_for_match(n) for p in parties for n in p.all_names)
    return any(key in name or name in key for name in names)


_ZH_BODY_NAME = re.compile(
    r"(?!相关|有关|各|其余|其他)[\u4e00-\u9fffA-Za-z0-9（）()·]{2,40}?"
    r"(?:公司|集团|政府|委员会|管委会|大学|学院|医院|研究院|研究所|中心|局|厅|办|镇|乡|街道|村"
    r"|银行|协会|商会|合作社|基金会)"
)


def zh_body_name(words: str) -> bool:
    """Whether ``words`` are a Chinese body's name alone, one that ends in an organisation's
    word ("青禾县人民政府", "柳塘镇"; not "企业", "投资方", "相关乡镇", "下午甲医院")."""
    return _ZH_BODY_NAME.fullmatch(words) is not None and not _NOT_IN_A_BODY.search(words)


_LEFT_OUT_CHARACTERS = 4
"""How many characters a model may leave out of a Chinese body's name it gives."""


def zh_name_as_written(name: str, text: str) -> str | None:
    """The one Chinese body's name the text writes that ``name``, which the text does not
    write, is with a run of up to ``_LEFT_OUT_CHARACTERS`` characters left out of its
    middle ("广源冷链集团有限公司" of "广源冷链物流集团有限公司": the blind66 bo03's documents
    pass gave it so, and the party was dropped as not in the article); a body's name, no
    two joined ("天津大学和南开大学" is no 天津南开大学: a review's find); None where the
    text writes the name, or none or two such names."""
    if not HAN.search(name) or name in text or not zh_body_name(name):
        return None
    found = {
        written.group()
        for cut in range(2, len(name) - 1)
        for written in re.finditer(
            rf"{re.escape(name[:cut])}(?:(?![和与及])[\u4e00-\u9fff]){{1,{_LEFT_OUT_CHARACTERS}}}"
            rf"{re.escape(name[cut:])}",
            text,
        )
    }
    found = {written for written in found if zh_body_name(written)}
    return found.pop() if len(found) == 1 else None


_SHORTEST_BODY = 4


def zh_company_name(words: str) -> bool:
    """Whether ``words`` are a Chinese body's name (:func:`zh_body_name`) of four
    characters or more, none a person's written like a place's ("陈国镇", "李海村": a
    review's find): what a model may give as a party and a signer at once."""
    return len(words) >= _SHORTEST_BODY and zh_body_name(words)


_NOT_IN_A_BODY = re.compile(r"代表|分别|签|[上下中]午|当天|同日|随后")
"""Words a clause has around bodies, which no body's name holds."""


def in_order(short: Sequence[str], name: Sequence[str]) -> bool:
    """Whether every character (or word) of ``short`` appears in ``name``, in the same
    order: a Chinese short form of it ("华科" of "华中科技大学", "附一院" of "…附属第一医院"),
    or an English one in words."""
    rest = iter(name)
    return all(char in rest for char in short)


def zh_short_form(short: str, name: str) -> bool:
    """Whether Chinese ``short`` is the contracted form of the body ``name`` Chinese writing
    uses without bracketing it ("省科技厅" of "澜江省科学技术厅", "市政府" of "鹭川市人民政府": the
    blind27 ab01's): three characters or more, shorter, all taken from the name in order,
    ending in the same character (the body's word: 厅, 局, 府). Not "科技局" of "…科学技术厅",
    nor the name with one run of it left out, which is another body's ("鹭川市人民政府" of
    "鹭川市新河区人民政府", "湖畔大学" of "湖畔理工大学": a review's finds), but for a people's
    government's 人民 ("江衡省政府" of "江衡省人民政府": the blind33 ah01's)."""
    return (
        len(short) >= _SHORTEST_CONTRACTION
        and len(short) < len(name)
        and short[-1] == name[-1]
        and HAN.fullmatch(short) is not None
        and in_order(short, name)
        and (
            short == name.replace("人民政府", "政府")
            or simplified(short) == _A_GOVERNMENT.sub("府", simplified(name))
            or not any(
                name.startswith(short[:cut]) and name.endswith(short[cut:])
                for cut in range(len(short) + 1)
            )
        )
    )


_SHORTEST_CONTRACTION = 3
_A_GOVERNMENT = re.compile(r"(?<=[省市县区])(?:人民)?政府$")
"""A local government's 政府, which Chinese contracts to 府 after its place ("东滨县府" of
"东滨县政府", 市府 of 市政府: the blind46 au03's, a Taiwan paper's 縣府)."""


_OUR_UNIT = re.compile(
    r"(?:我校|本校)(?P<unit>[\u4e00-\u9fff]{2,20}?(?:学院|学部|系|研究院|研究所|研究中心|实验室|医院))"
)


def our_unit(name: str) -> str:
    """A unit of a school by its own name, where its page writes it after 我校 or 本校 ("our
    school": "化学与材料学院" of "我校化学与材料学院", the blind47 av01's), as written (a
    Traditional page's 學院); else the name."""
    found = _OUR_UNIT.fullmatch(simplified(name))
    return name if found is None else name[found.start("unit") :]


def university_short_form(short: str, name: str) -> bool:
    """Whether Chinese ``short`` is how Chinese writing contracts the university ``name``:
    its place or own name, of two characters or more, and the contraction of its kind
    ("中岭科大" of "国立中岭科技大学": the blind43 ar04's; 师大 of 师范大学, 理工 of 理工大学,
    "江州大" of "江州大学"), read in Simplified characters, a status word (国立) aside."""
    short, name = simplified(short), simplified(name)
    for status in STATUS_WORDS:
        name = name.removeprefix(status)
    for kind, contracted in _UNIVERSITY_CONTRACTIONS:
        if name.endswith(kind) and short.endswith(contracted):
            stem = short[: -len(contracted)]
            return len(stem) >= 2 and name[: -len(kind)] == stem
    return False


_UNIVERSITY_CONTRACTIONS = (
    ("科技大学", "科大"),
    ("师范大学", "师大"),
    ("理工大学", "理工"),
    ("工业大学", "工大"),
    ("农业大学", "农大"),
    ("医科大学", "医大"),
    ("大学", "大"),
)
"""A Chinese university's kind and how it is contracted, the longest kind first."""
STATUS_WORDS = ("国立", "省立", "市立", "县立", "私立")
"""Words before a Chinese institution's name that say whose it is, and are part of it."""


def company_own_name(short: str, name: str, *, after_a_place: bool = False) -> bool:
    """Whether Chinese ``short`` is the company ``name``'s own name, which Chinese writes
    alone: the name before its trade's words and legal form ("中储新能" of "中储新能科技集团
    有限公司": the blind42 aq04's); with ``after_a_place``, after the place the full name
    opens with too ("翼航智能" of "深圳市翼航智能科技有限公司": the blind42 aq06's). Not a
    body's own name, which is no company's short form ("浙江大学" of "浙江大学控股集团有限
    公司", "澄川市" of "澄川市投资集团有限公司": a review's finds)."""
    return own_name_length(short, name, after_a_place=after_a_place) == len(short)


def own_name_length(written: str, name: str, *, after_a_place: bool = False) -> int:
    """How many characters of Chinese ``written`` from its start are the company ``name``'s
    own name (:func:`company_own_name`), the most that are; 0 where none. Only the
    characters ``written`` shares with the name's start are tried: a person's name written
    after a company's is read once for each party, and most share none."""
    read, full = simplified(written), _company_form(name, after_a_place=after_a_place)
    shared = next(
        (i for i, (a, b) in enumerate(zip(read, full, strict=False)) if a != b),
        min(len(read), len(full)),
    )
    return next(
        (
            cut
            for cut in range(shared, _SHORTEST_COMPANY_NAME - 1, -1)
            if not _A_BODYS_END.search(read, 0, cut)
            and _A_COMPANYS_TAIL.fullmatch(full, cut) is not None
        ),
        0,
    )


def with_its_country(name: str, fuller: str) -> bool:
    """Whether Chinese ``fuller`` is ``name`` after its country's name, as a foreign company
    is introduced ("日本湊精密陶瓷株式會社" of "湊精密陶瓷株式會社": the blind43 ar04's; "日商…",
    a Japanese firm, as Taiwan writes one)."""
    head = simplified(fuller)
    tail = simplified(name)
    return head.endswith(tail) and _A_COUNTRY.fullmatch(head[: len(head) - len(tail)]) is not None


_A_COUNTRY = re.compile(
    r"日本|韩国|美国|德国|法国|英国|意大利|瑞士|瑞典|荷兰|丹麦|挪威|芬兰|比利时|奥地利|西班牙|葡萄牙"
    r"|新加坡|马来西亚|泰国|越南|印度|以色列|加拿大|澳大利亚|新西兰|俄罗斯|[日韩美德法英]商"
)
"""A country's name, or its firms' ("日商"), before a foreign company's own name; not 國立
and the like, which tell apart two universities of one name (國立清華大學, 清華大學: a
review's find)."""


@functools.lru_cache(maxsize=1024)
def _company_form(name: str, *, after_a_place: bool) -> str:
    """A company's full name as :func:`own_name_length` reads it: in Simplified characters,
    the place it opens with left off where asked. Kept: each person is read against each
    party's name."""
    full = simplified(name)
    if after_a_place and (place := _A_PLACE_FIRST.match(full)) is not None:
        return full[place.end() :]
    return full


_SHORTEST_COMPANY_NAME = 2
"""The fewest characters of a company's own name, read as its short form ("中储新能")."""
_A_BODYS_END = re.compile(
    r"(?:大学|学院|学校|政府|中心|医院|公司|集团|银行|协会|联盟|[省市县区镇乡村局厅委院所部])$"
)
"""The end of a body's own name, which is no company's short form."""
_A_COMPANYS_TAIL = re.compile(
    r"(?:科技|技术|实业|控股|发展|投资|能源|智能|生物|医药|信息|电子|材料|工业|产业|新材料|新能源)*"
    r"(?:集团)?(?:股份)?(?:(?:有限(?:责任)?)?公司|集团)"
)
"""What follows a company's own name in its full one: its trade's words, 集团, its legal
form ("科技集团有限公司")."""
_A_PLACE_FIRST = re.compile(r"(?:[\u4e00-\u9fff]{2,3}?[省市])+")
"""The province and city a company's full name may open with ("深圳市", "广东省深圳市")."""


@functools.lru_cache(maxsize=8192)
def bare_name(name: str) -> str:
    """A name's matching form without its legal form (有限責任公司 read as 有限责任公司).
    Kept for the names last asked: one article asks of its few names some thirty times."""
    read = simplified(name.strip())
    return normalize_for_match(_LEGAL_FORM.sub("", read)) or normalize_for_match(read)


def without_legal_form(name: str) -> str:
    """``name`` as written, less the legal form it ends with ("Tata Steel" for "Tata
    Steel Ltd"); the name itself where that would leave nothing."""
    return _LEGAL_FORM.sub("", name.strip()).rstrip(" ,") or name.strip()


_LEGAL_FORM = re.compile(
    r"(?:[\s,]*(?:\b(?:co|pty|proprietary|ltd|limited|inc|corp|corporation|llc|plc|gmbh|pjsc"
    r"|jsc|(?<!\bU\.)s\.a|s\.a\.s|s\.p\.a|n\.v|b\.v)\b\.?|\(pty\)))+$"
    r"|(?:股份有限|有限责任|有限)公司$",
    re.IGNORECASE,
)
"""A legal form ending a name, as English-speaking, German and the Gulf's joint-stock
companies (PJSC) and Latin Europe's and America's write theirs, with its stops ("Minera
Cordillera Azul S.A.", the blind77 bz05's: "Cordillera Azul" is the same company), and
Australia's and South Africa's "Pty Ltd", "(Pty) Ltd", "Proprietary Limited" (review91,
review92). Not "AG": "Siemens AG" and its subsidiary "Siemens Ltd" are two (review62); nor
"U.S.A." (review78)."""


_LEGAL_FORM_AFTER = re.compile(
    r",?\s*(?:(?:Co\.?|Pty\.?|\(Pty\)|Proprietary),?\s*(?:Ltd\.?|Limited)"
    r"|(?:CO|PTY)\.?,?\s*(?:LTD\.?|LIMITED)|Ltd\.?|LTD\.?|Limited|LIMITED"
    r"|Inc\.?|INC\.?|(?:Corp\.?|Corporation|CORP\.?)(?!\.?\s+of\b)|LLC|PLC|plc|GmbH)"
    r"(?![\w-])"
)
"""A legal form as written after a name: in its capitals ("limited to offshore research"
is none), whole ("Corporation-wide" is none), ending the name ("State Grid Corporation of
China", "Sony Corp. of America" go on; "Acme Inc. of San Jose" does not)."""


class LegalName(NamedTuple):
    """A name as the text writes it with its legal form, and whether the text also writes
    the name without it."""

    name: str
    also_without: bool


def with_legal_form(name: str, text: str) -> LegalName | None:
    """The name with the legal form the text writes right after it ("Bluefin Marine Co.,
    Ltd." for "Bluefin Marine"), or None where the name has one or the text writes none
    after it: the fullest name the text gives (spec: Party.name), which a model often
    shortens. Not for Chinese names: written without spaces, they run into the words
    around them (甲科技 in 浙江甲科技有限公司), and a model copies 有限公司 with them."""
    name = name.strip()
    if not name or HAN.search(name) or _LEGAL_FORM.search(name):
        return None
    full, alone = None, False
    for found in written_alone(text, name, r"\w"):
        form = _LEGAL_FORM_AFTER.match(text, found.end())
        if form is None:
            alone = True
        elif full is None:
            full = text[found.start() : form.end()]
    return LegalName(full, alone) if full else None


def bracketed_after(name: str, party: Party, text: str) -> bool:
    """Whether ``text`` (read in Simplified characters) writes ``name``, shorter than the
    party's, in brackets right after the party's name as its short form: "Harbin
    Institute of Technology (HIT)", 哈尔滨工业大学（以下简称"哈工大"）, 哈爾濱工業大學（以下
    簡稱「哈工大」） too; nothing else in the brackets ("Lakeview University (with Orion
    Tools)" names another party)."""
    if len(name) >= len(party.name):
        return False
    full, short = simplified(party.name), re.escape(simplified(name))
    written = rf"{re.escape(full)}\s*[(（]{_SHORT_FORM_LEAD}[\"“「『'‘]?{short}[\"”」』'’]?\s*[)）]"
    # tried only where the party's name is written: a pattern that ignores case is tried
    # at every position of the text otherwise
    return Needing(re.compile(written, re.IGNORECASE), (full,)).search(text) is not None


def short_forms_after(name: str, text: str) -> list[str]:
    """The short forms ``text`` writes in brackets right after ``name``: 'Brightwell Energy
    Storage Inc. ("Brightwell")' (the blind35 aj06's), "… Authority (AWA)", 华擎氢能科技股份
    有限公司（以下简称“华擎氢能”）: what the text calls the party from then on, whatever
    the model gave. Which of them name the party, the caller decides."""
    if not name.strip():
        return []
    edge = r"(?<![\w-])" if name[0].isascii() else ""  # not within a word; Chinese has none
    written = (
        rf"{edge}{re.escape(name)}\s*[(（]{_SHORT_FORM_LEAD}[\"“「『'‘]?"
        r"(?P<short>[^()（）\"“”「」『』'‘’\n]{2,30}?)[\"”」』'’]?\s*[)）]"
    )
    return [found["short"].strip() for found in re.finditer(written, text)]


_SHORT_FORM_LEAD = (
    r"\s*(?:(?:以下)?(?:简称|称)|下称|hereinafter(?:\s+referred\s+to\s+as)?|hereafter"
    r"|the)?\s*[:：,，]?\s*"
)
"""What may come before a short form in its brackets: 以下简称, "hereinafter", "the"."""


def parties_apart(ours: Sequence[Party], theirs: Sequence[Party]) -> bool:
    """Whether two lists of parties show two deals: each has a party that none of the
    other's may be (:func:`may_be`, by any of their names). A list that names only some
    of the other's parties, or names them otherwise ("HIT"), may be the same deal: a chunk
    or a pass often writes a document's parties in part."""
    return _has_own(ours, theirs) and _has_own(theirs, ours)


def _has_own(ours: Sequence[Party], theirs: Sequence[Party]) -> bool:
    """Whether one of ``ours`` may be none of ``theirs``."""
    names = [name for party in theirs for name in party.all_names]
    return any(not any(may_be(party, name) for name in names) for party in ours)


def may_be(party: Party, name: str) -> bool:
    """Whether ``name`` may be the party: one of its names holds the other, legal forms
    aside ("Shanxi Province" in "People's Government of Shanxi Province", "KBIPA" in
    "Korea Battery Industry Promotion Agency (KBIPA)"). Lenient: only parties that
    cannot be the same tell two documents apart."""
    bare = bare_name(name)
    forms = map(bare_name, party.all_names)
    return any(bare in form or form in bare for form in forms)


def singular_key(name: str) -> str:
    """:func:`name_key` of the name with each English word's plural "s" left out (not an
    acronym's: "BITS"), which a name written in lower case (:func:`described`) shares with
    the one it describes: a headline's "Namwera port authority" is the body's "Namwera
    Ports Authority" (the blind62 bk04's); two names in capitals are not joined so
    ("National Institute of Health" and "National Institutes of Health", "Time" and "The
    Times": a review's finds)."""
    return name_key(_PLURAL_S.sub("", name))


_PLURAL_S = re.compile(r"(?<=[a-z]{3})s\b")


def described(name: str) -> bool:
    """Whether an English name writes a word of its own in lower case, as a description
    does ("Namwera port authority"), a joining word's aside ("of", "and", "the")."""
    words = re.findall(r"[A-Za-z][\w'\u2019-]*", name)
    return any(w[0].islower() and w not in _NAME_PARTICLES for w in words) and name[:1].isupper()


@functools.lru_cache(maxsize=8192)
def name_key(name: str) -> str:
    """Case- and punctuation-insensitive form for matching names ("H.U.S.T." = "hust"),
    NFKC-folded ("ＡＢＣ大学" = "ABC大学", a decomposed "é" = "é"); a leading article
    does not make another organisation ("the Group Company"), nor "&" for "and"
    ("Huazhong University of Science & Technology", as English news writes it as often)."""
    folded = re.sub(r"^the\s+", "", unicodedata.normalize("NFKC", name).casefold().strip())
    folded = folded.replace("&", " and ")
    return re.sub(r"[\W_]+", "", folded) or folded.strip()


# "PolyU", "KBA", "N.W.R.": one word with two capitals or more.
LATIN_ABBREVIATION = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})[A-Za-z0-9.&-]+")


_CAPITALS = re.compile(r"[A-Z]{2,8}")
_NAME_PARTICLES = frozenset({"of", "the", "for", "and", "&", "de", "on", "in"})
"""Lower-case words inside an organisation's name ("Commission on Higher Education")."""
_INTRODUCED = re.compile(
    r"(?:\(\s*(?:hereinafter\s+(?:referred\s+to\s+as\s+)?)?|,\s+(?:known\s+as|hereinafter)\s+)"
    r"(?:the\s+)?[\"“']?$"
)
"""What introduces a name's short form after it: "Name (ABC)", "Name, known as ABC"; read
in the few characters before each mention of the short form, not tried at every place of
the text (a review's find: a run of blanks made that quadratic)."""
_INTRODUCED_REACH = 48
_NAME_BEFORE = 12
"""The most words a name the text gives a short form of may have."""


def expanded_abbreviation(short: str, text: str) -> str | None:
    """The name that the text introduces ``short`` (capitals: "NAVET") for, where the
    name's initials spell it (:func:`_spells`): "the National Agency for Vocational
    Education and Training of the Republic of Estmark, known as NAVET", the blind4 e03's
    party, which the model named by the headline's "Estmark's National Vocational
    Agency". The nearest name before the short form that spells it, not one before it
    ("NUS and Nanyang Technological University (NTU)": NTU's name is the second). None
    where the text introduces it for no such name."""
    if not _CAPITALS.fullmatch(short):
        return None
    for mention in re.finditer(rf"\b{re.escape(short)}\b", text):
        reach = max(0, mention.start() - _INTRODUCED_REACH)
        introduced = _INTRODUCED.search(text, reach, mention.start())
        if introduced is None:
            continue
        words = _name_words_before(text[: introduced.start()])
        for start in range(len(words) - 1, -1, -1):
            for end in range(len(words), start, -1):
                if words[start][:1].isupper() and _spells(short, words[start:end]):
                    return " ".join(words[start:end])
        return None
    return None


_BEFORE_A_PLACE = "与在由赴向同和受经及对跟"
"""Words a Chinese sentence puts before a place that are no part of it: 与杭州市…, 在浙江省…."""
_PLACE_UNIT = rf"(?![{_BEFORE_A_PLACE}])[\u4e00-\u9fff]{{2,3}}?(?:省|市|县|区|州|盟)"
_LOCAL_BODY = re.compile(rf"{_PLACE_UNIT}[\u4e00-\u9fff]")
"""A Chinese name that begins with its place: a district's, a county's (临港区人民政府)."""
_PLACES_BEFORE = re.compile(
    rf"(?:^|(?<=[^\u4e00-\u9fff])|(?<=[{_BEFORE_A_PLACE}]))(?:{_PLACE_UNIT}){{1,3}}$"
)
"""The places a text writes right before a name, after no other character of a word but
one of ``_BEFORE_A_PLACE``: "——澄阳市" or "与澄阳市" before 临港区人民政府."""
_PLACES_REACH = 12
"""How far before a name its places may begin: three places of four characters at most."""


def placed_name(name: str, text: str) -> str | None:
    """The name of a local body as the text writes it after the places it lies in
    ("澄阳市临港区人民政府" for the model's 临港区人民政府: the blind21 v01's), the longest
    such; the fullest name the text gives (spec: Party.name). None where the name begins
    with no place, the text writes none before it, or two that are not one place
    ("福州市鼓楼区" and "南京市鼓楼区": two bodies, which one the model meant it does not say;
    a review's find)."""
    if not _LOCAL_BODY.match(name):
        return None
    places = {
        placed.group()
        for at in (m.start() for m in re.finditer(re.escape(name), text))
        if (placed := _PLACES_BEFORE.search(text, max(0, at - _PLACES_REACH), at)) is not None
    }
    longest = max(places, key=len, default=None)
    if longest is None or not all(longest.endswith(place) for place in places):
        return None
    return longest + name


_MUNICIPALITY = r"(?:City|Town|Municipality|County|Borough|Province|State)\s+of\s+"
"""The words before a place's name that make it its local government's ("City of …")."""


def municipal_name(name: str, text: str) -> str | None:
    """The local government a place's bare name stands for where the text names it so ("the
    City of Lindenfeld and the City of Kessaro will exchange engineers" for the model's
    "Lindenfeld": the blind40 ao03's); the fullest name the text gives (spec: Party.name).
    None where the name is no capitalised place alone, or the text writes it no such way."""
    if HAN.search(name) or not re.fullmatch(r"(?:[A-Z][\w'\u2019-]*\s?){1,3}", name.strip()):
        return None
    found = re.search(rf"\b{_MUNICIPALITY}{re.escape(name.strip())}\b", text)
    return found.group() if found is not None else None


def _name_words_before(text: str) -> list[str]:
    """The words that end ``text`` and may be a name's: capitalised, or a name's particle;
    not past a comma, nor past a sentence's end ("… in New Delhi. National Thermal …")."""
    words: list[str] = []
    for word in reversed(text.split()[-_NAME_BEFORE:]):
        named = word[:1].isupper() or word.casefold() in _NAME_PARTICLES
        if not named or word.endswith((",", ";", ":")) or (words and word.endswith(".")):
            break
        words.insert(0, word)
    return words


def initials_spell(short: str, name: str) -> bool:
    """Whether the initials of the name's words (hyphens part words too: "Nordmark-China
    Chamber of Commerce" for NCCC) spell ``short`` (:func:`_spells`)."""
    return _spells(short, [word for word in re.split(r"[\s-]+", name.strip()) if word])


def _spells(short: str, words: Sequence[str]) -> bool:
    """Whether the words' initials spell ``short`` from the first word on, each particle's
    initial counted or passed over ("Ministry of Education (MOE)", "Korea Advanced
    Institute of Science and Technology (KAIST)"); the words after its last letter are the
    name's too where "of" begins them ("… and Training of the Republic of Estmark" for
    NAVET; not "Universiti Teknologi Malaysia in Johor Bahru (UTM)": the caller tries the
    name without its last words)."""

    def spelt_from(letter: int, word: int) -> bool:
        if letter == len(short):
            return word == len(words) or words[word].casefold() == "of"
        if word == len(words):
            return False
        initial, particle = words[word][0], words[word].casefold() in _NAME_PARTICLES
        spells = initial.upper() == short[letter] and (initial.isupper() or particle)
        return (spells and spelt_from(letter + 1, word + 1)) or (
            particle and spelt_from(letter, word + 1)
        )

    return spelt_from(0, 0)


# The spec's party kinds, first match wins. A registered company's suffix comes first: a
# university's holding company ("Zhejiang University Holding Group Co., Ltd.") is a
# company, and so is a city's investment group ("Municipal ... Group Co., Ltd."); the
# looser company words after the government's ("Municipal Corporation of Greater Mumbai"
# governs a city). "X Institute of Technology" is a university's name (Harbin's).
_KIND_RULES: tuple[tuple[PartyKind, re.Pattern[str]], ...] = (
    (PartyKind.COMPANY, re.compile(
        r"\bco\b(?!-)|\bltd\b|\blimited\b|\binc\b|\bplc\b|\bgmbh\b|有限|股份|公司|集团"
        r"|\bmunicipal\b.*\bgroup\b", re.I)),  # a city's own group ("... Transportation Group")
    # A zone's or a university town's management committee governs it.
    (PartyKind.GOVERNMENT, re.compile(
        r"管委会|管理委员会|\b(?:zone|park|town|district|area)\s+(?:management|administrative)"
        r"\s+committee\b|\b(?:management|administrative)\s+committee\s+of\b", re.I)),
    (PartyKind.UNIVERSITY, re.compile(
        r"universit|college|school|faculty|institute of technology\b\s*(?:[(（].*)?$|大学"
        r"|(?<!科)学院",  # 科学院 is an academy of sciences, not a college
        re.I)),
    (PartyKind.GOVERNMENT, re.compile(
        r"government|ministry|department|bureau|commission|committee|municipal|政府|厅|局"
        r"|委员会|(?<!俱乐)部$|[省市县区]委|发改委|科委|经信委"
        r"|(?<=[\u4e00-\u9fff]{2})(?<![小古水乡城])[镇乡]$", re.I)),  # a township: 柳塘镇
    # A bank is a company, but a central bank governs ("People's Bank of China").
    (PartyKind.GOVERNMENT, re.compile(
        r"people['’]?s bank of china|中国人民银行|central bank", re.I)),
    (PartyKind.COMPANY, re.compile(
        r"\b(?:corp|corporation|group|company|bank)\b|银行", re.I)),
    (PartyKind.RESEARCH_INSTITUTE, re.compile(
        r"institute|academy|laborator|\blab\b|研究院|研究所|科学院|实验室", re.I)),
)  # fmt: skip


def party_kind_for(name: str) -> PartyKind:
    """A party's kind from the words of its name, read in Simplified characters (清華大學
    as 清华大学); the model's own guess, when it made one, is kept by the caller."""
    read = simplified(name)
    for kind, pattern in _KIND_RULES:
        if pattern.search(read):
            return kind
    return PartyKind.OTHER

"""Who a person of a record is: the name as written, without title, honorific or role.

Models copy titles into names ("Vice President Lin Tao", "华东理工大学副校长张建国"),
write a role where the text gives no name ("the head of the Testing Institute"), and
describe one person in several entries. The rules here split a name from its title,
organisation and form of address, make a role written in place of a name the spec's
unnamed signer, and give every entry of one person the title and organisation another
entry states. The English title vocabulary lives here (the guard reads it to tell who a
list of people holds, :func:`describes_someone`); the Chinese one in
:mod:`coopllm.lexicon`, where grounding reads it too.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Collection, Iterable, Iterator, Sequence

from coopllm.lexicon import (
    HAN,
    ZH_BODY_WORDS,
    ZH_FUNCTIONS,
    ZH_POINTING,
    ZH_TITLE_HEADS,
    ZH_TITLES,
    simplified,
    tried_at,
    word_alternation,
    written_alone,
)
from coopllm.parties import (
    LATIN_ABBREVIATION,
    name_key,
    own_name_length,
    zh_company_name,
)
from coopllm.schema import Agreement, Signatory

# Job titles that may precede a person's name. Extend here; matching is longest-first,
# case-insensitive, and a hyphen may stand for a space ("Vice-President").
_EN_TITLES = (
    "President",
    "Vice President",
    "Executive Vice President",
    "Dean",
    "Vice Dean",
    "Associate Dean",
    "Director",
    "Deputy Director",
    "Director General",
    "Deputy Director General",
    "Chairman",
    "Vice Chairman",
    "Chair",
    "Secretary",
    "Party Secretary",
    "Deputy Secretary",
    "Secretary General",
    "Deputy Secretary General",
    "General Manager",
    "Deputy General Manager",
    "Vice General Manager",
    "Professor",
    "Associate Professor",
    "Prof.",
    "Prof",
    "Dr.",
    "Dr",
    "Academician",
    "Mayor",
    "Vice Mayor",
    "Deputy Mayor",
    "Governor",
    "Vice Governor",
    "Minister",
    "Vice Minister",
    "Head",
    "Chief Engineer",
    "Chancellor",
    "Vice Chancellor",
    "CEO",
    "CTO",
    "CFO",
    "COO",
    "Chief Executive",
    "Chief Executive Officer",
    "Chief Financial Officer",
    "Chief Operating Officer",
    "Rector",
    "Vice Rector",
    "Deputy Rector",
    "Pro Rector",  # a Nordic university's prorektor (the blind48 aw05's "Pro-Rector for Research")
    "Prorector",
    "Provost",
    "Vice Provost",
    "Chairwoman",
    "Vice Chairwoman",
    "Chairperson",
    "Managing Director",
    "Executive Director",
    "Ambassador",
    "Consul General",
    "Prime Minister",
    "Deputy Prime Minister",
    "Senior Vice President",
    "Cabinet Secretary",
    "Permanent Secretary",
    "Principal Secretary",
    "Principal",
    "Vice Principal",
    "Lord Mayor",
    "Emeritus Professor",
    "Assistant Professor",
    "Assoc. Prof.",
    "Asst. Prof.",
    "Registrar",
    "Deputy Vice Chancellor",
    "Pro Vice Chancellor",
    "Senator",
    "Sen.",
    "Gov.",
    "Engr.",
    "Eng.",  # East Africa's engineer: "Eng. Samuel Kiprotich" (the blind47 av04's)
    "Ir.",
    "Rev.",
    "Commissioner",
    "High Commissioner",
    "Premier",
    "Vice Premier",
    "Councillor",
    "Counsellor",
    "MP",
    "Councilor",
    "Cllr",
    "Cllr.",
    "Administrator",
    "Deputy Administrator",
    # ranks a port's, a navy's or an army's officers sign under ("Capt. Anil Deshmane",
    # "Cmde. (Retd.) Vikram Sethi": the blind40 ao01's)
    "Captain",
    "Capt.",
    "Capt",
    "Commodore",
    "Cmde.",
    "Cmde",
    "Colonel",
    "Col.",
    "Admiral",
    "Rear Admiral",
    "Vice Admiral",
    "Brigadier",
    "Brig.",
    "Brigadier General",
    "Brig. Gen.",
    "Major General",
    "Maj. Gen.",
    "Group Captain",
    "Lt. Col.",
    "Lieutenant Colonel",
    # a council's chief officer ("Town Clerk Moses Chiteta", who signed for a town council:
    # the blind87 cj04's)
    "Clerk",
    "Town Clerk",
    "City Clerk",
    "County Clerk",
    "Municipal Clerk",
    # a tribal council's elected head ("Grand Chief Lorraine Bluecoat": the blind83 cf05's);
    # not "Chief" alone, which begins longer offices and bodies' names ("Chief Scientist",
    # "Chief Justice", "Chief Seattle Club": review84)
    "Grand Chief",
)
_EN_TITLE = rf"(?:{word_alternation(_EN_TITLES)})"
_ZH_TITLE = rf"(?:(?:{'|'.join(ZH_TITLE_HEADS[1:])})?(?:{word_alternation(ZH_TITLES)}))"
"""A Chinese title of the vocabulary, after a head that is no title alone ("执行院长",
"常务副院长": the blind70 bs02's "研究院執行院長林嘉豪")."""
# Words that end an English title ("Professor Emeritus", "President-elect", a Dutch
# university's "Rector Magnificus").
_EN_TITLE_ENDS = ("Emeritus", "Elect", "Designate", "Magnificus")
# A title is followed by a space, or directly by the name after an abbreviation's dot.
_EN_TITLE_QUALIFIER = r"(?:\s*\((?-i:[A-Z])[\w&,'\u2019 .-]{2,40}\))?"
"""What a title's office covers, in brackets after it ("Pro Vice-Chancellor (International)":
the blind11 l04's); not a caption's "(left)" nor a party's "(D)" (a review's finds)."""
_EN_TITLE_CHAIN = (
    rf"{_EN_TITLE}{_EN_TITLE_QUALIFIER}"
    rf"(?:(?:\s+(?:and\s+|&\s+)?|(?<=\.)){_EN_TITLE}{_EN_TITLE_QUALIFIER})*"
    rf"(?:[\s-]+(?:{'|'.join(_EN_TITLE_ENDS)}))?"
)
# Each word of a title: what starts with one is no name ("General Li Wei", left by
# "Deputy Director General Li Wei" split after a shorter title).
_NOT_TITLES_ALONE = frozenset(
    {
        "Lord",
        "High",
        "Prime",
        "Cabinet",
        "Permanent",
        "Senior",
        "Grand",
        "Town",
        "City",
        "County",
        "Municipal",
    }
)
"""Words of titles that are no title alone, and begin names or other words ("Lord Ahmad")."""
_EN_TITLE_WORD = (
    rf"(?:{word_alternation({w for t in _EN_TITLES for w in t.split()} - _NOT_TITLES_ALONE)})"
)
_EN_PORTFOLIO = (
    r"(?-i:[A-Z][a-z]+(?:\s+(?:and|&)\s+[A-Z][a-z]+|\s+[A-Z][a-z]+){0,3})"
    r"\s+(?=Minister\b|Secretary\b)"
)
"""A minister's or secretary's portfolio before the office, each word capitalised ("Energy
and Mines Minister Rafael Quintana": the blind81 cd06's; "Foreign Secretary")."""
_EN_TITLED_NAME = re.compile(
    rf"(?P<title>(?:{_EN_PORTFOLIO})?{_EN_TITLE_CHAIN})(?:\s+|(?<=\.))(?P<name>\S.*)",
    re.IGNORECASE,
)
# Titles chained by 、 or 兼 ("党委书记、校长张三", "董事长兼总经理王五") are one title.
_ZH_TITLE_CHAIN = rf"{_ZH_TITLE}+(?:[、兼]{_ZH_TITLE}+)*"
_ZH_TITLE_WORD = re.compile(_ZH_TITLE)
# A Chinese title runs from a title at the start to the end of a later one, with other
# Chinese characters between them ("校长办公室主任"), but a space or 、 only in a chain
# ("副校长 教授 李四", "校长张三、副校长李四": the run would swallow a name).
_ZH_TITLE_RUN = re.compile(rf"{_ZH_TITLE_CHAIN}(?:[\u4e00-\u9fff]+?{_ZH_TITLE_CHAIN})*")
_ONLY_TITLES = re.compile(rf"(?:{_EN_TITLE_CHAIN}|{_ZH_TITLE_CHAIN})\.?", re.IGNORECASE)

# Common Chinese surnames: a title after a name ("张三教授") is split only after one, as an
# organisation or place before a title ("学院院长", "北京市长") starts with none of them.
_ZH_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩邓冯曹彭曾肖田董潘袁蔡蒋余于"
    "杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付傅方邹熊白孟秦邱侯江尹薛闫段雷龙"
    "黎史陶贺毛郝顾龚邵万钱严覃武戴莫孔向常汤康易乔赖文施洪辛柯庄葛牛齐樊耿殷岳庞倪盛"
    "祝童纪舒鲁宁欧聂包安阎章鲍柳查滕焦蓝温麦梅郁季翟卓华俞蒙骆屈涂饶阮游卜凌伍邢裴苗冉霍"
    "毕窦靳粟邝邬晏戚揭佘匡岑仇祁柏"
    # more of the hundred most common ("费佳": the blind24 y01's signer), none a word's
    # common word's first character (成, 路, 关, 管, 甘 of 甘肃, 颜 of 颜色 are left out)
    "詹翁柴喻蒲牟艾穆缪褚娄费冷瞿桂佟臧闵苟卞姬栾隋刁巫寇桑郎甄仲虞敖巩迟苑芦宗"
    "萧"  # Taiwan's 蕭 (the blind43 ar04's minister), written 肖 on the mainland
)
_ZH_COMPOUND_SURNAMES = (
    "欧阳|司马|上官|诸葛|东方|皇甫|令狐|慕容|公孙|司徒|夏侯|端木|长孙|宇文|尉迟|申屠"
)
# A surname and a given name of one or two characters, as short as it can be, so
# "张三副校长" leaves the longer title.
_ZH_NAME_TITLED = re.compile(
    rf"(?P<name>(?:{_ZH_COMPOUND_SURNAMES}|[{_ZH_SURNAMES}])[\u4e00-\u9fff]{{1,2}}?)"
    rf"\s*(?P<title>{_ZH_TITLE_CHAIN})"
)


def only_titles(words: str) -> bool:
    """Whether ``words`` are a title or a chain of titles alone, no name ("the Minister",
    "Pro Vice-Chancellor (International)", "党委书记、校长"): whom they describe is a person."""
    return _ONLY_TITLES.fullmatch(words.strip()) is not None


_FORMS_OF_ADDRESS = frozenset(
    ("Hon", "Honourable", "Honorable", "Rt", "Right", "The", "Sir", "Dame", "Mr", "Mrs", "Ms",
     "Mx", "Dr", "HE", "H", "E", "Excellency", "His", "Her", "Datuk", "Dato", "Tan", "Sri")
)  # fmt: skip
"""The words of the forms of address before an English name, a dot aside ("Hon.", "Rt Hon",
"H.E.", "His Excellency", "Professor Sir"), as words alone."""


def addressed_as(word: str) -> bool:
    """Whether ``word`` is a word of a form of address before a name (``_FORMS_OF_ADDRESS``):
    what may stand between an office and its holder's name ("the Minister, Hon. Joseph
    Adjei")."""
    return word.strip(".,") in _FORMS_OF_ADDRESS


def split_title(name: str) -> tuple[str | None, str]:
    """Split a job title off a person's name (spec: Signatory.name is without title): a
    leading one, or one after a Chinese name ("张三教授", as Chinese often writes it).

    Only titles from the vocabulary above are recognised, and only when a name remains,
    so an unknown word is never mistaken for a title and no one is left nameless; in
    doubt the name comes back unchanged with None. Traditional characters are read as
    Simplified ones (總經理 as 总经理), and both parts come back as written.
    """
    stripped = name.strip()
    read = simplified(stripped)  # one character for one: its offsets are the name's
    for title, rest in _title_splits(read):
        if _is_name(rest):
            return stripped[: len(title)], stripped[len(title) :].strip()
    titled = _ZH_NAME_TITLED.fullmatch(read)
    if titled is not None and _is_chinese_name(titled["name"], titled["title"], read):
        return stripped[slice(*titled.span("title"))], stripped[slice(*titled.span("name"))]
    return None, name


def _title_splits(name: str) -> Iterator[tuple[str, str]]:
    """Each way to read ``name`` as a leading title and the rest, the longest title first.

    An English title is the vocabulary's titles in a row ("Vice-Chancellor Professor").
    A Chinese one may hold more than the vocabulary's words ("校长办公室主任", the
    director of the president's office: "校长" alone left "办公室主任张三" as the name), so
    it ends after any title word, where ``split_title`` takes the longest that leaves a
    name.
    """
    english = _EN_TITLED_NAME.fullmatch(name)
    if english is not None:
        yield english["title"], english["name"].strip()
    if _ZH_TITLE_WORD.match(name) is None:
        return
    ends = {word.end() for start in range(len(name)) if (word := _ZH_TITLE_WORD.match(name, start))}
    for end in sorted(ends, reverse=True):
        if _ZH_TITLE_RUN.fullmatch(name, 0, end):
            yield name[:end], name[end:].strip()


def _is_name(rest: str) -> bool:
    """What follows a title is a name unless it is empty, only more titles, starts in
    lower case ("Head of Department Wang": the title runs on, there is no name to split)
    or with no letter ("、校长张三", a title chain cut short), or is a Chinese title's
    tail ("级高工王五", "委员王五": the title was longer than the vocabulary's). Nor is it
    one where it holds a title's word ("General Li Wei", "秘书李四", "张三、副校长李四") or is
    longer than a Chinese personal name ("特别顾问李四"): the title was split too soon;
    nor one Chinese character that is no surname (主席台, 校长团: a word, not 校长王)."""
    return (
        bool(rest)
        and unicodedata.category(rest[0]).startswith("L")
        and not rest[0].islower()
        and not rest.startswith(_ZH_TITLE_TAILS)
        and not _ONLY_TITLES.fullmatch(rest)
        and not TITLE_WORD_IN_NAME.search(rest)
        and not _LONGER_THAN_A_CHINESE_NAME.fullmatch(rest)
        and not (len(rest) == 1 and HAN.fullmatch(rest) and rest not in _ZH_SURNAMES)
    )


# A title's word at the start of an English name ("General Li Wei") or anywhere in a
# Chinese one; a Chinese personal name has two to four characters.
TITLE_WORD_IN_NAME = re.compile(rf"^{_EN_TITLE_WORD}\b|{_ZH_TITLE}", re.IGNORECASE)
_LONGER_THAN_A_CHINESE_NAME = re.compile(r"[\u4e00-\u9fff]{5,}")

_ZH_TITLE_TAILS = (
    "兼",
    "级",
    "委员",
    "助理",
    "处长",
    "科长",
    "科员",
    "馆",
    "团",
    "台",
    "室",
    "会",
)
"""How a Chinese title the vocabulary knows may go on: 兼 (and), 级 (grade), 委员,
助理 (assistant)...; or the word it begins: 大使馆 (embassy), 主席团, 主席台, 校长室, 常委会.
What follows is no name."""


def _is_chinese_name(name: str, title: str, written: str) -> bool:
    """Whether the surname-led ``name`` before ``title`` is a person's: not the start of a
    longer title ("王副校长", "张常务副校长": a surname and a title) nor an organisation
    ("林业局局长", "高新区主任": the surname table admits them). Before an office, a
    place or a company reads as a name as well ("苏州市长", "华为总裁", "万科董事长"): a
    place's office (市长, 省长) follows no name, and another office follows a full
    name of three characters or more, or one set apart by a space; a scholar's title
    (教授, 院士, 博士) follows any."""
    if name.endswith(ZH_TITLE_HEADS) or name[-1] in _ZH_ORGANISATION_ENDS or name in _ZH_PORTS:
        return False
    if _ZH_SCHOLARS.fullmatch(title):
        return True
    spaced = written[len(name) : len(name) + 1].isspace()
    return not _ZH_PLACE_OFFICE.search(title) and (len(name) >= 3 or spaced)


_ZH_PORTS = ("张家港", "连云港", "防城港")
"""Port towns whose names a surname opens, read as a name before an office ("张家港行长":
Zhangjiagang's bank president); not 港 at any name's end ("王海港": review92)."""
_ZH_SCHOLARS = re.compile(r"(?:副?教授|院士|博士)+")
_ZH_NAME_THEN_PLACES_OFFICE = re.compile(
    rf"(?P<name>(?:{_ZH_COMPOUND_SURNAMES}|[{_ZH_SURNAMES}])[\u4e00-\u9fff]{{1,2}})"
    r"(?P<title>副?(?P<level>[省市县区州镇])长)"
)
"""A Chinese name, then the office of a place's head ("何建平县长")."""


def _name_before_its_places_office(person: Signatory, bodies: Sequence[str]) -> Signatory:
    """``person`` named apart from the office of a place's head written after the name
    ("何建平县长" of "何建平县长与…代表双方签约": the blind84 cg02's), where a party is
    the government of a place of that level whose name is not the words before the office
    ("青禾县人民政府"): read without it, "张家港市长" is Zhangjiagang's mayor, no one's name
    (:func:`_is_chinese_name`); that government becomes the organisation where none is
    given."""
    found = _ZH_NAME_THEN_PLACES_OFFICE.fullmatch(simplified(person.name or ""))
    if found is None or person.title:
        return person
    level, name = found["level"], found["name"]
    governments = [
        body
        for body in bodies
        if (place := _ZH_GOVERNMENT.fullmatch(simplified(body))) is not None
        and place["place"].endswith(level)
        and not place["place"].startswith(name)
    ]
    if len(governments) != 1:
        return person
    written = person.name or ""
    return Signatory(
        name=written[: len(name)],
        title=written[len(name) :],
        organization=person.organization or governments[0],
    )


_ZH_GOVERNMENT = re.compile(r"(?P<place>\S+?)(?:人民政府|政府)")
"""A place's government ("青禾县人民政府") and the place it governs."""
_ZH_PLACE_OFFICE = re.compile(r"^副?(?:省|市|县|区|镇|州)(?:长|委)")


_ZH_ORGANISATION_ENDS = "院校司部局所办处室委厅厂市省县区镇系"
"""Characters that end an organisation's or a place's name, and seldom a person's."""


def clean_people(people: Sequence[Signatory], bodies: Sequence[str] = ()) -> list[Signatory]:
    """Drop entries with nothing to identify them; move titles and roles written with a
    name out of it. ``bodies``: the agreement's party names, which are no person's."""
    return [_clean_person(p, bodies) for p in people if p.name or p.title or p.organization]


def _clean_person(person: Signatory, bodies: Sequence[str]) -> Signatory:
    """The name without a form of address, an organisation and a title before it, a
    title, or a role before or after it; a role written in place of a name, unnamed; a
    name written in place of a title, named."""
    person = _without_a_doing_after(person)
    person = _without_letters_after(_without_romanisation(_name_after_an_honorific(person)))
    person = _organisation_first(_role_comma_name(_without_honorific(_named(person))), bodies)
    # a form of address after the title too: "Professor Dame Ruth Alder" (the blind11 l06's),
    # and titles and forms in turn: "Prof Datuk Dr Rosnah Ismail" (the blind47 av05's), or
    # after words and a title: "Principal Secretary Shri Anirudh Menon" (the blind52 ba04's)
    person = _title_after_words(_field_title_off(_titles_and_forms_off(person)))
    person = _name_after_role(_without_honorific(person), bodies)
    person = _name_before_its_places_office(person, bodies)
    return _no_name_as_title(_unnamed_role(_role_after_name(person)))


_ZH_DOING_AFTER = re.compile(
    r"(?:共同|一同|一起|出席并|致辞并|并|通过视频(?:连线)?|视频|线上|在线|现场|作(?:主旨)?)*"
    r"(?:见证签约|见证|致辞|讲话|发言|出席|主持)$"
    r"|(?:(?<=[\u4e00-\u9fff]{2})|(?<=[A-Za-z]))[在于]$"
)
"""A Chinese doing written after a name the model gave it with ("方敬之见证签约", "Margaret
Ellison通过视频致辞", "林可在" of "林可在协议上签字": the blind72 bu02's), with the words
joined before it ("陈思远共同见证签约", "Helen Marsh在": review73), read in Simplified
characters."""


def _without_a_doing_after(person: Signatory) -> Signatory:
    """``person`` named without the Chinese doing the model wrote after the name
    (``_ZH_DOING_AFTER``), where a name is left: who they are is the rules' to read from
    the text, what they did with it."""
    name = person.name
    if not name:
        return person
    doing = _ZH_DOING_AFTER.search(simplified(name))  # one character for one: same places
    bare = name if doing is None else name[: doing.start()].rstrip()
    if bare == name or len(bare) < _TWO_CHARACTERS:
        return person
    return person.model_copy(update={"name": bare})


_TWO_CHARACTERS = 2
_AN_HONORIFIC_WITHIN = re.compile(
    r"(?P<title>\S.*?)\s+(?:Shri|Smt|Mrs?|Ms|Mx|Miss|Madam)\.?\s+"
    r"(?P<name>(?:[A-Z]\.\s*){0,3}[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3})"
)
"""A title, then a form of address and a name: "Commissioner of Industries Smt. K.
Lavanya", a name with its initials as South India writes them."""
_A_TITLE_WORD = re.compile(rf"\b{_EN_TITLE_WORD}\b", re.IGNORECASE)


def _name_after_an_honorific(person: Signatory) -> Signatory:
    """``person`` named by the words after a form of address that a title's words stand
    before, where the model wrote them whole as the name or as the title with no name
    ("Commissioner of Industries Smt. K. Lavanya": the blind52 ba04's, letters after it
    aside: ", IAS"): the form of address says where the name starts. Not where the words
    before it hold no title word or another name, nor where the name is a body's."""
    written = person.name or (person.title if person.name is None else None)
    found = (
        _AN_HONORIFIC_WITHIN.fullmatch(_LETTERS_AFTER.sub("", written.strip())) if written else None
    )
    if (
        found is None
        or not _A_TITLE_WORD.search(found["title"])
        or _AND.search(found["title"])  # "President Ms. Jane Doe and Mr. John Roe"
        or _BODY_WORD.search(found["name"])  # "CEO of Mr Price Group" (a review's finds)
    ):
        return person
    title = person.title if person.name is not None and person.title else found["title"]
    return Signatory(name=found["name"], title=title, organization=person.organization)


def _field_title_off(person: Signatory) -> Signatory:
    """``person`` named by the words after a minister's title with its portfolio, where
    the model wrote them whole as the name or as the title with no name ("Minister of
    State for Trade and Industry Raymond Koh": the blind53 bb04's witness): the words
    before the name are its title, unless the model gave one."""
    written = (person.name or "").strip()
    name = _portfolios_title_named(written)
    if name is None or not written.endswith(name):
        return person
    title = person.title or written[: -len(name)].strip()
    return Signatory(name=name, title=title, organization=person.organization)


def _titles_and_forms_off(person: Signatory) -> Signatory:
    """``person`` without the titles and forms of address before the name, each in turn
    till none is left (:func:`_untitle`, :func:`_without_honorific`)."""
    while (bare := _without_honorific(_untitle(person))) != person:
        person = bare
    return person


_LETTERS_AFTER = re.compile(
    r"(?:(?:,\s*|\s+)(?:IAS|IPS|IFS|IRS|OBE|MBE|CBE|KBE|DBE|FRS|FREng)"
    r"|,\s*(?:Ph\.\s?D\.?|PhD|M\.\s?Sc\.?|MSc|M\.\s?Eng\.?|MBA|M\.A\.|M\.\s?Phil\.?))+$"
)
"""Letters after an English name: an Indian civil service's ("Smt. Rekha Patil, IAS": the
blind43 ar03's), an honour, several in a row ("Ruth Alder DBE FREng"), a degree's after a
comma ("Prof. Dr. Ir. Ratna Sukmawati, M.Sc.": the blind54 bc04's gold names her without it;
not "Alice M. Eng", "Ravi M.A.": a review's finds); no part of the name."""


_A_SEAT_AFTER = re.compile(r"(?<=[a-z])\s+(?:MLA|MPP|MHA|MNA|MLC|MSP|MP)$")
"""A legislator's seat right after a name ("Hon. Rachel Tindall MLA": the blind83 cf04's),
read only where the name has no comma: "Ruth Alder, Labour MP" gives the office after it
(review84)."""


def _without_letters_after(person: Signatory) -> Signatory:
    """``person`` without the letters after the name (``_LETTERS_AFTER``, ``_A_SEAT_AFTER``)."""
    name = person.name
    if name is not None and "," not in name and (seat := _A_SEAT_AFTER.search(name)):
        name = name[: seat.start()]
        person = person.model_copy(update={"name": name})
    if name is None or (found := _LETTERS_AFTER.search(name)) is None or found.start() == 0:
        return person
    return person.model_copy(update={"name": name[: found.start()]})


def _without_romanisation(person: Signatory) -> Signatory:
    """A foreign person's Chinese name without the Latin spelling the article brackets after
    it, and a title before or after the brackets as the title ("艾琳·卡特赖特（Eileen
    Cartwright）教授": the blind29 ad02's, given so as the name; "约翰・马丁教授（Jean Martin）"); a
    form of address after them ("先生", "女士") or a list's "等" dropped: the name as the
    Chinese text writes it."""
    found = _ROMANISED.fullmatch(person.name or "")
    if found is None:
        return person
    after = _ADDRESS_AFTER.sub("", found["after"].strip())
    title = found["before"] or after or None
    if title is not None and (not only_titles(title) or (found["before"] and after)):
        return person
    return person.model_copy(update={"name": found["name"], "title": person.title or title})


NAME_DOTS = "·・•‧．"
"""The dots that join a transliterated name's parts ("艾琳·卡特赖特", "约翰・史密斯")."""
_ROMANISED = re.compile(
    rf"(?P<name>[\u4e00-\u9fff]{{1,8}}(?:[{NAME_DOTS}][\u4e00-\u9fff]{{1,8}}?)+)"
    rf"(?P<before>{_ZH_TITLE})?"
    r"\s*[(（][A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f .,'\u2019-]*[)）](?P<after>.*)"
)
"""A transliterated name (its parts joined by a dot), a title, its Latin spelling in
brackets (accents and a comma too: "(José Pérez)", "(O'Neil, Mary)"), and what follows."""
_ADDRESS_AFTER = re.compile(r"(?:先生|女士|等)+$")
"""A form of address or a list's "等" after a bracketed spelling: no title."""


def _no_name_as_title(person: Signatory) -> Signatory:
    """A person whose title the model gave as the name again (the blind26 aa05's
    ``{"name": "Farid Hakimi", "title": "Farid Hakimi"}``): no title, as none was read."""
    same = person.name and person.title and " ".join(person.title.split()) == person.name
    return person.model_copy(update={"title": None}) if same else person


_WORDS_THEN_TITLE = re.compile(
    rf"(?P<title>(?:[A-Z][\w'\u2019.-]*\s+){{1,4}}?(?:\([A-Z]{{2,8}}\)\s+)?"
    rf"(?i:{_EN_TITLE_CHAIN}))\s+(?P<name>[A-Z].*)"
)
"""Capitalised words, a title and a name: "Local MP Caroline Ashworth", "Vantor chairman
Budi Santoso" (a title in lower case after a company's name, as news writes it: the
blind26 aa05's), the body's abbreviation bracketed before the title ("Northbrook State
University (NSU) President Dr. Alan R. Whitcombe": the blind53 bb06's)."""


_REGION_AFTER_TITLE = re.compile(
    r"(?:(?:North|South|East|West|Central|Southeast|Northeast|Greater|Middle|Latin)\s+)?"
    r"(?:East|Asia(?:[\s-]Pacific)?|Pacific|Africa|Europe|Americas?|China|Nordics|EMEA|APAC)"
    r"\s+(?=[A-Z])"
)
"""The region an office covers, written after its title ("Huawei President Middle East
Charles Yang"): the title's, not the name's start."""


def _named(person: Signatory) -> Signatory:
    """A person whose title is a full name, alone or after a title, given with no name
    (the blind3 d01's witness ``{"name": null, "title": "Peter Hallam"}``): the name,
    which the rest of the cleaning parts from its title."""
    title = (person.title or "").strip()
    if person.name is not None or not title or _BODY_WORD.search(title):
        return person
    if not _is_personal_name(title) and titled_name(title) is None:
        return person
    return Signatory(name=title, organization=person.organization)


def _title_after_words(person: Signatory) -> Signatory:
    """A title with words before it, then a full name, as English news writes an office
    ("French Ambassador Hélène Vautrin", "Deputy Higher Education Minister Nadia Lim Wei
    Shan": the blind6 g02's witnesses, kept whole as names): the name, and the words up to
    the title's end as its title, unless the model gave one. The title runs to the last
    title before the name ("Premier League Chairman Richard Masters") and takes the region
    after it. Not where what follows is no personal name, or names a body."""
    if person.name is None or person.name.isupper():
        return person
    split = _words_then_title(person.name)
    if split is None:
        return person
    title, name = split
    region = _REGION_AFTER_TITLE.match(name)
    if region is not None and _is_personal_name(name[region.end() :]):
        title, name = f"{title} {region.group().strip()}", name[region.end() :]
    return Signatory(name=name, title=person.title or title, organization=person.organization)


def _words_then_title(written: str) -> tuple[str, str] | None:
    """The title and the personal name of words, a title and a name; the title up to the
    last title that a personal name follows (not "Premier" alone in "Premier League
    Chairman Richard Masters", a review's find)."""
    title, name = "", written
    while (found := _WORDS_THEN_TITLE.fullmatch(name)) is not None and (
        _is_personal_name(found["name"]) and not _BODY_WORD.search(found["name"])
    ):
        title, name = f"{title} {found['title']}".strip(), found["name"]
    return (title, name) if title else None


def _role_comma_name(person: Signatory) -> Signatory:
    """A role, a comma, then a title and a full name, as a model copies them from the
    article ("Deputy Vice-Chancellor for Research, Professor Malcolm Idowu": the blind5
    f02's, read as a role with no name): the name, the role its title (or its
    organisation, where it names a body: "Acme Corp, CEO John Smith"), unless the model
    gave one."""
    if person.name is None or "," not in person.name:
        return person
    role, _, last = person.name.rpartition(",")
    name = titled_name(last)
    role = role.strip()
    if name is None or not role or (_is_personal_name(role) and not _BODY_WORD.search(role)):
        return person  # "Lin Tao, Professor Zhou Bo": two people, not a role (a review's)
    titled = last.strip()[: -len(name)].strip()
    if _BODY_WORD.search(role):
        title, organization = titled, role
    else:
        title, organization = role, None
    return Signatory(
        name=name,
        title=person.title or title or None,
        organization=person.organization or organization,
    )


def _has_surname(name: str) -> bool:
    """Whether a Chinese name starts with a common surname: "代表", "一行", "办公室" after
    a title are no names ("甲大学校长代表" is the spec's unnamed signer)."""
    return name[:1] in _ZH_SURNAMES or name.startswith(_ZH_COMPOUND_SURNAME_TUPLE)


_ZH_COMPOUND_SURNAME_TUPLE = tuple(_ZH_COMPOUND_SURNAMES.split("|"))
_ZH_ORGANISATION_END = re.compile(rf"(?:{ZH_BODY_WORDS}|科院|科大|[局厅]|[省市区县州])")
"""Where the organisation ends in "华东理工大学副校长张建国" (the title and name follow); a
place's too, and a university's short form ("龍華區副區長鄭志強", "港灣科大校長霍啟明教授":
the blind70 bs02's)."""
_ZH_ORGANISATION_WORD = re.compile(_ZH_ORGANISATION_END.pattern.replace("|[省市区县州]", ""))
"""An organisation's word, not a place's: where a place's last character is no body's end
("广东省医师协会会长王五": 广东省医师协会, not 广东省; a review's find)."""
_ZH_HONOUR_ENDS = re.compile(r"(?:教授|博士|院士|先生|女士)$")
"""An honorific or academic title after a name, which the name is without ("霍啟明教授")."""


_EN_BODY_TITLE_NAME = re.compile(
    rf"(?P<body>.+?)(?:['\u2019]s)?\s+(?P<title>(?i:{_EN_TITLE_CHAIN}))"
    r"\s+(?P<name>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){1,3})"
)
"""An English name after its organisation and title: "Riverside University Vice-Chancellor
Jane Doe", "Acme's CEO John Roe"."""
_EN_TITLE_ALONE = re.compile(_EN_TITLE_CHAIN, re.IGNORECASE)
_A_PLACES_OFFICE = re.compile(
    r"(?P<place>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})"
    r"\s+(?P<level>regional|provincial|state|county|municipal|district|city)"
)
"""A place and the level of its government before an office's title ("Antofagasta regional
governor Patricio Lagos Ruiz": the blind77 bz05's model gave it all as the name): the
place is the office's, the level the title's."""


def _organisation_first(person: Signatory, bodies: Sequence[str]) -> Signatory:
    """A name written after its organisation and title, as news names a person at first
    mention ("华东理工大学副校长张建国", "浙江大學教授李明", "Riverside University
    Vice-Chancellor Jane Doe", "Meridian首席执行官艾琳·卡弗莱"; in English only where the
    words before the title name an organisation or are a party's: "Acme CEO John Roe"): the
    name, the title and the organisation (where the model gave none), each as written."""
    name = person.name
    if name is None:
        return person
    english = _EN_BODY_TITLE_NAME.fullmatch(name)
    if english is not None and _is_personal_name(english["name"]):
        body, title = english["body"], english["title"]
        if (office := _A_PLACES_OFFICE.fullmatch(body)) is not None:
            body, title = office["place"], f"{office['level']} {title}"
        if (
            not _EN_TITLE_ALONE.fullmatch(body)  # "Vice-Chancellor Professor X"
            and not _EN_TITLE_ALONE.fullmatch(f"{body} {title}")  # "Town Clerk X": one title
            and (names_a_body(body) or _is_a_body(body, bodies) or office is not None)
        ):
            return Signatory(
                name=english["name"],
                title=person.title or title,
                organization=person.organization or body,
            )
    latin = _LATIN_BODY_THEN_ZH.fullmatch(name)
    if latin is not None:
        title, rest = split_title(latin["rest"])
        if title is not None and (_ZH_NAME.fullmatch(rest) or "·" in rest):
            return Signatory(
                name=rest,
                title=person.title or title,
                organization=person.organization or latin["body"].strip(),
            )
    if not HAN.fullmatch(name.replace("、", "")):
        return person
    for end in _ZH_ORGANISATION_END.finditer(simplified(name)):
        if end.end() < _TWO_CHARACTERS:  # 區 (区) of "區卓賢教授" is a surname (the blind84 cg03's)
            continue
        title, rest = split_title(name[end.end() :])
        if (
            end.group() in "省市区县州"
            and title
            and _ZH_ORGANISATION_WORD.search(simplified(title))
        ):
            continue  # "广东省医师协会会长": the body ends at 协会, not at 省
        if title is None:  # "校長霍啟明教授": the title's split leaves the honorific on
            honorific = _ZH_HONOUR_ENDS.search(simplified(name))
            if honorific is not None and honorific.start() > end.end():
                title, rest = split_title(name[end.end() : honorific.start()])
        if title is not None and _ZH_NAME.fullmatch(rest) and _has_surname(simplified(rest)):
            return Signatory(
                name=rest,
                title=person.title or title,
                organization=person.organization or name[: end.end()],
            )
        placed = _a_places_title(name, end)
        if placed is not None:
            body, title, rest = placed
            return Signatory(
                name=rest, title=person.title or title, organization=person.organization or body
            )
    return _after_a_companys_own_name(person, name, bodies) or person


_LATIN_BODY_THEN_ZH = re.compile(r"(?P<body>[A-Za-z][\w .&'-]{1,40}?)(?P<rest>[\u4e00-\u9fff].*)")
"""A company's Latin name, then a Chinese title and name: "Meridian首席执行官艾琳·卡弗莱" (the
blind78 ca02's signer), as a Chinese page writes a foreign company's officer."""


def _a_places_title(name: str, end: re.Match[str]) -> tuple[str, str, str] | None:
    """The organisation, title and name where a place's party committee comes first
    ("龍華區委書記黃立群": 龍華區委's 書記, the blind70 bs02's witness, as
    :func:`person_after_organisation` reads "松川县委书记林海涛"), each as written."""
    after = end.end()
    if len(end.group()) != 1 or end.start() < _TWO_CHARACTERS:
        return None
    if simplified(name)[after : after + 1] != "委":
        return None
    title, rest = split_title(name[after + 1 :])
    if title is None or not _ZH_NAME.fullmatch(rest) or not _has_surname(simplified(rest)):
        return None
    return name[: after + 1], title, rest


def _after_a_companys_own_name(
    person: Signatory, name: str, bodies: Sequence[str]
) -> Signatory | None:
    """A Chinese signer written after a party's company's own name, which ends in no
    organisation's word ("翼航智能創辦人兼董事長鄧家豪", 翼航智能 being 深圳市翼航智能科技有限
    公司's): the name, the title and that name as the organisation; or an unnamed one,
    its title alone or "one of" it ("翼航智能一名副總裁": a vice-president of it, not named:
    the blind42 aq06's), with the words saying that they signed for both cut ("…代表雙方
    簽署"). None where no party's company opens ``name``, or no title or name follows."""
    if _ZH_NAME.fullmatch(name) and _has_surname(simplified(name)):
        return None  # a name alone, as most are given
    # the rest of the name must hold more than the company's own name
    own = max(
        (own_name_length(name[:-1], body, after_a_place=True) for body in bodies),
        default=0,
    )
    if own == 0:
        return None
    company = person.organization or name[:own]
    rest = name[own:]
    signed = _SIGNED_FOR_BOTH.search(simplified(rest))
    rest = rest[: signed.start()] if signed else rest
    one_of = _ZH_ONE_OF.match(rest)
    role = rest[one_of.end() :] if one_of else rest
    if only_titles(simplified(role)):
        return Signatory(name=None, title=person.title or role, organization=company)
    if one_of is not None:
        return None
    title, rest = split_title(rest)
    if title is None or not _ZH_NAME.fullmatch(rest) or not _has_surname(simplified(rest)):
        return None
    return Signatory(name=rest, title=person.title or title, organization=company)


_ZH_ONE_OF = re.compile(r"[一某][名位]")
""""One" before a title: an unnamed holder of it ("一名副总裁", "某位董事")."""
_SIGNED_FOR_BOTH = re.compile(r"代表[\u4e00-\u9fff]{0,12}?(?:签署|签约|签字)$")
"""What a model copies after a signer's words: "代表雙方簽署" (signed for both sides)."""


def organisation_of(written: str) -> str | None:
    """The organisation of a person written after it and a title ("澜江省能源局局长何文斌":
    "澜江省能源局"), as :func:`_organisation_first` reads it, or of a foreign person in
    Chinese ("乙集团亚太区总裁英格丽·索尔贝格": "乙集团", a review's find); None where
    ``written`` is not so."""
    person = _organisation_first(Signatory(name=written), [])
    if person.name != written:
        return person.organization
    name = name_ending(written)
    if name is None or "·" not in name:
        return None
    head = written[: len(written) - len(name)]
    read = simplified(head)
    bodies = [
        end.end()
        for end in _ZH_ORGANISATION_END.finditer(read)
        if len(read) - end.end() <= _LONGEST_ZH_TITLE
        and any(word.end() == len(read) for word in _ZH_TITLE_WORD.finditer(read, end.end()))
        # a place's last character after a body's word is a region of it ("乙集团亚太区总裁")
        and (
            end.group() not in "省市区县州"
            or not _ZH_ORGANISATION_WORD.search(read, 0, end.start())
        )
    ]
    return head[: bodies[-1]] if bodies else None


def body_after_its_person(written: str) -> str | None:
    """The body written after a person's name, a comma and a title "of" it
    (``_NAME_THEN_ITS_ROLE``), a body's name (:func:`names_a_body`); None where ``written``
    is not so, or the title's "of" is a portfolio's or a department's ("Minister of
    Energy", "Vice President of Operations", "Head of Cardiology at …": review79)."""
    role = _NAME_THEN_ITS_ROLE.fullmatch(written.strip())
    if role is None or not (_is_personal_name(role["name"]) or titled_name(role["name"])):
        return None
    body = role["body"]
    if _A_UNIT_OR_FIELD.search(body) or not (names_a_body(body) or _HOLDINGS.search(body)):
        return None  # "Minister of Energy", "Head of Cardiology at …": a portfolio, a unit
    return body


_A_UNIT_OR_FIELD = re.compile(r"\s(?:at|for|in)\s")
_HOLDINGS = re.compile(r"\s(?:Holdings|Partners|Trust|Enterprises|Industries)$")
"""A company's last word that ``names_a_body`` does not know: "Murihiku Development
Holdings"."""


_NAME_THEN_ITS_ROLE = re.compile(
    rf"(?P<name>[^,]{{3,60}}),\s+(?:the\s+)?(?i:{_EN_TITLE_CHAIN})\s+of\s+(?:the\s+)?"
    r"(?P<body>[A-Z][^,]{2,80})"
)
"""A person, a comma, a title and the body it is "of": "Ngaio Fleming, director of the
Aotearoa Hydrogen Research Centre"."""
_LONGEST_ZH_TITLE = 8
"""Characters of a title after an organisation, a region's words with it ("亚太区总裁")."""


# A form of address before a name, dot or not, with a name's letter after it: Mr, Ms,
# and the honorifics of English releases the world over (Sir, Dame, Hon., H.E., Smt.,
# Shri, Dato', Tan Sri). Case counts: in capitals without a dot, "MS" and "MRS" may be
# initials ("MS Swaminathan"), so capitals need the dot ("MR. LI WEI"), as "Hon." does
# (Hon is a Cantonese surname); not Sri or Sheikh, which begin names (Sri Mulyani), and
# Tun only before "Dr" (Tun Tun Naing is a Burmese name).
_HONORIFIC = re.compile(
    r"(?:(?:Mrs?|Ms|Mx|Madam|Miss|Smt|Shri|Sir|Dame|Barrister|Alhaji|Alhaja|(?:Tan|Puan)\s+Sri"
    r"|Tun(?=\s+Dr\b)"
    r"|(?:Dato['\u2019]?|Datuk['\u2019]?|Datin)(?:\s+(?:Seri|Sri|Paduka))?"
    r"|(?:His|Her)\s+Excellency)(?:\.\s*|\s+)|(?:MRS?|MS|Hon|H\.\s?E)\.\s*)(?=[^\W\d_])"
)


_ZH_HONORIFIC_AFTER = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,3})(?:先生|女士)")
"""A Chinese name with the form of address after it, as Hong Kong and Taiwan write it."""
_ZH_DOCTORS_KINDS = ("全科", "主治", "乡村", "住院", "实习", "家庭", "专科", "主任", "值班")
"""Words of a kind of doctor before 医生 or 医师, no name's ("全科医生")."""
_ZH_SCHOLAR_AFTER = re.compile(
    rf"(?P<name>[\u4e00-\u9fff]{{2,3}}?)(?:{_ZH_SCHOLARS.pattern}"
    rf"|{''.join(f'(?<!{kind})' for kind in _ZH_DOCTORS_KINDS)}医[生师]|副?主任医[生师]|大夫)"
)
"""A Chinese name with a scholar's title after it, read as a form of address where the
model gave the person's office apart ("區卓賢教授" as the 副校長's name: the blind84 cg03's,
whose surname 區, Cantonese, is no surname the list knows, and no district: review86), or a
doctor's, as Hong Kong writes it ("鄭永康醫生" as the 院長's name: the blind90 cm02's); not
a kind of doctor (``_ZH_DOCTORS_KINDS``: "全科医生" is no 全科: review91); a chief
physician's rank and the spoken 大夫 alike ("张伟主任医师", "张伟大夫": review91's
near-misses). The shortest name first: "张伟副主任医师" is 张伟's, not 张伟副's (review92)."""
_ZH_HONORIFIC_BEFORE = re.compile(
    r"(?:丹斯里|拿督|拿汀|敦)*(?:丹斯里|拿督斯里|拿督|拿汀斯里|拿汀)"
    r"(?P<name>(?!斯里)[\u4e00-\u9fff]{2,3})(?:先生|女士)?"
)
"""A Chinese name after a Malaysian honorific as Chinese writes it: Tan Sri, Dato' Sri,
Dato', Datin, Datin Sri, combined ("丹斯里拿督陈志明"), a form of address after it or not
("拿督李文傑": the blind48 aw01's signer); not the honorific's own 斯里 taken for a name
("拿督斯里" alone: a review's find)."""


def _without_honorific(person: Signatory) -> Signatory:
    """``person`` without a form of address before the name ("Mr. Li Wei" is Li Wei).

    "Dr." and "Prof." name a degree or a post and become the title; "Mr.", "Ms.", "Mrs."
    and "Madam" only say how to address someone, which is no job title (the spec's
    title: "Vice President", "Dean") and no part of a name written "without title".
    Kept, they made one person two entries and missed the gold name in scoring ("Mr Li
    Wei" is under the fuzzy threshold of "Li Wei"), so they are dropped, not moved; so are
    先生 and 女士 after a Chinese name (郭基煇先生), a scholar's title after one whose office
    the model gave apart (``_ZH_SCHOLAR_AFTER``), and a Malaysian honorific before one
    (拿督李文傑).
    """
    if person.name is None:
        return person
    after = (
        _ZH_HONORIFIC_AFTER.fullmatch(person.name)
        or _ZH_HONORIFIC_BEFORE.fullmatch(person.name)
        or (person.title and _ZH_SCHOLAR_AFTER.fullmatch(simplified(person.name)))
        or None
    )  # read in Simplified characters where a word differs ("醫生"): one for one, same places
    bare = None if after is None else person.name[slice(*after.span("name"))]
    if (
        bare is not None
        and not TITLE_WORD_IN_NAME.search(simplified(bare))
        and bare[-1] not in _ZH_ORGANISATION_ENDS
        and bare not in _ZH_COMPOUND_SURNAME_TUPLE  # "欧阳大夫": a surname alone (review92)
    ):
        return person.model_copy(update={"name": bare})  # 郭基煇先生, not 大使先生
    name = _unaddressed(person.name)
    return person if name == person.name else person.model_copy(update={"name": name})


def _unaddressed(name: str) -> str:
    """The name without the forms of address before it ("H.E. Mr. Jean-Luc Moreau")."""
    while (honorific := _HONORIFIC.match(name)) is not None:
        name = name[honorific.end() :]
    return name


# Words no personal name contains but role descriptions do ("the head of the institute",
# "the company's director"); in Chinese a role noun ending four characters or more
# ("检测所负责人", "双方代表": "张代表" is a surname and a title).
_ROLE_WORDS = re.compile(r"\b(?:of|the|for)\b|'s\b|^.{2,}(?:负责人|代表|领导)$")


_ZH_ENDS_WITH_TITLE = re.compile(
    rf"(?P<before>.{{2,}}?)(?:{_ZH_TITLE})"
    rf"(?:[（(](?![{_ZH_SURNAMES}][\u4e00-\u9fff]{{1,2}}[）)])[\u4e00-\u9fff]{{1,8}}[）)])?"
)
"""A Chinese string that ends with a title, its office in brackets after it too ("港灣科大
副校長（研究）", a vice-president for research: the blind70 bs02's unnamed signer); not a
name in brackets ("北京大学校长（龚旗煌）": a review's find)."""


_ZH_ROLE_BEFORE = re.compile(r"的|分管|主管|负责|联系")
"""Words that make what goes before a title a description, not a name: "分管研发的"."""


def _zh_role(name: str) -> bool:
    """Whether a Chinese name is a role with no person's name in it ("星河智造分管研发的副
    总经理", the blind2 c06's): a description, an organisation or a pointing word before a
    title ("本院院長"), or "负责人" alone. Not a
    name the surname list does not know ("仝卓院长", "扎西次仁主任", "约翰·史密斯总裁"; a
    review's finds): in doubt, the string stays the name."""
    if name in ZH_IN_CHARGE:
        return True
    found = _ZH_ENDS_WITH_TITLE.fullmatch(name)
    if found is None:
        return False
    before = found["before"]
    return bool(
        _ZH_ROLE_BEFORE.search(before)
        or _ZH_ORGANISATION_END.search(before)
        or _ZH_POINTING_BODY.fullmatch(before)
    )


ZH_IN_CHARGE = frozenset(
    {f"{which}{word}" for which in ("", "主要", "相关", "有关") for word in ("负责人", "负责同志")}
)
""""The person in charge", written in place of a name ("双方负责人在合同上签字": the blind82
ce03's; official news' "有关负责同志": review86): a role, no name."""
_ZH_POINTING_BODY = re.compile(
    rf"{ZH_POINTING}(?:{ZH_BODY_WORDS}|单位|[院校所局厅委会司行馆部市县区省])"
)
"""A body pointed to before a title ("本院院长", "我校校长", "该公司"): no person's name
(the blind82 ce02's "本院院長", in Simplified characters)."""


# "Li Wei of Lakeside University", "Li Wei for Lakeside University": a name, then whom
# the person acts for.
_NAME_OF = re.compile(r"(?P<name>.+?)\s+(?:of|for)\s+(?P<organization>.+)")
# Capitalised words, lower-case particles between them ("Maria de la Cruz").
_PERSONAL_NAME = re.compile(
    r"(?:[A-Z]\.\s+(?=[A-Z][\w'’-]*$)|(?:[A-Z][\w'’-]*\s+(?:(?:[a-z]{1,3}|[A-Z]\.)\s+)*){1,3})"
    r"[A-Z][\w'’-]*"
)
"""Capitalised words, particles between ("Ursula von der Leyen") and initials after the
first ("Alan R. Whitcombe": the blind53 bb06's), or one initial before a last name ("K.
Lavanya"); not initials alone before a word ("U. S. Steel": a review's find)."""
_ROLE_NOUN = re.compile(
    rf"\b(?:{_EN_TITLE_WORD}|"
    r"representative|officer|official|member|leader|delegate|spokesperson|founder)\b",
    re.IGNORECASE,
)


_JOB_WORD = re.compile(
    rf"\b(?:{_EN_TITLE_WORD}|Counsel|Lecturer|Fellow|Scientist|Researcher|Negotiator|Lead"
    r"|Partner|Engineer|Analyst|Consultant|Advis[eo]r|Associate|Specialist|Coordinator|Head"
    r"|Senior|Junior|Principal|Assistant|Deputy|Vice|Executive|General|Legal|Research|Project"
    r"|Programme|Program|Technical|Chief|Acting|Interim|Representative|Officer|Official)\b",
    re.IGNORECASE,
)
"""Words of a job, which a title that looks like a name ("Legal Counsel", "Senior
Lecturer": two capitalised words) has and a person's name has not."""


def _unnamed_role(person: Signatory) -> Signatory:
    """The spec's unnamed signer: a role written in place of a name (a title alone too:
    the blind28 ac06's "Rector") becomes ``name: null`` with the role kept as the title
    (when the model gave none). A person's name before
    "of"/"for" is kept, the rest being the organisation (when the model gave none); a
    full name given as the title is the name, the role its title."""
    if person.name is None or not (
        _ROLE_WORDS.search(simplified(person.name))
        or _zh_role(simplified(person.name))
        or only_titles(person.name)  # "signed … by the university's rector": "Rector"
    ):
        return person
    named = _NAME_OF.fullmatch(person.name)
    if named is not None and _is_personal_name(named["name"]):
        return Signatory(
            name=named["name"],
            title=person.title,
            organization=person.organization or named["organization"],
        )
    title = (person.title or "").strip()
    if _is_personal_name(title) and not _BODY_WORD.search(title) and not _JOB_WORD.search(title):
        # The two fields swapped (the blind7 h03's {"name": "chief executive officer",
        # "title": "Priya Ramaswamy"}): the name, and the role as its title.
        return Signatory(name=title, title=person.name, organization=person.organization)
    return Signatory(name=None, title=person.title or person.name, organization=person.organization)


# "Li Wei (President of Lakeside University)": a name, its role in brackets.
_NAME_BRACKETED_ROLE = re.compile(r"(?P<name>[^()（）]+?)\s*[(（](?P<role>[^()（）]+)[)）]")
_ZH_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}")
"""A Chinese name as most are written: two or three characters (湖畔大学 is four)."""
# "Vice President of Lakeside University Li Wei": a role, whom it is for (an
# organisation), then a name of two capitalised words (as Chinese names are written in
# English). Not after a field ("Dean of Engineering Li Wei" stays a role): two capitalised
# words after one are as often more of the role ("Head of Research Asia Pacific",
# "Director of Finance Human Resources") or a company ("Head of Research Morgan Stanley").
_ROLE_FOR_THEN_NAME = re.compile(
    r"(?P<role>.+?\s(?:of|for)\s(?P<body>.+?))\s+(?P<name>[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+)"
)
_ENDS_UNFINISHED = re.compile(r"\b(?:of|for|the|and|at|in|on|de)$", re.IGNORECASE)


def _name_after_role(person: Signatory, bodies: Sequence[str]) -> Signatory:
    """A name written with its role in brackets, or after a role and whom the role is
    for, rewritten as a name, a comma and the role, for :func:`_role_after_name` to
    split. Read as a role alone, the signer became unnamed and the name was lost (with
    it the record's only trace of the person, where the model also gave a title).

    Only where the role is for an organisation the words name, and the name is no
    organisation's (a party's, or holding an organisation's word): "Governor of New
    South Wales", "Head of the Chinese Delegation", "Representative of the Ministry of
    Foreign Affairs" are roles alone; nor where the brackets hold the person ("Acme
    Robotics (President Li Wei)").
    """
    if person.name is None:
        return person
    if (written := _NAME_BRACKETED_ROLE.fullmatch(person.name)) is not None:
        name, role = written["name"], written["role"]
        if _is_chinese_role(name, role, bodies):  # "李伟（湖畔大学校长）": the role is the title
            return person.model_copy(update={"name": name, "title": person.title or role})
        if not _ROLE_NOUN.search(role) or split_title(role)[0] is not None:
            return person
    elif (written := _ROLE_FOR_THEN_NAME.fullmatch(person.name)) is not None:
        name, role, body = written["name"], written["role"], written["body"]
        if not _ROLE_NOUN.match(role) or not names_a_body(body) or _ENDS_UNFINISHED.search(body):
            return person
    else:
        return person
    if not _is_personal_name(name) or _is_a_body(name, bodies):
        return person
    return person.model_copy(update={"name": f"{name}, {role}"})


def describes_someone(word: str) -> bool:
    """Whether an English word, in any case, may stand in a person's description: a job
    title's or a role's ("chief", "executive", "representative"), an organisation's
    ("province", "college") or a field's ("trade"); what a list of people may hold besides
    names."""
    return any(pattern.fullmatch(word) is not None for pattern in (_ROLE_NOUN, _BODY_WORD, _FIELD))


def _is_a_body(name: str, bodies: Sequence[str]) -> bool:
    """Whether ``name`` is (in) one of ``bodies`` or holds an organisation's word."""
    folded = name.casefold()
    return bool(_BODY_WORD.search(name)) or any(folded in body.casefold() for body in bodies)


def _is_chinese_role(name: str, role: str, bodies: Sequence[str]) -> bool:
    """Whether ``name`` reads as a Chinese person's and ``role`` holds a title."""
    return (
        _ZH_NAME.fullmatch(name) is not None
        and name not in bodies
        and _ZH_TITLE_WORD.search(simplified(role)) is not None
    )


# "Chen Qingguo, President of Lakeside University", "Li Wei, Dean": a name, a comma, the
# role, then whom the person acts for after "of", "for", "at" or another comma.
_NAME_COMMA_ROLE = re.compile(
    r"(?P<name>[^,]+?)\s*,\s*(?P<title>[^,]+?)"
    r"(?:(?:\s*,\s*|\s+(?P<link>of|for|at)\s+)(?P<organization>.+))?"
)
_PORTFOLIO_WORD = (
    r"\b(?:Engineering|Research|Sciences?|Technology|Medicine|Law|Business|Education|Finance"
    r"|Administration|Operations|Innovation|Affairs|Relations|Cooperation|Collaboration"
    r"|Development|Planning|Students|Arts|Humanities|Health|Commerce|Industry|Trade|Agriculture"
    r"|Defen[cs]e|Marketing|Strategy|Partnerships|Enterprise|Studies|Policy|Programmes|Programs"
    r"|Admissions|Outreach|Communications|Engagement|Internationali[sz]ation|Sustainability"
    r"|Energy|Transport|Environment|Culture|Tourism|Economy|Economics|Security|Justice"
    r"|Manpower|Labou?r|Housing|Fisheries|Forestry|Immigration|Youth|Sports?)\b"
)
"""What a role is "of" or "for" where that is a field or a portfolio, not an organisation:
"Dean of Engineering", "Vice President for Research", "Minister of Foreign Affairs"."""
_PORTFOLIO_LEAD = (
    r"(?:Academic|International|Foreign|Graduate|Undergraduate|Business|Student|Public"
    r"|Economic|Industrial|Scientific|Strategic|Global|Corporate|Social|Rural|Urban|Human"
    r"|Higher|Vocational|Applied|Legal|External|Digital|Clinical|Continuing|Technical|Home)\b"
)
"""Words that may stand before a field's ("Academic Affairs", "Foreign Affairs"); not any
capitalised word, which may be a company's ("President of Alpha Technology")."""
_PORTFOLIO_PART = rf"(?:(?:{_PORTFOLIO_LEAD}|{_PORTFOLIO_WORD})\s+){{0,2}}{_PORTFOLIO_WORD}"
_PORTFOLIO = rf"{_PORTFOLIO_PART}(?:\s+(?:and|&)\s+{_PORTFOLIO_PART})?"
_FIELD = re.compile(_PORTFOLIO_WORD, re.IGNORECASE)
_PORTFOLIO_FIRST = re.compile(rf"(?P<field>{_PORTFOLIO})(?:\s*,\s*(?P<rest>.+))?")
"""A role's field, then maybe whom it is for: "Engineering, Beta University"."""


def _role_after_name(person: Signatory) -> Signatory:
    """A name written with the role after a comma ("Chen Qingguo, President of Lakeside
    University") is the name; the role is the title, and whom it is for the
    organisation, where the model gave none. Read whole, it was a role written in place
    of a name, and the signer lost the name the text gives."""
    written = _NAME_COMMA_ROLE.fullmatch(person.name or "")
    if (
        written is None
        or not _is_personal_name(written["name"])
        or not _ROLE_NOUN.search(written["title"])
        or titled_name(written["title"]) is not None
    ):
        return person  # not "Lin Tao, Professor Zhou Bo": two people (a review's find)
    title, organization, link = (
        written["title"],
        written["organization"],
        written["link"],
    )
    field = _PORTFOLIO_FIRST.fullmatch(organization) if link in ("of", "for") else None
    if field is not None and (field["rest"] is None or names_a_body(field["rest"])):
        # "Dean of Engineering, Beta University"; not "Minister of Science, Technology and
        # Innovation", "Head of Business Development, Asia Pacific", whose role goes on
        title, organization = f"{title} {link} {field['field']}", field["rest"]
    elif link == "of" and not names_a_body(organization):  # "Head of Delegation": a role
        title, organization = written.group()[written.start("title") :], None
    return Signatory(
        name=written["name"],
        title=person.title or title,
        organization=person.organization or organization,
    )


def names_a_body(words: str) -> bool:
    """Whether the words after a role's "of" name an organisation: an organisation's word
    among two words or more ("Lakeside University", "Ministry of Education"), or an
    abbreviation ("KBIPA"); "Delegation" or "Department" alone is part of the role."""
    several = len(words.split()) >= 2 and bool(_BODY_WORD.search(words))
    return several or bool(LATIN_ABBREVIATION.fullmatch(words))


_BODY_WORD = re.compile(
    tried_at(
        r"\b(?:universit(?:y|ies)|college|school|institute|academy|compan(?:y|ies)|co|ltd|inc|"
        r"corp(?:oration)?|group|ministry|government|bureau|agency|association|bank|cent(?:er|re)|"
        r"foundation|council|committee|commission|authority|department|division|office"
        r"|laborator(?:y|ies)|lab|hospital|federation|society|organi[sz]ation|province|city"
        r"|municipal|county|district)\b",
        words="a-z",
    ),
    re.IGNORECASE,
)


def _is_personal_name(words: str) -> bool:
    """Whether ``words`` read as a person's name: two capitalised words or more, none a
    title's or role's ("Director", "Legal Representative": a role before "of")."""
    return bool(_PERSONAL_NAME.fullmatch(words)) and not _ROLE_NOUN.search(words)


def names_a_person(name: str) -> bool:
    """Whether an organisation's name as a model gave it is a person's or a role's: a name
    and a role ("Priya Raman, Chief Technology Officer of Lumacore"), a title before a
    name ("Vice President Daniel Okafor and ..."), or a title of something ("Dean of the
    School of Materials Science"). Written in the article, such a party grounds; it binds
    no one. Not a name with a title's word that names no one ("President University",
    "President Hotel Group", "Chairman Mao Memorial Hall", "Office of the President", "Li
    Ka Shing Foundation", "Dr. Sulaiman Al Habib Medical Group": an organisation's word
    anywhere after the title)."""
    written = _NAME_COMMA_ROLE.fullmatch(name)
    if (
        written is not None
        and _is_personal_name(written["name"])
        and _ROLE_NOUN.search(written["title"])
    ):
        return True
    title, rest = split_title(name)
    named = _PERSONAL_NAME.match(rest) if title is not None else None
    if named is not None and _is_personal_name(named.group()):
        return not (_BODY_WORD.search(rest) or _BUILDING_WORD.search(rest))
    return bool(_TITLE_OF.match(name))


def one_of_its_people(name: str, people: Sequence[Signatory]) -> bool:
    """Whether an organisation's name as a model gave it is one of ``people`` (an
    agreement's signers and witnesses): written as a person's or a role's
    (:func:`names_a_person`), and holding one's name as whole words ("Priya Raman, Chief
    Technology Officer of Lumacore" beside the signer Priya Raman) or being one's title, a
    role of an organisation ("Dean of the School of Materials Science"; the blind set's
    b01) or at one ("Dean of Science at Port Ellerby": the blind85 ch05's), or that title
    at their organisation (:func:`_office_at_its_body`). Both, since
    a name like a person's is often a company's ("Dr. Oetker GmbH"), and an office that
    signs may be named as its holder's title ("Minister for Finance"). Or it ends in one's
    name right after a title ("华远集团董事长王海涛", "Acme CEO Nina Brandt"): the person
    written with their organisation, not the organisation; or is one's name alone, with
    no organisation's word, English or Chinese ("Gao Peng" beside the signer Gao Peng, the
    blind3 d02's; not "华澄智能装备股份有限公司", which the blind24 y03's model gave as its
    own signer too; a company written as its founder's bare name beside the founder
    signing would go too, which is rare, and said in the warnings)."""
    if any(_titled_holder(name, person.name) for person in people if person.name):
        return True
    if any(_office_at_its_body(name, person) for person in people):
        return True
    if (
        not _BODY_WORD.search(name)
        and not zh_company_name(name)
        and any(
            person.name
            and " ".join(person.name.casefold().split()) == " ".join(name.casefold().split())
            for person in people
        )
    ):
        return True  # the person's name alone (the blind3 d02's "Gao Peng")
    if not names_a_person(name):
        return False
    words = name.casefold()
    for person in people:
        whole = person.name and next(written_alone(words, person.name.casefold(), r"\w"), None)
        titled = (
            person.title
            and person.title.casefold() == words
            and (_BODY_WORD.search(words) or " at " in words)  # "Dean of Science at Port Ellerby"
        )
        if whole or titled:
            return True
    return False


def _office_at_its_body(name: str, person: Signatory) -> bool:
    """Whether ``name`` is the person's title at or of their organisation ("Pro-Rector for
    Research at Westfjord University": the blind39 an04's, beside the party Westfjord
    University): the office, not the body. Not where the "title" is a body's name
    (``_A_BODYS_HEAD``: "Ministry of Agriculture, Fisheries and Forestry", which the blind56
    be06's model gave as its signer's title, of the party "… of Maravia")."""
    if not person.title or not person.organization or _A_BODYS_HEAD.match(person.title):
        return False
    written = " ".join(name.casefold().split())
    title, body = (" ".join(v.casefold().split()) for v in (person.title, person.organization))
    return written in {f"{title} at {body}", f"{title} of {body}", f"{title}, {body}"}


_A_BODYS_HEAD = re.compile(
    r"\s*(?:the\s+)?(?:Ministry|Department|Commission|Bureau|Agency|Authority|Council)\s+(?:of|for)\b",
    re.IGNORECASE,
)
"""How a body's name starts, which no office's does: "Ministry of …" (not "Minister of …")."""
_TITLE_ENDS = re.compile(rf"(?:{_ZH_TITLE}|{_ROLE_NOUN.pattern})\.?\s*$", re.IGNORECASE)
"""A title's word at the end of the words before a name: "…董事长", "Acme CEO", "CEO Dr."."""
_OFFICE_OF = re.compile(r"^(?:the\s+)?office\s+of\b|办公室", re.IGNORECASE)
"""An office named by its holder ("Office of President William Ruto"): an organisation."""


def _titled_holder(name: str, person: str) -> bool:
    """Whether ``name`` is ``person``'s name after a title and what goes before it
    ("华远集团董事长王海涛", "Acme CEO Dr. Nina Brandt"; not "Wang Wu" alone, "Nina Brandt
    Foundation", nor "Office of President William Ruto")."""
    if not name.endswith(person) or len(name) == len(person):
        return False
    before = name[: -len(person)]
    if not HAN.fullmatch(person[0]) and not before[-1:].isspace() and before[-1:] != ".":
        return False  # "Li" in "Anli": no whole word
    if HAN.fullmatch(person[0]) and _ZH_BODY_AT_END.search(before):
        return True  # "南川农科院吴德明": the blind71 bt03's, no title between
    return _TITLE_ENDS.search(before) is not None and not _OFFICE_OF.search(before)


_BUILDING_WORD = re.compile(
    r"\b(?:Hall|Museum|Memorial|Park|Hotel|Plaza|Square|Stadium|Library|Theat(?:re|er)|Port"
    r"|Airport|Station|Bridge|Building|Tower|Gardens?)\b"
)
"""Words of a place's name after a title's word ("Chairman Mao Memorial Hall", "President
Hotel"): a party so named is a body or a place, not a person."""
_TITLE_OF = re.compile(rf"(?:{_EN_TITLE_CHAIN})\s+(?:of|for)\s")
"""A title, then whom it is of or for: a role ("Dean of the School of ...")."""


def complete_people(agreements: list[Agreement]) -> list[Agreement]:
    """Give every entry of a person the title and organisation stated in another one.

    The prompt has the model describe each person once and write later entries (a signer
    who also unveiled the new lab is a witness too) by name alone: on a CPU model every
    output token costs as much as reading ten, and the record loses nothing.
    """
    # Each field from the first entry that states it: one entry may give the title,
    # another the organisation.
    titles: dict[str, str] = {}
    organizations: dict[str, str] = {}
    for agreement in agreements:
        for person in (*agreement.signatories, *agreement.witnesses):
            if person.name and person.title:
                titles.setdefault(name_key(person.name), person.title)
            if person.name and person.organization:
                organizations.setdefault(name_key(person.name), person.organization)

    def completed(person: Signatory) -> Signatory:
        if not person.name:
            return person
        key = name_key(person.name)
        return person.model_copy(
            update={
                "title": person.title or titles.get(key),
                "organization": person.organization or organizations.get(key),
            }
        )

    return [
        a.model_copy(
            update={
                "signatories": _distinct(map(completed, a.signatories)),
                "witnesses": _distinct(map(completed, a.witnesses)),
            }
        )
        for a in agreements
    ]


def _distinct(people: Iterable[Signatory]) -> list[Signatory]:
    """One entry per person: the entries of one name (a long article's chunks each gave
    it, "Vice President Lin Tao" and "Lin Tao", titled alike once titles are split) are
    one; unnamed ones are one where title and organisation agree."""
    seen: dict[tuple[str, str, str], Signatory] = {}
    for person in people:
        key = (
            (name_key(person.name), "", "")
            if person.name
            else ("", name_key(person.title or ""), name_key(person.organization or ""))
        )
        seen.setdefault(key, person)
    return list(seen.values())


def _untitle(person: Signatory) -> Signatory:
    """Split the name's title prefix into ``title`` when that is empty, or drop it from the
    name when it repeats ``title``. A different existing title means the model already
    split it, and the prefix may be a given name ("Dean")."""
    if person.name is None:
        return person
    prefix, name = split_title(person.name)
    if prefix is None:
        return person
    if person.title is None and _words_then_title(person.name) is not None:
        return person  # the prefix starts a longer title: "Premier League Chairman …"
    if person.title is None:
        return Signatory(name=name, title=prefix, organization=person.organization)
    if name_key(person.title) == name_key(prefix) or len(name.split()) >= 2 or HAN.search(name):
        # Same title twice, or a full name left after the prefix ("Vice President Chen
        # Qingguo" with some other title): the prefix cannot be a given name.
        return Signatory(name=name, title=person.title, organization=person.organization)
    return person


_SURNAME = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")
"""An English surname as a name's last word: "Danescu", "MacLeish", "O'Brien"."""
_SURNAMES_WRITTEN_FIRST = (
    "Zhang Wang Li Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Hu Zhu Gao Lin He Guo Ma Luo "
    "Liang Song Zheng Xie Han Tang Feng Yu Dong Xiao Cheng Cao Yuan Deng Fu Shen Zeng "
    "Peng Lu Su Jiang Cai Jia Ding Wei Xue Ye Yan Pan Du Dai Xia Zhong Tian Ren Fan Fang "
    "Shi Yao Tan Liao Zou Xiong Jin Hao Kong Bai Cui Kang Mao Qiu Qin Gu Hou Shao Meng "
    "Long Wan Duan Lei Qian Yin Yi Chang Qiao Lai Gong Wen Qi Ji Xi Ni Ge Niu Geng Hong "
    "Bao Zhan Guan Miao Pang Zhai Bian Chai Chu Cong Dou Gan Hua Huo Jian Jiao Jing Ju "
    "Kou Kuang Lan Lian Lou Mu Nie Ning Pei Qu Quan Rao Rong Ruan Sang Shang Sheng Tao "
    "Teng Tong Xiang Xing You Yue Zang Zhan Zhuo Zuo Ouyang Sima Zhuge Situ Shangguan "
    "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Nguyen Tran Le Pham Hoang Ng Ong Teo "
    "Goh Koh Chan Wong Cheung Leung Lau Yeung Tsang Chow Kwok Chua Quek Yeo"
)
_SURNAME_FIRST = frozenset(_SURNAMES_WRITTEN_FIRST.split())
"""Family names that English news writes first ("Zhang Wei", "Qi Lin", "Kim Min-jun",
"Nguyen Van An", "Ong Ye Kung"): such a name's last word is a given name, which a title
does not go before. A list, not a rule of Pinyin: "Ken Wong", "Dan Lin", "Ben Hu" write
the given name first, in syllables Pinyin has too (a review's find)."""


def _surname_first(words: Sequence[str]) -> bool:
    """Whether a name of ``words`` is written family name first (``_SURNAME_FIRST``)."""
    return words[0] in _SURNAME_FIRST


_ADDRESSED = re.compile(
    rf"(?<![\w.])(?:{_EN_TITLE_CHAIN}|(?:Mrs?|Ms|Mx|Miss|Madam|Sir|Dame)\.?)\s+$",
    re.IGNORECASE,
)
"""A title or a form of address just before a surname ("President Danescu", "Mr Hallam")."""
_ROLE_BY = re.compile(
    r"\b(?:in\s+the\s+presence\s+of|(?:witnessed|attended|signed|countersigned)\s+by)\s+$",
    re.IGNORECASE,
)
"""The words that give a surname its part ("signed … in the presence of Hardaway and Solvani
President Miriam Oduya-Kerr": the blind30 ae06's witness, named in full before)."""
_NAME_GOES_ON = re.compile(r"\s+[A-Z]")
"""A capitalised word after the surname: it begins a longer name ("Danescu Foundation")."""
_LOOK_BACK = 60
"""How many characters before a surname are read for a title or a given name."""
_NAME_APART = r"\w'\u2019-"
"""What a surname written alone has on neither side: a word's character, an apostrophe or
a hyphen ("O'Neill", "Oduya-Kerr" are not "Neill" nor "Kerr")."""


_AN_INITIAL = re.compile(r"\b[A-Z]\.")
"""An initial in a name: "H." of "H. Strachan"."""


def named_in_full(name: str, text: str) -> str | None:
    """The one full name the text writes for a surname given alone ("Strachan", which a
    model took from "Professor Strachan signed", where the article first names
    "Professor Helen Strachan": the blind5 f02's); None where it writes none, or two
    ("Helen Strachan" and "Ian Strachan": whose it is, the text does not say), or the
    name is more than one word. Not a name in the Chinese order, whose last word is a
    given name ("Zhang Lin" is no "Lin"), nor one that begins a longer name ("the Adam
    Smith Business School", "the Henry Ford Museum": a review's finds). A possessive counts
    ("Prime Minister Lukas Hardaway's state visit"), and a title after other capitalised
    words ("Solvani President Miriam Oduya-Kerr": the blind30 ae06's witnesses)."""
    if not _SURNAME.fullmatch(name) or not name[:1].isupper() or HAN.search(name):
        return None
    written = (
        rf"(?<![\w'\u2019.-])((?:[A-Z][\w'\u2019.-]*\s+){{1,4}}){re.escape(name)}"
        r"(?![\w-]|['\u2019](?!s\b)|\s+[A-Z])"
    )
    found: set[str] = set()
    for mention in re.finditer(written, text):
        full = _after_a_title(" ".join(f"{mention.group(1)}{name}".split()))
        if _PLACE_FIRST.match(full):
            continue  # "Port Hardaway's new terminal": a place's name (a review's find)
        if _is_personal_name(full) and not _surname_first(full.split()):
            found.add(full)
    spelt = {full for full in found if not _AN_INITIAL.search(full)}
    found = spelt or found  # "Helen Strachan" over "H. Strachan" (a review's find)
    return found.pop() if len(found) == 1 else None


_ZH_FORMS_OF_ADDRESS = ("女士", "先生", "教授", "博士", "院士")
_ZH_ADDRESSED = re.compile(rf"(?P<surname>[\u4e00-\u9fff])(?:{'|'.join(_ZH_FORMS_OF_ADDRESS)})")
"""A Chinese surname and a form of address after it, the way a page names a person once
named in full ("李女士", "梁教授")."""
_ZH_FULL_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}")
"""A Chinese name in full, its surname first."""
_ZH_NAME_THEN = re.compile(
    rf"[\u4e00-\u9fff]{{1,2}}(?=[、，,\s（(]|[与和及]|{'|'.join(_ZH_FORMS_OF_ADDRESS)})"
)
"""A Chinese given name of one or two characters after its surname, where a list's mark or
a form of address closes it ("李嘉慧、", "梁振华教授"); not a stop or a colon, which close
a word as well ("金融、科技" aside, "李明说：": review76)."""
_ZH_GENDERED = {"女士": "先生", "先生": "女士"}
"""A form of address and the one that cannot be the same person's."""


def zh_named_in_full(name: str, text: str) -> str | None:
    """The one full name the text writes for a Chinese surname and form of address given
    as a name ("李女士" of "恒港數碼行政總裁李嘉慧、…梁振華教授…出席。備忘錄由李女士與梁教授
    分別代表雙方簽署": the blind75 bx05's), as the text writes it: after an office
    (:data:`~coopllm.lexicon.ZH_TITLES`), closed by a list's mark or a form of address, not
    the other gender's ("王刚先生" is no "王女士": review76). None where the text writes
    none or two, or the surname anywhere else (in a word, "金融", "林业", or a name a verb
    follows, "李明说"): whose it is, the text does not say. Read in Simplified characters
    (:func:`~coopllm.lexicon.simplified`, one for one)."""
    addressed = _ZH_ADDRESSED.fullmatch(simplified(name))
    if addressed is None:
        return None
    read = simplified(text)
    other_gender = _ZH_GENDERED.get(simplified(name)[1:])
    full: set[str] = set()
    for at in (found.start() for found in re.finditer(re.escape(addressed["surname"]), read)):
        if _ZH_ADDRESSED.match(read, at) is not None:
            continue  # the address itself, here or elsewhere
        given = _ZH_NAME_THEN.match(read, at + 1)
        if (
            given is None
            or given.group().startswith(_ZH_FORMS_OF_ADDRESS)
            or not read[max(0, at - 6) : at].endswith(ZH_TITLES)
            or (other_gender is not None and read.startswith(other_gender, given.end()))
        ):
            return None
        full.add(text[at : given.end()])
    return full.pop() if len(full) == 1 else None


def _zh_addressed(text: str, name: str) -> tuple[tuple[int, int], ...]:
    """The spans of a Chinese name's surname and form of address ("李女士" for "李嘉慧"),
    where the text names no one else of that surname (:func:`zh_named_in_full`)."""
    surname = simplified(name[:1])
    return tuple(
        span
        for span, its_surname in _zh_addresses(text)
        if its_surname == surname and zh_named_in_full(text[slice(*span)], text) == name
    )


@functools.lru_cache(maxsize=2)
def _zh_addresses(text: str) -> tuple[tuple[tuple[int, int], str], ...]:
    """Each surname and form of address the text writes (:data:`_ZH_ADDRESSED`, read in
    Simplified characters), its span and its surname: read once a text, not once a name."""
    return tuple(
        (found.span(), found["surname"]) for found in _ZH_ADDRESSED.finditer(simplified(text))
    )


def titled_in_full(name: str, text: str) -> str | None:
    """The one full name the text writes after the title a name gives with a surname ("Dr.
    Acheampong-Reyes" of "Dr. Joseph Acheampong-Reyes": the blind34 ai03's); None where
    the name is no title and one word, or the text writes no such full name, or two. The
    title must stand before the full name: "Dr. Grant" is not the "Wellcome Trust Grant",
    nor "Dr. Reyes" the "Jose Reyes" who founded a firm in 1950 (a review's finds)."""
    title, surname = split_title(name)
    if title is None or not _SURNAME.fullmatch(surname):
        return None
    written = (
        rf"(?<![\w.]){re.escape(title)}\s+((?:[A-Z][\w'\u2019.-]*\s+){{1,3}}){re.escape(surname)}"
        r"(?![\w-])"
    )
    found = {
        full
        for mention in re.finditer(written, text)
        if _is_personal_name(full := " ".join(f"{mention.group(1)}{surname}".split()))
    }
    return found.pop() if len(found) == 1 else None


_PLACE_FIRST = re.compile(
    r"(?:Port|Lake|Mount|Mt|Fort|Cape|Point|Bay|Glen|Saint|St|San|Santa)\.?\s"
)
"""The first word of a place's name, which a person's is not."""


def _after_a_title(words: str) -> str:
    """The words after the first title among them, a form of address dropped ("Solvani
    President Miriam Oduya-Kerr": Miriam Oduya-Kerr); all of them where none is a title."""
    while (honorific := _HONORIFIC.match(words)) is not None:
        words = words[honorific.end() :]
    parts = words.split()
    for start in range(len(parts) - 1):
        title, rest = split_title(" ".join(parts[start:]))
        if title is not None:
            return rest
    return words


def _by_two_surnames(text: str, words: list[str]) -> tuple[tuple[int, int], ...]:
    """The spans of a name's last two words written alone after a title or a form of
    address: a Spanish or Portuguese name's two surnames ("Professor Carrasco Villalba" of
    "Inés Carrasco Villalba": the blind68 bq06's signer); none for a name of fewer than
    three words, or where they are not both capitalised."""
    if len(words) < 3 or not all(word[:1].isupper() for word in words[-2:]):
        return ()
    surnames = " ".join(words[-2:])
    found = []
    for mention in written_alone(text, surnames, _NAME_APART):
        at, until = mention.span()
        if not _NAME_GOES_ON.match(text, until) and _ADDRESSED.search(
            text[max(0, at - _LOOK_BACK) : at]
        ):
            found.append((at, until))
    return tuple(found)


def addressed_by_surname(text: str, name: str) -> tuple[tuple[int, int], ...]:
    """The spans of an English name's surname alone after a title or a form of address,
    where the article first names the person in full and then by office ("witnessed by
    President Danescu", "Mr Hallam said": the blind3 d01's witness), or after the words of
    a part ("in the presence of Hardaway", ``_ROLE_BY``), or as a sentence's subject
    (:func:`_opens_a_sentence_as_subject`). A name in the Western
    order only: not "Zhang Wei" (:func:`_surname_first`), whose last word is a given name.
    None where the text also writes the surname after another capitalised word that is
    not the person's given name nor a title ("Maria Danescu", "Jean-Luc Danescu", "A.
    Danescu": whose it is, the text does not say), nor where it begins a longer name ("the
    Danescu Foundation"). Two surnames after a title (:func:`_by_two_surnames`). A
    foreign name written in Chinese: its last part written alone
    (:func:`_by_transliterated_surname`); a Chinese name of two or three characters, its
    surname and a form of address (:func:`_zh_addressed`: "李女士"); one of a single word
    has none."""
    if (last := _TRANSLITERATED_SURNAME.search(name)) is not None:
        return _by_transliterated_surname(text, name, last.start())
    if _ZH_FULL_NAME.fullmatch(name):
        return _zh_addressed(text, name)
    words = name.split()
    if two := _by_two_surnames(text, words):
        return two
    if len(words) < 2 or _surname_first(words) or not _SURNAME.fullmatch(words[-1]):
        return ()
    surname, given = words[-1], " ".join(words[:-1])
    if not surname[0].isupper() or HAN.search(name):
        return ()
    found: list[tuple[int, int]] = []
    elsewhere_a_word = _a_bodys_or_places_word(surname, text)
    for mention in written_alone(text, surname, _NAME_APART):
        at, until = mention.span()
        before = text[max(0, at - _LOOK_BACK) : at]
        if _NAME_GOES_ON.match(text, until):
            continue  # the start of a longer name
        if _ADDRESSED.search(before) or (
            not elsewhere_a_word
            and (_ROLE_BY.search(before) or _opens_a_sentence_as_subject(text, at, until))
        ):
            found.append((at, until))
            continue
        previous = before.split()[-1:] if before[-1:].isspace() else []
        if previous == [given.split()[-1]] and " ".join(before.split()).endswith(given):
            continue  # the full name
        if previous and previous[0][:1].isupper() and not previous[0].endswith((",", ";", ":")):
            return ()  # another's given name, or an initial
    return tuple(found)


def _a_bodys_or_places_word(surname: str, text: str) -> bool:
    """Whether the text writes the surname as a body's or a place's word too: before a
    capitalised word ("Ford Motor Company") or after "in", "to", "from" or "of" ("talks in
    Jordan"; not "in the presence of"): a name that opens a sentence or follows "signed
    by" is then not surely the person's (a review's finds)."""
    before_a_name = re.compile(rf"\b{re.escape(surname)}\s+[A-Z]")
    whole = re.compile(rf"{re.escape(surname)}\b")
    at = text.find(surname)  # each place it is written: a pattern that opens with "\b" or
    while at >= 0:  # a choice of words scans the whole page (:func:`lexicon.written_alone`)
        if before_a_name.match(text, at) or (whole.match(text, at) and _a_places_word(text, at)):
            return True
        at = text.find(surname, at + 1)
    return False


def _a_places_word(text: str, at: int) -> bool:
    """Whether "in", "to", "from" or "of" (not "presence of") and spaces end right at
    ``at``: the spaces skipped back over, however many (a scraped page's indent)."""
    spaces = at
    while spaces and text[spaces - 1].isspace():
        spaces -= 1
    return spaces < at and bool(_PLACES_WORD.search(text, max(0, spaces - 4), spaces))


_PLACES_WORD = re.compile(r"\b(?:in|to|from|(?<!presence )of)\Z")


def _opens_a_sentence_as_subject(text: str, at: int, until: int) -> bool:
    """Whether the surname at ``text[at:until]`` opens a sentence and a verb follows it
    ("Brandt-Nakamura signed the renewed memorandum on behalf of the laboratory": the blind27
    ab06's signer, named in full a paragraph before): a press release's way of naming a
    person again, as "President Danescu" is."""
    opens = at == 0 or _SENTENCE_ENDS_BEFORE.search(text, max(0, at - 4), at) is not None
    return opens and _VERB_AFTER.match(text, until) is not None


_SENTENCE_ENDS_BEFORE = re.compile(r"(?:(?<![A-Z])[.!?][\"\u201d\u2019)]?[ \t]+|\n[ \t]*)$")
"""A sentence's end or a line's just before a word (not an initial's full stop: "A.")."""
_VERB_AFTER = re.compile(r" (?:[a-z]+ed|said|says|adds?|notes?|signs|will|was|is|has)\b")
"""A verb after a name that opens a sentence: the name is its subject."""


_TRANSLITERATED_SURNAME = re.compile(rf"(?<=[{NAME_DOTS}])[\u4e00-\u9fff]{{2,8}}$")
"""The last part of a foreign name written in Chinese: its surname ("卡特赖特" of
"艾琳·卡特赖特")."""


def _by_transliterated_surname(text: str, name: str, at: int) -> tuple[tuple[int, int], ...]:
    """The spans of a transliterated surname (``name[at:]``) written alone: not as the last
    part of a full name, nor inside another word ("哈萨克斯坦", "斯坦福大学" for "约翰·斯坦"):
    where a title, a joining word or no Chinese at all stands before it and a title or form
    of address, a verb of the event or no Chinese after it ("郑华与卡特赖特教授分别代表双方签署":
    the blind29 ad02's signer, named in full once, when she attended). None where the text
    writes another's full name of that surname ("玛丽·卡特赖特"): whose it is, it does not
    say (a review's finds)."""
    surname, given = name[at:], re.split(f"[{NAME_DOTS}]", name[: at - 1])[-1]
    full = re.compile(rf"(?P<given>[\u4e00-\u9fff]{{1,8}})[{NAME_DOTS}]{re.escape(surname)}")
    if any(not other["given"].endswith(given) for other in full.finditer(text)):
        return ()  # the part before is the given name with a title or more before it
    return tuple(
        found.span()
        for found in re.finditer(re.escape(surname), text)
        if _alone_before(text, found.start()) and _ALONE_AFTER.match(text, found.end())
    )


def _alone_before(text: str, at: int) -> bool:
    """Whether a surname at ``at`` begins a word: a title, a joining word or no Chinese
    character before it."""
    before = text[at - 1 : at]
    if not before or before in "与和及同跟由、":
        return True
    if before in NAME_DOTS or HAN.match(before):
        return _ZH_TITLE_AT_END.search(text, max(0, at - _LONGEST_ZH_TITLE), at) is not None
    return True


_ALONE_AFTER = re.compile(
    rf"(?![\u4e00-\u9fff{NAME_DOTS}])|{_ZH_TITLE}|先生|女士|分别|代表|表示|指出|签|共同|一同|出席"
    r"|致辞|在|等"
)
"""What may follow a surname written alone: no Chinese character nor a name's dot (not
"马丁·科尔", another's name that "马丁" begins: a review's find), a title or form of
address, or a verb of the event ("卡特赖特分别代表…", "卡特赖特表示")."""


_ZH_TITLE_AT_END = re.compile(rf"{_ZH_TITLE}$")
_ZH_NOT_A_NAMES_END = f"{_ZH_ORGANISATION_ENDS}在对的了着过将被把从"
"""What ends a place's or an organisation's name, or a clause's word after a name ("吴芳在
签约现场见证"), and seldom a person's."""
_ZH_AND_OTHERS = re.compile(r"等(?:人|领导|嘉宾|同志)?$")
"""What ends a list after its last name: "市委书记吴芳等", "吴芳等领导"."""
_ZH_AND_LEVEL_LEADERS = re.compile(r"等[省市县区镇乡]领导(?:同志)?$")
"""The same with the leaders' level ("何春生等县领导": the blind82 ce01's), read only after
a titled name: "许昌、周口等市领导" is "and other cities' leaders" (review83)."""
_ZH_TRANSLITERATED_END = re.compile(r"·[\u4e00-\u9fff]{1,6}(?:·[\u4e00-\u9fff]{1,6})*$")
"""The parts after the first of a foreign name written in Chinese ("帕妮达·通猜")."""
_ZH_BODY_AT_END = re.compile(rf"(?:{ZH_BODY_WORDS}|[院校司局所厅])$")
"""A body's name that ends the words before a name with no title between ("南川农科院吴德明":
the blind71 bt03's signer); no place's end (市, 县, 区: "杨浦区吴芳" may be a name's
place of birth or a district's office)."""
_ZH_TITLES_REMARK = re.compile(r"[（(][^（）()]{1,8}[）)]$")
"""A remark in brackets after a title, before the name: "副院长（主持工作）欧阳振" (the
blind70 bs03's), "主任（兼）"."""


def titled_name(item: str) -> str | None:
    """The English name of ``item``, an item of a list of people, when it is a title or a
    form of address and a name of two words or more, and nothing else ("Councillor Gareth
    Lloyd-Ames": Gareth Lloyd-Ames; "Ms Alice Ward"); None for anything else: a surname
    alone ("Dr Marwaha", whom the article named in full before), a role ("Leader of
    Kelbridge City Council"), a body ("President Hotel Group"), words before the title
    ("Following the signing")."""
    rest = _unaddressed(item.strip())  # "Mr", "H.E. Ms"
    addressed = len(rest) < len(item.strip())
    title, rest = split_title(rest)
    if title is None and not addressed and (words := _words_then_title(rest)) is not None:
        title, rest = words  # "Local MP Caroline Ashworth" (the blind5 f03's)
    rest = _unaddressed(rest)  # "Professor Dame Ruth Alder" (the blind11 l06's)
    if not (title or addressed) or not _is_personal_name(rest) or _BODY_WORD.search(rest):
        return _addressed_after_a_field(item.strip())
    return rest


_A_FIELDS_TITLE_ADDRESSED = re.compile(
    rf"(?i:{_EN_TITLE_CHAIN})\s+(?:for|of)\s+(?:(?:the|and|&)\s+|[A-Z][\w'\u2019-]*,?\s+){{1,6}}?"
    r"(?:Dr|Prof|Professor|Mrs?|Ms|Eng|Engr|Ir)\.?\s+(?P<name>[A-Z].*)"
)
"""A title with the field it is for, a form of address and the name: "Pro-Rector for
Research Dr. Ingrid Sæther-Lund" (the blind48 aw05's), where the address shows where the
field's words end and the name starts."""
_A_PORTFOLIOS_TITLE_NAMED = re.compile(
    r"(?:(?:Senior|Deputy|Vice|Assistant|Acting|Federal|Union|State|Provincial)\s+)*Minister"
    rf"(?:\s+of\s+State)?\s+(?:for|of)\s+(?:the\s+)?{_PORTFOLIO}"
    r"\s+(?P<name>(?:[A-Z][\w'\u2019-]{0,3}\s+)?[A-Z][\w'\u2019-]+\s+[A-Z][\w'\u2019-]+)"
)
"""A minister's title with the portfolio, then the name: "Minister of State for Trade and
Industry Raymond Koh" (the blind53 bb04's witness, given as a title with no name), where
the portfolio's words (``_PORTFOLIO``) show where the name starts, a name of two words,
or three whose first is a short surname written first ("Minister for Trade and Industry
Gan Kim Yong"; not "Minister for Energy Transition Claire Morel", whose portfolio goes on
past the words known: a review's finds). A minister's only: after
another title, capitalised words may be a company's or a region's ("Head of Research
Morgan Stanley", "Head of Research Asia Pacific")."""


_A_LOWER_FIELDS_TITLE = re.compile(
    rf"(?i:{_EN_TITLE_CHAIN})\s+(?:for|of)\s+(?:[a-z][\w-]*,?\s+){{1,5}}?"
    r"(?P<name>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){1,3})"
)
"""A title with a field written in lower case, then the name its capitals start: "vice-rector
for research Daniela Orellana Pizarro" (the blind77 bz05's unveiler)."""


def _addressed_after_a_field(item: str) -> str | None:
    """The name of a title with its field and a form of address, or with its portfolio,
    then a name (``_A_FIELDS_TITLE_ADDRESSED``, :func:`_portfolios_title_named`); None
    else."""
    found = _A_FIELDS_TITLE_ADDRESSED.fullmatch(item) or _A_LOWER_FIELDS_TITLE.fullmatch(item)
    if found is None:
        return _portfolios_title_named(item)
    name = _unaddressed(found["name"])
    return name if _is_personal_name(name) and not _BODY_WORD.search(name) else None


def _portfolios_title_named(item: str) -> str | None:
    """The name after a title with its portfolio (``_A_PORTFOLIOS_TITLE_NAMED``); None
    else."""
    found = _A_PORTFOLIOS_TITLE_NAMED.fullmatch(item)
    if found is None:
        return None
    name = found["name"]
    return name if _is_personal_name(name) and not _BODY_WORD.search(name) else None


_A_TITLE_OF_A_BODY = re.compile(
    rf"(?i:{_EN_TITLE_CHAIN})\s+(?:of|at)\s+(?:the\s+)?(?P<body>[A-Z][\w&'\u2019 ,.-]+)"
)


def body_of_its_title(name: str) -> str | None:
    """The body of a title "of" it, given as a name ("Dean of the School of Agriculture and
    Agribusiness": the School of Agriculture and Agribusiness, the blind49 ax04's party);
    None where ``name`` is no title of a body."""
    found = _A_TITLE_OF_A_BODY.fullmatch(name.strip())
    if found is None or not _BODY_WORD.search(found["body"]):
        return None
    return found["body"].strip()


def listed_names(
    clause: str, text: str, *, led: bool = False, known: Collection[str] = ()
) -> list[str]:
    """The English names of a list of people (the words before "witnessed", after
    "witnessed by"), each item's where it is one: a title and a full name
    (:func:`titled_name`), a title and a surname the text names in full elsewhere ("Mr
    Okafor": Daniel Okafor, :func:`named_in_full`), or a full name after a role and a
    comma ("the port authority's chair, Rosalind Meek": the blind7 h01's;
    :func:`_apposed`) or, in a list ``led`` by "witnessed by", "in the presence of",
    "unveiled by", before one ("Eero Halonen, counsellor for science at the Embassy": the
    blind8 i01's; :func:`_before_its_role`; not a sentence's opening words, "On Monday, the
    vice-chancellor … signed": a review's find), or, in any list, where the name is one of
    the ``known`` people's, the record's ("Owen Pryce, Minister for Energy …, witnessed both
    signings", the witness of the blind32 ag04's other agreement). Items are parted by
    commas and "and"; a role's item runs to its comma ("Minister of State for Science and
    Research, Peter Hallam"); a place after a name is not the name's ("Mayor Ada Reyes of
    Harlow": a review's find)."""
    names: list[str] = []
    chunks = clause.split(",")
    for at, chunk in enumerate(chunks):
        items = _AND.split(chunk)
        for number, written in enumerate(items):
            bare = written.strip().rstrip(".;:")
            item = _AFTER_A_NAME.sub("", _OF_A_PLACE.sub("", bare))
            role = chunks[at - 1] if number == 0 and at else ""
            after = chunks[at + 1] if number == len(items) - 1 and at + 1 < len(chunks) else ""
            name = (
                titled_name(item)
                or _titled_of_a_body(_AFTER_A_NAME.sub("", bare))
                or _addressed_in_full(item, text)
                or _apposed(role, item)
                or (_before_its_role(item, after) if led or item.strip() in known else None)
                or (_titled_elsewhere(item, text) if led else None)
                or _titled_after_its_body(item)
                or _named_after_an_honorific(item)
            )
            if name is not None:
                names.append(name)
    return names


_AND = re.compile(r"\band\b|&")


def _titled_after_its_body(item: str) -> str | None:
    """The name of an item written after its body or place and a title in lower case
    ("UTC vice-rector for research Daniela Orellana Pizarro", "Antofagasta regional governor
    Patricio Lagos Ruiz": the blind77 bz05's unveilers); None else."""
    found = _BODY_THEN_LOWER_TITLE.fullmatch(item.strip())
    return titled_name(found["titled"]) if found is not None else None


def _named_after_an_honorific(item: str) -> str | None:
    """The name after a form of address inside an item, whatever words go before it: a
    title in lower case that may hold a list's commas and "and" ("state executive
    councillor for investment, trade and industry Dato' Seri Khairul Anuar Hamzah": the
    blind78 ca05's witness, read from its last part); None where no name of two words or
    more, nothing after it, follows."""
    for found in _AN_HONORIFIC_INSIDE.finditer(item):
        name = _unaddressed(item[found.start("address") :].strip())
        if _is_personal_name(name) and _A_NAMES_WORDS.fullmatch(name):
            return name
    return None


_AN_HONORIFIC_INSIDE = re.compile(
    r"(?:^|(?<!\bto)(?<!\bfor)(?<!\bof)(?<!\bwith)(?<!\bunder)\s)"
    r"(?P<address>(?:Tan|Puan)\s+Sri|Dato['\u2019]|Datuk|Datin|Hon\.|H\.\s?E\.)\s"
)
"""A Malaysian or a minister's form of address after other words: where a name starts;
not after "to", "for" ("the political secretary to Datuk Seri …", whose aide the item
names: review79)."""
_A_NAMES_WORDS = re.compile(r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){1,4}")


_BODY_THEN_LOWER_TITLE = re.compile(
    r"(?:[A-Z][\w'\u2019-]*\s+){1,4}"
    r"(?:(?:regional|provincial|state|county|municipal|district|city)\s+)?(?P<titled>[a-z].*)"
)
_TITLE_OF_A_BODY = re.compile(
    rf"{_EN_TITLE_CHAIN}\s+of\s+(?:the\s+)?(?P<body>(?:[A-Z][\w'\u2019&-]*\s+){{1,4}})"
    r"(?P<name>[A-Z][\w'\u2019-]*\s+[A-Z][\w'\u2019-]*)"
)
_GOVERNING_WORD = re.compile(
    r"\b(?:Board|Trust|Team|Senate|Executive|Assembly|Panel|Forum|Network|Court)\b"
)
"""Words of a governing body's name that no person's name has ("Governing Board")."""
_BODY_ENDS = re.compile(
    rf"(?:{_BODY_WORD.pattern}|{_GOVERNING_WORD.pattern}"
    r"|\b(?:Governors|Trustees|Directors|Regents|Affairs)\b)\s*$",
    re.IGNORECASE,
)
"""The last word of a body's name in a title ("Chair of Council", "Minister of Foreign
Affairs"): where the name after it starts."""


def _titled_of_a_body(item: str) -> str | None:
    """The two-word name after a title of a body written before it ("Chair of Council
    Richard Penhallow": the blind24 y06's, whose "of" read as a place after a name;
    "Minister of Foreign Affairs Wang Yi"), where the body's name ends in a body's word,
    so that the name is all that follows it; else None: not a longer name's last two
    words ("President of Liberia Ellen Johnson Sirleaf"), a name and a letter after it
    ("Richard Penhallow OBE"), a department ("Head of Kelbridge Harbour Operations": the
    eleventh review's finds), nor the body's own words after its possessive ("Chair of
    KICE's Governing Board", the blind11 l04's)."""
    found = _TITLE_OF_A_BODY.fullmatch(item)
    if found is None or not _BODY_ENDS.search(found["body"]):
        return None
    name = found["name"]
    if not _is_personal_name(name) or _BODY_WORD.search(name) or _GOVERNING_WORD.search(name):
        return None
    return name


_AFTER_A_NAME = re.compile(
    r"\s+(?:on|in|at|during|after|before|yesterday|today|last|this|as|with|when|while"
    r"|jointly|together|also|then)\b.*$",
    re.IGNORECASE,
)
"""A time or a circumstance after a list's last name, which no English name has ("unveiled
by Governor Omar Haddad on Monday", "… Yesterday": a review's finds), or how the list's
people did it ("… Daniela Orellana Pizarro jointly unveiled": the blind77 bz05's)."""
_OF_A_PLACE = re.compile(r"\s+of\s+(?:the\s+)?[A-Z].*$")
"""A place or body after a name, which no English name has ("Ada Reyes of Harlow", "Xi
Jinping of the People's Republic of China": from its first "of", a review's find)."""
_SAYING = re.compile(r"\b(?:said|says|added|told|noted|stressed|announced)\b", re.IGNORECASE)
_NOT_A_NAMES_START = re.compile(
    r"(?:On|In|At|Last|Next|This|Back|From|For|By|With|During|After|Before|Since|Until|As"
    r"|Following|Earlier|Later|Today|Yesterday|Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\b"
)
"""A first word no personal name has: a preposition, a time."""
_RELATIVE_OPENING = re.compile(r"\s*(?:who|whom|whose|which|that|where|when)\b", re.IGNORECASE)
_ROLE_LEAD = re.compile(r"\b(?:the|its|their|his|her|our)\b|['\u2019]s\b")
"""What a role written before a name and a comma has: "the regional minister for
infrastructure, Daniel Okafor", "the port authority's chair, Rosalind Meek"; not a
release's "Mr John Smith, Director, Kent Ports", where an organisation follows the role."""
_ORGANISATIONS_LAST_WORD = re.compile(
    r"\b(?:Board|Holdings?|Ports|Lines|Airways|Airlines|Authority|Partners|Capital|Systems"
    r"|Technolog(?:y|ies)|Solutions|Services|Energy|Trust|Fund|Networks|Logistics|Shipping"
    r"|Industries|Labs|Media|Pharma\w*|Foods|Resources|Ventures|Enterprises?|Trading"
    r"|Consulting|Studios|Alliance|Partnership|Council|Agency|Group|Bank|Museum|Club|Union"
    r"|League)$"
)
"""An organisation's last word, which a person's name does not end in: "Acme Holdings",
"Kent Ports"; not a surname's ("Grace Hall", "Tom Power", "Ann Steel": a review's find)."""


def _apposed(role: str, item: str) -> str | None:
    """The item, where it is a full name alone after a role and its comma (a title's word
    or a role's noun in the role, with "the" or an owner's: ``_ROLE_LEAD``; no name of its
    own: "Councillor Jim Reddy, Tom Smith" is two people); not an organisation's name, a
    title or a form of address and a surname ("the Vice-Chancellor, Mr Okafor", which
    :func:`_addressed_in_full` reads: a review's finds)."""
    name = item.strip()
    if (
        not _is_personal_name(name)
        or _BODY_WORD.search(name)
        or _ORGANISATIONS_LAST_WORD.search(name)
    ):
        return None
    if _HONORIFIC.match(name) or split_title(name)[0] is not None:
        return None
    if not (_ROLE_NOUN.search(role) and _ROLE_LEAD.search(role)) or titled_name(role) is not None:
        return None
    return name


_ROLE_OPENING = re.compile(
    rf"\s*(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w'\u2019-]+\s+){{0,3}}?(?:{_ROLE_NOUN.pattern})",
    re.IGNORECASE,
)
"""A role that opens the words after a name and its comma: "counsellor for science and
innovation at the Embassy", "the deputy director-general", "Nordmark's Consul General"
(the blind33 ah06's); not "who signed"."""


_NAME_THEN_ROLE = re.compile(r"\s*(?P<name>[^,;]{3,60}),\s*(?P<role>[^,;]{3,160}),\s*")
"""A clause of a name and its role in commas, all that stands before the verb: "Fiona
Ashcombe, Consul-General at the Australian Consulate-General in Bali, witnessed …"."""


def named_before_its_role(clause: str) -> str | None:
    """The full name that opens ``clause`` where the clause is that name and its role in
    commas and nothing else (``_NAME_THEN_ROLE``: the blind54 bc04's witness), as
    :func:`_before_its_role` reads one; None else."""
    found = _NAME_THEN_ROLE.fullmatch(clause)
    if found is None or _A_BODYS_ROLE.search(found["role"]):
        return None
    return _before_its_role(found["name"], found["role"])


_A_BODYS_ROLE = re.compile(
    r"\b(?:members?|partners?|represented|consortium|alliance|founding|shareholders?)\b",
    re.IGNORECASE,
)
"""A role a body holds as well as a person: "Tata Steel, the consortium's lead member",
"Kestrel Alumni, represented by its president" (a review's finds)."""


def _before_its_role(item: str, after: str) -> str | None:
    """The item, where it is a full name alone that a comma and its role follow ("Eero
    Halonen, counsellor for science …"); not an organisation's name, nor a title's."""
    name = item.strip()
    if not after or not _ROLE_OPENING.match(after) or _RELATIVE_OPENING.match(after):
        return None
    if _SAYING.search(after) or _NOT_A_NAMES_START.match(name):
        return None  # "…, and New Zealand, the ambassador said"; "In Beijing, the dean"
    if (
        not _is_personal_name(name)
        or _BODY_WORD.search(name)
        or _ORGANISATIONS_LAST_WORD.search(name)
    ):
        return None
    return None if _HONORIFIC.match(name) or split_title(name)[0] is not None else name


def _titled_elsewhere(item: str, text: str) -> str | None:
    """A bare full name in a list ``led`` by witnessing words that the text writes elsewhere
    after a title ("… witnessed the signing together with Huang Rui", "led by vice mayor
    Huang Rui" before it: the blind74 bw06's)."""
    name = item.strip()
    if not _BARE_FULL_NAME.fullmatch(name):
        return None
    for found in written_alone(text, name):
        words = text[max(0, found.start() - _TITLE_REACH) : found.start()].split()
        for size in range(1, min(len(words), _TITLE_WORDS) + 1):
            if titled_name(" ".join([*words[-size:], name])) == name:
                return name
    return None


_BARE_FULL_NAME = re.compile(r"[A-Z][a-z'\u2019-]+(?:\s+[A-Z][a-z'\u2019-]+){1,2}")
_TITLE_REACH = 40
_TITLE_WORDS = 4
"""A name of two or three words, and how far before one a title may be read."""


def _addressed_in_full(item: str, text: str) -> str | None:
    """The full name the text gives a surname that an item writes after a title or a
    form of address ("Mr Okafor", "President Danescu")."""
    rest = item.strip()
    addressed = False
    while (honorific := _HONORIFIC.match(rest)) is not None:
        rest, addressed = rest[honorific.end() :], True
    title, rest = split_title(rest)
    if not (title or addressed) or " " in rest:
        return None
    return named_in_full(rest, text)


def _transliterated_name(item: str, dot: int) -> str | None:
    """The foreign name in Chinese that ends ``item``, its parts after ``dot``: its first
    part as short as leaves a title before it ("泰王国驻南宁总领事馆商务领事帕妮达·通猜":
    帕妮达·通猜, the blind8 i06's), or the item where it is the name alone, its first part
    of four characters at most; None else ("泰方代表团·访问")."""
    for size in range(1, min(dot, 6) + 1):
        before = item[: dot - size].rstrip()
        if not HAN.fullmatch(item[dot - size : dot]):
            break
        if before and _ZH_TITLE_AT_END.search(before):
            return item[dot - size :]
    alone = item.strip()
    named = 0 < dot <= 4 and HAN.fullmatch(alone[:dot]) and alone[-1] not in _ZH_NOT_A_NAMES_END
    return alone if named else None


_ZH_TITLE_AT_THE_END = re.compile(
    r"(?:(?:非|独立|职工|外部)(?=执行董事|董事)|常务(?=副|董事)|(?:基金|项目|客户|区域|部门)(?=经理)"
    rf"|(?:党工委|党委|党组)(?=副?书记)|副(?=董事))?(?:{_ZH_TITLE_CHAIN})$"
)
"""A title chain ending a party's words before a name, with the word that makes it another
office ("非执行董事", "独立董事", "项目经理", "常务副总经理", "党工委书记、主任": not "…有限公司非"
and "执行董事", nor "…管理委员会党工委" and "书记": the blind38 am02's);
only before the titles it qualifies ("华夏基金总经理" is 华夏基金's 总经理: review's finds)."""
ZH_TITLE_BEFORE = re.compile(
    rf"(?:(?:[省市县区州镇乡]|党|党工)委|党组)?(?:副|常务)?(?:{_ZH_TITLE_CHAIN})$"
)
_ZH_AFTER_A_NAME = frozenset(
    "与和及同、，,。；;：:（(的在等为向将对从出致陪主参见一代分共均表说介应"
)
"""What follows a name in a sentence, not a longer name's last character ("马骁与…"): a
name of two characters is not read inside one of three ("张伟明")."""
_ZH_FORMER = re.compile(r"(?:原|前任?|时任|拟任)$")
"""Before an office, what makes it not the person's now: "原县长", "拟任县长"."""
_ZH_CHAIN_LINK = re.compile(r"[、兼]")


def title_written_before(name: str, text: str) -> str | None:
    """The office the article writes right before a Chinese name, at its first mention
    with one: the last of a chain ("县委副书记、县长韩振宇": 县长, the office nearest the name,
    the one a county head signs in for the county's government; a party committee's with
    it, "县委书记林海涛"); as written. None where no mention has one ("推介会由韩振宇主持"
    alone)."""
    for found in re.finditer(re.escape(name), text):
        before = text[max(0, found.start() - 2 * _LONGEST_ZH_TITLE) : found.start()]
        after = text[found.end() : found.end() + 1]
        longer = name_ending(text[max(0, found.start() - _LONGEST_ZH_TITLE) : found.end() + 1])
        if len(name) == 2 and longer not in (None, name) and after not in _ZH_AFTER_A_NAME:
            continue  # "董事长张伟明", not 张伟 (a review's find)
        chain = ZH_TITLE_BEFORE.search(simplified(before))
        if chain is not None:
            if _ZH_FORMER.search(before, 0, len(before) - len(chain.group())):
                return None  # "原县长赵国强": not his office now
            link = _ZH_CHAIN_LINK.split(chain.group())[-1]
            return before[len(before) - len(link) :]
    return None


_EN_ITEM_OPENS = re.compile(
    r".*(?:[,;:(\n]|\b(?:and|with|by|of|presence\s+of|as|while|including)\b)\s*",
    re.DOTALL,
)
"""Up to where the item of a list of people opens, before an English name: its title is
the words from there ("…, with President Lin Shuhe and Deputy Director Aliya Nurlanovna")."""


def en_title_written_before(name: str, text: str) -> str | None:
    """The title the article writes right before an English name, in the name's item of
    its list, at its first mention with one ("Deputy Director Aliya Nurlanovna": Deputy
    Director), as :func:`split_title` reads titles, but no form of address (``_ADDRESSED_AS``);
    None where no mention has one."""
    for found in written_alone(text, name):
        before = text[max(0, found.start() - 80) : found.start()]
        opens = _EN_ITEM_OPENS.match(before)
        title, rest = split_title(before[opens.end() if opens else 0 :] + name)
        if title is not None and rest == name and not _ADDRESSED_AS.fullmatch(title):
            return _ADDRESS_ENDING.sub("", title)
    return None


_ADDRESSED_AS = re.compile(
    r"(?:Emeritus\s+)?(?:Dr|Doctor|Prof|Professor|Councill?or|Cllr|Rev|Revd|Reverend|Engr|Eng"
    r"|Hon|Sir)\.?(?:\s+Emeritus)?",
    re.IGNORECASE,
)
"""Titles that are how a person is addressed, not their office: "Dr Helen Marsh-Adeyemi,
Regional Director for Innovation Partnerships" holds the office after the name, and a
record would rather hold no title than the form of address."""
_ADDRESS_ENDING = re.compile(rf"\s+(?:{_ADDRESSED_AS.pattern})$", re.IGNORECASE)
"""A form of address that ends a title chain, before the name ("Pro-Rector Dr. Ingrid
Saether"): the office is the words before it."""


def person_after_organisation(written: str) -> Signatory | None:
    """A Chinese person written after an organisation and a title, as a model may give one
    for a party: as :func:`_organisation_first` reads them, else up to the title that ends
    before the name ("附一院院长叶青", a short organisation of no organisation's word): the
    name, the title and the organisation, as written. None where ``written`` is
    not so, or where no organisation of two characters or more comes first."""
    person = _organisation_first(Signatory(name=written), [])
    if person.name != written:
        return person  # "华屹集团副总裁何建国": 华屹集团, where an organisation's word ends
    name = name_ending(written)
    if name is None or len(name) == len(written):
        return None
    head = written[: len(written) - len(name)]
    chain = _ZH_TITLE_AT_THE_END.search(simplified(head))
    if chain is None or chain.start() < 2:
        return None
    at = chain.start()
    function = _ZH_FUNCTION_AFTER_A_COMPANY.search(head, 0, at)
    if function is not None:
        at = function.start("function")  # "…有限公司人力资源总监": 人力资源 is the title's
    return Signatory(name=name, title=head[at:], organization=head[:at])


def unnamed_after_organisation(written: str, bodies: Sequence[str]) -> Signatory | None:
    """An unnamed Chinese signer a model gave for a party: one of ``bodies`` (the article's
    parties' names), a department perhaps, then a title, and no name ("瑞丰汽车售后服务部
    负责人": 瑞丰汽车's 售后服务部负责人, the blind39 an02's); the title as written with its
    department, the body as ``bodies`` write it. None where ``written`` ends in a name or
    no title, or starts with no one of ``bodies``."""
    if name_ending(written) is not None:
        return None
    role = _ZH_TITLE_AT_THE_END.search(simplified(written)) or _ZH_HEAD_OF.search(written)
    if role is None:
        return None
    heads = [body for body in bodies if written.startswith(body) and len(body) <= role.start()]
    if not heads:
        return None
    body = max(heads, key=len)
    return Signatory(name=None, title=written[len(body) :], organization=body)


_ZH_HEAD_OF = re.compile(r"负责人$")
"""The head of a department, a role news writes of an unnamed signer, no title's word."""


_ZH_FUNCTION_AFTER_A_COMPANY = re.compile(
    rf"(?:公司|集团)(?P<function>(?:{ZH_FUNCTIONS})(?:管理)?)$"
)
"""A function's words between a company's name and a title ("临江港务物流有限公司人力资源总监
方雯": the blind39 an02's), the title's, not the company's; not a body's ("…集团研究院"), nor a
subsidiary's ("澄港集团香港控股总经理": a review's find)."""


def name_ending(item: str) -> str | None:
    """The Chinese name that ends ``item``, an item of a list of people, where a title
    or nothing stands before it ("桐溪县委书记刘建国": 刘建国; "潘玉琴"; "院长王涛": 王涛),
    a common surname first (``_has_surname``): the three characters of most names, else
    two, four after a compound surname (司马, 欧阳) or, after a title, a Japanese one
    (``_JA_SURNAME``: not 中山大学, 福田汽车, review78); "等" after it is the list's end
    ("吴芳等").
    None where the item ends in no such name ("市领导", "双方代表"), or in a place's or an
    organisation's ("杨浦区") or a title ("王校长": a review's finds); else a name right
    after a body's name (:func:`_name_after_a_body`)."""
    led = _ZH_AND_LEVEL_LEADERS.search(item)
    if led is not None:
        base = item[: led.start()]
        name = name_ending(base)
        titled = name is not None and ZH_TITLE_BEFORE.search(simplified(base[: -len(name)]))
        return name if titled else None
    item = _ZH_AND_OTHERS.sub("", item)
    foreign = _ZH_TRANSLITERATED_END.search(item)
    if foreign is not None:
        return _transliterated_name(item, foreign.start())
    for size in (3, 2, 4):
        name, before = item[-size:], item[:-size]
        japanese = size == _FOUR and _JA_SURNAME.match(name) is not None
        if len(item) < size or not HAN.fullmatch(name) or not (_has_surname(name) or japanese):
            continue
        if size == _FOUR and not (name.startswith(_ZH_COMPOUND_SURNAME_TUPLE) or japanese):
            continue  # four characters only after 司马, 欧阳, or a Japanese surname
        if name[-1] in _ZH_NOT_A_NAMES_END or _ZH_TITLE_AT_END.search(name):
            return None  # 杨浦区, 高新区; 王校长, a surname and a title; 吴芳在
        before = _ZH_TITLES_REMARK.sub("", before.rstrip()).rstrip()
        if japanese and not _ZH_TITLE_AT_END.search(before):
            continue  # 中山大学, 福田汽车: a Chinese place's name, not 中村大辅 after his title
        if not before or _ZH_TITLE_AT_END.search(before):
            return name  # "市长 吴芳", as some pages space them
    return _name_after_a_body(item)


_FOUR = 4
_JA_SURNAME = re.compile(
    "佐藤|铃木|高桥|田中|伊藤|渡边|山本|中村|小林|加藤|吉田|山田|山口|松本|井上|木村|清水|山崎"
    "|池田|桥本|阿部|石川|山下|中岛|石井|小川|前田|冈田|藤田|后藤|近藤|村上|远藤|青木|坂本|斋藤"
    "|福田|太田|西村|藤井|冈本|松田|中川|中野|原田|小野|竹内|金子|和田|中山|石田|上田|森田|佐伯"
    "|北村|野村|宫本|宫崎|内田|高木|安藤|谷口|大野|丸山|今井|河野|藤原|小松|大冢|千叶|松井"
)
"""Common Japanese surnames of two characters, in Simplified characters: a name of four
written as Chinese writes it ("日本台灣交流協會台北事務所副代表中村大輔": the blind77 bz03's
witness), whose first two no Chinese surname list knows."""


def _name_after_a_body(item: str) -> str | None:
    """The Chinese name right after a body's name that ends ``item``, no title between
    ("南川农科院吴德明": the blind71 bt03's signer), read only where no title stands before
    a shorter name ("副校长孙鹏" is not "副校" and 长孙鹏: a replay's find)."""
    for size in (3, 2):
        name, before = item[-size:], item[:-size]
        if (
            len(item) > size
            and HAN.fullmatch(name)
            and _has_surname(name)
            and name[-1] not in _ZH_NOT_A_NAMES_END
            and not _ZH_WORDS_AFTER_A_BODY.match(name)
            and _ZH_BODY_AT_END.search(before)
        ):
            return name
    return None


_ZH_WORDS_AFTER_A_BODY = re.compile(r"于|方面|高层|领导|代表|一行|党委|团队|专家|相关|有关")
"""What follows a body's name and starts like a name with a surname ("…有限公司于近日签署",
"集团方面", "集团高层": a review's finds): 于 after a body is the preposition."""


_EN_ANOTHER_OFFICE = (
    r"(?<![\w-])(?<!Deputy )(?<!Vice )(?<!Vice-)(?<!Assistant )(?<!Associate )(?<!Acting )"
    r"(?<!Executive )(?<!Senior )(?<!Pro )(?<!Pro-)(?<!Former )(?<!former )(?<!Honorary )"
    r"(?<!Interim )"
)
"""Words before an English office that make it another ("Deputy Director-General" is no
"Director-General"), or not the holder's now ("former")."""
_EN_HOLDER_NEXT = re.compile(
    r"(?:,\s*|\s+)(?:(?:Professor|Prof\.|Dr\.?|Mr\.?|Ms\.?|Mrs\.?|Sir|Dame)\s+)?"
    r"(?P<name>[A-Z][a-z'\u2019-]+(?:\s+[A-Z][\w'\u2019-]*){1,3})"
)
"""A name right after an office, a form of address perhaps between ("Director-General
Henrik Solvang", "Vice-Chancellor, Professor Amara Lindqvist-Osei")."""
_EN_OWNER_BEFORE = re.compile(
    r"(?P<the>\bthe\s+)?(?P<owner>(?:[A-Z][\w&.\u2013-]*(?:['\u2019]s)?\s+){1,6})$"
)
"""The capitalised words right before an office, its body's name or possessive ("NMSA
Director-General", "Halden University Vice-Chancellor", "the University's
Vice-Chancellor"), or another office's ("Managing Director")."""
_ZH_NAME_CLOSES = re.compile(
    rf"[{''.join(sorted(_ZH_AFTER_A_NAME))}]|{'|'.join(_ZH_FORMS_OF_ADDRESS)}|$"
)
"""What closes a Chinese name after an office: a mark or word that follows names, or a
form of address ("林思妤教授")."""
_ZH_OWNER_OPENS = re.compile(r"[，,。；;：:\n（(、\s由]")
"""Where the words before a Chinese office open: a mark, or 由, which introduces the agent
("竹醫大則由副校長…"); not 与, 和, 为, words inside names ("材料科学与工程学院", "华为":
review83)."""


def _zh_owner_before(read: str, text: str, office: int) -> tuple[str, int]:
    """The words before a Chinese office at ``office`` and where they start: its item's
    (``_ZH_OWNER_OPENS``), or, where the item opens on 、, the list's head's body before
    its first title ("远航集团董事长孙七、总经理王五": 远航集团, review85)."""
    before = read[max(0, office - 20) : office]
    opens = max((m.end() for m in _ZH_OWNER_OPENS.finditer(before)), default=0)
    at = office - len(before) + opens
    if at == office and office > 0 and read[office - 1] == "、":
        head = read[max(0, office - 40) : office - 1]
        start = max((m.end() for m in _ZH_LIST_OPENS.finditer(head)), default=0)
        first = _ZH_TITLE_WORD.search(head, start)
        if first is not None and first.start() > start:
            at = office - 1 - len(head) + start
            owner = text[at : at + first.start() - start]
            return ("", office) if _ZH_GENERIC_OWNER.fullmatch(simplified(owner)) else (owner, at)
    return text[at:office], at


_ZH_GENERIC_OWNER = re.compile(
    rf"(?:{ZH_POINTING}?(?:学校|校|学院|院|公司|集团|医院))|[省市县区]委?"
)
"""A list's head that names no body but the page's own or a kind ("学校党委书记高建平、校长司马
鸿远" on a university's page: the blind80 cc01's), no other body's owner."""
_ZH_LIST_OPENS = re.compile(r"[，,。；;：:\n（(\s由]")
"""Where a Chinese list of titled names opens."""


def holders_written(office: str, text: str) -> dict[str, set[tuple[str, int]]]:
    """The names ``text`` writes right after ``office``, each with the words written
    right before the office at those mentions and where they start (its body: "NMSA",
    "该公司", "the University", "" where none), the office as written, not a deputy's nor
    a former or an honorary holder's ("NMSA Director-General Henrik Solvang", "该公司总经理
    叶晓峰", not "副总经理王五", "原总经理"): who may be the holder a signing sentence names
    by the office alone (the blind81 cd02's and cd04's), if the body is theirs. Chinese read
    in Simplified characters, its names as :func:`name_ending` reads them."""
    found: dict[str, set[tuple[str, int]]] = {}
    if HAN.search(office):
        read = simplified(text)
        pattern = rf"(?<![副原前])(?<!常务)(?<!时任)(?<!名誉){re.escape(simplified(office))}"
        for hit in re.finditer(pattern, read):
            closes = _ZH_NAME_CLOSES.search(read, hit.end(), hit.end() + 13)
            item = read[hit.start() : closes.start() if closes else hit.end()]
            name = name_ending(item)
            if name is not None and len(item) - len(name) == len(hit.group()):
                owner, at = _zh_owner_before(read, text, hit.start())
                found.setdefault(text[hit.end() : hit.end() + len(name)], set()).add((owner, at))
        return found
    english = re.compile(rf"{_EN_ANOTHER_OFFICE}{re.escape(office)}(?![\w-])")
    for hit in english.finditer(text):
        holder = _EN_HOLDER_NEXT.match(text, hit.end())
        if holder is not None:
            lead = _EN_OWNER_BEFORE.search(text, max(0, hit.start() - 80), hit.start())
            words = "" if lead is None else re.sub(r"['\u2019]s$", "", lead["owner"].strip())
            words = f"the {words}" if lead is not None and lead["the"] else words
            at = hit.start() if lead is None else lead.start()
            found.setdefault(holder["name"], set()).add(("" if words in _ARTICLES else words, at))
    return found


_ARTICLES = frozenset({"The", "A", "An"})
"""A sentence's first word before an office: no body's name."""


def a_form_of_address(title: str) -> bool:
    """Whether a title is how a person is addressed, no office (``_ADDRESSED_AS``:
    "Professor", "Dr"; "教授", "博士")."""
    return _ADDRESSED_AS.fullmatch(title.strip()) is not None or title in _ZH_FORMS_OF_ADDRESS

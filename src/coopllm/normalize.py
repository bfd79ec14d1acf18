"""Deterministic clean-up of a model's ``ExtractionDraft`` (spec: ``EXTRACTION_SPEC.md``).

Models get the bookkeeping parts of the record wrong in ways that a few rules fix
reliably: they guess the year of "On 17 November", copy titles into names
("Vice President Lin Tao"), and list one organisation twice under two names.
Everything here is pure and repeatable, so it runs after every model answer.

:func:`normalize_draft` applies the rules of :mod:`coopllm.dates` (the page's date, the
signing day) and :mod:`coopllm.titles` (names, titles, roles) to each agreement, reads
the article's language from its script, and gives each organisation one canonical name
across the article (here, with :mod:`coopllm.parties`' tests of names).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence, Set
from dataclasses import dataclass, field
from typing import NamedTuple

from coopllm.dates import (
    date_and_place,
    dateline_date,
    parse_published,
    resolve_date,
    story_day,
    written_date,
)
from coopllm.guard.bodies import unnamed_body
from coopllm.headline import headline
from coopllm.lexicon import EN_BODYS_WORD, HAN, simplified, written_alone
from coopllm.parties import (
    LATIN_ABBREVIATION,
    bare_name,
    described,
    expanded_abbreviation,
    in_order,
    initials_spell,
    municipal_name,
    name_key,
    our_unit,
    placed_name,
    short_forms_after,
    singular_key,
    with_legal_form,
    without_legal_form,
    zh_body_name,
)
from coopllm.schema import Agreement, Article, ExtractionDraft, Party, PartyKind, Signatory
from coopllm.titles import (
    TITLE_WORD_IN_NAME,
    clean_people,
    complete_people,
    named_in_full,
    titled_in_full,
    zh_named_in_full,
)

# Kana without U+30FB-U+30FC: the middle dot of "约翰・史密斯" is common in Chinese.
_KANA = re.compile(r"[\u3040-\u30fa]+")
_HANGUL = re.compile(r"[\uac00-\ud7af]+")
_LATIN = re.compile(r"[A-Za-z]+")
"""Runs of a script's letters (``_count`` counts them)."""
_EAST_ASIAN = re.compile(r"[\u3040-\u30fa\uac00-\ud7af\u4e00-\u9fff]")
"""Any letter of the three: without one, a text is none of the languages."""


def _count(letters: re.Pattern[str], text: str) -> int:
    """How many letters of ``text`` the pattern's runs hold. Counted by runs: a list of
    every single letter of an article took 0.1-0.2 ms to make (its words are a fifth as
    many)."""
    return sum(map(len, letters.findall(text)))


_OWN_SCRIPT_SHARE = 0.2
"""The least share of a CJK text's letters in kana (or Hangul) that makes it Japanese (or
Korean): kana run to a third or more of Japanese prose, a company's name in brackets
("（トヨタ自動車）") to a few in a hundred of a Chinese article."""


def script_language(text: str, claimed: str) -> str:
    """The language code the script proves; small models often answer 'zh' for English.

    Text mostly in CJK letters is Japanese where kana hold a fair share of them, Korean
    where Hangul do, else Chinese; a name in another script is not enough. Latin-dominant
    text keeps the model's code unless that code names a CJK language, which the script
    rules out.
    """
    sample = text[:5000]
    if _EAST_ASIAN.search(sample):  # one scan that most articles in English end at
        own = {"ja": _count(_KANA, sample), "ko": _count(_HANGUL, sample)}
        cjk = _count(HAN, sample) + sum(own.values())
        if cjk > _count(_LATIN, sample) / 4:
            code = max(own, key=lambda language: own[language])
            if own[code] > cjk * _OWN_SCRIPT_SHARE:
                return code
            return "ja" if _japanese_grammar(sample, cjk) else "zh"
    return "en" if claimed.split("-")[0].lower() in {"zh", "ja", "ko"} else claimed


def _japanese_grammar(sample: str, cjk: int) -> bool:
    """Whether hiragana, Japanese's particles and endings, run through the text outside
    brackets: kanji-dense Japanese (a press release's "学術交流協定を締結") holds fewer kana
    than :data:`_OWN_SCRIPT_SHARE`, and a Chinese article names a Japanese company in
    brackets in katakana."""
    hiragana = _count(_HIRAGANA, _BRACKETED.sub("", sample))
    return hiragana > max(2, cjk * _HIRAGANA_SHARE)


_HIRAGANA = re.compile(r"[\u3041-\u309f]+")
_BRACKETED = re.compile(r"[(\uff08][^()\uff08\uff09]{0,80}[)\uff09]")
_HIRAGANA_SHARE = 0.05


def normalize_draft(
    draft: ExtractionDraft,
    text: str,
    published: dt.date | None = None,
    written: Callable[[str], bool] | None = None,
) -> ExtractionDraft:
    """Apply the deterministic rules to a model answer; ``draft`` itself is left untouched.

    The copies are shallow: the result shares the lists it did not change with ``draft``
    (nothing in the pipeline changes a record in place), and deep copies were a tenth of
    a cache hit's cost.

    The caller's publication date (a JSONL row's ``published``) beats the page's labelled
    date, which beats the model's, kept only when the text writes it, which beats a
    release's dateline (:func:`~coopllm.dates.dateline_date`); the headline is the
    page's (:func:`~coopllm.headline.headline`), not a site's label the model may give;
    the signing date is recomputed from ``date_text``, titles leave names, empty people
    go, and each organisation gets one canonical name across the whole article: the
    fullest of its names that ``written`` finds in the text (the guard's grounding;
    without it, the fullest of all), which a person's ``organization`` the text does not
    write takes when it is one of the party's names.

    A party keeps every alias its merge collects, past the schema's bound too: the result
    is for the guard and then ``coopllm.schema.within_bounds``, not for validation.
    """
    published = (
        published
        or parse_published(text)
        or written_date(draft.article.published, text)
        or dateline_date(text)
    )
    language = script_language(text, draft.article.language)
    # Validated, not copied: the page's headline line takes the schema's whitespace
    # folding ("…协议\u3000联合实验室…"), as the model's title did, so that the record
    # is the one its JSON reads back (the output line, the memo, a worker's reply).
    title = headline(draft.article.title, text)
    article = Article.model_validate({"title": title, "published": published, "language": language})
    today = story_day(text, published)  # "today" of a dateline's day, not the page's
    agreements = [_normalize_agreement(agreement, today) for agreement in draft.agreements]
    agreements = complete_people([_named_in_full(agreement, text) for agreement in agreements])
    agreements = [_bodies_named_in_full(agreement, text) for agreement in agreements]
    agreements = [_our_unit_named(a) for a in _our_school_named(agreements, text)]
    agreements = _renamed(agreements, _without_its_country)
    agreements = _renamed(agreements, _without_its_listing)
    agreements = _renamed(agreements, _without_their_places(text, title))
    return draft.model_copy(
        update={"article": article, "agreements": _canonical_parties(agreements, text, written)}
    )


_ZH_PLACE_BEFORE = re.compile(
    r"(?P<place>.{1,12}?的|[\u4e00-\u9fff]{1,3}[省市县州区城])(?P<body>.{4,})"
)
"""A Chinese body written after its place: "马来西亚槟城的北屿理工大学" (its place and 的),
"槟城北屿理工大学" (a town's name, as a headline writes it): the blind48 aw01's."""


def _without_their_places(text: str, title: str | None) -> Callable[[str], str]:
    """A Chinese party written after its place (``_ZH_PLACE_BEFORE``), named as the
    article names the body alone, where the text
    writes it without that place: after a place and 的
    that is no body ("马来西亚槟城的", not "清华大学的", whose unit it is); after a town's name
    only in the headline (``title``), and the body alone at least twice ("槟城北屿理工大学";
    not "杭州市第一人民医院", the city's own, which the text writes whole)."""
    read = simplified(text)
    headline = simplified(title or "")

    def alone(name: str) -> str:
        if not HAN.match(name):
            return name
        found = _ZH_PLACE_BEFORE.fullmatch(simplified(name))
        if found is None or not zh_body_name(found["body"]):
            return name
        place, whole = found["place"], found.group()
        apart = _written_alone(found["body"], read) - (
            read.count(whole) if place.endswith("的") else 0
        )
        if place.endswith("的"):
            kept = apart < 1 or zh_body_name(place[:-1])
        else:
            kept = apart < 2 or whole not in headline or read.count(whole) > 1
        return name if kept else name[found.start("body") :]

    return alone


_BEFORE_A_NAME = frozenset("与和及同由在对向为是的将把跟从赴到")
"""Characters that stand before a Chinese name without being part of it."""


def _written_alone(body: str, read: str) -> int:
    """How many times the Simplified ``read`` writes the body's name as a name of its own:
    not the end of a longer one ("人民政府" of "贵州省人民政府", "股份有限公司" of every
    company's: a review's finds)."""
    return sum(
        1
        for found in re.finditer(re.escape(body), read)
        if found.start() == 0
        or not HAN.match(read[found.start() - 1])
        or read[found.start() - 1] in _BEFORE_A_NAME
    )


def _renamed(agreements: list[Agreement], rename: Callable[[str], str]) -> list[Agreement]:
    """The agreements with each party's names (its name and aliases) as ``rename`` gives
    them, before parties are grouped by their names: the old form is no alias."""

    def party(p: Party) -> Party:
        name = rename(p.name)
        aliases = [a for a in dict.fromkeys(map(rename, p.aliases)) if a != name]
        if name == p.name and aliases == p.aliases:
            return p
        return p.model_copy(update={"name": name, "aliases": aliases})

    renamed = [[party(p) for p in a.parties] for a in agreements]
    return [
        a
        if all(new is old for new, old in zip(parties, a.parties, strict=True))
        else a.model_copy(update={"parties": parties})
        for a, parties in zip(agreements, renamed, strict=True)
    ]


_OUR_SCHOOL = frozenset({"我校", "本校"})
"""What a university's own news page calls the university ("我校与青屿水务集团…签约")."""
_OUR_COLLEGE = frozenset({"我院", "本院", "学院"})
"""What a college's own page calls the college ("会上，学院与瑞丰汽车签订…"); within a
university, a school of it, so only where the masthead names a 学院."""
_SCHOOL_MASTHEAD = re.compile(
    r"\s*(?P<name>[\u4e00-\u9fff]{2,20}?(?:大学|学院))\s*"
    r"(?P<site>新闻网|新闻中心|(?:国际合作与交流|国际交流与合作|港澳台事务|科学技术|科技)处"
    r"|党委宣传部|校长办公室)\s*"
)
"""A university's news site's name, or one of its offices', a line of its own at the page's
head ("澄州理工大学新闻网", "國立嘉澄大學 新聞中心": the blind76 by01's, read in Simplified
characters; "南屿大学国际合作与交流处": the blind80 cc03's, whose model gave the office as a
party beside "我校")."""
_SCHOOL_ALONE = re.compile(
    r"\s*(?P<name>(?:(?![与和及我签]|携手|共建|合作|联合)[\u4e00-\u9fff]){2,20}?(?:大学|学院))\s*"
)
"""A school's name alone on the page's first line, its site's masthead ("临江职业技术学院": the
blind39 an02's); not a headline ("我院与瑞达汽车共建产业学院", "…携手瑞达汽车共建…学院")."""


def _our_school_named(agreements: list[Agreement], text: str) -> list[Agreement]:
    """Each party a university's own page calls 我校 or 本校 (a college's, 我院, 本院 or
    学院), named as the school its masthead names (the blind35 aj01's "澄州理工大学新闻网",
    whose model gave "我校" beside an untitled copy of the agreement with the university's
    name), or, where the agreement has the school by name too, one with it (the blind39
    an02's "我院" beside "临江职业技术学院"); 我校 stays where the head names no school, or
    where the masthead's is another party of that agreement (not "东澜大学" for 我校 on its
    partner's page: a review's find)."""
    school = _the_school(text)
    if school is None:
        return agreements
    ours = _OUR_SCHOOL | _OUR_COLLEGE if simplified(school).endswith("学院") else _OUR_SCHOOL

    offices = _the_schools_offices(text)

    def named(agreement: Agreement) -> Agreement:
        called = [p for p in agreement.parties if simplified(p.name) in ours]  # 學院 too
        if called:  # the page's office given as a party beside 我校: the school, whose page it is
            called += [p for p in agreement.parties if simplified(p.name) in offices]
        if not called:
            return agreement
        named = next((p for p in agreement.parties if p.name == school), None)
        if named is None:
            first = called[0]
            named = first.model_copy(
                update={"name": school, "aliases": [first.name, *first.aliases]}
            )
        else:
            aliases = [*named.aliases, *(p.name for p in called)]
            named = named.model_copy(update={"aliases": list(dict.fromkeys(aliases))})
        parties: list[Party] = []
        for party in agreement.parties:
            if party.name == school or party in called:
                if named not in parties:
                    parties.append(named)
            else:
                parties.append(party)
        return agreement.model_copy(update={"parties": parties})

    return [named(agreement) for agreement in agreements]


def _our_unit_named(agreement: Agreement) -> Agreement:
    """The agreement with each party a university's page calls "我校" and one of its units
    named by the unit ("化学与材料学院" of "我校化学与材料学院", whose dean signed for it):
    我校 ("our school") is the page's word for its school, no part of the unit's name; the
    people's organisation likewise."""
    units = {p.name: unit for p in agreement.parties if (unit := our_unit(p.name)) != p.name}
    if not units:
        return agreement

    def of_the_unit(person: Signatory) -> Signatory:
        unit = units.get(person.organization or "")
        return person if unit is None else person.model_copy(update={"organization": unit})

    return agreement.model_copy(
        update={
            "parties": [
                p.model_copy(update={"name": units[p.name]}) if p.name in units else p
                for p in agreement.parties
            ],
            "signatories": [of_the_unit(p) for p in agreement.signatories],
            "witnesses": [of_the_unit(p) for p in agreement.witnesses],
        }
    )


def _the_school(text: str) -> str | None:
    """The school a page's masthead names, as written: a news site's in its first three
    lines written, or a school's name alone on its first; read in Simplified characters (a
    Taiwan university's "…大學 新聞中心")."""
    head = [line for line in text.splitlines() if line.strip()][:3]
    found = {
        line[m.start("name") : m.end("name")]  # as the page writes it (one character for one)
        for line in head
        if (m := _SCHOOL_MASTHEAD.fullmatch(simplified(line))) is not None
    }
    alone = _SCHOOL_ALONE.fullmatch(head[0]) if head else None  # not a Traditional headline's
    if not found and alone is not None:
        found.add(alone["name"])
    return found.pop() if len(found) == 1 else None


def _the_schools_offices(text: str) -> set[str]:
    """The offices whose pages a school's masthead names (``_SCHOOL_MASTHEAD``: "南屿大学国际
    合作与交流处"), in Simplified characters; none for a news site's ("…新闻网")."""
    head = [simplified(line.strip()) for line in text.splitlines() if line.strip()][:3]
    return {
        line
        for line in head
        if (m := _SCHOOL_MASTHEAD.fullmatch(line)) is not None and not m["site"].startswith("新闻")
    }


def _named_in_full(agreement: Agreement, text: str) -> Agreement:
    """The agreement's people given by surname alone (:func:`~coopllm.titles.named_in_full`),
    or by a title and surname the text writes before the full name ("Dr. Acheampong-Reyes"
    of "Dr. Joseph Acheampong-Reyes, Director General of MITA": the blind34 ai03's, whose
    model gave the title apart too: :func:`~coopllm.titles.titled_in_full`), or by a
    Chinese surname and form of address ("李女士": :func:`~coopllm.titles.zh_named_in_full`),
    named as the text names them in full."""

    def in_full(person: Signatory) -> Signatory:
        name = person.name
        full = (
            named_in_full(name, text) or titled_in_full(name, text) or zh_named_in_full(name, text)
            if name
            else None
        )
        return person.model_copy(update={"name": full}) if full else person

    return agreement.model_copy(
        update={
            role: [in_full(person) for person in getattr(agreement, role)]
            for role in ("signatories", "witnesses")
        }
    )


_QUOTED = re.compile(
    r"(?:(?P<lead>共建|成立|设立|组建|为|暨)\s*)?[“\"「『](?P<name>[^”\"」』\n]{2,60})[”\"」』]"
    r"(?=\s*(?P<deed>揭牌|揭幕|成立|挂牌|正式|落户))?"
)
"""A name the text puts in quotation marks where a body is founded or unveiled, as
Chinese pages write a founded body's ("暨“江理工—华岳智能装备联合实验室”揭牌", "共建“…”");
not a slogan that ends with its name ("要“建好用好智能制造联合实验室”": a review's find)."""


def _bodies_named_in_full(agreement: Agreement, text: str) -> Agreement:
    """The agreement's founded bodies, each without its abbreviation in brackets ("Joint
    Centre for Marine Coatings Testing (JCMCT)": the blind33 ah06's;
    :func:`_without_its_abbreviation`) or an English gloss (:func:`_without_a_latin_gloss`)
    or the town after it (:func:`_without_its_town`) and, given by the end of its name,
    named as the text quotes it in full: the one quoted
    name that ends with it ("智能装备联合实验室" for "“江理工—华岳智能装备联合实验室”": the
    blind5 f04's); as given where the text quotes none, or several."""

    def in_full(entity: str) -> str:
        quoted = {
            found["name"].strip()
            for found in _QUOTED.finditer(text)
            if (found["lead"] or found["deed"])
            and found["name"].strip().endswith(entity)
            and found["name"].strip() != entity
        }
        return quoted.pop() if len(quoted) == 1 else entity

    if not agreement.established_entities:
        return agreement
    named = [
        in_full(_without_its_town(_without_a_latin_gloss(_without_its_abbreviation(e)), text))
        for e in agreement.established_entities
    ]
    return agreement.model_copy(update={"established_entities": list(dict.fromkeys(named))})


_TOWN_AFTER_A_BODY = re.compile(
    r"^(?P<name>.+\b(?:Centre|Center|Laboratory|Lab|Institute|Hub|Base|Station|Platform))"
    r"\s+in\s+[A-Z][\w'\u2019-]+$"
)
"""An English body's name with the town it stands in after it ("Frostline-Kaltberg Natural
Refrigerant Test Centre in Bremerhaven": the blind39 an06's)."""


def _without_its_town(entity: str, text: str) -> str:
    """An English founded body's name without the town the model wrote after it: a body's
    name ends in its kind ("… Test Centre"), the town is where it stands, which the text
    names elsewhere too ("the Bremerhaven test centre"; not a field's word the name alone
    holds, "Joint Research Centre in Nanotechnology": a review's find)."""
    found = _TOWN_AFTER_A_BODY.match(entity)
    if found is None:
        return entity
    town = entity[found.end("name") :].split()[-1]
    elsewhere = len(re.findall(rf"\b{re.escape(town)}\b", text)) > len(
        re.findall(re.escape(entity), text)
    )
    return found["name"] if elsewhere else entity


_LATIN_GLOSS = re.compile(
    r"^(?P<name>[\u4e00-\u9fff·—–-]{4,})\s*[（(](?P<gloss>[^（）()\u4e00-\u9fff]*[A-Za-z]"
    r"[^（）()\u4e00-\u9fff]*)[）)]$"
)
"""A Chinese body's name with its English name or acronym in brackets after it ("江城智能
制造创新研究院（Jiangcheng Institute for Intelligent Manufacturing Innovation，JIIMI）")."""


def _without_a_latin_gloss(entity: str) -> str:
    """A Chinese body's name without the English one bracketed after it: the body is
    named once, as the article's language writes it (the blind14 o02's). Not where the
    Chinese is only a kind of body, whose name the bracket holds ("联合实验室（SmartGrid
    Lab）", "联合研究中心（AI）": a review's finds)."""
    glossed = _LATIN_GLOSS.match(entity)
    return glossed["name"] if glossed and not unnamed_body(glossed["name"]) else entity


def _normalize_agreement(agreement: Agreement, published: dt.date | None) -> Agreement:
    """Date, people and facilitators of one agreement (a facilitator without its
    abbreviation in brackets, as a party: the blind33 ah06's "Nordmark-China Chamber of
    Commerce (NCCC)"; Chinese bodies joined in one value apart: :func:`_zh_bodies_joined`);
    parties are handled article-wide."""
    bodies = [name for party in agreement.parties for name in party.all_names]
    return agreement.model_copy(
        update={
            "date_signed": _signing_date(agreement, published),
            "signatories": clean_people(agreement.signatories, bodies),
            "witnesses": clean_people(agreement.witnesses, bodies),
            "facilitators": list(
                dict.fromkeys(
                    _without_its_abbreviation(body)
                    for joined in agreement.facilitators
                    for body in _zh_bodies_joined(joined)
                )
            ),
        }
    )


_ZH_JOINER = re.compile(r"[和与及、]")
_ZH_JOINT = re.compile(r"联合|合作|共建|联办|中外")
"""A joint body's words: "北京大学与香港大学联合研究中心" is one body of two names."""


def _zh_bodies_joined(value: str) -> list[str]:
    """The Chinese bodies a value joins, each a body's name alone ("省商务厅和青屿市港口航运协会":
    the blind34 ai06's two facilitators, which the model gave as one); the value where a
    part is no body's name ("科学技术与工业信息化局"), or the value names a joint body
    ("北京大学与香港大学联合研究中心": a review's find)."""
    parts = _ZH_JOINER.split(value)
    if len(parts) < 2 or _ZH_JOINT.search(value) or not all(map(zh_body_name, parts)):
        return [value]
    return parts


def _signing_date(agreement: Agreement, published: dt.date | None) -> dt.date | None:
    """Our reading of ``date_text``, never the model's date: a year-less date on a page
    without a date has no year to take (the spec), and a year the model gave it is a
    guess. A place the model wrote after the date is not read (the guard moves it:
    :func:`coopllm.dates.date_and_place`)."""
    if not agreement.date_text:
        return None
    return resolve_date(date_and_place(agreement.date_text)[0], published)


# "Korea Battery Agency (KBA)": a name with the text's own abbreviation in brackets.
_BRACKETED_ALIAS = re.compile(
    r"^(?P<name>.+?)\s*[(\uff08]\s*(?:(?:以下)?简称|下称|hereinafter)?\s*[:\uff1a]?\s*"
    r"(?:the\s+)?[\"\u201c\u2018']?(?P<alias>[^()\uff08\uff09\"\u201c\u201d\u2018\u2019']{2,20})"
    r"[\"\u201d\u2019']?\s*[)\uff09]$"
)
"""A name and the short form in brackets after it, with the words and quotes that may lead
it ("青石经济开发区管理委员会（以下简称‘青石经开区管委会’）": the blind18 s03's, as the model
wrote it; "… Department of Water Resources (the 'Department')": the blind32 ag05's)."""


def _forms(party: Party) -> list[str]:
    """Every name the text uses for a party, its main name first; a bracketed
    abbreviation after the name is an alias, not part of the name."""
    return [form for name in party.all_names for form in _forms_of(name)]


_TRANSLATED = re.compile(r"^(?P<name>[^()]{4,}?)\s*\((?P<alias>[A-Z][^()]{3,80})\)$")
"""A name with its English one bracketed after it ("Universidad Politécnica de Valdemora
(Polytechnic University of Valdemora)": the blind68 bq06's)."""


def _forms_of(name: str) -> list[str]:
    """Both names in 'Korea Battery Agency (KBA)'; a name without the place it is based in
    before it (``_BASED_IN``); both in a name and its English one
    bracketed after it, a body's, sharing a proper word (:func:`_translated`), or a Chinese
    name and its Latin one (:func:`_glossed`); any other
    name alone, a bracketed campus or place too ("中国石油大学（北京）"): it tells two bodies
    apart."""
    based = _BASED_IN.match(name)
    if based is not None and without_legal_form(rest := name[based.end() :]) != rest:
        return _forms_of(rest)
    translated = _translated(name) or _glossed(name)
    if translated is not None:
        return translated
    match = _BRACKETED_ALIAS.match(name)
    if match is None or not _abbreviates(match["alias"], match["name"]):
        return [name]
    return [match["name"], match["alias"]]


_BASED_IN = re.compile(r"(?:[A-Z][\w.'\u2019]*\s+){0,2}[A-Z][\w.'\u2019]*-based\s+(?=[A-Z])")
"""Where the company is, written before its name as news writes it and the model took it
("UAE-based Gulf Aqua Systems LLC", the blind77 bz06's, beside "Gulf Aqua Systems LLC"): no
part of the name, where a legal form ends the rest (a company's); "Nature-based Solutions
Initiative" is a name (review78)."""


def _translated(name: str) -> list[str] | None:
    """The name and the English name bracketed after it (``_TRANSLATED``), and the
    abbreviation after a comma there ("(National University of San Teodoro, UNST)": the
    blind46 au06's), where the bracket names a body and the two share a capitalised word
    of four letters or more ("Valdemora"): one body's name in two languages. Not where the
    name holds an English body's word itself: "Peking University Shenzhen Hospital (Peking
    University Health Science Center)", "Bank of China (Bank of China Macau Branch)" are
    two bodies (a review's finds). The longer is the party's name (:func:`_fullest`); the
    golds of our sets give the first."""
    match = _TRANSLATED.match(name)
    if match is None or not (EN_BODYS_WORD.search(match["alias"]) or _A_PORT.match(match["alias"])):
        return None
    if EN_BODYS_WORD.search(match["name"]):
        return None  # an English name, its parent or unit bracketed: two bodies
    english, _, short = match["alias"].partition(", ")
    words = {w for w in re.findall(r"[A-Z][\w-]{3,}", match["name"])}
    if not words & set(re.findall(r"[A-Z][\w-]{3,}", english)):
        return None
    shorts = [short.strip()] if LATIN_ABBREVIATION.fullmatch(short.strip()) else []
    if short and not shorts:
        return None
    return [match["name"].strip(), english.strip(), *shorts]


_A_UNIT = re.compile(r"大学.")
"""A unit of a university, its name going on after 大学 ("泰茹大学建筑学院"): a bracketed
Latin name may be its parent's (review77)."""
_TWO_WORDS = 2
_A_PORT = re.compile(r"Port\s+of\s+[A-Z]")
"""A port's English name, its authority's ("Havenbedrijf Westerduin N.V. (Port of
Westerduin)": the blind76 by04's)."""


def _glossed(name: str) -> list[str] | None:
    """A Chinese body's name and its Latin one bracketed after it ("葡萄牙泰茹建築研究所
    （Instituto de Arquitetura do Tejo）": the blind76 by03's; ``_LATIN_GLOSS``), one body's
    two names, and the abbreviation after a comma there ("…，JIIMI"); None for any other,
    where the Chinese is only a kind of body ("联合实验室（SmartGrid Lab）":
    :func:`_without_a_latin_gloss`) or a university's unit, or the bracket one word."""
    glossed = _LATIN_GLOSS.match(name)
    if glossed is None or unnamed_body(glossed["name"]) or _A_UNIT.search(simplified(name)):
        return None
    english, _, short = glossed["gloss"].replace("，", ",").partition(",")
    english, short = english.strip(), short.strip()
    if len(english.split()) < _TWO_WORDS:
        return None  # "微软亚洲研究院（Microsoft）": its parent's name, another body (review77)
    shorts = [short] if LATIN_ABBREVIATION.fullmatch(short) else []
    return None if short and not shorts else [glossed["name"], english, *shorts]


def _without_its_abbreviation(name: str) -> str:
    """A body's English name without the abbreviation bracketed after it, where its
    initials spell it ("Joint Centre for Marine Coatings Testing (JCMCT)"; a company's, its
    legal form aside: the blind90 cm06's "Brennock Inland Terminal Ltd (BIT)"): the body
    once, as a party is named. Not another bracket ("Jiangcheng Institute (JIIMI)", a place:
    "… of Tianjin University (Tianjin)", "联合研究中心（AI）": a kind of body whose name the
    bracket holds)."""
    match = _BRACKETED_ALIAS.match(name)
    if match is None:
        return name
    short, bare = match["alias"], match["name"]
    spelt = LATIN_ABBREVIATION.fullmatch(short) is not None and (
        initials_spell(short, bare) or initials_spell(short, without_legal_form(bare))
    )
    return bare if spelt or _initials_and_place(short, bare) else name


def _initials_and_place(short: str, name: str) -> bool:
    """Whether ``short`` is the initials of ``name``'s words and the place its name ends in
    ("NIT Sonepur" of "National Institute of Technology, Sonepur": the blind46 au02's; "IIT
    Delhi" of "Indian Institute of Technology Delhi")."""
    initials, _, place = short.partition(" ")
    if not place or LATIN_ABBREVIATION.fullmatch(initials) is None:
        return False
    head = name.removesuffix(place).rstrip(", ")
    return head != name.rstrip(", ") and initials_spell(initials, head)


def _abbreviates(short: str, name: str) -> bool:
    """Whether a bracketed ``short`` is an abbreviation of ``name``: Latin capitals
    ("KBA", "PolyU", "CATL" after a Chinese name), initials and the name's place ("NIT
    Sonepur": :func:`_initials_and_place`), capitalised words of the name itself, in
    order ("Nordvik Offshore AS (Nordvik)", "… Department of Water Resources (the
    'Department')": the blind32 ag04's and ag05's), or Chinese characters all taken, in
    order, from the name ("华中科技大学（华科）"). A place or campus is neither
    ("（北京）", "(East China)", "(Beijing)"), unless it is a word of the name (then an
    alias of the party: "… Tianjin University (Tianjin)")."""
    if LATIN_ABBREVIATION.fullmatch(short) or _initials_and_place(short, name):
        return True
    if _NAMES_OWN_WORDS.fullmatch(short):
        return in_order(short.split(), name.split())
    return bool(HAN.fullmatch(short)) and in_order(short, name)


_NAMES_OWN_WORDS = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}")
"""A short name of one to three capitalised words, which :func:`_abbreviates` finds among
the name's own words."""


def _canonical_parties(
    agreements: list[Agreement], text: str, written: Callable[[str], bool] | None
) -> list[Agreement]:
    """Merge each agreement's duplicate parties and name every organisation the same way
    in all agreements, so scoring and grounding see one party per organisation: by its
    fullest name, with the legal form the text writes after it where the model left it
    out ("Bluefin Marine Co., Ltd.") or wrote another the text does not ("Tata Steel Ltd"
    for "Tata Steel Limited"); the shorter name stays an alias only where the text writes
    it alone too."""
    parties = [party for agreement in agreements for party in agreement.parties]
    given = {name for party in parties for name in party.all_names}
    groups = _group_by_shared_name(parties)
    canonical = {
        index: _fullest(_with_expansions(forms, text, given), written)
        for index, forms in groups.forms.items()
    }
    only_within: set[str] = set()  # keys of names the text writes only with a legal form
    for index, name in canonical.items():
        if written is not None and not written(name):
            name = _the_dropped(_turned_as_written(name, written), written)
            name = canonical[index] = _legal_form_as_written(name, text)
        if (legal := with_legal_form(name, text)) is not None:
            canonical[index] = legal.name
            if not legal.also_without:
                only_within.add(name_key(name))

    def acting_for(person: Signatory) -> Signatory:
        """An organisation the text does not write (an expansion the model made), given as
        one of a party's names, is the party's: the guard would drop it. One the text
        writes stays, even where it shares a name with a party (a parent group's
        chairman witnessing its subsidiary's signing)."""
        organization = person.organization
        if organization is None or written is None or written(organization):
            return person
        index = groups.of_key.get(name_key(_forms_of(organization)[0]))
        if index is None:
            return person
        return person.model_copy(update={"organization": canonical[index]})

    return [
        agreement.model_copy(
            update={
                "parties": [
                    _with_short_forms(party, text)
                    for party in _merge(agreement.parties, groups, canonical, only_within)
                ],
                "signatories": [acting_for(p) for p in agreement.signatories],
                "witnesses": [acting_for(p) for p in agreement.witnesses],
            }
        )
        for agreement in agreements
    ]


def _with_short_forms(party: Party, text: str) -> Party:
    """The party with the short forms the text brackets after its name among its aliases
    (:func:`~coopllm.parties.short_forms_after`), each of its initials or its words
    (:func:`_short_for`: 'Brightwell Energy Storage Inc. ("Brightwell")', the blind35
    aj06's, whose model gave no alias, so that no sentence of "Brightwell" signing was read
    as the party's). An English name only: the guard reads a Chinese page's 以下简称 as its
    party's (:func:`coopllm.parties.bracketed_after`), and an alias here made the blind33
    ah01's short-named copy of a party another party."""
    if HAN.search(party.name):
        return party
    known = {name_key(name) for name in party.all_names}
    found = [
        short
        for short in short_forms_after(party.name, text)
        if name_key(short) not in known and _short_for(short, party.name)
    ]
    if not found:
        return party
    return party.model_copy(update={"aliases": [*party.aliases, *dict.fromkeys(found)]})


def _short_for(short: str, name: str) -> bool:
    """Whether an English ``short`` names the body ``name`` names: words of the name, in
    order ("Brightwell", "AquaLume"), or capitals its initials spell, its legal form aside
    ("AWA" of "Aldmoor Water Authority", "KBM" of "Kaizen Battery Materials Pte. Ltd."), or
    initials and the name's place ("NIT Sonepur": :func:`_initials_and_place`); not
    a place's, an exchange's or a product's code ("(USA)", "(NYSE)", "(OS-500)": a review's
    finds)."""
    words = short.split()
    if (short[:1].isupper() and in_order(words, name.split())) or _initials_and_place(short, name):
        return True
    bare = _TRAILING_LEGAL_FORM.sub("", name)
    return LATIN_ABBREVIATION.fullmatch(short) is not None and (
        initials_spell(short, name) or initials_spell(short, bare)
    )


_TRAILING_LEGAL_FORM = re.compile(
    r"(?:[\s,]+(?:pte|pty|co|ltd|limited|inc|corp|corporation|llc|plc|gmbh|ag|as|ab|bv|nv"
    r"|sa|s\.a|n\.v)\.?)+$",
    re.IGNORECASE,
)
"""A company's legal form at its name's end, which its initials leave out ("Pte. Ltd.")."""


_COUNTRY_AFTER_ITS_FORM = re.compile(
    r"(?P<company>.+?(?:[\s,]+(?:Co|Ltd|Limited|Inc|Corp|Corporation|LLC|PLC|GmbH|AG|Pte|Pty)\.?)+)"
    r"\s+of\s+the\s+(?:(?:People['\u2019]s\s+|Federal\s+|Islamic\s+|Democratic\s+)?Republic"
    r"|Kingdom|Sultanate|State|Commonwealth|United)\b.*"
)
"""A company's name with its legal form, then the country it is from, as a state's news
agency writes it ("Hanseong Marine Engineering Co. of the Republic of Korea": the blind48
aw04's): the country is no part of the name. Only a country written as a state ("the
Republic of", "the Kingdom of", "the United …"): "Standard Oil Co. of New Jersey" is a
name."""


def _without_its_country(name: str) -> str:
    """The name without the country written after its legal form
    (``_COUNTRY_AFTER_ITS_FORM``); else the name."""
    if " of the " not in name:
        return name  # the usual name: no pattern run
    found = _COUNTRY_AFTER_ITS_FORM.fullmatch(name)
    return found["company"] if found is not None else name


_ITS_LISTING = re.compile(
    r"\s*[(（](?:TSX(?:-?V)?|NYSE(?:\s+American)?|NASDAQ|Nasdaq|ASX|LSE|AIM|HKEX|SEHK|SGX|NSE"
    r"|BSE|OTCQX|OTCQB|CSE|JSE|TSE|KRX|SSE|SZSE)\s*[:：]\s*[A-Z0-9.]{1,8}[)）]$"
)
"""A listed company's exchange and ticker in brackets after its name ("Boreal Ridge Gold
Corp. (TSX-V: BRG)": the blind83 cf05's model gave it with them): no part of the name."""


def _without_its_listing(name: str) -> str:
    """The name without the exchange and ticker bracketed after it (``_ITS_LISTING``)."""
    found = _ITS_LISTING.search(name) if name.endswith((")", "）")) else None
    return name[: found.start()] if found is not None and found.start() > 0 else name


def _the_dropped(name: str, written: Callable[[str], bool]) -> str:
    """A name the text does not write, without the capitalised "The" the model put before
    it, where the text writes the rest ("The University of East Ellerby" of "… and the
    University of East Ellerby (UEE)": the blind32 ag04's); else the name."""
    bare = name.removeprefix("The ")
    return bare if bare != name and written(bare) else name


_OF_A_PLACE = re.compile(
    r"(?:The\s+)?(?P<body>.+?)\s+of\s+"
    r"(?P<place>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2})"
)
"""A body "of" a place of up to three capitalised words, "The" before it or not: "County
Council of Fenmoor", "The City Council of St. Albans"."""


def _turned_as_written(name: str, written: Callable[[str], bool]) -> str:
    """A name the text does not write, given as a body "of" its place where the text
    writes the place first ("County Council of Fenmoor" for "Fenmoor County Council": the
    blind35 aj05's, which the guard dropped as not in the article); else the name. Only
    the turn the text writes: "University of Aldermoor" stays where it is written."""
    turned = _OF_A_PLACE.fullmatch(name)
    if turned is None:
        return name
    place_first = f"{turned['place']} {turned['body']}"
    return place_first if written(place_first) else name


def _legal_form_as_written(name: str, text: str) -> str:
    """A name the text does not write, whose legal form is the model's ("Tata Steel Ltd"
    for "Tata Steel Limited"), without it, where the text writes the rest with a legal
    form of its own (which :func:`with_legal_form` then adds) or as a whole name ("Tata
    Steel and …", "Tata Steel (TS)", "Tata Steel CEO …", 中国移动与…); else the name as
    given: "Beta Technology" of "Beta Technology Institute", 北京科技 of 北京科技大学,
    are other bodies."""
    bare = without_legal_form(name)
    if bare == name:
        return name
    if HAN.search(bare):
        after = _ZH_NAME_ENDS if HAN.search(bare[-1]) else r"(?![\w-])"
        return (
            bare if re.search(rf"{re.escape(simplified(bare))}{after}", simplified(text)) else name
        )
    if with_legal_form(bare, text) is not None:
        return bare
    for found in written_alone(text, bare):
        going_on = _NAME_GOES_ON.match(text, found.end())
        if going_on is None or TITLE_WORD_IN_NAME.match(going_on["word"]):
            return bare  # "Tata Steel and …", "Tata Steel (TS)", "Tata Steel CEO …"
    return name


_NAME_GOES_ON = re.compile(r"\s+(?P<word>[A-Z][\w'\u2019-]*)")
_ZH_NAME_ENDS = r"(?=[与和及同、，,。；;：:（(\s签将在于等”」』\"']|携手|联合|$)"
"""What may follow a Chinese name written whole (read in Simplified characters): 中国移动与…,
科大讯飞、…, 中華電信將…, “中国移动”与…, 中国移动携手…; not 北京科技大学."""


class _PartyGroups(NamedTuple):
    """Which group each name key belongs to, and each group's names in first-seen order."""

    of_key: dict[str, int]
    forms: dict[int, list[str]]


def _group_by_shared_name(parties: Iterable[Party]) -> _PartyGroups:
    """Group parties where one's name is a name or alias of another, transitively (a
    party can bridge two). Two that merely list one alias are not joined: "学校" or "the
    University" stands for each university of an article, and "HUST" for two of them (the
    spec's example); a party named by that alias joins them, where the text says so."""
    groups: list[_Group] = []
    for party in parties:
        # With and without its legal form: "Dunmore Glass" is "Dunmore Glass Ltd.".
        forms = _forms_of(party.name)
        names = {name_key(name) for form in forms for name in (form, bare_name(form))}
        aliases = {name_key(form) for alias in party.aliases for form in _forms_of(alias)} - names
        joined = _Group(names, aliases, _forms(party), {singular_key(form) for form in forms})
        joined.described = {singular_key(form) for form in forms if described(form)}
        joined.legal_forms = _legal_forms(forms)
        kept: list[_Group] = []
        absorbed: list[str] = []
        for group in groups:
            if joined.joins(group):
                joined.absorb(group)
                absorbed += group.forms
            else:
                kept.append(group)
        joined.aliases -= joined.names
        joined.forms = absorbed + joined.forms
        groups = [*kept, joined]
    of_key = {key: index for index, group in enumerate(groups) for key in group.aliases}
    of_key |= {key: index for index, group in enumerate(groups) for key in group.names}
    return _PartyGroups(of_key, {index: group.forms for index, group in enumerate(groups)})


@dataclass
class _Group:
    """Parties found to be one organisation: their names' and aliases' keys, their forms
    (the earlier parties' first), the keys of their names without plural "s"
    (:func:`~coopllm.parties.singular_key`), and those of the names in lower case among
    them, which join a group by those keys (``described``)."""

    names: set[str]
    aliases: set[str]
    forms: list[str]
    singulars: set[str]
    described: set[str] = field(default_factory=set)
    legal_forms: dict[str, str] = field(default_factory=dict)

    def joins(self, other: _Group) -> bool:
        shared = (self.names & (other.names | other.aliases)) | (self.aliases & other.names)
        return bool(
            {key for key in shared if not self._apart_by_legal_form(other, key)}
            or self.described & other.singulars
            or self.singulars & other.described
        )

    def _apart_by_legal_form(self, other: _Group, key: str) -> bool:
        """Whether the two share the name ``key`` only without their legal forms, which
        differ, one a Latin one ("Unilever PLC" and "Unilever N.V.": two companies,
        review78; as "Siemens AG" and "Siemens Ltd" are: review62)."""
        mine, theirs = self.legal_forms.get(key), other.legal_forms.get(key)
        return (
            mine is not None
            and theirs is not None
            and mine != theirs
            and bool({mine, theirs} & _LATIN_LEGAL_FORMS)
        )

    def absorb(self, other: _Group) -> None:
        """Take in ``other``'s keys (its forms are the caller's to place)."""
        self.names |= other.names
        self.aliases |= other.aliases
        self.singulars |= other.singulars
        self.described |= other.described
        self.legal_forms = {**other.legal_forms, **self.legal_forms}


_LATIN_LEGAL_FORMS = frozenset({"sa", "sas", "spa", "nv", "bv"})
"""Latin Europe's and America's legal forms, folded as :func:`_legal_forms` folds them."""


def _legal_forms(forms: Sequence[str]) -> dict[str, str]:
    """The key of each form that ends in a legal form without it, and that legal form's
    key ("unilever": "nv" of "Unilever N.V.")."""
    found = {}
    for form in forms:
        whole, bare = name_key(form), name_key(bare_name(form))
        if bare != whole and whole.startswith(bare):
            found[bare] = whole[len(bare) :]
    return found


def _with_expansions(forms: Sequence[str], text: str, given: Set[str]) -> list[str]:
    """A party's names, those the text introduces their abbreviations for
    (:func:`~coopllm.parties.expanded_abbreviation`), a local body's with the places
    the text writes before it (:func:`~coopllm.parties.placed_name`) and a town's as its
    government (:func:`~coopllm.parties.municipal_name`; a party of no other name, where
    no party ``given`` is that government: "Toyota" beside "the City of Toyota", "Velden
    Water" by its alias "Velden" are no towns, a review's finds): the model may give
    only the short forms, and the spec names a party by its fullest."""
    town = municipal_name(forms[0], text) if len(set(forms)) == 1 else None
    if town is not None and town not in given:
        return [*forms, town]
    expanded = (expanded_abbreviation(form, text) or placed_name(form, text) for form in forms)
    return [*forms, *(name for name in expanded if name)]


def _fullest(forms: Sequence[str], written: Callable[[str], bool] | None) -> str:
    """The fullest name (spec: Party.name) of those the text writes, if it writes any: an
    abbreviation the model expanded ("HUST") is no name the text gives, and choosing it
    would lose the party to the guard. A generic one ("the Group Company", 该集团公司:
    the spec's alias) is no name. The first one seen wins a tie."""
    in_text = [form for form in forms if written(form)] if written else []
    candidates = in_text or list(forms)
    named = [form for form in candidates if not _generic(form)]
    return max(named or candidates, key=len)


def _generic(form: str) -> bool:
    """Whether a name is a common noun for an organisation, not its name (該集團公司 as
    much as 该集团公司)."""
    key = name_key(simplified(form))
    for prefix in _POINTING:
        key = key.removeprefix(prefix)
    return key in _GENERIC_NAMES


_POINTING = ("该", "本", "我", "贵", "这家", "此")
_GENERIC_NAMES = frozenset({
    "groupcompany", "company", "group", "university", "school", "college", "institute",
    "academy", "government", "bureau", "committee", "centre", "center", "corporation",
    "firm", "bank", "city", "province", "集团公司", "公司", "集团", "学校", "大学", "学院",
    "校", "研究院", "研究所", "政府", "市政府", "省政府", "企业", "单位", "银行", "双方",
})  # fmt: skip
"""Common nouns a text uses for an organisation it named before (name_key: "the " dropped)."""


def _merge(
    parties: Sequence[Party],
    groups: _PartyGroups,
    canonical: dict[int, str],
    unnamed: Set[str],
) -> list[Party]:
    """One party per canonical name, in order of first appearance: groups that share no
    name may still be named the same ("青岚市云岫区人民政府" of a masthead and 云岫区人民政府,
    its places the text writes before it: the blind21 v03's), one organisation."""
    members: dict[str, list[Party]] = {}
    for party in parties:
        name = canonical[groups.of_key[name_key(_forms(party)[0])]]
        members.setdefault(name, []).append(party)
    return [_merged_party(name, group, unnamed) for name, group in members.items()]


def _merged_party(name: str, group: Sequence[Party], unnamed: Set[str]) -> Party:
    """``name`` plus every other name the group used but those keyed in ``unnamed`` (no
    name the text uses on its own); the first specific kind wins."""
    aliases: dict[str, str] = {}
    for form in (form for party in group for form in _forms(party)):
        aliases.setdefault(name_key(form), form)
    for key in (name_key(name), *unnamed):
        aliases.pop(key, None)
    kinds = [party.kind for party in group if party.kind is not PartyKind.OTHER]
    party = Party(name=name, kind=kinds[0] if kinds else PartyKind.OTHER)
    # All of them, past the schema's bound too: the guard drops those the article does
    # not write, and the record is cut to its bound, saying what it cut, only then
    # (coopllm.schema.within_bounds).
    return party.model_copy(update={"aliases": list(aliases.values())})

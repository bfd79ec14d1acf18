"""The hallucination guard end to end: re-asks on invented names, drops and doubts said in
warnings, each article guarded by its own text, whole articles' roles."""

from __future__ import annotations

import copy
import datetime as dt
import json

import pytest
from conftest import ARTICLE, GOOD_ANSWER

from coopllm import extract, extract_many
from coopllm.grounding import SourceIndex
from coopllm.guard import Checker, apply_guard
from coopllm.schema import Agreement, Article, ExtractionDraft, Party, Signatory
from coopllm.settings import Settings
from coopllm.testing import FakeOpenAIServer, Reply, completion

INVENTED = "Huazhong University of Science and Technology"


def _with_invented_party() -> dict[str, object]:
    answer = copy.deepcopy(GOOD_ANSWER)
    answer["agreements"][0]["parties"].append(  # type: ignore[index]
        {"name": INVENTED, "aliases": [], "kind": "university"}
    )
    return answer


def test_invented_party_is_reasked_with_the_reason(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    server.push(Reply(completion(_with_invented_party())), Reply(completion(GOOD_ANSWER)))
    record = extract(ARTICLE, source="a", settings=settings)
    assert len(server.requests) == 2
    reask = json.dumps(server.requests[1]["messages"])
    assert f"'{INVENTED}' does not occur in the article" in reask
    assert INVENTED not in [p.name for p in record.agreements[0].parties]
    assert record.warnings == []


def test_still_invented_after_reasks_is_dropped_with_a_warning(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    server.fallback = lambda body: Reply(completion(_with_invented_party()))
    record = extract(ARTICLE, source="a", settings=settings)
    assert len(server.requests) == 1 + settings.max_reasks
    assert INVENTED not in [p.name for p in record.agreements[0].parties]
    assert f"dropped party '{INVENTED}': not in the article" in record.warnings


def test_a_party_whose_fullest_name_is_invented_keeps_the_name_the_article_uses(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    """An expansion the text never writes, given as an alias, is not the party's name
    (the fullest form), which would be dropped with the party: the organisation is in
    the article, so it stays, under the fullest name the article uses, and the signer
    the model said acts for the expansion acts for that name."""
    answer = copy.deepcopy(GOOD_ANSWER)
    expanded = "Northgate Robotics Industrial Holdings Group Co., Ltd."
    answer["agreements"][0]["parties"][1]["aliases"] = [expanded]  # type: ignore[index]
    answer["agreements"][0]["signatories"][1]["organization"] = expanded  # type: ignore[index]
    server.fallback = lambda body: Reply(completion(answer))
    record = extract(ARTICLE, source="a", settings=settings)
    (_, party) = record.agreements[0].parties
    assert (party.name, party.aliases) == ("Northgate Robotics Co., Ltd.", [])
    assert record.agreements[0].signatories[1].organization == "Northgate Robotics Co., Ltd."
    assert f"dropped alias '{expanded}': not in the article" in record.warnings
    assert not [w for w in record.warnings if "organization" in w]


def test_a_signing_date_read_from_a_date_text_not_in_the_article_is_doubted(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    """A date_text the article does not contain is dropped; the date read from it is
    kept (the model may only have written the date another way) and doubted; unless the
    sentence that signs the agreement opens with a date of its own, which is taken."""
    answer = copy.deepcopy(GOOD_ANSWER)
    answer["agreements"][0]["date_text"] = "On the afternoon of May 15"  # type: ignore[index]
    server.fallback = lambda body: Reply(completion(answer))
    article = ARTICLE.replace("On May 16, ", "")
    record = extract(article, source="a", settings=settings)
    assert (record.agreements[0].date_text, record.agreements[0].date_signed) == (
        None,
        dt.date(2024, 5, 15),
    )
    assert (
        "doubted date_signed 2024-05-15: read from a date_text the article does not contain"
        in record.warnings
    )
    record = extract(ARTICLE, source="b", settings=settings)
    assert (record.agreements[0].date_text, record.agreements[0].date_signed) == (
        "On May 16",
        dt.date(2024, 5, 16),
    )
    assert not [w for w in record.warnings if w.startswith("doubted")]


@pytest.mark.parametrize(
    ("date_text", "text"),
    [
        ("2023年10月20日上午", "2023年10月20日下午，甲大学与乙公司签署合作协议。"),
        ("On the evening of June 20", "On the evening of July 20, Lakeside College and "
         "Northwind Robotics signed an agreement."),
    ],
)  # fmt: skip
def test_a_date_text_near_the_articles_is_another_date_and_doubted(
    date_text: str, text: str
) -> None:
    """A date is never matched fuzzily: one word or letter off is another time or day, and
    the signing date read from it is doubted, not silently kept."""
    agreement = Agreement(
        date_text=date_text, date_signed=dt.date(2023, 6, 20), parties=[Party(name="甲大学")]
    )
    draft = ExtractionDraft(article=Article(), agreements=[agreement])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert guarded.agreements[0].date_text is None
    assert warnings[-2:] == [
        f"dropped date_text '{date_text}': not in the article",
        "doubted date_signed 2023-06-20: read from a date_text the article does not contain",
    ]


@pytest.mark.parametrize(
    ("party", "text", "longer"),
    [
        ("Lakeside University", "Lakeside University of Technology and Northwind Robotics "
         "signed an MoU.", "Lakeside University of Technology"),
        ("湖滨大学", "湖滨大学城市学院与乙科技有限公司签署合作协议。", "湖滨大学城市学院"),
        ("湖濱大學", "湖濱大學醫學院與乙公司簽署協議。", "湖濱大學醫學院"),
    ],
)  # fmt: skip
def test_a_party_written_only_inside_a_longer_name_is_doubted(
    party: str, text: str, longer: str
) -> None:
    """Another institution's name begins with the party's: kept, since the article may
    shorten it, and flagged; not when the article also writes the name on its own."""
    draft = ExtractionDraft(article=Article(), agreements=[Agreement(parties=[Party(name=party)])])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert [p.name for p in guarded.agreements[0].parties] == [party]
    assert warnings == [
        f"doubted party '{party}': the article writes it only within the longer name '{longer}'"
    ]
    alone = f"{text} {party} will send a team." if party.isascii() else f"{text}{party}将派团队。"
    assert apply_guard(draft, Checker(SourceIndex(alone)))[1] == []


@pytest.mark.parametrize(
    ("text", "date_text", "doubted"),
    [
        ("The Bluefin team reached Portcity on June 4. On June 5, Harbourline and Bluefin "
         "signed the pact.", "June 4", True),
        ("The Bluefin team reached Portcity on June 4. On June 5, Harbourline and Bluefin "
         "signed the pact.", "June 5", False),
        ("6月4日，乙公司代表团抵达港城。6月5日，双方签署合作协议。", "6月4日", True),
        ("6月4日，乙公司代表团抵达港城。6月5日，双方签署合作协议。", "6月5日", False),
        ("On June 5 the ceremony was held at the Seaview Hall.", "June 5", False),
    ],
)  # fmt: skip
def test_a_signing_date_from_a_sentence_about_something_else_is_kept_and_doubted(
    text: str, date_text: str, doubted: bool
) -> None:
    """The date may still be right, so it stays; but the warnings say it is in doubt."""
    agreement = Agreement(date_text=date_text, date_signed=dt.date(2024, 6, 4))
    draft = ExtractionDraft(article=Article(), agreements=[agreement])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert guarded.agreements[0].date_signed == dt.date(2024, 6, 4)
    said = (
        f"doubted date_signed 2024-06-04: its date_text '{date_text}' is not in a sentence "
        "about the signing"
    )
    assert warnings == ([said] if doubted else [])


def test_a_publication_date_the_page_does_not_show_is_dropped_and_said(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    """Without a date line the model's publication date is a guess, and it would give
    the year-less signing date ("On May 16") its year."""
    undated = ARTICLE.replace("Time: 2024-05-20\n", "")
    server.fallback = lambda body: Reply(completion(GOOD_ANSWER))
    record = extract(undated, source="a", settings=settings)
    assert (record.article.published, record.agreements[0].date_signed) == (None, None)
    said = "dropped published 2024-05-20: the page does not write this date as its own"
    assert record.warnings[0] == said


def test_a_signing_date_of_numbers_that_reads_either_way_is_doubted(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    """05/03/2024 under a page of 20 May 2024 may be 3 May or 5 March: read month first,
    as before, and said."""
    article = ARTICLE.replace("On May 16", "On 05/03/2024")
    answer = copy.deepcopy(GOOD_ANSWER)
    answer["agreements"][0].update(date_text="On 05/03/2024", date_signed="2024-05-03")  # type: ignore[index]
    server.fallback = lambda body: Reply(completion(answer))
    record = extract(article, source="a", settings=settings)
    assert record.agreements[0].date_signed == dt.date(2024, 5, 3)
    assert record.warnings == [
        "doubted date_signed 2024-05-03: its date_text 'On 05/03/2024' may be day first, 2024-03-05"
    ]


def test_a_signing_date_its_date_text_does_not_state_is_dropped_and_said(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    """Normalisation reads the date from the text; the model's own date with no ground
    is dropped, and said as the guard says its drops."""
    answer = copy.deepcopy(GOOD_ANSWER)
    answer["agreements"][0].update(date_text=None, date_signed="2024-05-16")  # type: ignore[index]
    server.fallback = lambda body: Reply(completion(answer))
    record = extract(ARTICLE.replace("On May 16, ", ""), source="a", settings=settings)
    assert record.agreements[0].date_signed is None
    assert record.warnings == ["dropped date_signed 2024-05-16: no date_text says it"]


_MANY_NAMES = """Lakeside University signs two agreements with Northgate Robotics
Time: 2024-05-20

On May 16, Lakeside University (LU), also written LKU, Lakeside, Lakeside Uni, Lake U,
LSU and Lakeside Varsity in the region's press, signed a cooperation agreement and a
data-sharing memorandum with Northgate Robotics in Lakeside City.
"""


def test_aliases_past_the_bound_are_said_once_for_a_party_of_two_agreements(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    """Eight names the article writes for one party, merged from two of the model's
    entries: six kept, the two cut said once, not once for each agreement."""
    parties = [
        {"name": "Lakeside University", "aliases": ["LU", "LKU", "Lakeside"], "kind": "university"},
        {"name": "LU", "aliases": ["Lakeside Uni", "Lake U", "LSU", "Lakeside Varsity"]},
        {"name": "Northgate Robotics", "aliases": [], "kind": "company"},
    ]
    agreement = {"title": None, "date_text": "On May 16", "parties": parties}
    answer = {
        "article": {"title": None, "published": "2024-05-20", "language": "en"},
        "agreements": [agreement, {**agreement, "title": "data-sharing memorandum"}],
    }
    server.fallback = lambda body: Reply(completion(answer))
    record = extract(_MANY_NAMES, source="a", settings=settings)
    lakeside = [a.parties[0] for a in record.agreements]
    assert [p.aliases for p in lakeside] == [["LU", "LKU", "Lakeside", "Lakeside Uni", "Lake U",
                                             "LSU"]] * 2  # fmt: skip
    assert [w for w in record.warnings if "alias" in w] == [
        f"dropped alias '{name}' of 'Lakeside University': a party holds at most 6 aliases"
        for name in ("Lakeside Varsity",)
    ]
    assert type(record).model_validate_json(record.model_dump_json()) == record


def test_names_are_kept_as_the_article_spells_them_with_its_accents() -> None:
    """Grounded without accents, a model's "Jose Maria Perez" was kept so, and scored as
    neither the article's "José María Pérez" nor anyone else."""
    text = "Łódź University of Technology and Dr. José María Pérez of Đà Nẵng University signed."
    agreement = Agreement(
        parties=[Party(name="Lodz University of Technology"), Party(name="Da Nang University")],
        signatories=[Signatory(name="Jose Maria Perez", organization="Da Nang University")],
    )
    draft = ExtractionDraft(article=Article(), agreements=[agreement])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    kept = guarded.agreements[0]
    assert [p.name for p in kept.parties] == ["Łódź University of Technology", "Đà Nẵng University"]
    assert (kept.signatories[0].name, kept.signatories[0].organization) == (
        "José María Pérez",
        "Đà Nẵng University",
    )
    assert warnings == []


def test_lenient_mode_keeps_and_flags(server: FakeOpenAIServer, settings: Settings) -> None:
    server.fallback = lambda body: Reply(completion(_with_invented_party()))
    record = extract(ARTICLE, source="a", settings=settings.merged(strict=False))
    assert len(server.requests) == 1, "lenient mode does not re-ask"
    assert INVENTED in [p.name for p in record.agreements[0].parties]
    assert any(INVENTED in w for w in record.warnings)


def test_template_syntax_in_an_article_reaches_the_model_verbatim(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    # instructor renders messages as Jinja2 templates when given a validation context;
    # the guard must not hand it one, or this article would be rewritten
    article = ARTICLE + "\nPage script: {{ user.name }} {% if x %}{# note #}{% endfor %} }}\n"
    server.push(Reply(completion(GOOD_ANSWER)))
    extract(article, source="a", settings=settings)
    sent = server.requests[0]["messages"]
    assert "{{ user.name }} {% if x %}{# note #}{% endfor %} }}" in sent[-1]["content"]
    assert sent[0]["content"].startswith("You extract records")


def test_concurrent_articles_are_each_guarded_by_their_own_text(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    # The answer names INVENTED, which only the second article contains: the first must
    # be re-asked about it, the second must not, while both are in flight together.
    server.latency = 0.2
    server.fallback = lambda body: Reply(completion(_with_invented_party()))
    with_it = ARTICLE + f"\nAlso present: {INVENTED}.\n"
    outcomes = list(
        extract_many([("without", ARTICLE), ("with", with_it)], concurrency=2, settings=settings)
    )
    by_source = {o.source: o for o in outcomes}
    reasked = [r for r in server.requests if INVENTED in json.dumps(r["messages"][2:])]
    assert len(server.requests) == 3 and len(reasked) == 1
    assert "Riverbend University and Northgate" in reasked[0]["messages"][1]["content"]
    assert INVENTED not in reasked[0]["messages"][1]["content"]
    assert INVENTED in [p.name for p in by_source["with"].agreements[0].parties]
    assert INVENTED not in [p.name for p in by_source["without"].agreements[0].parties]


_PIER = """Harbourline Institute and Bluefin Marine Sign Agreement to Found Ocean Lab
Time: 2024-03-02

On February 28, Harbourline Institute and Bluefin Marine Co., Ltd. signed an agreement at
the Grand Pier Hall to found the Harbourline-Bluefin Ocean Sensing Laboratory. President
Lin Tao and CEO Zhou Bo signed the agreement, witnessed by Mayor Wu Fang. The deal was
brokered by the Ridgeport Chamber of Commerce. Lin Tao and Zhou Bo then unveiled the plaque
of the new laboratory. Governor Ada Reyes gave a speech. Data will be shared with the
Portcity Ocean Data Center. Officials from Portcity also came.
"""
"""Our own article for the guard's role rules: who witnessed, what was founded, where."""


def test_the_guard_keeps_each_role_the_article_states_and_drops_the_rest() -> None:
    agreement = Agreement(
        parties=[
            Party(name="Harbourline Institute"),
            Party(name="Bluefin Marine Co., Ltd."),
        ],
        witnesses=[Signatory(name="Wu Fang"), Signatory(name="Lin Tao"),
                   Signatory(name="Ada Reyes")],
        established_entities=["Harbourline-Bluefin Ocean Sensing Laboratory",
                              "Portcity Ocean Data Center", "Ridgeport Chamber of Commerce"],
        facilitators=["Ridgeport Chamber of Commerce", "Bluefin Marine Co., Ltd.",
                      "Seaport Trade Council", "Portcity Ocean Data Center"],
        location="Portcity",
    )  # fmt: skip
    draft = ExtractionDraft(article=Article(), agreements=[agreement])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(_PIER)))
    (kept,) = guarded.agreements
    # witnessed; unveiled (the spec's witnesses); Zhou Bo, who signed, unveiled too
    assert [w.name for w in kept.witnesses] == ["Wu Fang", "Lin Tao", "Zhou Bo"]
    assert kept.established_entities == ["Harbourline-Bluefin Ocean Sensing Laboratory"]
    assert kept.facilitators == ["Ridgeport Chamber of Commerce"]
    assert kept.location == "Grand Pier Hall"  # where the article says it was signed
    assert warnings == [
        "dropped witness 'Ada Reyes': the article does not say they witnessed or unveiled anything",
        "dropped facilitator 'Bluefin Marine Co., Ltd.': a party to the agreement",
        "dropped facilitator 'Seaport Trade Council': not in the article",
        "dropped facilitator 'Portcity Ocean Data Center': the article does not say it "
        "facilitated, brokered or promoted the deal",
        "dropped established entity 'Portcity Ocean Data Center': the article does not say it "
        "was founded, co-built or unveiled",
        "dropped established entity 'Ridgeport Chamber of Commerce': not named as an "
        "institute, centre, base, lab or similar body",
        "dropped location 'Portcity': not tied to the signing in the text",
        # Lin Tao is the model's witness (who unveiled): the signer left out is added.
        "added signatory 'Zhou Bo': the article says they signed, and the model left them out",
        "added witness 'Zhou Bo': a signer, and the article says they unveiled what the "
        "agreement set up",
        "took location 'Grand Pier Hall': the article says the signing was held there, and the "
        "model gave none",
    ]
    assert [p.name for p in kept.signatories] == ["Zhou Bo"]
    at_the_hall = agreement.model_copy(update={"location": "Grand Pier Hall"})
    guarded, _ = apply_guard(draft.model_copy(update={"agreements": [at_the_hall]}),
                             Checker(SourceIndex(_PIER)))  # fmt: skip
    assert guarded.agreements[0].location == "Grand Pier Hall"


_HARBOUR = """港灣大學與藍鰭海洋科技簽署戰略合作框架協議
發佈時間：2024年5月20日

本月16號上午，港灣大學與藍鰭海洋科技有限公司在港灣大學國際會議廳舉行簽約儀式。港灣大學副校長林濤與藍鰭海洋科技有限公司總經理周博代表雙方簽署《戰略合作框架協議》，市長吳芳見證簽約。

根據協議，雙方將共建港灣藍鰭海洋感測聯合實驗室。簽約後，吳芳與林濤、周博共同為聯合實驗室揭牌。
"""
"""Our own article in Traditional characters (as Taiwan, Hong Kong and Macau pages write)."""


def test_a_traditional_chinese_article_keeps_every_role_it_states_as_written(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    """The rules are written in Simplified characters, and read 簽署, 見證, 舉行, 實驗室,
    發佈時間, 本月16號 and 總經理 as they read 签署, 见证, 举行, 实验室, 发布时间, 本月16号
    and 总经理; the record holds every value as the article writes it, and its spans
    index the article."""
    answer = {
        "article": {"title": _HARBOUR.splitlines()[0], "published": None, "language": "zh"},
        "agreements": [{
            "title": "戰略合作框架協議",
            "agreement_type": "strategic_cooperation",
            "date_text": "本月16號上午",
            "location": "港灣大學國際會議廳",
            "parties": [{"name": "港灣大學", "aliases": [], "kind": "university"},
                        {"name": "藍鰭海洋科技有限公司", "aliases": [], "kind": "company"}],
            "signatories": [
                {"name": "林濤", "title": "副校長", "organization": "港灣大學"},
                {"name": "總經理周博", "title": None, "organization": None},
            ],
            "witnesses": [{"name": "吳芳", "title": "市長", "organization": None}],
            "facilitators": [],
            "established_entities": ["港灣藍鰭海洋感測聯合實驗室"],
            "cooperation_areas": ["海洋感測"],
        }],
    }  # fmt: skip
    server.fallback = lambda body: Reply(completion(answer))
    record = extract(_HARBOUR, source="a", settings=settings)
    (agreement,) = record.agreements
    # The signers who went on to unveil the laboratory are its witnesses too (the spec's
    # "jointly unveiled what it set up"), on a Traditional page as on a Simplified one.
    assert record.warnings == [
        f"added witness '{name}': a signer, and the article says they unveiled what the "
        "agreement set up"
        for name in ("林濤", "周博")
    ]
    assert (record.article.published, agreement.date_signed) == (
        dt.date(2024, 5, 20),
        dt.date(2024, 5, 16),
    )
    assert [(p.name, p.title) for p in agreement.signatories] == [
        ("林濤", "副校長"),
        ("周博", "總經理"),
    ]
    assert [p.name for p in agreement.witnesses] == ["吳芳", "林濤", "周博"]
    assert agreement.established_entities == ["港灣藍鰭海洋感測聯合實驗室"]
    assert agreement.location == "港灣大學國際會議廳"
    assert all(g.status == "exact" for g in record.grounding)
    assert all(_HARBOUR[s.start : s.end] == g.value for g in record.grounding for s in g.spans)


@pytest.mark.parametrize(
    ("text", "date_text", "on_the_page_line"),
    [
        ("甲省与乙集团签约\n发布时间：2025-04-22 08:30\n\n4月20日上午，甲省与乙集团签署协议。",
         "2025-04-22", True),
        ("Acme Signs with Beta\nTime: 2025-04-22\n\nOn April 20, Acme and Beta signed an MoU.",
         "2025-04-22", True),
        ("Acme Signs with Beta\nRelease Date: April 20, 2025\nAcme and Beta University today "
         "signed a memorandum.", "April 20, 2025", True),
        ("Acme Signs with Beta\nTime: 2025-04-20\n\nOn 2025-04-20, Acme and Beta signed an MoU.",
         "2025-04-20", False),
    ],
)  # fmt: skip
def test_a_date_text_only_on_the_page_date_line_is_doubted(
    text: str, date_text: str, on_the_page_line: bool
) -> None:
    """The held-out zh_h1's find: the model gave the page's publication date as the
    signing's (4月20日上午). Doubted, not dropped: where the article signs "today" it is
    the signing's too (a review's finds against dropping it)."""
    signed = dt.date(2025, 4, 22 if "04-22" in date_text else 20)
    agreement = Agreement(date_text=date_text, date_signed=signed)
    draft = ExtractionDraft(article=Article(), agreements=[agreement])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    result = guarded.agreements[0]
    assert (result.date_text, result.date_signed) == (date_text, signed)
    doubt = f"doubted date_signed {signed}: its date_text '{date_text}' is the page's own date line"
    assert any(w.startswith(doubt) for w in warnings) is on_the_page_line, warnings


_TWO_SECTIONS = """Acme Holdings signs two agreements
September 17, 2025

Framework agreement with the Port Authority

Acme Holdings plc and the Port Authority today signed a Framework Agreement on Shore Power.

Research contract with Fenmoor University

On Monday, Acme Logistics Ltd and Fenmoor University signed the Quayside Battery Research
Contract. Dr Ann Lee signed for Acme Logistics.
"""
"""Our own press release in the blind13 n04's shape: a section heading over each
agreement, its date alone under the headline."""


def _sections(titles: tuple[str, str]) -> ExtractionDraft:
    page = dt.date(2025, 9, 17)
    framework = Agreement(
        title=titles[0], date_text="September 17", date_signed=page,
        parties=[Party(name="Acme Holdings plc"), Party(name="Port Authority")],
    )  # fmt: skip
    contract = Agreement(
        title=titles[1], date_text="September 17", date_signed=page,
        parties=[Party(name="Acme Logistics Ltd"), Party(name="Fenmoor University")],
    )  # fmt: skip
    return ExtractionDraft(article=Article(published=page), agreements=[framework, contract])


@pytest.mark.parametrize(
    ("titles", "days"),
    [
        # the headings, which both passes gave: each dated by its own signing sentence
        (("Framework agreement with the Port Authority",
          "Research contract with Fenmoor University"), [17, 15]),
        # the documents' own titles: the same
        (("Framework Agreement on Shore Power", "Quayside Battery Research Contract"), [17, 15]),
    ],
)  # fmt: skip
def test_an_agreement_dated_by_the_page_line_takes_its_own_signing_sentences_day(
    titles: tuple[str, str], days: list[int]
) -> None:
    """The blind13 n04's (a section heading for a title, the page's date alone under the
    headline for the date), the blind10 k06's and the blind12 m06's (the page's date line
    given, "last Friday", "yesterday" in the sentence that signs): an agreement the model
    dated by the page's own date line takes the day of the sentences that name all its
    parties and a document, none other; a heading names no document. The framework's
    own sentence signs "today": it keeps the page's day, not the contract's Monday (nor
    the page's date under the headline, which "signs", as a signing's day)."""
    checker = Checker(SourceIndex(_TWO_SECTIONS), published=dt.date(2025, 9, 17))
    guarded, warnings = apply_guard(_sections(titles), checker)
    assert [a.date_signed.day for a in guarded.agreements if a.date_signed] == days, warnings


@pytest.mark.parametrize(
    ("text", "page", "expected"),
    [
        # both agreements of the same two parties, headings for titles: neither takes the
        # other's sentence (a review's find)
        ("Acme signs two agreements with Fenmoor\nSeptember 17, 2025\n\nFramework agreement "
         "with Fenmoor University\n\nAcme Holdings plc and Fenmoor University today signed a "
         "Framework Agreement on Shore Power.\n\nResearch contract with Fenmoor University\n\n"
         "On Monday, Acme Holdings plc and Fenmoor University signed the Quayside Battery "
         "Research Contract.\n", dt.date(2025, 9, 17), [17, 17]),
        # its own sentence undated: the ceremony's day, the article's one (a review's find)
        ("甲省与乙集团签署战略合作协议\n发布时间：2025-04-22 08:30\n\n4月20日上午，甲省人民政府"
         "与乙集团战略合作签约仪式在省城举行。甲省人民政府与乙集团签署了战略合作协议。",
         dt.date(2025, 4, 22), [20]),
    ],
)  # fmt: skip
def test_an_agreement_dated_by_the_page_line_keeps_to_its_own_signing(
    text: str, page: dt.date, expected: list[int]
) -> None:
    """Reviews' finds on the rule above: the sentences of another agreement of the same
    parties are not this one's where a heading stands for its title; and where its own
    sentences write no day (nor "today"), the article's one signing day dates it."""
    parties = [Party(name=n) for n in ("Acme Holdings plc", "Fenmoor University")]
    date_text = "September 17"
    titles = [
        "Framework agreement with Fenmoor University",
        "Research contract with Fenmoor University",
    ]
    if "甲省" in text:
        parties = [Party(name="甲省人民政府"), Party(name="乙集团")]
        date_text, titles = "2025-04-22 08:30", ["战略合作协议"]
    agreements = [
        Agreement(title=t, date_text=date_text, date_signed=page, parties=parties) for t in titles
    ]
    draft = ExtractionDraft(article=Article(published=page), agreements=agreements)
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text), published=page))
    assert [a.date_signed.day for a in guarded.agreements if a.date_signed] == expected, warnings


def test_an_agreement_given_twice_every_field_alike_is_kept_once() -> None:
    """The held-out en_h2's find: the local model gave its one framework agreement twice.
    Two that differ in anything stay two (two documents may share a title: the text writes
    it twice, else ``_no_unsigned_copy`` folds the unsigned one)."""
    text = (
        "On June 17, Acme and Beta signed a framework agreement. Lin Tao signed for Acme. "
        "Beta signed a framework agreement with Acme's unit too."
    )
    one = Agreement(
        title="framework agreement",
        date_text="June 17",
        parties=[Party(name="Acme"), Party(name="Beta")],
        signatories=[Signatory(name="Lin Tao")],
    )
    other = one.model_copy(update={"signatories": []})
    draft = ExtractionDraft(article=Article(), agreements=[one, one, other])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert [len(a.signatories) for a in guarded.agreements] == [1, 0]
    assert warnings == ["dropped agreement 'framework agreement': given twice, every field alike"]
    lenient, said = apply_guard(draft, Checker(SourceIndex(text)), strict=False)
    assert lenient == draft and said == [w.replace("dropped", "unverified") for w in warnings]
    # Two that differ only by what the guard drops stay two: they may be two documents
    # whose paraphrased titles went (a review's find).
    other_title = one.model_copy(update={"title": "research memorandum"})
    draft = ExtractionDraft(article=Article(), agreements=[one, other_title])
    guarded, _ = apply_guard(draft, Checker(SourceIndex(text)))
    assert len(guarded.agreements) == 2
    # Nor where the article counts the documents: the model may give two alike.
    counted = "Acme and Beta signed two memorandums of understanding on Tuesday."
    draft = ExtractionDraft(article=Article(), agreements=[Agreement(), Agreement()])
    guarded, _ = apply_guard(draft, Checker(SourceIndex(counted)))
    assert len(guarded.agreements) == 2


def test_an_agreement_given_again_under_the_headlines_words_is_kept_once() -> None:
    """The blind8 i01's model gave its memorandum twice, once under the headline's words:
    the same signers, parties and day as the one the body titles. Not a second document
    whose title the body writes, nor where the article counts its documents."""
    headline = "Acme signs battery memorandum with Beta"
    text = f"{headline}\n\nAcme and Beta signed a memorandum of understanding. Lin Tao signed."
    one = Agreement(
        title="memorandum of understanding",
        parties=[Party(name="Acme"), Party(name="Beta")],
        signatories=[Signatory(name="Lin Tao")],
    )
    again = one.model_copy(
        update={"title": "battery memorandum with Beta", "cooperation_areas": ["batteries"]}
    )
    draft = ExtractionDraft(article=Article(title=headline), agreements=[one, again])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert [a.title for a in guarded.agreements] == ["memorandum of understanding"], warnings
    assert guarded.agreements[0].cooperation_areas == ["batteries"]
    for other in (
        text + " The battery memorandum with Beta came next.",
        text + " They signed two MoUs.",
        text + " They signed an MoU on batteries and a supply contract for cells.",
    ):
        guarded, _ = apply_guard(draft, Checker(SourceIndex(other)))
        assert len(guarded.agreements) == 2


def test_two_documents_the_headline_calls_otherwise_stay_two() -> None:
    """A review's finds: "MoU" of the headline and the body's "supply contract", signed by
    the same two people at one ceremony, are two documents."""
    headline = "Acme and Beta sign MoU, supply contract"
    text = f"{headline}\n\nAcme and Beta signed an accord. Lin Tao and Zhou Bo signed for them."
    people = [Signatory(name="Lin Tao"), Signatory(name="Zhou Bo")]
    parties = [Party(name="Acme"), Party(name="Beta")]
    mou = Agreement(title="MoU", parties=parties, signatories=people)
    supply = mou.model_copy(update={"title": "accord"})
    draft = ExtractionDraft(article=Article(title=headline), agreements=[mou, supply])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert len(guarded.agreements) == 2, warnings


def test_a_person_or_a_role_given_as_a_party_is_dropped() -> None:
    """The blind set's b01: written in the article, such a party grounds, and binds no one.
    Only where it holds a signer's or witness's name or title: a name like a person's is
    often a company's ("Dr. Oetker GmbH", a review's find)."""
    text = (
        "Riverbend University, Lumacore Inc. and Dr. Oetker GmbH signed a research agreement. "
        "Helen Marsh, Dean of the School of Materials Science, signed for the university, with "
        "Priya Raman, Chief Technology Officer of Lumacore, signing for the company."
    )
    people = [
        "Dean of the School of Materials Science",
        "Priya Raman, Chief Technology Officer of Lumacore",
    ]
    named = ["Riverbend University", "Lumacore Inc.", "Dr. Oetker GmbH"]
    agreement = Agreement(
        parties=[Party(name=name) for name in [*named, *people]],
        signatories=[
            Signatory(name="Helen Marsh", title="Dean of the School of Materials Science"),
            Signatory(name="Priya Raman", title="Chief Technology Officer"),
        ],
    )
    draft = ExtractionDraft(article=Article(), agreements=[agreement])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert [p.name for p in guarded.agreements[0].parties] == named
    dropped = [w for w in warnings if w.startswith("dropped party")]
    assert dropped == [
        f"dropped party '{name}': a person or a role, not an organisation" for name in people
    ]


@pytest.mark.parametrize(
    ("name", "dropped"),
    [
        ("I. A. H.", True),  # the blind2 c03's: the party's abbreviation spelt as initials
        ("IAH", True),
        ("Ian Hale", False),
    ],
)
def test_a_person_named_as_one_of_the_parties_is_dropped(name: str, dropped: bool) -> None:
    """Only a name in capitals: a company may bear its founder's name."""
    text = (
        "The Alder Board and the Institute for Applied Hydrology (IAH) signed a framework "
        "agreement. It was signed by Margaret Ellison for the board and by Ian Hale for IAH."
    )
    agreement = Agreement(
        parties=[
            Party(name="Alder Board"),
            Party(name="Institute for Applied Hydrology", aliases=["IAH"]),
        ],
        signatories=[Signatory(name="Margaret Ellison"), Signatory(name=name)],
    )
    draft = ExtractionDraft(article=Article(), agreements=[agreement])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    names = [p.name for p in guarded.agreements[0].signatories]
    assert names == ["Margaret Ellison"] + ([] if dropped else [name]), warnings
    said = f"dropped signatory '{name}': a party to the agreement, not a person"
    assert (said in warnings) is dropped


_PROJECT = (
    "12月28日，甲学院与乙公司签署《视觉检测系统联合研发项目合作协议》。甲学院院长赵永康代表"
    "学院签约，乙公司副总经理代表企业签约。"
)


@pytest.mark.parametrize(
    ("text", "one"),
    [
        (_PROJECT, True),
        # The short title written on its own, or the documents counted: two documents.
        (_PROJECT + "双方还签署了《联合研发项目合作协议》。", False),
        (_PROJECT.replace("签署《", "签署两份协议：《"), False),
    ],
)
def test_an_agreement_given_again_under_its_titles_tail_is_one(text: str, one: bool) -> None:
    """The blind2 c06's find: the model gave one document twice, under its title and under
    the title's last words, its unnamed signer in one of the two."""
    parties = [Party(name="甲学院"), Party(name="乙公司")]
    zhao = Signatory(name="赵永康", title="院长")
    unnamed = Signatory(name=None, title="副总经理", organization="乙公司")
    full = Agreement(
        title="视觉检测系统联合研发项目合作协议", date_text="12月28日",
        date_signed=dt.date(2024, 12, 28), parties=parties, signatories=[zhao],
    )  # fmt: skip
    tail = full.model_copy(update={"title": "联合研发项目合作协议", "signatories": [zhao, unnamed]})
    draft = ExtractionDraft(article=Article(), agreements=[tail, full])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    if one:
        (agreement,) = guarded.agreements
        assert agreement.title == full.title
        assert agreement.signatories == [zhao, unnamed]
        assert f"dropped agreement '{tail.title}': the same document as '{full.title}'" in warnings
    else:
        assert [a.title for a in guarded.agreements] == [tail.title, full.title]


def test_a_signer_whose_company_bears_their_name_is_kept() -> None:
    """A review's find: "Li Ning Co., Ltd." and its chairman Li Ning."""
    text = "Li Ning Co., Ltd. and Beta University signed an MoU. Li Ning signed for the company."
    agreement = Agreement(
        parties=[Party(name="Li Ning Co., Ltd."), Party(name="Beta University")],
        signatories=[Signatory(name="Li Ning")],
    )
    draft = ExtractionDraft(article=Article(), agreements=[agreement])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert [p.name for p in guarded.agreements[0].signatories] == ["Li Ning"], warnings


def test_two_agreements_whose_titles_share_a_tail_written_apart_stay_two() -> None:
    """A review's find: the short title is written apart, in lower case."""
    text = (
        "On May 6, Acme Corp and Beta University signed a Strategic Cooperation Agreement, "
        "and Acme Corp and Beta University signed a cooperation agreement on talent training. "
        "Lin Tao signed both for Acme Corp."
    )
    parties = [Party(name="Acme Corp"), Party(name="Beta University")]
    lin = [Signatory(name="Lin Tao")]
    agreements = [
        Agreement(title=title, date_text="On May 6", parties=parties, signatories=lin)
        for title in ("Strategic Cooperation Agreement", "Cooperation Agreement")
    ]
    draft = ExtractionDraft(article=Article(), agreements=agreements)
    guarded, _ = apply_guard(draft, Checker(SourceIndex(text)))
    assert len(guarded.agreements) == 2


_HEADLINE = "南湖市人民政府与甲工业大学签署战略合作框架协议 共建新能源研究院"
_FRAMEWORK = (
    f"{_HEADLINE}\n\n5日下午，南湖市人民政府与甲工业大学（以下简称“甲工大”）签约仪式在市民中心举行。"
    "市委书记周平、校长孙新出席。在周平、孙新的共同见证下，副市长刘静与副校长何雯签署"
    "《南湖市人民政府 甲工业大学战略合作框架协议》。研究院首期建设两个研究方向。"
)


@pytest.mark.parametrize(
    ("text", "one"),
    [
        (_FRAMEWORK, True),
        # The short title written on its own in the body: another document.
        (_FRAMEWORK + "双方还签署了战略合作框架协议。", False),
        # The documents counted.
        (_FRAMEWORK.replace("研究院首期", "双方签署两份协议，研究院首期"), False),
    ],
)
def test_a_tail_given_its_witnesses_beside_the_full_title_given_its_signers_is_one(
    text: str, one: bool
) -> None:
    """The blind11 l01's: the model gave "战略合作框架协议" (the headline's words) the
    leaders who witnessed as its signers, and the full title its signers; the university
    under its name in one and its short form in the other. "两个研究方向" counts no
    documents."""
    full_name = Party(name="甲工业大学")
    short_name = Party(name="甲工大")
    city = Party(name="南湖市人民政府")
    tail = Agreement(
        title="战略合作框架协议", parties=[city, full_name],
        signatories=[Signatory(name="周平"), Signatory(name="孙新")],
    )  # fmt: skip
    full = Agreement(
        title="南湖市人民政府 甲工业大学战略合作框架协议", parties=[city, short_name],
        signatories=[Signatory(name="刘静"), Signatory(name="何雯")],
    )  # fmt: skip
    draft = ExtractionDraft(article=Article(title=_HEADLINE), agreements=[tail, full])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert [a.title for a in guarded.agreements] == (
        [full.title] if one else [tail.title, full.title]
    ), warnings


_LAB = (
    "时间：2023-06-16 10:30\n\n本报讯（记者 黄远）昨天上午，甲研究院与乙无人机科技股份有限公司"
    "（简称“乙科技”）在天府大厦签署合作协议。这是市科协今年促成的第十二个合作项目。"
    "签约现场，院长林鸣与乙科技董事长唐峻在《共建感知联合实验室合作协议》上签字。"
)


@pytest.mark.parametrize(
    ("text", "one"),
    [
        (_LAB, True),
        (_LAB.replace("签署合作协议。", "签署合作协议和保密协议。"), False),
        (_LAB.replace("第十二个合作项目", "第十二个合作项目，双方签署两份协议"), False),
    ],
)
def test_an_untitled_agreement_holding_nothing_beside_a_titled_one_is_that_one(
    text: str, one: bool
) -> None:
    """The blind11 l02's: the model gave the signing twice, once with a paraphrased title
    the guard drops and nothing else of its own, its date written otherwise; the titled one
    takes the one date the article's signing sentences give ("第十二个合作项目" counts no
    documents)."""
    parties = [Party(name="甲研究院"), Party(name="乙无人机科技股份有限公司")]
    shell = Agreement(title="strategic cooperation agreement", parties=parties,
                      date_text="Yesterday上午", facilitators=["市科协"])  # fmt: skip
    titled = Agreement(
        title="共建感知联合实验室合作协议", parties=[parties[0], Party(name="乙科技")],
        signatories=[Signatory(name="林鸣"), Signatory(name="唐峻")],
    )  # fmt: skip
    draft = ExtractionDraft(article=Article(), agreements=[shell, titled])
    checker = Checker(SourceIndex(text), published=dt.date(2023, 6, 16))
    guarded, warnings = apply_guard(draft, checker)
    if one:
        (agreement,) = guarded.agreements
        assert (agreement.title, agreement.date_text) == (titled.title, "昨天上午"), warnings
        assert agreement.date_signed == dt.date(2023, 6, 15)
        assert agreement.facilitators == ["市科协"]
    else:
        assert len(guarded.agreements) == 2, warnings


_BASE = (
    "甲理工大学与乙智造科技股份有限公司签署校企合作协议 共建智能装备研究院\n\n"
    "12月27日下午，甲理工大学与乙智造科技股份有限公司校企合作签约暨“甲理工—乙智造智能装备"
    "研究院”揭牌仪式在学校明德楼举行。副校长谢文与乙智造副总裁潘远代表双方签署《共建智能装备"
    "研究院合作协议》。随后，校长顾康与乙智造董事长蒋平共同为“甲理工—乙智造智能装备研究院”和"
    "“甲理工大学研究生联合培养基地（乙智造）”揭牌。\n"
)


@pytest.mark.parametrize(
    ("text", "one"),
    [
        (_BASE, True),
        (_BASE.replace("签署《共建", "签署《保密协议》和《共建"), False),
    ],
)
def test_an_agreement_titled_by_the_headline_alone_beside_a_titled_one_is_that_one(
    text: str, one: bool
) -> None:
    """The blind18 s02's: the headline's "签署校企合作协议" given as a second agreement with
    the base the article unveiled and the unveilers as its signers; its bodies go to the
    document the body names, and the unveilers, who signed nothing, are its witnesses."""
    parties = [Party(name="甲理工大学"), Party(name="乙智造科技股份有限公司")]
    shell = Agreement(
        title="校企合作协议", parties=parties,
        signatories=[Signatory(name="顾康"), Signatory(name="蒋平")],
        established_entities=["甲理工大学研究生联合培养基地（乙智造）"],
    )  # fmt: skip
    titled = Agreement(
        title="共建智能装备研究院合作协议", parties=parties,
        signatories=[Signatory(name="谢文"), Signatory(name="潘远")],
        established_entities=["甲理工—乙智造智能装备研究院"],
    )  # fmt: skip
    headline = text.split("\n", 1)[0]
    draft = ExtractionDraft(article=Article(title=headline), agreements=[shell, titled])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    if not one:
        assert len(guarded.agreements) == 2, warnings
        return
    (agreement,) = guarded.agreements
    assert agreement.title == titled.title, warnings
    assert len(agreement.established_entities) == 2, warnings
    assert [p.name for p in agreement.witnesses] == ["顾康", "蒋平"], warnings


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Acme Ltd last Friday signed an agreement with Beta University.", "last Friday"),
        # Another's signing on another day: not this agreement's.
        ("Acme Ltd last Friday signed an agreement with Beta University. On Monday, Gamma "
         "Corp signed a contract with Beta University.", "last Friday"),
        # Two days its own parties' sentences give: neither.
        ("Acme Ltd last Friday signed an agreement with Beta University. On Monday, Acme Ltd "
         "and Beta University signed an agreement.", None),
    ],
)  # fmt: skip
def test_the_records_one_agreement_takes_the_one_day_its_signings_give(
    text: str, day: str | None
) -> None:
    """A left-alone case of an earlier session: one untitled document, "last Friday signed
    an agreement", not dated (only sentences about the whole signing dated one)."""
    agreement = Agreement(parties=[Party(name="Acme Ltd"), Party(name="Beta University")])
    draft = ExtractionDraft(article=Article(), agreements=[agreement])
    checker = Checker(SourceIndex(text), published=dt.date(2024, 5, 22))
    guarded, warnings = apply_guard(draft, checker)
    assert guarded.agreements[0].date_text == day, warnings


def test_one_document_merged_keeps_a_partys_full_name_over_its_short_form() -> None:
    """The blind2 c06's, once its two records merged: the long title's record named the
    company by the short form the article brackets after its name; the merged record
    names it in full, the short form its alias."""
    text = (
        "12月28日，甲学院与乙智能制造有限公司（以下简称“乙智造”）签署《视觉检测系统联合研发"
        "项目合作协议》。甲学院院长赵永康代表学院签约。"
    )
    zhao = [Signatory(name="赵永康")]
    tail = Agreement(title="联合研发项目合作协议", signatories=zhao,
                     parties=[Party(name="甲学院"), Party(name="乙智能制造有限公司")])  # fmt: skip
    full = Agreement(title="视觉检测系统联合研发项目合作协议", signatories=zhao,
                     parties=[Party(name="甲学院"), Party(name="乙智造")])  # fmt: skip
    draft = ExtractionDraft(article=Article(), agreements=[tail, full])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    (agreement,) = guarded.agreements
    company = agreement.parties[1]
    assert (company.name, company.aliases) == ("乙智能制造有限公司", ["乙智造"]), warnings


_CA_SIGNED = (
    "Acme Ltd and Beta University signed a Cooperation Agreement. John Smith and Mary Jones "
    "signed for the two sides. "
)


@pytest.mark.parametrize(
    "other",
    [
        "On April 30, Beta University signed a similar agreement with Gamma Corp.",
        "On Friday, the two sides will sign a supply contract.",
        "On May 2, Acme Ltd and Beta University signed a letter of intent.",
        "On May 2, an Acme Ltd delegation visited Beta University to discuss the signing.",
    ],
)
def test_the_one_agreement_is_not_dated_by_anothers_or_an_earlier_signing(other: str) -> None:
    """A review's finds: the record's one agreement, undated, takes no day from a sentence
    of another's signing, one to come, an earlier document, or a visit."""
    agreement = Agreement(
        title="Cooperation Agreement",
        parties=[Party(name="Acme Ltd"), Party(name="Beta University")],
        signatories=[Signatory(name="John Smith"), Signatory(name="Mary Jones")],
    )
    draft = ExtractionDraft(article=Article(), agreements=[agreement])
    checker = Checker(SourceIndex(_CA_SIGNED + other), published=dt.date(2024, 5, 22))
    guarded, warnings = apply_guard(draft, checker)
    assert guarded.agreements[0].date_text is None, warnings


def test_the_one_agreement_keeps_the_day_the_model_gave() -> None:
    """A review's find: a signing day the model read ("today") is not replaced."""
    agreement = Agreement(
        title="Cooperation Agreement", date_signed=dt.date(2024, 5, 22),
        parties=[Party(name="Acme Ltd"), Party(name="Beta University")],
    )  # fmt: skip
    text = _CA_SIGNED + "On May 2, Acme Ltd and Beta University signed an agreement."
    draft = ExtractionDraft(article=Article(), agreements=[agreement])
    guarded, warnings = apply_guard(
        draft, Checker(SourceIndex(text), published=dt.date(2024, 5, 22))
    )
    assert guarded.agreements[0].date_signed == dt.date(2024, 5, 22), warnings


@pytest.mark.parametrize(
    "text",
    [
        _CA_SIGNED + "The two also signed a contract under which Acme Ltd will supply lab "
        "equipment to Beta University.",
        "5月20日，甲大学与乙科技有限公司签署《合作协议》。同时，双方还签署了一项设备采购合同。",
    ],
)
def test_an_untitled_agreement_is_kept_where_the_article_tells_another_document(
    text: str,
) -> None:
    """A review's finds: "also signed a contract", "还签署了一项设备采购合同": the untitled
    record is that document."""
    english = "Acme" in text
    parties = [Party(name="Acme Ltd" if english else "甲大学"),
               Party(name="Beta University" if english else "乙科技有限公司")]  # fmt: skip
    titled = Agreement(title="Cooperation Agreement" if english else "合作协议", parties=parties)
    untitled = Agreement(parties=parties, cooperation_areas=["lab equipment supply"])
    draft = ExtractionDraft(article=Article(), agreements=[titled, untitled])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert len(guarded.agreements) == 2, warnings


@pytest.mark.parametrize(
    ("text", "records"),
    [
        ("5月20日，甲市人民政府与乙集团有限公司签署了三份涉及新能源、智能制造和生物医药领域的"
         "合作协议。", 3),
        ("5月20日，甲市人民政府与乙集团有限公司签署了两份《甲市新能源汽车产业园建设项目"
         "投资协议》。", 2),
        ("5月20日，甲市人民政府与乙集团有限公司现场签约两个，分别为新能源项目和储能项目。", 2),
    ],
)  # fmt: skip
def test_documents_counted_far_from_their_word_keep_their_records(text: str, records: int) -> None:
    """A review's finds on the narrowed count: "三份涉及…领域的合作协议", a count before a long
    《》 title, "签约两个": alike records of counted documents stay."""
    parties = [Party(name="甲市人民政府"), Party(name="乙集团有限公司")]
    draft = ExtractionDraft(
        article=Article(), agreements=[Agreement(parties=parties) for _ in range(records)]
    )
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert len(guarded.agreements) == records, warnings

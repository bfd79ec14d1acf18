"""The guard's places (``coopllm.guard.places``): a location is where the signing was."""

from __future__ import annotations

import datetime as dt

import pytest

from coopllm.grounding import SourceIndex
from coopllm.guard import Checker, apply_guard
from coopllm.schema import Agreement, Article, ExtractionDraft, Party


@pytest.mark.parametrize(
    ("sentence", "location", "kept"),
    [
        ("The delegation went to HMCTG to attend the signing ceremony.", "HMCTG", True),
        ("The delegation visited Ridgeport, where the two sides signed the agreement.",
         "Ridgeport", True),
        ("代表团赴合肥出席签约仪式。", "合肥", True),
        ("代表团来到乙公司，双方签署了合作协议。", "乙公司", True),
        ("甲大学代表团赴乙公司考察交流并举行签约仪式。", "乙公司", True),
        # Where a party sits, what the deal does there, where the delegation went next.
        ("Hartwell Group, headquartered in Shenzhen, signed the agreement.", "Shenzhen", False),
        ("总部位于深圳的乙公司与甲大学签署战略合作协议。", "深圳", False),
        ("The agreement, signed by both presidents, will support investment in Anhui.", "Anhui",
         False),
        ("双方将在合肥共建联合研发中心，并签署了合作协议。", "合肥", False),
        ("签约仪式结束后，代表团一行赴上海考察。", "上海", False),
        ("After the signing, the delegation went to Shenzhen to visit the design centre.",
         "Shenzhen", False),
        ("Ridgeport Co., with headquarters in Shenzhen, signed the agreement.", "Shenzhen",
         False),
        ("Ridgeport Co., whose headquarters are in Shenzhen, signed the agreement.", "Shenzhen",
         False),
        ("Ridgeport Co., which has its headquarters in Shenzhen, signed the agreement.",
         "Shenzhen", False),
        ("Ridgeport Co., headquarters in Shenzhen, signed the agreement.", "Shenzhen", False),
        ("Ridgeport Co. (headquarters in Shenzhen) signed the agreement.", "Shenzhen", False),
        ("Ridgeport Co., with its global headquarters in Shenzhen, signed the agreement.",
         "Shenzhen", False),
        ("Ridgeport Co., whose global headquarters in Shenzhen employs 2,000 people, signed the "
         "agreement.", "Shenzhen", False),
        ("Harbourline signed the MoU with Ridgeport Co., which keeps its headquarters in "
         "Shenzhen.", "Shenzhen", False),
        ("Ridgeport Co., which employs 2,000 people at its headquarters in Shenzhen, signed "
         "the agreement.", "Shenzhen", False),
        ("Harbourline signed an MoU with Ridgeport Co., which invested 1 billion yuan at its "
         "headquarters in Shenzhen.", "Shenzhen", False),
        ("Ridgeport Co., a drone maker based at its headquarters in Shenzhen, signed the MoU.",
         "Shenzhen", False),
        # ... but a signing at a party's headquarters is there (the held-out en_h2's find).
        ("The agreement was signed on June 17 at Lanxin's headquarters in Hangzhou by Chen Hao "
         "and Margaret Lin.", "Hangzhou", True),
        ("The MoU was signed at the company's headquarters in Shenzhen.", "Shenzhen", True),
        ("The MoU was signed at the group's new global headquarters in Shenzhen.", "Shenzhen",
         True),
        ("Alpha signed an MoU on June 17 at China Mobile's headquarters in Beijing.", "Beijing",
         True),
        ("The signing ceremony was held at Lanxin's headquarters in Hangzhou.", "Hangzhou",
         True),
        ("The ceremony was hosted on Monday at the group's headquarters in Shenzhen.",
         "Shenzhen", True),
        # ... not talks, nor other work there (a review's finds).
        ("Alpha signed the MoU in Shanghai after the two sides held talks at Alpha's "
         "headquarters in Hangzhou.", "Hangzhou", False),
        ("The signing follows a year-long pilot at Lanxin's headquarters in Hangzhou.",
         "Hangzhou", False),
        ("Ridgeport Co. signed the agreement and will invest 1 billion yuan in Anhui.", "Anhui",
         False),
        # A venue with its owner or a word before it.
        ("The two sides held a signing ceremony at the university's Jinshan Campus.",
         "Jinshan Campus", True),
        ("The agreement was signed on the Jinshan Campus.", "Jinshan Campus", True),
        ("The agreement was signed at the newly built Grand Hall.", "Grand Hall", True),
        ("签约仪式在学校南湖校区行政楼第一会议室举行。", "南湖校区行政楼第一会议室", True),
        ("签约仪式在乙公司总部大楼举行。", "总部大楼", True),
        # Where the deal builds, where a company or a signer is from.
        ("The two sides signed an agreement to jointly build a research centre in Hangzhou.",
         "Hangzhou", False),
        ("双方签署协议，将在杭州联合建设研发中心。", "杭州", False),
        ("Bluefin Group, a leading robot maker in Hangzhou, signed the agreement.", "Hangzhou",
         False),
        ("Lin Tao, who was born in Hangzhou, signed the agreement.", "Hangzhou", False),
        ("The two sides signed an agreement to set up a joint lab at a ceremony in Hangzhou.",
         "Hangzhou", True),
        # ... and a place the signing's verb governs, whatever the clause builds next (the
        # blind b03's find); not one where the two only agree to build.
        ("The two institutes signed a framework agreement at the Lanmore Conference Centre to "
         "jointly establish a marine institute.", "Lanmore Conference Centre", True),
        ("Alpha inked the MoU in Portcity to set up a joint lab.", "Portcity", True),
        ("The two sides agreed to cooperate in Hefei to build a battery lab.", "Hefei", False),
        ("The two sides will work together in Hefei to jointly establish a lab, under the "
         "agreement signed on Monday.", "Hefei", False),
        # Signing said as the signatories' evidence says it.
        ("Harbourline and Bluefin inked a supply pact in Portcity last week.", "Portcity", True),
        ("Lin Tao and Zhou Bo put pen to paper at the Seaview Hall.", "Seaview Hall", True),
        ("Harbourline entered into the memorandum with Bluefin in Portcity.", "Portcity", True),
        ("The delegation went to Portcity to ink the deal.", "Portcity", True),
        # ... and still not where a party sits, or what the deal builds.
        ("Bluefin, headquartered in Portcity, inked the pact with Harbourline.", "Portcity",
         False),
        ("The two inked a deal to build a research centre in Portcity.", "Portcity", False),
        ("The delegation toured a shipyard in Portcity.", "Portcity", False),
        # ... nor what the deal develops or expands, nor where a signer lives.
        ("The two signed an agreement to develop energy projects in Portcity.", "Portcity",
         False),
        ("The two signed a deal on the expansion of the port in Portcity.", "Portcity", False),
        ("Zhou Bo, who lives in Portcity, signed the agreement.", "Portcity", False),
        ("The expansion deal was signed at a ceremony in Portcity.", "Portcity", True),
        # ... where "Development" and "Expanded" are a name's words (a review's finds).
        ("At the Digital Economy Development Forum in Portcity, the two signed an MoU.",
         "Portcity", True),
        ("The MoU was signed at the offices of the Asian Development Bank in Portcity.",
         "Portcity", True),
        ("The agreement was signed at the Expanded Meeting of Partners in Portcity.",
         "Portcity", True),
        # 建设 in a party's name, or a deal's, builds nothing there (a Chinese audit's).
        ("西南交通大学与中国建设银行四川省分行在成都签署战略合作协议。", "成都", True),
        ("雄安新区智慧城市建设合作协议在北京签署。", "北京", True),
        ("双方签署协议，推动共建合作项目在苏州落地。", "苏州", False),
        # Where the deal's work or a later event happens, or someone "held" talks or a
        # press conference (a location audit's finds).
        ("签约项目将在成都落地，总投资50亿元。", "成都", False),
        ("双方签署协议，将在杭州开展人才培养合作。", "杭州", False),
        ("双方签署协议，在杭州、宁波等地开展合作。", "宁波", False),
        ("签约仪式后，双方在上海召开了座谈会。", "上海", False),
        ("Under the agreement signed on Monday, Halvard Bio will manufacture vaccines in "
         "Portcity.", "Portcity", False),
        ("The MoU signed today aims to boost tourism in Portcity.", "Portcity", False),
        ("At the signing ceremony in Ridgeport, the minister said the plant in Portcity "
         "would open next year.", "Ridgeport", True),
        ("The agreement was signed on Friday. The minister then held a press conference in "
         "Portcity.", "Portcity", False),
        ("此前，双方在上海举行了多轮会谈。", "上海", False),
        # ... but talks at a venue, the signing said after, or a second signing (a review's).
        ("Xi held talks with Ruto at the Great Hall of the People in Portcity, after which "
         "the two witnessed the signing of 20 documents.", "Portcity", True),
        ("签约仪式后，双方还在北京签署了第二份协议。", "北京", True),
        ("后续双方在上海签署了补充协议。", "上海", True),
        ("After the signing, which took place at the ministry in Portcity, the delegation left "
         "for Ridgeport.", "Portcity", True),
        ("Halvard, which has offices in Ridgeport, Portcity, signed the MoU.", "Portcity",
         False),
        ("双方在杭州开展合作洽谈，并签署了协议。", "杭州", True),
        ("双方在北京和上海等地开展合作，并在北京签署了框架协议。", "上海", False),
        # ... nor a date of the signing itself, a reporting clause, a future ceremony (a
        # third review's finds).
        ("The MoU was signed earlier today in Portcity by the two ministers.", "Portcity",
         True),
        ("Earlier today at the Harbour Hall, the President witnessed the signing of the MoU.",
         "Harbour Hall", True),
        ("此前，在3月3日于北京举行的签约仪式上，双方签署了框架协议。", "北京", True),
        ("Speaking after the signing, Governor Ada Reyes said the agreement signed at the "
         "Harbour Hotel would create jobs.", "Harbour Hotel", True),
        ("The signing ceremony will take place at the Harbour Hall.", "Harbour Hall", True),
        ("3月3日，甲大学党委书记张三带队在深圳开展访企拓岗专项行动，先后走访了乙公司、丙公司等"
         "企业，并与乙公司签署校企合作协议。", "深圳", True),
        ("The two signed a US$50 million credit facility at the Harbour Hotel in Portcity.",
         "Harbour Hotel", True),
        ("The Orion delegation travelled to Portcity in March to sign the agreement.",
         "Portcity", True),
        ("He travelled to Portcity, where the agreement was signed at the ports authority "
         "headquarters.", "Portcity", True),
        ("PORTCITY, Jan 10 (PTI) -- Orion signed an MoU for cooperation in railways here.",
         "Portcity", True),
        ("新华社北京3月3日电 中国与巴西外长在巴西利亚会谈，双方在此次会谈期间签署合作文件。",
         "北京", False),
        ("After the signing, the delegates toured a factory in Portcity.", "Portcity", False),
        ("The signing ceremony was held at the Harbour Hotel in Portcity.", "Portcity", True),
        ("After the signing ceremony held in Portcity, the delegates toured the lab.",
         "Portcity", True),
        # ... and where it was signed though not after "in" or "at": a venue's city, a
        # second city, a visit, the venue named so (the same audit's).
        ("The MoU was signed and exchanged at Nirman Bhawan, New Delhi, today.", "New Delhi",
         True),
        ("Halvard Bio, headquartered in Pune, Maharashtra, signed the MoU with Orion.",
         "Maharashtra", False),
        ("签约仪式以视频连线方式在北京、武汉两地同时举行。", "武汉", True),
        ("The MoU was signed simultaneously in Ridgeport and Portcity.", "Portcity", True),
        ("During his visit to Portcity, the minister signed three MoUs.", "Portcity", True),
        ("During a visit by the Orion delegation to Portcity, the two sides signed an "
         "agreement.", "Portcity", True),
        ("On Tuesday he flew to Portcity, where the agreement was signed.", "Portcity", True),
        ("The Harbour Hall was the venue of the signing ceremony.", "Harbour Hall", True),
        ("The venue for the signing was the Harbour Hall in Portcity.", "Harbour Hall", True),
        ("The pact was signed at the company's manufacturing facility in Portcity on Tuesday.",
         "Portcity", True),
        ("Following a visit to the Portcity plant, the officials signed the MoU at the county "
         "offices.", "Portcity", False),
        ("Fresh from a visit to Ridgeport, the minister signed the MoU in Portcity.",
         "Ridgeport", False),
        ("The MoU was signed in Ridgeport and Portcity will host the first exchange.",
         "Portcity", False),
        ("甲大学在北京与乙公司签署合作协议。", "北京", True),
        ("Halvard, a vaccine maker with plants in Ridgeport and Portcity, signed the MoU with "
         "Orion.", "Portcity", False),
        ("双方在合肥建成投产仪式上签署了合作协议。", "合肥", True),
        ("面向未来在上海签署的这份协议意义重大。", "上海", True),
        ("The event, held yesterday at the Harbour Hotel in Portcity, saw the MoU signed.",
         "Portcity", True),
        ("PORTCITY, Feb 12 (PTI) -- Orion and Halvard signed an MoU in Ridgeport, an official "
         "statement said here.", "Portcity", False),
        ("PORTCITY, Jan 10 (Bernama) -- \"We are glad to be here to sign more MoUs,\" the "
         "minister said.", "Portcity", False),
        ("新华社北京3月3日电 中国与巴西在巴西利亚签署合作协议，在此基础上双方将深化合作。", "北京",
         False),
        # ... or a wire story's dateline, the signing said to be "here" or 在京.
        ("PORTCITY, Jan 10 (Bernama) -- Orion and Halvard signed a memorandum of "
         "understanding here today.", "Portcity", True),
        ("PORTCITY: Orion signed an MoU with Halvard here on Monday.", "Portcity", True),
        ("Portcity: Orion signed an MoU with Halvard here on Monday.", "Portcity", True),
        ("本报北京3月3日电 甲大学与乙公司3日在京签署战略合作协议。", "北京", True),
        ("The MoU was signed at the Ministry of Foreign Affairs, Portcity, on Monday.",
         "Portcity", True),
        ("新华社北京3月3日电 甲大学与乙公司3日在京签署战略合作协议。", "北京", True),
        ("新华社北京3月3日电 甲大学与乙公司3日在沪签署战略合作协议。", "北京", False),
        ("PORTCITY, Jan 10 (Bernama) -- Orion and Halvard signed an MoU in Ridgeport last "
         "week.", "Portcity", False),
    ],
)  # fmt: skip
def test_a_location_is_where_the_signing_was(sentence: str, location: str, kept: bool) -> None:
    """Kept: the location stays, or a town becomes the venue the sentence writes in it
    ("Lanxin's headquarters in Hangzhou": :func:`test_a_town_given_for_a_venue_in_it_is_the
    _venue_in_the_town`; "the Ministry of Foreign Affairs, Portcity")."""
    draft = ExtractionDraft(article=Article(), agreements=[Agreement(location=location)])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(sentence)))
    result = guarded.agreements[0].location or ""
    in_town = result.endswith((f" in {location}", f", {location}"))
    assert (result == location or in_town) is kept, warnings


def test_a_chinese_location_given_with_the_verb_after_it_is_the_place() -> None:
    """The blind10 k03's "苏州、成都两地同步举行", as "签约仪式在苏州、成都两地同步举行"."""
    text = "12月30日，甲公司与乙公司签约仪式在苏州、成都两地同步举行。"
    draft = ExtractionDraft(
        article=Article(), agreements=[Agreement(location="苏州、成都两地同步举行")]
    )
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert guarded.agreements[0].location == "苏州、成都两地", warnings


@pytest.mark.parametrize(
    ("text", "given", "kept"),
    [
        ("签约仪式在合肥举行。合肥市人民政府与乙公司签署协议。", "合肥市", "合肥"),
        (
            "The Portcity City Government signed the MoU in Portcity on Monday.",
            "Portcity City",
            "Portcity",
        ),
        ("合肥市人民政府与乙公司签署协议。", "合肥市", None),
        ("The MoU was signed in Portcity on Monday.", "Portcity City", "Portcity"),
        ("The MoU was signed on Monday. Halvard is based in Portcity.", "Portcity City", None),
        # ... or a country (the blind3 d03's).
        ("The agreement was signed on September 6 in Trondheim. NIEE is based in Trondheim, "
         "Norway.", "Trondheim, Norway", "Trondheim"),
        ("NIEE is based in Trondheim, Norway.", "Trondheim, Norway", None),
        # ... or what the article says of the place after its name (the blind4 e03's).
        ("Ada Reyes signed the MoU in Velde, the Estmarkian capital, on December 18.",
         "Velde, the Estmarkian capital", "Velde"),
        ("The MoU was signed on Monday. Velde, a port city, hosted the dinner.",
         "Velde, a port city", None),
        # A name that goes on after the comma is kept whole (a review's find).
        ("Ada Reyes signed the MoU in Manila, the Philippines, on Monday.",
         "Manila, the Philippines", "Manila, the Philippines"),
    ],
)  # fmt: skip
def test_a_location_with_an_administrative_word_the_text_leaves_out(
    text: str, given: str, kept: str | None
) -> None:
    """The model's "合肥市" for the venue "在合肥举行", "Portcity City" for "in Portcity":
    the place as the article writes it, said in a warning; none where no sentence places
    the signing there."""
    draft = ExtractionDraft(article=Article(), agreements=[Agreement(location=given)])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert guarded.agreements[0].location == kept, warnings


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("6月12日上午，东陵大学与华澄集团签约仪式在学校行政楼第一会议室举行。",
         "学校行政楼第一会议室"),
        ("6月12日上午，东陵大学与华澄集团签约仪式在行政楼第一会议室举行。", "行政楼第一会议室"),
        # Not where the article does not write the rest, nor where it places no signing.
        ("6月12日上午，东陵大学与华澄集团在学校签约。", None),
        ("东陵大学与华澄集团签署协议。东陵大学行政楼第一会议室年内翻新。", None),
    ],
)  # fmt: skip
def test_a_venue_given_with_a_partys_name_the_article_leaves_out(
    text: str, kept: str | None
) -> None:
    """The blind3 d04's "江陵理工大学行政楼第一会议室" for "学校行政楼第一会议室": the venue as
    the article writes it, its word for the party (学校) kept."""
    parties = [Party(name="东陵大学"), Party(name="华澄集团")]
    agreement = Agreement(parties=parties, location="东陵大学行政楼第一会议室")
    draft = ExtractionDraft(article=Article(), agreements=[agreement])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert guarded.agreements[0].location == kept, warnings


_HIGH_COMMISSION = (
    "The memorandum was signed on Tuesday at the Malaysian High Commission in London. "
    "Malaysia's agency is based in Putrajaya."
)


@pytest.mark.parametrize(
    ("location", "kept"),
    [
        (None, "Malaysian High Commission in London"),
        ("Malaysia", "Malaysian High Commission in London"),  # no venue: the c01's
        ("London", "Malaysian High Commission in London"),  # its town: the venue in full
        # Not the signing's town: dropped, and the venue taken.
        ("Putrajaya", "Malaysian High Commission in London"),
    ],
)
def test_a_place_the_model_wrote_in_date_text_is_the_location_where_it_gave_no_venue(
    location: str | None, kept: str
) -> None:
    """The blind2 c01's find: the venue written into ``date_text`` after the date."""
    date_text = "Tuesday at the Malaysian High Commission in London"
    draft = ExtractionDraft(
        article=Article(), agreements=[Agreement(date_text=date_text, location=location)]
    )
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(_HIGH_COMMISSION)))
    agreement = guarded.agreements[0]
    assert (agreement.date_text, agreement.location) == ("Tuesday", kept), warnings
    assert (
        f"dropped 'the Malaysian High Commission in London' from date_text '{date_text}': "
        "a place, not the date" in warnings
    )
    lenient, said = apply_guard(draft, Checker(SourceIndex(_HIGH_COMMISSION)), strict=False)
    assert lenient == draft
    assert not any(w.startswith(("took", "dropped", "moved")) for w in said), said


_FORUM = (
    "Two Agreements Signed as the Harbour Forum Closes in Velde\n\n"
    "Two agreements were signed on Tuesday at a ceremony on the main stage of the Quayside "
    "Hall. Ada Reyes spoke."
)


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("Velde", "Quayside Hall"),
        ("Quayside Hall", "Quayside Hall"),  # the model's place, the venue itself, stays
    ],
)
def test_the_venue_after_the_signings_date_is_kept_over_a_city_named_elsewhere(
    given: str, kept: str
) -> None:
    """The blind4 e02's: the model gave the headline's city and wrote the venue, part of
    the place ("on the main stage of"), into ``date_text`` after the date."""
    date_text = "Tuesday at a ceremony on the main stage of the Quayside Hall"
    draft = ExtractionDraft(
        article=Article(), agreements=[Agreement(date_text=date_text, location=given)]
    )
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(_FORUM)))
    agreement = guarded.agreements[0]
    assert (agreement.date_text, agreement.location) == ("Tuesday", kept), warnings


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # Where the sentence that dates the signing names both, the venue in the town (it
        # was the model's choice, the town, until the blind14 set: every gold of our sets
        # with such a sentence gives the venue with its town).
        ("The MoU was signed on Tuesday at the Quayside Hall in Velde.", "Quayside Hall in Velde"),
        # Where the venue is no signing's, the model's city stays.
        ("Signed in Velde: the MoU. On Tuesday at the Quayside Hall a band played.", "Velde"),
    ],
)
def test_the_models_place_stays_where_the_dates_sentence_names_it_or_no_venue(
    text: str, kept: str
) -> None:
    date_text = "Tuesday at the Quayside Hall"
    draft = ExtractionDraft(
        article=Article(), agreements=[Agreement(date_text=date_text, location="Velde")]
    )
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert guarded.agreements[0].location == kept, warnings


@pytest.mark.parametrize(
    ("date_text", "given", "kept"),
    [
        # The blind9 j06's: the model gave the town the venue in date_text stands in.
        ("On 3 June in the Jade Room of the Harbour Hotel in Velde", "Velde",
         "Jade Room of the Harbour Hotel in Velde"),
        # j05's: the venue's owner, for the venue.
        ("On 3 June at the Port of Velde Authority's Operations Centre", "Port of Velde Authority",
         "Port of Velde Authority's Operations Centre"),
        # Not the venue the place goes on from (the blind3 d01's).
        ("On 3 June at Harbour House in central Velde", "Harbour House", "Harbour House"),
    ],
)  # fmt: skip
def test_the_venue_in_the_town_or_of_the_owner_given_is_taken_in_full(
    date_text: str, given: str, kept: str
) -> None:
    text = f"The MoU was signed {date_text[0].lower()}{date_text[1:]}."
    draft = ExtractionDraft(
        article=Article(), agreements=[Agreement(date_text=date_text, location=given)]
    )
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert guarded.agreements[0].location == kept, warnings


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # The blind5 f03's: the model gave the town of "signed at Pennfield Town Hall".
        ("A centre in Pennfield moved on. The deal, signed at Pennfield Town Hall, is done.",
         "Pennfield Town Hall"),
        # Not where no longer name is the signing's venue, or two are.
        ("The deal was signed in Pennfield. Pennfield Town Hall hosted a fair.", "Pennfield"),
        ("It was signed in Pennfield, at Pennfield Town Hall and Pennfield Library.",
         "Pennfield"),
    ],
)  # fmt: skip
def test_a_town_given_for_the_venue_named_after_it_takes_the_venues_name(
    text: str, kept: str
) -> None:
    draft = ExtractionDraft(article=Article(), agreements=[Agreement(location="Pennfield")])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert guarded.agreements[0].location == kept, warnings


_CONTRACT_PAGE = "甲学院与乙公司签订科研合同\n\n2024-03-04 09:30    来源：甲学院\n\n{body}"


@pytest.mark.parametrize(
    ("body", "date_text", "date"),
    [
        # The blind5 f06's: the model gave the page's date line; the signing's sentence
        # opens with its own date.
        ("上月28日，甲学院与乙公司举行签约仪式。院长林涛与总工程师周博代表双方签订合同。",
         "上月28日", dt.date(2024, 2, 28)),
        # Not an earlier signing the article recalls, nor a sentence with no date; nor
        # the page's line itself, where the article tells no day of the signing (the
        # blind36 ak05's: its gold's date is null).
        ("2019年3月5日，双方签署了框架协议。院长林涛与总工程师周博代表双方签订合同。",
         None, None),
        ("甲学院与乙公司举行签约仪式。院长林涛与总工程师周博代表双方签订合同。", None, None),
        # Nor a sentence that holds no signing words (a review's find).
        ("上月28日，甲学院举行科研工作会议。甲学院与乙公司签订科研合同，林涛与周博代表双方签字。",
         None, None),
        # A renewal's ceremony is a signing's; a news lead before the date is passed (the
        # blind9 j02's and j03's).
        ("上月28日，甲学院与乙公司合作协议续签仪式在甲学院举行。", "上月28日",
         dt.date(2024, 2, 28)),
        # A ceremony of signing and unveiling, a "cloud" signing in quotes (the blind10
        # k02's and k03's).
        ("上月28日，甲学院与乙公司战略合作协议签约暨联合实验室揭牌仪式在甲学院举行。", "上月28日",
         dt.date(2024, 2, 28)),
        ("上月28日，甲学院与乙公司举行《科研合同》“云签约”仪式。", "上月28日",
         dt.date(2024, 2, 28)),
        ("本报讯（记者 林一 通讯员 周二）上月28日，甲学院与乙公司签约仪式在甲学院举行。",
         "上月28日", dt.date(2024, 2, 28)),
    ],
)  # fmt: skip
def test_the_date_opening_the_signings_sentence_replaces_the_pages_date_line(
    body: str, date_text: str | None, date: dt.date | None
) -> None:
    text = _CONTRACT_PAGE.format(body=body)
    agreement = Agreement(date_text="2024-03-04 09:30", date_signed=dt.date(2024, 3, 4))
    draft = ExtractionDraft(article=Article(), agreements=[agreement])
    checker = Checker(SourceIndex(text), published=dt.date(2024, 3, 4))
    guarded, warnings = apply_guard(draft, checker)
    kept = guarded.agreements[0]
    assert (kept.date_text, kept.date_signed) == (date_text, date), warnings


@pytest.mark.parametrize(
    ("text", "date_text"),
    [
        # The blind5 f02's: an agreement of the documents pass, with no date of its own.
        ("Published: 22 May 2024\n\nOn Wednesday 15 May, Ada Reyes and Lin Tao signed a "
         "Memorandum of Understanding at Hale Hall.", "On Wednesday 15 May"),
        # Not a sentence that names another agreement, nor one that opens with no date.
        ("Published: 22 May 2024\n\nOn Wednesday 15 May, Ada Reyes and Lin Tao signed a "
         "lease. The Memorandum of Understanding was signed too.", None),
        # Nor one whose signing words come after the name (a review's find).
        ("Published: 22 May 2024\n\nOn Wednesday 15 May, officials met to review the "
         "Memorandum of Understanding signed by the two presidents.", None),
    ],
)  # fmt: skip
def test_an_undated_agreement_takes_the_date_opening_the_sentence_that_signs_it(
    text: str, date_text: str | None
) -> None:
    agreement = Agreement(title="Memorandum of Understanding")
    draft = ExtractionDraft(article=Article(), agreements=[agreement])
    checker = Checker(SourceIndex(text), published=dt.date(2024, 5, 22))
    guarded, warnings = apply_guard(draft, checker)
    assert guarded.agreements[0].date_text == date_text, warnings
    if date_text:
        assert guarded.agreements[0].date_signed == dt.date(2024, 5, 15)


_PAGE_OF_MAY = "Campus news | Published: 22 May 2024\n\n{body}"


@pytest.mark.parametrize(
    ("title", "date_text", "body", "expected"),
    [
        # The blind8 i02's: the day after "signed", in its clause.
        ("Lab Agreement", None, "The Lab Agreement, which creates the Kell Lab, was signed on "
         "14 May in the Senate Room.", ("on 14 May", dt.date(2024, 5, 14))),
        # i06's: the day before 签署, in its clause, not the reporter's day before it.
        ("合作备忘录", "22 May 2024", "记者22日获悉，甲大学17日与乙机构签署《合作备忘录》。",
         ("17日", dt.date(2024, 5, 17))),
        # i01's: the label given with the page's date; the sentence that names the
        # contract opens with its day, the other signing's day is another.
        ("research contract", "Published: 22 May 2024", "Ada Reyes signed an MoU on "
         "Tuesday. On Monday, the institute signed a research contract with Orla Labs.",
         ("On Monday", dt.date(2024, 5, 20))),
        # i03's: words that name no date; the day of the sentence that counts the
        # signings dates each.
        ("Supply Agreement", "Under a Supply Agreement", "Beta Group last Thursday signed "
         "three agreements in Riga. Under a Supply Agreement, Beta will ship parts.",
         ("last Thursday", dt.date(2024, 5, 16))),
        # i01's: not the dateline's day, but the one nearest the signing's words.
        ("memorandum", None, "HAILAN, May 21 (Xinhua) -- Alder signed a memorandum with "
         "Beta on Friday.", ("on Friday", dt.date(2024, 5, 17))),
        # A review's finds: each document its own day; the day of the clause that signs
        # it, not of another document's clause.
        ("Service Agreement", None, "Acme signed the Supply Agreement on Monday and the "
         "Service Agreement on Tuesday.", ("on Tuesday", dt.date(2024, 5, 21))),
        ("MoU", None, "The MoU, which follows a letter of intent signed on 2 May, was "
         "signed on Monday by Lin Tao.", ("on Monday", dt.date(2024, 5, 20))),
        # i05's: the ceremony's sentence opens with the day; the title's names none.
        ("甲乙合作协议", None,
         "上周五，甲市与乙集团签约仪式在甲宾馆举行。林涛与周博签署《甲乙合作协议》。",
         ("上周五", dt.date(2024, 5, 17))),
    ],
)  # fmt: skip
def test_the_day_in_the_sentence_about_the_signing_dates_the_agreement(
    title: str, date_text: str | None, body: str, expected: tuple[str, dt.date]
) -> None:
    agreement = Agreement(title=title, date_text=date_text)
    draft = ExtractionDraft(article=Article(), agreements=[agreement])
    checker = Checker(SourceIndex(_PAGE_OF_MAY.format(body=body)), published=dt.date(2024, 5, 22))
    guarded, warnings = apply_guard(draft, checker)
    kept = guarded.agreements[0]
    assert (kept.date_text, kept.date_signed) == expected, warnings


@pytest.mark.parametrize(
    "body",
    [
        # A day of one document is not another's (a sentence of no ceremony, no count).
        "On Monday, Ada Reyes signed a lease. The Supply Agreement was signed too.",
        # Two signings of two days: neither is the one day of the article's signings.
        "Beta signed two agreements on Monday. Beta signed three contracts on Tuesday.",
        # A signing to come, an earlier one, and one out of the page's weeks.
        "Beta will sign two agreements on Friday.",
        "The partners' first two agreements were signed on 2 May.",
        "Beta signed two agreements on 12 January.",
        # A review's finds: a ceremony's day that was not the signing's; another body's
        # day; a document of another time.
        "The signing ceremony was originally planned for 10 May. Beta signed two agreements.",
        "甲大学与于5月9日揭牌成立的乙研究院签署两份协议。",
        "At a signing ceremony on Monday, Beta signed an MoU. The Supply Agreement, signed "
        "in March, remains in force.",
    ],
)
def test_no_day_is_taken_from_another_signing_or_one_to_come(body: str) -> None:
    agreement = Agreement(title="Supply Agreement", date_text="Under a Supply Agreement")
    draft = ExtractionDraft(article=Article(), agreements=[agreement])
    text = _PAGE_OF_MAY.format(body=f"{body} Under a Supply Agreement, Beta will ship parts.")
    checker = Checker(SourceIndex(text), published=dt.date(2024, 5, 22))
    guarded, warnings = apply_guard(draft, checker)
    kept = guarded.agreements[0]
    assert (kept.date_text, kept.date_signed) == (None, None), warnings
    assert "dropped date_text 'Under a Supply Agreement': it names no date" in warnings


@pytest.mark.parametrize(
    "text",
    [
        "The two signed a memorandum of understanding in London Monday.",
        "The memorandum was signed in London During the Tech Summit.",
    ],
)
def test_a_day_or_a_phrase_after_the_town_is_no_venues_name(text: str) -> None:
    """A review's finds: wire copy's "in London Monday" is no venue "London Monday"."""
    draft = ExtractionDraft(article=Article(), agreements=[Agreement(location="London")])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert guarded.agreements[0].location == "London", warnings


@pytest.mark.parametrize(
    ("text", "venues"),
    [
        ("上周五下午，澄阳市重大项目集中签约仪式在澄阳国际会展中心举行。", ["澄阳国际会展中心"]),
        ("两校在卑尔维克大学主楼礼堂举行合作签约仪式，签署《合作谅解备忘录》。",
         ["卑尔维克大学主楼礼堂"]),
        # 我所 is the article's word for its party; 学校 is kept, as the article writes it.
        ("甲所与乙公司合作签约暨联合实验室揭牌仪式在我所临港园区学术报告厅举行。",
         ["临港园区学术报告厅"]),
        ("签约仪式在学校行政楼第一会议室举行。", ["学校行政楼第一会议室"]),
        ("The Memorandum was signed at the SPU Great Hall by Professor Arun Rao.",
         ["SPU Great Hall"]),
        ("They signed a Cooperation Agreement on Smart Port Technology in Yingkou.",
         ["Yingkou"]),
        # No month, no owner's venue cut short, no line past the headline's.
        ("The two signed the MoU in March.", []),
        ("The MoU was signed at Verdant Motion's headquarters.", []),
        ("Acme and Beta signed the MoU in Haverport\nPublished by the Harbour Gazette",
         ["Haverport"]),
        # No place where the signing is not (a seat, a visit before).
        ("Acme, a robot maker in Hangzhou, signed the MoU.", []),
        ("The MoU was signed in The Hague on Monday.", ["The Hague"]),
        # A review's finds: another's, an earlier or a future signing's venue; a manner, a
        # time or a mood after 在; a language, a field, a quarter after "signed in".
        ("Lin Tao and Zhou Bo signed the MoU on Monday. The two universities first signed "
         "an exchange agreement in Singapore in 2015.", []),
        ("Beta, which has signed more than 40 such agreements in Europe, was pleased.", []),
        ("去年在上海举行的签约仪式上，双方签署了框架协议。", []),
        ("The full agreement is to be signed at the Harlow Guildhall in June.", []),
        ("第二批项目签约仪式将在北京举行。", []),
        ("双方拟于下月在北京举行第二批项目签约仪式。", []),
        ("甲公司与乙大学战略合作签约仪式在热烈的气氛中举行。", []),
        ("签约仪式在双方领导的共同见证下举行。", []),
        ("签约仪式在论坛期间举行。", []),
        ("在本校举行签约仪式。", []),
        ("The MoU was signed in English and Chinese by Lin Tao and Zhou Bo.", []),
        ("They signed the Memorandum of Understanding in Q3 2024.", []),
        # A second review's finds: a person's employer or studies, a field, delegates
        # elsewhere; a ground, the cloud, a meeting, two places; a similar, earlier or
        # replaced accord's venue. And venues it missed.
        ("The MoU was signed by Mary Jones, Dean of Engineering at the University of Leeds.",
         []),
        ("Acme and Beta signed an MoU covering joint research in Artificial Intelligence.", []),
        ("The agreement was signed by Professor Li Wei, who studied in Cambridge.", []),
        ("The agreement was signed virtually, with delegates in London and Nairobi.", []),
        ("双方在此基础上举行签约仪式。", []),
        ("签约仪式在云端举行。", []),
        ("签约仪式在会上举行。", []),
        ("甲大学和乙公司两地同步举行签约仪式。", []),
        ("The MoU follows a similar agreement signed in Nairobi last month.", []),
        ("It replaces the accord signed in Geneva, which expired in March.", []),
        # A building's town is the venue's, as written (the blind27 ab04's and the blind32
        # ag04's gold: "Ellerby Maritime Museum in Port Ellerby").
        ("The MoU was signed at the Chinese Embassy in London.", ["Chinese Embassy in London"]),
        ("The MoU was signed at Research Triangle Park.", ["Research Triangle Park"]),
        ("双方在北京签署了战略合作协议。", ["北京"]),
        ("The signing took place at the Shangri-La Hotel in Singapore.",
         ["Shangri-La Hotel in Singapore"]),
        ("The MoU was signed at the Grand Hall in March.", ["Grand Hall"]),
        ("The MoU was signed in Room 301 of the Admin Building.",
         ["Room 301 of the Admin Building"]),
        ("The city signed two agreements on the morning of September 5, at the City Hall of "
         "Riverton.", ["City Hall of Riverton"]),
        # A third review's finds: an earlier ceremony's venue with no year; a meeting or a
        # tour before or after the signing; two places.
        ("林涛与周博签署协议。上次签约仪式在恒盛集团总部大厦举行。", []),
        ("三年前，双方在恒盛集团总部大厦签署了首份合作协议。", []),
        ("签约仪式后双方在南江大学科技园举行了工作座谈。", []),
        ("The two leaders signed the document and then toured laboratories at the Riverside "
         "Innovation Park.", []),
        ("李明远与John Smith分别在南京和伦敦代表双方签署协议。", []),
    ],
)  # fmt: skip
def test_the_places_an_article_introduces_as_the_signings(text: str, venues: list[str]) -> None:
    assert Checker(SourceIndex(text)).signing_venues() == venues


def test_the_one_venue_the_article_gives_the_signing_is_taken_where_the_model_gave_none() -> None:
    """The blind6 g04's and the blind7 h06's models gave no location."""
    text = "两校在卑尔维克大学主楼礼堂举行合作签约仪式，签署《合作谅解备忘录》和《联合培养协议》。"
    given = Agreement(title="合作谅解备忘录", location="卑尔维克大学主楼礼堂")
    draft = ExtractionDraft(article=Article(), agreements=[given, Agreement(title="联合培养协议")])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert [a.location for a in guarded.agreements] == ["卑尔维克大学主楼礼堂"] * 2
    assert warnings == [
        "took location '卑尔维克大学主楼礼堂': the article says the signing was held there, and "
        "the model gave none"
    ]


@pytest.mark.parametrize(
    ("given", "kept"),
    [("Singapore", "Marina Crescent Hotel"),  # the blind8 i03's: a dateline's town
     ("Marina Crescent Hotel", "Marina Crescent Hotel"),
     (None, "Marina Crescent Hotel")],
)  # fmt: skip
def test_a_town_given_where_the_article_names_the_signings_building_takes_the_building(
    given: str | None, kept: str
) -> None:
    text = (
        "SINGAPORE — Auralis signed three agreements with its partners. The agreements were "
        "signed at the Marina Crescent Hotel."
    )
    draft = ExtractionDraft(article=Article(), agreements=[Agreement(location=given)])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert guarded.agreements[0].location == kept, warnings
    took = [w for w in warnings if w.startswith("took location")]
    assert len(took) == (kept != given)


def test_no_venue_is_taken_where_the_article_gives_the_signings_two() -> None:
    text = (
        "Acme and Beta signed the MoU at the Quayside Exhibition Centre. The third agreement "
        "was signed in Port Ellery."
    )
    draft = ExtractionDraft(article=Article(), agreements=[Agreement(title="MoU")])
    guarded, _ = apply_guard(draft, Checker(SourceIndex(text)))
    assert guarded.agreements[0].location is None


def test_a_venue_taken_for_one_document_is_written_as_the_others_give_it() -> None:
    """The blind11 l05's: one document's location was "the Harbour Exchange Building in
    Carrowhaven" (from its date text), the other's none, which the rules filled with the
    building alone: one ceremony's place, written one way."""
    text = (
        "The documents were signed on Wednesday at the Harbour Exchange Building in "
        "Carrowhaven, in the presence of Transport Minister Gareth Lyle."
    )
    agreements = [
        Agreement(title="Framework Agreement", location="Harbour Exchange Building in Carrowhaven"),
        Agreement(title="Lease Agreement"),
    ]
    draft = ExtractionDraft(article=Article(), agreements=agreements)
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    locations = {a.location for a in guarded.agreements}
    assert locations == {"Harbour Exchange Building in Carrowhaven"}, warnings


@pytest.mark.parametrize(
    ("text", "town", "kept"),
    [
        # The blind14 o04's and o06's: the model gave the town of "<venue> in <town>".
        ("Two universities sign agreement in Velsmark\nPublished: 8 January 2025\n\nThe "
         "signing ceremony took place on 17 December at the Embassy of the Republic of "
         "Estoria in Velsmark.", "Velsmark", "Embassy of the Republic of Estoria in Velsmark"),
        ("The agreement was signed on 14 March at Corvane's headquarters in Brantwick by "
         "Daniel Okafor.", "Brantwick", "Corvane's headquarters in Brantwick"),
        # a person's office "at" a place is no venue (the blind8 i03's witness)
        ("The signing was witnessed by Ms Dewi Lestari, Counsellor at the Embassy of the "
         "Republic of Estoria in Velsmark. The MoU was signed in Velsmark.", "Velsmark",
         "Velsmark"),
        # two venues in the town: which, the text does not say
        ("The MoU was signed at the Harbour Hotel in Velsmark and the contract was signed at "
         "the Town Hall in Velsmark.", "Velsmark", "Velsmark"),
        # a review's finds: the town written alone as the signing's place; another event's
        # venue; a purpose's; a venue's words run on past its name; a venue across a line
        ("The two signed the MoU in Velsmark on Monday, after talks held at the Foreign "
         "Office in Velsmark.", "Velsmark", "Velsmark"),
        ("The two signed a deal to open a joint lab at the Crick Institute in Velsmark.",
         "Velsmark", "Velsmark"),
        ("The MoU was signed at the British Embassy by Ambassador Ann Lee in Velsmark.",
         "Velsmark", "Velsmark"),
        ("The MoU was signed at Lancaster House in Velsmark and at the Science Museum in "
         "Velsmark.", "Velsmark", "Velsmark"),
        ("The MoU was signed at the Great Hall of the\nPeople in Velsmark on Monday.",
         "Velsmark", "Great Hall of the People in Velsmark"),
        # the last review's: what the deal is about is no venue; a venue's name that
        # begins like a month is one
        ("Alpha signed a lease with Beta for offices at Wellington Place in Velsmark.",
         "Velsmark", "Velsmark"),
        ("Alpha signed an agreement covering research at the Royal Infirmary in Velsmark.",
         "Velsmark", "Velsmark"),
        ("The MoU was signed on Monday at St Mary's Hall in Velsmark.", "Velsmark",
         "St Mary's Hall in Velsmark"),
        ("The MoU was signed at the Marriott Hotel in Velsmark.", "Velsmark",
         "Marriott Hotel in Velsmark"),
        # The blind18 s06's: a date's own commas between the signing and the venue.
        ("The MoU was signed on Monday, March 3, at the Harbour Hub in Velsmark by the two "
         "universities.", "Velsmark", "Harbour Hub in Velsmark"),
    ],
)  # fmt: skip
def test_a_town_given_for_a_venue_in_it_is_the_venue_in_the_town(
    text: str, town: str, kept: str
) -> None:
    """The spec's location is the venue or the city as written: where the signing's
    sentence writes "at <venue> in <town>" and the model gave the town, the venue in the
    town, as every gold of our sets that has such a sentence gives it."""
    parties = [Party(name="Northmere University"), Party(name="University of Kestrava")]
    agreement = Agreement(parties=parties, location=town)
    draft = ExtractionDraft(article=Article(), agreements=[agreement])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert guarded.agreements[0].location == kept, warnings


def test_a_towns_longer_name_does_not_run_into_the_next_line() -> None:
    """The blind14 o04's: the headline "… sign academic cooperation agreement in Velsmark"
    over "Published: 8 January 2025" made the town "Velsmark\\nPublished"."""
    text = (
        "Northmere University and University of Kestrava sign agreement in Velsmark\n"
        "Published: 8 January 2025\n\nThe two universities signed the agreement in Velsmark."
    )
    agreement = Agreement(location="Velsmark")
    draft = ExtractionDraft(article=Article(), agreements=[agreement])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert guarded.agreements[0].location == "Velsmark", warnings


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("The agreement was signed by Acme Chief Executive Ann Lee and Beta Chairman Tom Ross "
         "at a ceremony in Shanghai attended by Wu Fang.", "Shanghai"),
        ("The agreement was signed by Ann Lee and Tom Ross at a signing ceremony held at the "
         "Grand Harbour Hotel.", "Grand Harbour Hotel"),
        ("The delegation travelled to Kuala Lumpur, where Ann Lee signed the agreement with "
         "Tom Ross.", "Kuala Lumpur"),
    ],
)  # fmt: skip
def test_a_venue_past_the_signers_names_is_the_signings(text: str, venue: str) -> None:
    """The blind17 r06's "signed by … at a ceremony in Shanghai" and r04's "travelled to
    Kuala Lumpur, where … signed": the model gave no place; the guard adds the one the
    signing's sentence writes."""
    parties = [Party(name="Acme"), Party(name="Beta")]
    draft = ExtractionDraft(article=Article(), agreements=[Agreement(parties=parties)])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert guarded.agreements[0].location == venue, warnings

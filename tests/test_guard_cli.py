"""The hallucination guard end to end, and the CLI's outputs and exit codes."""

from __future__ import annotations

import copy
import datetime as dt
import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ARTICLE, GOOD_ANSWER, cli_env, unset_own_env
from typer.testing import CliRunner

from coopllm import extract, extract_many
from coopllm.cli import LISTED_FAILURES, app
from coopllm.files import write_atomically
from coopllm.grounding import SourceIndex
from coopllm.guard import Checker, apply_guard
from coopllm.schema import Agreement, Article, ExtractionDraft, Party, Signatory
from coopllm.sentences import sentence_bounds
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
    kept (the model may only have written the date another way) and doubted."""
    answer = copy.deepcopy(GOOD_ANSWER)
    answer["agreements"][0]["date_text"] = "On the afternoon of May 15"  # type: ignore[index]
    server.fallback = lambda body: Reply(completion(answer))
    record = extract(ARTICLE, source="a", settings=settings)
    assert (record.agreements[0].date_text, record.agreements[0].date_signed) == (
        None,
        dt.date(2024, 5, 15),
    )
    assert (
        "doubted date_signed 2024-05-15: read from a date_text the article does not contain"
        in record.warnings
    )


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


@pytest.mark.parametrize(
    ("text", "signed", "stood_by"),
    [
        ("在市长吴芳的见证下，林涛与周波签署了合作协议。", ["林涛", "周波"], ["吴芳"]),
        ("双方代表吴芳、林涛签署协议，市长张三见证签约。", ["吴芳", "林涛"], ["张三"]),
        ("Witnessed by Mayor Wu Fang, Lin Tao and Zhou Bo signed the agreement.",
         ["Lin Tao", "Zhou Bo"], ["Wu Fang"]),
        ("Lin Tao signed on behalf of Harbourline, witnessed by Wu Fang.", ["Lin Tao"],
         ["Wu Fang"]),
        ("In the presence of Governor Ada Reyes, Lin Tao signed for Harbourline.", ["Lin Tao"],
         ["Ada Reyes"]),
        # An aside is no standing by: each signer stands in a clause of their own.
        ("The agreement was signed by Lin Tao, president of Harbourline, and Zhou Bo, "
         "its treasurer.", ["Lin Tao", "Zhou Bo"], []),
        ("Lin Tao, who attended the forum, signed the agreement for Harbourline.", ["Lin Tao"],
         []),
        # Attending first, then signing, one subject across the comma: a signer.
        ("校长林涛出席签约仪式，并代表学校与周波签署合作协议。", ["林涛", "周波"], []),
        ("President Lin Tao attended the ceremony, and signed the agreement with Zhou Bo.",
         ["Lin Tao", "Zhou Bo"], []),
        # "在…见证下" after the signers' names names another as witness.
        ("林涛与周博在市长吴芳的见证下签署了合作协议。", ["林涛", "周博"], ["吴芳"]),
        ("甲大学校长林涛与乙公司总经理周博在副市长吴芳等领导的共同见证下签约。",
         ["林涛", "周博"], ["吴芳"]),
        ("林涛与周博在吴芳见证下签约。", ["林涛", "周博"], ["吴芳"]),
        # ... but a witness's own 见证 stays theirs.
        ("市长吴芳在现场见证了林涛与周博签约。", ["林涛", "周博"], ["吴芳"]),
        # Witnessing words govern the name, whatever the commas.
        ("双方在市长吴芳见证下签署协议。", [], ["吴芳"]),
        ("Lin Tao and Zhou Bo signed the agreement in the presence of Mayor Wu Fang.",
         ["Lin Tao", "Zhou Bo"], ["Wu Fang"]),
        ("It was signed by Lin Tao and Zhou Bo and witnessed by Mayor Wu Fang.",
         ["Lin Tao", "Zhou Bo"], ["Wu Fang"]),
        ("Mayor Wu Fang and Governor Ada Reyes witnessed as Lin Tao signed.", ["Lin Tao"],
         ["Wu Fang", "Ada Reyes"]),
        # So do presiding words (the spec: who presided is no signatory).
        ("Vice Mayor Li Ming presided over the ceremony at which Lin Tao and Zhou Bo signed "
         "the agreement.", ["Lin Tao", "Zhou Bo"], ["Li Ming"]),
        ("Lin Tao and Zhou Bo signed the agreement at the ceremony, presided over by Vice "
         "Mayor Li Ming.", ["Lin Tao", "Zhou Bo"], ["Li Ming"]),
        ("副市长李明主持签约仪式，林涛和周博签署了协议。", ["林涛", "周博"], ["李明"]),
        ("Lin Tao, who hosted the delegation, signed the agreement.", ["Lin Tao"], []),
        # Who presided and signed, signed.
        ("Li Ming chaired the ceremony and signed the agreement for Harbourline.", ["Li Ming"],
         []),
        ("张三主持会议并与李四签署了合作协议。", ["张三", "李四"], []),
        ("Mayor Li Ming hosted President Zhou Bo, and the two signed a cooperation agreement.",
         ["Li Ming", "Zhou Bo"], []),
        ("Vice Mayor Li Ming hosted the ceremony, and the two universities signed the deal.",
         [], ["Li Ming"]),
        # Who looked on while others signed.
        ("Lin Tao and Zhou Bo signed the agreement as Mayor Wu Fang looked on.",
         ["Lin Tao", "Zhou Bo"], ["Wu Fang"]),
        ("Mayor Wu Fang watched as Lin Tao and Zhou Bo signed the agreement.",
         ["Lin Tao", "Zhou Bo"], ["Wu Fang"]),
        # Who attended or spoke, in the sentence of the signing (the spec: not signers).
        ("校长张三出席签约仪式，副校长林涛与周博签署协议。", ["林涛", "周博"], ["张三"]),
        ("市长吴芳致辞后，林涛与周博签署协议。", ["林涛", "周博"], ["吴芳"]),
        ("Wu Fang spoke at the ceremony where Lin Tao and Zhou Bo signed the agreement.",
         ["Lin Tao", "Zhou Bo"], ["Wu Fang"]),
        ("Harbourline University signs agreement with Bluefin\nMayor Wu Fang attended the "
         "ceremony, where Lin Tao signed.", ["Lin Tao"], ["Wu Fang"]),
        # ... unless they signed too.
        ("Lin Tao attended the ceremony and signed the agreement.", ["Lin Tao"], []),
        ("林涛出席签约仪式并代表甲大学签约。", ["林涛"], []),
        ("Lin Tao, who attended the forum, signed the agreement.", ["Lin Tao"], []),
        ("林涛代表甲大学参加签约。", ["林涛"], []),
        ("Lin Tao spoke at the forum before signing the memorandum with Zhou Bo.",
         ["Lin Tao", "Zhou Bo"], []),
        ("Lin Tao attended the banquet, then signed the deal with Zhou Bo.",
         ["Lin Tao", "Zhou Bo"], []),
        ("Lin Tao addressed the guests, after which he signed the pact with Zhou Bo.",
         ["Lin Tao", "Zhou Bo"], []),
        ("Li Ming chaired the meeting before signing the memorandum.", ["Li Ming"], []),
        ("林涛讲话后，与周博签署了合作协议。", ["林涛", "周博"], []),
        ("林涛出席会议，随后与周博签订协议。", ["林涛", "周博"], []),
        ("林涛主持会议，随后代表甲大学签约。", ["林涛"], []),
        # ... and not when someone else signs after them.
        ("Mayor Wu Fang attended the ceremony before Lin Tao and Zhou Bo signed the pact.",
         ["Lin Tao", "Zhou Bo"], ["Wu Fang"]),
        ("Mayor Wu Fang spoke, then Lin Tao and Zhou Bo signed.", ["Lin Tao", "Zhou Bo"],
         ["Wu Fang"]),
        ("Mayor Wu Fang spoke at the ceremony, after which Lin Tao signed the deal.",
         ["Lin Tao"], ["Wu Fang"]),
        ("Wu Fang attended the forum and signing ceremony, where Lin Tao signed.", ["Lin Tao"],
         ["Wu Fang"]),
        ("Mayor Wu Fang attended the ceremony, signed by Lin Tao and Zhou Bo.",
         ["Lin Tao", "Zhou Bo"], ["Wu Fang"]),
        ("市长吴芳讲话后，林涛与周博签署了合作协议。", ["林涛", "周博"], ["吴芳"]),
        ("市长吴芳出席会议，随后林涛与周博签订协议。", ["林涛", "周博"], ["吴芳"]),
        ("市长吴芳致辞后，与会领导见证林涛与周博签约。", ["林涛", "周博"], ["吴芳"]),
        ("吴芳致辞后签约仪式开始，林涛与周博签约。", ["林涛", "周博"], ["吴芳"]),
        ("吴芳出席并见证林涛与周博签约。", ["林涛", "周博"], ["吴芳"]),
        # The head of a list of attendees or witnesses attended or witnessed too.
        ("Deputy Mayor Wu Fang, Consul Ada Reyes, and Dean Li Ming spoke at the gala where "
         "Lin Tao and Zhou Bo signed the memorandum.", ["Lin Tao", "Zhou Bo"],
         ["Wu Fang", "Ada Reyes", "Li Ming"]),
        ("Wu Fang, mayor of Portcity, attended the ceremony where Lin Tao signed.", ["Lin Tao"],
         ["Wu Fang"]),
        ("Mayor Wu Fang, Governor Ada Reyes and Minister Li Ming witnessed Lin Tao and Zhou Bo "
         "sign the deal.", ["Lin Tao", "Zhou Bo"], ["Wu Fang", "Ada Reyes", "Li Ming"]),
        ("市长吴芳，副市长张三出席仪式，林涛与周博签署协议。", ["林涛", "周博"], ["吴芳", "张三"]),
        ("Mayor Wu Fang, Deputy Secretary-General of the Portcity Municipal Government, Ada "
         "Reyes, Consul General of the Republic of Westmark in Portcity, Li Ming, Director "
         "of the Portcity Bureau of Science and Technology, and Zhao Yun, Chair of the "
         "Portcity Ocean Council, attended the gala, at which Lin Tao and Zhou Bo signed "
         "the memorandum.", ["Lin Tao", "Zhou Bo"],
         ["Wu Fang", "Ada Reyes", "Li Ming", "Zhao Yun"]),
        # ... not a list the sentence already says signed, nor an aside.
        ("Lin Tao, president of a firm that attended the fair, signed the pact.", ["Lin Tao"],
         []),
        ("The pact was signed by Lin Tao and Zhou Bo, and Mayor Wu Fang attended.",
         ["Lin Tao", "Zhou Bo"], ["Wu Fang"]),
        ("The pact was signed by Lin Tao, president of Harbourline, and Zhou Bo, president of "
         "Bluefin, and Mayor Wu Fang attended.", ["Lin Tao", "Zhou Bo"], ["Wu Fang"]),
        ("Signing the pact were Lin Tao and Zhou Bo, and Mayor Wu Fang witnessed it.",
         ["Lin Tao", "Zhou Bo"], ["Wu Fang"]),
        ("签署协议的是林涛，市长吴芳出席。", ["林涛"], ["吴芳"]),
        ("Lin Tao, who chaired the forum, and Zhou Bo signed the pact.", ["Lin Tao", "Zhou Bo"],
         []),
        ("Lin Tao, as Mayor Wu Fang looked on, signed the pact.", ["Lin Tao"], ["Wu Fang"]),
        ("Lin Tao, president of Harbourline, while Mayor Wu Fang spoke, signed the pact.",
         ["Lin Tao"], ["Wu Fang"]),
        ("Lin Tao and Zhou Bo, the two presidents, attended the ceremony and signed the pact.",
         ["Lin Tao", "Zhou Bo"], []),
        # The same words in Traditional characters.
        ("校長張三出席簽約儀式，副校長林濤與周博簽署協議。", ["林濤", "周博"], ["張三"]),
        ("在市長吳芳的見證下，林濤與周波簽署了合作協議。", ["林濤", "周波"], ["吳芳"]),
        # Presiding, watching, unveiling, congratulating, accompanying in other words;
        # and signing after attending or speaking, in other words.
        ("The agreement was signed by Zhang San and Wang Wu, with Li Wei presiding.",
         ["Zhang San", "Wang Wu"], ["Li Wei"]),
        ("Zhang San and Wang Wu signed the agreement as Li Wei watched.",
         ["Zhang San", "Wang Wu"], ["Li Wei"]),
        ("Li Wei moderated the ceremony at which the agreement was signed.", [], ["Li Wei"]),
        ("Mayor Li Ming unveiled the plaque after Zhang San and Wang Wu signed the agreement.",
         ["Zhang San", "Wang Wu"], ["Li Ming"]),
        ("张三与李四签署协议，王五和赵六共同为研究院揭牌。", ["张三", "李四"], ["王五", "赵六"]),
        ("张三与李四签署协议，王五表示祝贺。", ["张三", "李四"], ["王五"]),
        ("张三与李四签署协议，王五陪同参观。", ["张三", "李四"], ["王五"]),
        ("王五为研究院揭牌后与李四签署协议。", ["王五", "李四"], []),
        ("王五在揭牌仪式上与李四签署协议。", ["王五", "李四"], []),
        ("Zhang San attended the event and put pen to paper on the MoU.", ["Zhang San"], []),
        ("Zhang San delivered a speech and later signed the agreement.", ["Zhang San"], []),
        ("Zhang San and Wang Wu put their signatures to the agreement.",
         ["Zhang San", "Wang Wu"], []),
        # Who did sign, though such words stand near (a review's finds).
        ("李四在市长王五的陪同下与张三签署了合作协议。", ["李四", "张三"], ["王五"]),
        ("Li Wei, congratulated by the mayor, signed the agreement.", ["Li Wei"], []),
        ("Li Wei watched a video on the project and then signed the agreement with Zhang San.",
         ["Li Wei", "Zhang San"], []),
        ("Li Wei unveiled the plaque, and later signed the agreement with Zhang San.",
         ["Li Wei", "Zhang San"], []),
        ("Li Wei unveiled the lab's plaque, after which they signed the agreement.",
         ["Li Wei"], []),
        ("Li Wei unveiled the plaque before he signed the agreement.", ["Li Wei"], []),
        ("Li Wei, the presiding officer of the council, signed the agreement.", ["Li Wei"], []),
        # Chinese news's ways of saying it (a Chinese audit's finds).
        ("副校长张建国与总经理李振华代表双方签约后，共同为联合实验室揭牌。",
         ["张建国", "李振华"], []),
        ("双方签约后，市长李明致辞。", [], ["李明"]),
        ("张建国与李振华代表雙方互簽合作協議。", ["张建国", "李振华"], []),
        ("张建国出席签约仪式，与李振华签署合作协议。", ["张建国", "李振华"], []),
        # ... and not where someone else signed (a review's finds).
        ("甲大学校长张三与乙公司总经理李四签署合作协议。市长李明在双方签约后致辞。",
         ["张三", "李四"], ["李明"]),
        ("主持人李明宣布签约后，张三与李四交换文本。", [], ["李明"]),
        ("李明主持签约仪式，代表双方签约的是张三和李四。", ["张三", "李四"], ["李明"]),
        ("李明出席仪式，代表市政府对张三与李四签署协议表示祝贺。", [], ["李明"]),
    ],
)  # fmt: skip
def test_a_person_the_witnessing_words_govern_did_not_sign_though_the_sentence_says_so(
    text: str, signed: list[str], stood_by: list[str]
) -> None:
    checker = Checker(SourceIndex(text))
    assert [name for name in signed + stood_by if checker.has_evidence(name, "signatories")] == (
        signed
    )


def test_an_unnamed_signer_is_held_to_the_role_evidence_by_the_title_written(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    """Unnamed people are checked as named ones are, by the title the article gives in
    place of a name: the dean attended, and did not sign."""
    answer = copy.deepcopy(GOOD_ANSWER)
    answer["agreements"][0]["signatories"].append(  # type: ignore[index]
        {"name": None, "title": "Dean", "organization": None}
    )
    server.fallback = lambda body: Reply(completion(answer))
    record = extract(ARTICLE, source="a", settings=settings)
    assert [s.name for s in record.agreements[0].signatories] == ["Mara Quill", "Tomas Brill"]
    assert (
        "dropped signatory 'Dean' (unnamed): the article does not say they signed"
        in record.warnings
    )


def test_an_unnamed_signer_the_article_writes_nothing_of_is_dropped_not_kept_empty(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    """Its title and organisation not in the text, it was kept as an entry of three
    nulls: a signatory the record could not tell from any other."""
    answer = copy.deepcopy(GOOD_ANSWER)
    answer["agreements"][0]["signatories"].append(  # type: ignore[index]
        {"name": None, "title": "Provost", "organization": "Harbour Polytechnic"}
    )
    server.fallback = lambda body: Reply(completion(answer))
    record = extract(ARTICLE, source="a", settings=settings)
    assert [s.name for s in record.agreements[0].signatories] == ["Mara Quill", "Tomas Brill"]
    assert [w for w in record.warnings if "Provost" in w or "Harbour" in w or "unnamed" in w] == [
        "dropped title 'Provost': not in the article",
        "dropped organization 'Harbour Polytechnic': not in the article",
        "dropped signatory (unnamed): the article writes nothing that identifies them",
    ]


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
    record = extract(ARTICLE, source="a", settings=settings)
    assert record.agreements[0].date_signed is None
    assert record.warnings == ["dropped date_signed 2024-05-16: no date_text says it"]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Lin Tao and Zhou Bo put pen to paper on the agreement.", True),
        ("The memorandum was concluded by Lin Tao for Harbourline.", True),
        ("Lin Tao entered into the cooperation agreement for Harbourline.", True),
        ("Lin Tao concluded a technology transfer agreement with Bluefin.", True),
        ("Signing for the university was Lin Tao.", True),
        ("Lin Tao and Zhou Bo affixed their signatures to the agreement.", True),
        ("Lin Tao and Zhou Bo put their signatures to the agreement.", True),
        ("Lin Tao put forward signature projects for Harbourline.", False),
        ("Lin Tao penned the deal for Harbourline.", True),
        ("林涛与周博签定了合作协议。", True),
        ("Signing the memorandum were Lin Tao and Zhou Bo.", True),
        ("Harbourline's Lin Tao inks pact with Bluefin", True),
        ("Harbourline's Lin Tao inks a supply deal with Bluefin.", True),
        ("The two signatories, Lin Tao and Zhou Bo, shook hands.", True),
        ("Lin Tao was the signatory for Harbourline.", True),
        ("Lin Tao, putting pen to paper for Harbourline, smiled.", True),
        ("林涛与周博分别代表两家单位在合作书上签名。", True),
        # A signing word in the sentence does not make an attendee a signer.
        ("Mayor Lin Tao attended the ceremony for signing the agreement.", False),
        ("Lin Tao congratulated the two firms on signing a supply deal.", False),
        ("林涛出席签名仪式。", False),
        ("Lin Tao bought ink for the office printer.", False),
        ("The ceremony concluded with a group photo of Lin Tao and the guests.", False),
        ("The agreement entered into force at once, Lin Tao said.", False),
    ],
)  # fmt: skip
def test_the_ways_of_saying_someone_signed(text: str, said: bool) -> None:
    name = "林涛" if "林涛" in text else "Lin Tao"
    assert Checker(SourceIndex(text)).has_evidence(name, "signatories") is said


@pytest.mark.parametrize(
    "text",
    [
        "In the presence of Mayor Wu Fang, Lin Tao and Zhou Bo signed the agreement.",
        "Lin Tao and Zhou Bo signed the agreement as Mayor Wu Fang looked on.",
        "市长吴芳为联合研究院授牌。",
        "市长吴芳与校长张三共同为联合研究院挂牌。",
    ],
)
def test_the_ways_of_saying_someone_witnessed(text: str) -> None:
    name = "Wu Fang" if "Wu Fang" in text else "吴芳"
    assert Checker(SourceIndex(text)).has_evidence(name, "witnesses")


@pytest.mark.parametrize(
    ("text", "name", "role", "said"),
    [
        # A list of people after a colon, its items ended by semicolons (each a sentence).
        ("签约代表：甲大学副校长张三；乙公司总经理李四。", "李四", "signatories", True),
        ("签约双方代表分别为：甲大学副校长张三；乙公司总经理李四；丙研究院院长王五。", "王五",
         "signatories", True),
        ("见证嘉宾：市长张三；副市长李四。", "李四", "witnesses", True),
        ("The signatories were: Lin Tao, President of Harbourline; Zhou Bo, CEO of Bluefin.",
         "Zhou Bo", "signatories", True),
        # ... not a list led by other words, nor a clause's colon after a signing.
        ("出席签约仪式的领导有：市长张三；副市长李四。", "李四", "signatories", False),
        ("双方签署协议后，校长李明表示：合作前景广阔；副校长张三表示：将全力推进。", "张三",
         "signatories", False),
        ("张三签署协议；李四出席。", "李四", "signatories", False),
        ("签约代表：甲大学副校长张三；乙公司总经理李四。市长王五致辞。", "王五", "signatories",
         False),
        ("签字代表为：甲大学副校长张三；乙公司总经理李四。", "李四", "signatories", True),
        ("代表双方签约的是：甲大学副校长张三；乙公司总经理李四。", "李四", "signatories", True),
        ("签约代表：\n\n甲大学副校长张三；\n\n乙公司总经理李四。", "李四", "signatories", True),
        ("簽約代表：甲大學副校長張三；乙公司總經理李四。", "李四", "signatories", True),
        ("Signing on behalf of the two sides were: Lin Tao, President of Harbourline; Zhou "
         "Bo, CEO of Bluefin.", "Zhou Bo", "signatories", True),
        ("Witnesses: Mayor Wu Fang; Governor Ada Reyes.", "Ada Reyes", "witnesses", True),
        # ... not under a label that is no role's (a review's finds), nor past the list's
        # end: another label, or an item that does more than name someone.
        ("出席本次签约的领导有：市长王小五；副市长赵小六；甲大学校长钱小七。", "钱小七",
         "signatories", False),
        ("本次签约的嘉宾有：市长王小五；副市长赵小六。", "赵小六", "signatories", False),
        ("签约现场：市长王小五致辞；副市长赵小六为企业代表颁奖。", "赵小六", "signatories", False),
        ("签约双方表示：甲大学将发挥科研优势；乙公司总经理李小四将带队推进合作。", "李小四",
         "signatories", False),
        ("甲大学与乙公司签署协议：双方将共建联合实验室；乙公司总经理李小四表示将全力支持。",
         "李小四", "signatories", False),
        ("签约代表表示：合作前景广阔；乙公司总经理李小四。", "李小四", "signatories", False),
        ("签约代表：甲大学副校长张小三；乙公司总经理李小四；市长王小五致欢迎词。", "王小五",
         "signatories", False),
        ("见证嘉宾：市长王小五；副市长赵小六宣读贺信。", "赵小六", "witnesses", False),
        ("签约代表：新希望集团总裁张小三；乙公司总经理李致远。", "李致远", "signatories", True),
        ("签约代表：甲公司委托代理人王小五；乙公司法定代表人李小四。", "李小四", "signatories",
         True),
        ("签约代表：省政府研究室工作报告起草组组长王小五；乙公司法定代表人李小四。", "李小四",
         "signatories", True),
        ("签约代表：甲大学副校长张小三；乙公司总经理李小四；见证嘉宾：市长王小五；副市长赵小六。",
         "赵小六", "signatories", False),
        ("签约代表：甲大学副校长张小三；乙公司总经理李小四；见证嘉宾：市长王小五；副市长赵小六。",
         "赵小六", "witnesses", True),
        ("签约代表：甲大学副校长张小三；乙公司总经理李小四；\n见证嘉宾：\n市长王小五；\n"
         "副市长赵小六。", "赵小六", "signatories", False),
        ("签约代表：甲大学副校长张小三；乙公司总经理李小四；市长王小五出席仪式；会后副市长赵小六"
         "参观了实验室。", "赵小六", "signatories", False),
        ("见证嘉宾：市长王小五；副市长赵小六；签约代表：甲大学副校长张小三；乙公司总经理李小四。",
         "李小四", "witnesses", False),
        # The attendees just named, whom the next sentence says witnessed.
        ("市长张三、副市长李四出席签约仪式。在与会领导的共同见证下，双方签署协议。", "李四",
         "witnesses", True),
        ("Mayor Wu Fang and Governor Ada Reyes attended the ceremony. Witnessed by the guests, "
         "the two sides signed.", "Ada Reyes", "witnesses", True),
        ("市长张三、副市长李四出席签约仪式。双方签署协议。", "李四", "witnesses", False),
        ("市长张三致辞。在与会领导的共同见证下，双方签署协议。", "张三", "witnesses", True),
        ("市长张三、副市长李四出席签约仪式。甲大学介绍了学校概况。在与会领导的共同见证下，"
         "双方签署协议。", "李四", "witnesses", False),
        ("市长张三丰、副市长李小四出席签约仪式。在各位领导和嘉宾的共同见证下，双方签署协议。",
         "李小四", "witnesses", True),
        ("市长张三丰出席签约仪式。\n\n在与会领导的共同见证下，双方签署协议。", "张三丰",
         "witnesses", True),
        # ... also where the attending verb ends a list of people that only names them.
        ("省委常委、副省长张小三，市委书记李小四，甲大学校长王小五出席签约仪式。在与会领导的"
         "共同见证下，双方签署协议。", "张小三", "witnesses", True),
        ("Mayor Wu Fang, Governor Ada Reyes and Consul Li Ming attended the ceremony. "
         "Witnessed by the guests, the two sides signed.", "Wu Fang", "witnesses", True),
        ("甲大学校长张小三，其团队参观了实验室，市长李小四出席签约仪式。在与会领导的共同见证下，"
         "双方签署协议。", "张小三", "witnesses", False),
        ("甲大学校长张小三会见乙公司董事长一行，副市长王小五出席。在与会领导的共同见证下，"
         "双方签署协议。", "张小三", "witnesses", False),
        ("市长张小三希望双方深化合作，副市长李小四出席。在与会领导的共同见证下，双方签署协议。",
         "张小三", "witnesses", False),
        ("甲大学校长张小三会见乙公司董事长李小四一行，副市长王小五出席。在与会领导的共同见证下，"
         "双方签署协议。", "李小四", "witnesses", False),
        ("市长张小三，副市长李小四因故未能出席。在与会领导的共同见证下，双方签署协议。",
         "张小三", "witnesses", False),
        ("Governor Ada Reyes praised the plan, Mayor Wu Fang and Dean Li Ming attended. The "
         "leaders then witnessed the signing.", "Ada Reyes", "witnesses", False),
        ("Mayor Wu Fang, who chaired the forum, Governor Ada Reyes and Consul Li Ming attended "
         "the ceremony. Witnessed by the guests, the two sides signed.", "Wu Fang", "witnesses",
         False),
        # ... or where attending words lead the list the name stands in.
        ("出席签约仪式的有市长张小三、副市长李小四。在与会领导的共同见证下，双方签署协议。",
         "李小四", "witnesses", True),
        ("Present at the ceremony were Mayor Wu Fang, Governor Ada Reyes and Consul Li Ming. "
         "Witnessed by the guests, the two sides signed.", "Ada Reyes", "witnesses", True),
        ("The lunch was attended by Mayor Wu Fang, and Governor Ada Reyes sent a letter. "
         "Witnessed by the guests, the two sides signed.", "Ada Reyes", "witnesses", False),
        ("出席签约仪式的有市长张小三。副市长李小四致辞。双方随后签署协议。", "张小三",
         "witnesses", False),
        # ... not whom another represented (a review's finds).
        ("Present at the ceremony were Mr. Lin Tao, representative of Governor Ada Reyes, and "
         "Mayor Wu Fang. The pact was then witnessed by all the dignitaries.", "Ada Reyes",
         "witnesses", False),
        ("Present at the ceremony were Mr. Lin Tao, representative of Governor Ada Reyes, and "
         "Mayor Wu Fang. The pact was then witnessed by all the dignitaries.", "Wu Fang",
         "witnesses", True),
        ("出席签约仪式的有市长王小五的代表赵小六、区长钱小七。在与会领导的共同见证下，双方签署"
         "协议。", "王小五", "witnesses", False),
        ("出席签约仪式的有市长王小五的代表赵小六、区长钱小七。在与会领导的共同见证下，双方签署"
         "协议。", "钱小七", "witnesses", True),
        # ... a representative named after a body, or standing for someone (an old gap).
        ("市政府代表赵小六、区长钱小七出席签约仪式。在与会领导的共同见证下，双方签署协议。",
         "赵小六", "witnesses", True),
        ("甲大学代表张小三、乙公司代表李小四出席签约仪式。在与会领导的共同见证下，双方签署协议。",
         "李小四", "witnesses", True),
        ("李方代表省长张三丰出席签约仪式。在与会领导的共同见证下，双方签署协议。", "张三丰",
         "witnesses", False),
        ("Mayor Wu Fang, representing Governor Ada Reyes, attended the ceremony. Witnessed by "
         "the guests, the two sides signed.", "Wu Fang", "witnesses", True),
        ("Mayor Wu Fang, on behalf of Governor Ada Reyes, attended the ceremony. Witnessed by "
         "the guests, the two sides signed.", "Ada Reyes", "witnesses", False),
        # ... not who sent another, did not come, or presided (a review's finds).
        ("受市长张三丰委托，副市长李小四出席签约仪式。在与会领导的共同见证下，双方签署协议。",
         "张三丰", "witnesses", False),
        ("副省长李小四代表省长张三丰出席签约仪式并致辞。在与会领导的共同见证下，双方签署协议。",
         "张三丰", "witnesses", False),
        ("市长张三丰因故未能出席，副市长李小四出席。在与会领导的共同见证下，双方签署协议。",
         "张三丰", "witnesses", False),
        ("甲大学校长张小三主持仪式，市长李小四出席。在与会领导的共同见证下，双方签署协议。",
         "张小三", "witnesses", False),
        ("Vice Mayor Li Ming attended on behalf of Governor Ada Reyes. Witnessed by the guests, "
         "the two sides signed.", "Ada Reyes", "witnesses", False),
        ("Lin Tao, who attended Lakeside University, signed the agreement. Witnessed by the "
         "guests, the two sides signed.", "Lin Tao", "witnesses", False),
        # English lists led by their role's words, items ended by semicolons (an audit's).
        ("Harbourline and Bluefin signed it in the presence of Mayor Wu Fang; Ada Reyes, "
         "Governor of the province; and Li Ming, Consul.", "Ada Reyes", "witnesses", True),
        ("The pact was witnessed by Prof. Omar Haddad, Rector; Dr. Nina Brandt, Dean; and "
         "Mr. Paul Ortiz, Director.", "Paul Ortiz", "witnesses", True),
        ("Witnessing the signing were Mayor Wu Fang; Governor Ada Reyes.", "Ada Reyes",
         "witnesses", True),
        ("The MoU was signed by Lin Tao, President of Harbourline; Zhou Bo, Chairman of "
         "Bluefin; and Nina Brandt, Visiting Professor.", "Nina Brandt", "signatories", True),
        # ... not an item that does more than name someone, nor past a list's other lead,
        # nor after a full stop.
        ("The pact was witnessed by Mayor Wu Fang; Governor Ada Reyes signed it.", "Ada Reyes",
         "witnesses", False),
        ("The pact was witnessed by Mayor Wu Fang; Governor Ada Reyes attended the lunch.",
         "Ada Reyes", "witnesses", False),
        ("The MoU was signed by Lin Tao in the presence of Mayor Wu Fang; Governor Ada Reyes.",
         "Ada Reyes", "signatories", False),
        ("The MoU was signed by Lin Tao. Governor Ada Reyes; Mayor Wu Fang.", "Ada Reyes",
         "signatories", False),
        ("The pact was witnessed by Mayor Wu Fang. Governor Ada Reyes, Consul Li Ming.",
         "Ada Reyes", "witnesses", False),
        # ... nor an item with any English word but a title's, a body's or a particle (a
        # review's finds: English verbs are too many to list); a title in lower case is one.
        ("The pact was signed in the presence of Minister Ada Reyes; Mayor Wu Fang delivered "
         "the welcome address.", "Wu Fang", "witnesses", False),
        ("The pact, signed by Lin Tao and Zhou Bo, covers joint research; Dr. Nina Brandt "
         "heads the programme.", "Nina Brandt", "signatories", False),
        ("The MoU was signed by Lin Tao and Zhou Bo as Governor Ada Reyes looked on; Mayor Wu "
         "Fang.", "Wu Fang", "signatories", False),
        ("The pact was witnessed by Prof. Omar Haddad, Rector; Dr. Nina Brandt, chief executive "
         "of the company.", "Nina Brandt", "witnesses", True),
        ("The pact was witnessed by Prof. Ravi Menon, vice-chancellor of Lakeside University; "
         "Dr. Anil Sen, director-general; and Ms. Priya Nair, joint secretary.", "Priya Nair",
         "witnesses", True),
        # ... and after a colon, as before, what holds no verb of ``_NO_ITEM`` (a review's).
        ("签约代表：新希望集团副总裁李小四；甲大学副校长张小三。", "张小三", "signatories", True),
        ("Signatories: Mr. Lin Tao, CEO of Acme; Governor Ada Reyes, in attendance.",
         "Ada Reyes", "signatories", False),
        ("见证嘉宾：市发改委一级调研员王小五；副市长赵小六。", "赵小六", "witnesses", True),
        ("Witnesses: Governor Ada Reyes; Mayor Wu Fang, nominated by the city council.",
         "Wu Fang", "witnesses", True),
    ],
)  # fmt: skip
def test_a_role_said_in_the_lead_of_a_list_or_of_the_attendees_in_the_next_sentence(
    text: str, name: str, role: str, said: bool
) -> None:
    """Semicolons end sentences, so the people of "签约代表：A；B。" after the first stood
    in sentences that say nothing of signing (B was dropped); and who attended, before
    "在与会领导的共同见证下…", in a sentence that says nothing of witnessing."""
    assert Checker(SourceIndex(text)).has_evidence(name, role, person=True) is said


@pytest.mark.parametrize(
    ("text", "signed", "stood_by"),
    [
        # Lists of people after "in the presence of", "witnessed by", "attended by", and
        # titles' dots ("Prof.") within the clause (an English audit's finds).
        ("Lin Tao and Zhou Bo signed the MoU in the presence of Dr. V. K. Saraswat, Member, "
         "NITI Aayog, and Shri Giridhar Aramane, Defence Secretary.", ["Lin Tao", "Zhou Bo"],
         ["V. K. Saraswat", "Giridhar Aramane"]),
        ("The MoU was signed by Umaru Kashaka and Sylvia Mulinge, and witnessed by Prof. "
         "Barnabas Nawangwe.", ["Umaru Kashaka", "Sylvia Mulinge"], ["Barnabas Nawangwe"]),
        ("In the presence of Prof. Barnabas Nawangwe, Umaru Kashaka and Sylvia Mulinge signed "
         "the MoU.", ["Umaru Kashaka", "Sylvia Mulinge"], ["Barnabas Nawangwe"]),
        ("Mark Ellison and Sara Lim signed the MoU, while Jane Doe, Vice-Chancellor of "
         "Riverside University, and John Roe, Chair of Acme Robotics, looked on.",
         ["Mark Ellison", "Sara Lim"], ["Jane Doe", "John Roe"]),
        ("The signing was graced by Janet Museveni, the Minister of Education, and the "
         "agreement was signed by Umaru Kashaka and Sylvia Mulinge.",
         ["Umaru Kashaka", "Sylvia Mulinge"], ["Janet Museveni"]),
        ("The ceremony was attended by Lin Tao, who signed for Harbourline.", ["Lin Tao"], []),
        ("Mayor Wu Fang delivered the welcome address, and Lin Tao and Zhou Bo signed the MoU.",
         ["Lin Tao", "Zhou Bo"], ["Wu Fang"]),
        ("Mayor Wu Fang gave the vote of thanks after Lin Tao signed the MoU.", ["Lin Tao"],
         ["Wu Fang"]),
        ("Witnessing the signing were Janet Museveni and Chris Baryomunsi, as Lin Tao signed.",
         ["Lin Tao"], ["Janet Museveni", "Chris Baryomunsi"]),
        # ... and the signers beside such words (a review's finds).
        ("In the presence of Governor Ada Reyes, Lin Tao, CEO of Acme Corp, and Zhou Bo, "
         "President of Beta University, signed the MoU.", ["Lin Tao", "Zhou Bo"], ["Ada Reyes"]),
        ("Graced by Governor Ada Reyes, the event saw Lin Tao, CEO of Acme Corp, and Zhou Bo, "
         "President of Beta University, sign the MoU.", ["Lin Tao", "Zhou Bo"], ["Ada Reyes"]),
        ("The MoU was signed in the presence of Governor Ada Reyes, Mayor Wu Fang, by Lin Tao "
         "and Zhou Bo of Acme Corp and Beta University.", ["Lin Tao", "Zhou Bo"],
         ["Ada Reyes", "Wu Fang"]),
        ("The ceremony was attended by Governor Ada Reyes, Mayor Wu Fang, and senior "
         "officials, and the MoU was signed by Lin Tao and Zhou Bo.", ["Lin Tao", "Zhou Bo"],
         ["Ada Reyes", "Wu Fang"]),
        ("Witnessed by Mayor Wu Fang, Lin Tao and Zhou Bo signed the agreement.",
         ["Lin Tao", "Zhou Bo"], ["Wu Fang"]),
        ("The MoU was signed by Lin Tao as CEO of Acme Corp and Zhou Bo as President of Beta "
         "University, and Mayor Wu Fang attended.", ["Lin Tao", "Zhou Bo"], ["Wu Fang"]),
        ("Lin Tao, President of Beta University, welcomed the delegation and then he and Zhou "
         "Bo signed the MoU.", ["Lin Tao", "Zhou Bo"], []),
        # A sentence's end the splitter runs on (a digit, a lower-case letter after it), or
        # a name's end ("Jr."), is still a clause's end.
        ("It was signed by Lin Tao and Zhou Bo. 30 guests attended the ceremony.",
         ["Lin Tao", "Zhou Bo"], []),
        ("It was signed by Lin Tao and Zhou Bo. iFlytek chairman Liu Qingfeng attended the "
         "ceremony.", ["Lin Tao", "Zhou Bo"], ["Liu Qingfeng"]),
        ("The MoU was signed by Lin Tao and Robert Smith Jr. Mayor Wu Fang attended the "
         "ceremony.", ["Lin Tao", "Robert Smith Jr."], ["Wu Fang"]),
        # A name's or a time's abbreviation in a sentence that runs on, lists that end with
        # two names joined, "as … looked on" (a third review's finds).
        ("Mayor Wu Fang attended the ceremony at 10 a.m. and signed the MoU for Cebu City.",
         ["Wu Fang"], []),
        ("In the presence of Governor Ada Reyes, Lin Tao of Acme Corp and Zhou Bo of Beta "
         "Univ. signed the MoU.", ["Lin Tao", "Zhou Bo"], ["Ada Reyes"]),
        ("Witnessed by President Ferdinand R. Marcos Jr. and Prime Minister Anwar Ibrahim, the "
         "MoU was signed by Lin Tao and Zhou Bo.", ["Lin Tao", "Zhou Bo"],
         ["Ferdinand R. Marcos Jr.", "Anwar Ibrahim"]),
        ("In the presence of Governor Ada Reyes, Mayor Wu Fang and Dean Li Ming, Lin Tao and "
         "Zhou Bo signed the MoU.", ["Lin Tao", "Zhou Bo"], ["Ada Reyes", "Wu Fang", "Li Ming"]),
        ("The MoU was signed by Lin Tao and Zhou Bo as Mayor Wu Fang, Governor Ada Reyes and "
         "Dean Li Ming looked on.", ["Lin Tao", "Zhou Bo"], ["Wu Fang", "Ada Reyes", "Li Ming"]),
        ("The MoU was signed in the presence of Governor Ada Reyes by Lin Tao and Zhou Bo.",
         ["Lin Tao", "Zhou Bo"], ["Ada Reyes"]),
        ("In the presence of Governor Ada Reyes, Lin Tao and Zhou Bo, on behalf of Acme Corp "
         "and Beta University, signed the MoU.", ["Lin Tao", "Zhou Bo"], ["Ada Reyes"]),
        ("In the presence of Governor Ada Reyes, Mayor Wu Fang and Dean Li Ming, representing "
         "the city, Lin Tao signed the MoU.", ["Lin Tao"], ["Ada Reyes", "Wu Fang", "Li Ming"]),
        ("Lin Tao, President of Beta University, welcomed the delegation, and then he and Zhou "
         "Bo signed the MoU.", ["Lin Tao", "Zhou Bo"], []),
    ],
)  # fmt: skip
def test_english_lists_of_those_who_stood_by_are_no_signers(
    text: str, signed: list[str], stood_by: list[str]
) -> None:
    checker = Checker(SourceIndex(text))
    assert [
        n for n in signed + stood_by if checker.has_evidence(n, "signatories", person=True)
    ] == (signed)


@pytest.mark.parametrize(
    ("text", "name", "said"),
    [
        ("签约仪式由副市长王晓东主持，市委书记李强见证签约。", "王晓东", False),
        ("签约仪式由副市长王晓东主持，市委书记李强见证签约。", "李强", True),
        ("主持人王晓东宣布签约开始，市长李强见证签约。", "王晓东", False),
        ("市长张三、副市长李四共同见证签约，仪式由王五主持。", "王五", False),
        ("市长张三、副市长李四共同见证签约，仪式由王五主持。", "李四", True),
        ("The ceremony, presided over by Vice Mayor Li Ming, was witnessed by Governor Ada "
         "Reyes.", "Li Ming", False),
        ("Li Ming presided over the signing, witnessed by Mayor Wu Fang.", "Li Ming", False),
        # ... who presided and witnessed or unveiled too, or of whom the sentence says more.
        ("副市长王晓东主持签约仪式并见证双方签约。", "王晓东", True),
        ("王五主持并见证签约。", "王五", True),
        ("副市长王晓东主持仪式，并为联合研究院揭牌。", "王晓东", True),
        ("Li Ming presided over the ceremony and witnessed the signing.", "Li Ming", True),
        ("Li Ming, who presided, and Wang Wu witnessed the signing.", "Li Ming", True),
        ("在副市长王晓东的见证下，双方签约。", "王晓东", True),
    ],
)  # fmt: skip
def test_a_presider_is_no_witness_where_the_sentence_says_another_witnessed(
    text: str, name: str, said: bool
) -> None:
    """The spec's witnesses are said to witness or unveil; a sentence's 见证 was the
    presider's evidence too."""
    assert Checker(SourceIndex(text)).has_evidence(name, "witnesses", person=True) is said


@pytest.mark.parametrize(
    ("text", "name", "unveiled"),
    [
        ("张小三与李小四签署协议并共同为联合实验室揭牌。", "张小三", True),
        ("张小三与李小四签署协议，并共同为联合实验室揭牌。", "张小三", True),
        ("张小三与李小四签署协议，随后二人为实验室揭牌。", "张小三", True),
        ("副校长张建国与总经理李振华代表双方签约后，共同为联合实验室揭牌。", "张建国", True),
        ("Zhang San and Wang Wu signed the agreement, and jointly unveiled the lab's plaque.",
         "Zhang San", True),
        ("Mara Quill, Tomas Brill, Ellis Varga, Ada Reyes and the deans of the two partner "
         "schools and their research office together unveiled the new centre.",
         "Ada Reyes", True),
        ("The plaque was unveiled by Zhang San and Li Wei.", "Zhang San", True),
        ("Zhang San signed the agreement, witnessed by Li Wei, who also unveiled the plaque.",
         "Li Wei", True),
        ("张小三与李小四共同按下启动键。", "李小四", True),
        ("签约代表：甲大学副校长张小三；乙公司总经理李小四。揭牌嘉宾：甲大学副校长张小三；"
         "乙公司总经理李小四。", "李小四", True),
        # The sentence's unveiling is another's.
        ("张小三与李小四签署协议，市长王小五为联合实验室揭牌。", "张小三", False),
        ("张小三与李小四签署协议，并由市长王小五为联合实验室揭牌。", "张小三", False),
        ("张小三与李小四签署协议，随后市长王小五为联合实验室揭牌。", "张小三", False),
        ("Zhang San signed the agreement, witnessed by Li Wei, who also unveiled the plaque.",
         "Zhang San", False),
        ("张小三出席揭牌仪式。", "张小三", False),
    ],
)  # fmt: skip
def test_who_unveiled_is_whom_the_unveiling_words_govern(
    text: str, name: str, unveiled: bool
) -> None:
    assert Checker(SourceIndex(text)).unveiled(name) is unveiled


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Zhang San signed the agreement for Harbourline, witnessed by Li Wei.", False),
        ("张三与王五签署协议，市长李伟见证签约。", False),
        ("Zhang San and Wang Wu signed the agreement and jointly unveiled the lab's plaque.",
         True),
        ("张三与王五签署协议。随后，张三、王五与市长李伟共同为联合实验室揭牌。", True),
    ],
)  # fmt: skip
def test_a_signer_is_a_witness_of_the_same_agreement_only_by_unveiling(
    text: str, kept: bool
) -> None:
    """The sentence's "witnessed" is another's; the spec's witness who signs too is one
    who unveiled what was set up."""
    zhang, li = ("张三", "李伟") if "张三" in text else ("Zhang San", "Li Wei")
    others = [li] if li in text else []
    agreement = Agreement(
        signatories=[Signatory(name=zhang)],
        witnesses=[Signatory(name=name) for name in (zhang, *others)],
    )
    draft = ExtractionDraft(article=Article(), agreements=[agreement])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert [p.name for p in guarded.agreements[0].signatories] == [zhang]
    assert [p.name for p in guarded.agreements[0].witnesses] == [zhang] * kept + others
    # Dropped as a signatory of the agreement, or, where the sentence says plainly that
    # they signed, as no witness at all.
    dropped = any(w.startswith(f"dropped witness '{zhang}': ") for w in warnings)
    assert dropped is not kept


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Wu Fang, who heads the city where the MoU was signed, witnessed the ceremony.",
        "Mayor Wu Fang and Lin Tao signed the MoU and jointly unveiled the lab's plaque.",
        "Mayor Wu Fang witnessed the signing and then signed the guest book.",
        "Mayor Wu Fang signed the visitors' book and witnessed the signing of the MoU.",
        "Mayor Wu Fang and Dean Li Ming also signed the agreement as witnesses.",
        "The MoU was signed by Lin Tao and Zhou Bo with Mayor Wu Fang witnessing.",
        "Mayor Wu Fang, a signatory to the 2019 pact, witnessed today's signing.",
    ],
)
def test_a_witness_whom_signing_words_do_not_govern_alone_stays_one(text: str) -> None:
    """Signing in a "where" clause, signing then unveiling, witnessing first, signing as a
    witness, another's signing, an apposition: a witness, neither dropped nor moved (a
    review's finds against a rule that made signing words say no one witnessed)."""
    draft = ExtractionDraft(
        article=Article(), agreements=[Agreement(witnesses=[Signatory(name="Wu Fang")])]
    )
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert [p.name for p in guarded.agreements[0].witnesses] == ["Wu Fang"], warnings


def test_a_signer_who_witnessed_another_signing_is_no_witness_of_the_one_signed() -> None:
    """Who signs does not witness the signing: the article's witnessing is of another."""
    text = (
        "Zhang San signed the agreement for Harbourline. At noon Zhang San witnessed the "
        "signing of a lease."
    )
    agreement = Agreement(
        signatories=[Signatory(name="Zhang San")], witnesses=[Signatory(name="Zhang San")]
    )
    draft = ExtractionDraft(article=Article(), agreements=[agreement])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert [p.name for p in guarded.agreements[0].signatories] == ["Zhang San"]
    assert guarded.agreements[0].witnesses == []
    assert warnings == [
        "dropped witness 'Zhang San': a signatory of the agreement, and the article does not "
        "say they unveiled or inaugurated anything"
    ]


@pytest.mark.parametrize(
    ("text", "given", "role"),
    [
        ("Dean Omar Haddad and Chair Nina Brandt signed the memorandum for the two sides.",
         "witnesses", "signatories"),
        ("院长张小三与理事长李小四代表双方签署备忘录。", "witnesses", "signatories"),
        ("院长张小三与理事长李小四代表双方签约。", "witnesses", "signatories"),
        ("Harbourline and Bluefin signed the pact, witnessed by Omar Haddad and Nina Brandt.",
         "signatories", "witnesses"),
        ("市长张小三、副市长李小四见证签约。", "signatories", "witnesses"),
        ("甲大学与乙公司签署协议，市长张小三、副市长李小四等领导见证。", "signatories",
         "witnesses"),
        ("Omar Haddad, CEO of Acme, and Nina Brandt, President of Beta, signed the MoU.",
         "witnesses", "signatories"),
    ],
)  # fmt: skip
def test_a_person_given_the_other_role_is_moved_to_the_one_the_article_says(
    text: str, given: str, role: str
) -> None:
    """Seed 000's find: the model gave the two signers as witnesses, and the guard dropped
    them from both roles; the article says which role they had."""
    names = ["张小三", "李小四"] if "张小三" in text else ["Omar Haddad", "Nina Brandt"]
    agreement = Agreement(**{given: [Signatory(name=name) for name in names]})
    draft = ExtractionDraft(article=Article(), agreements=[agreement])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert [p.name for p in getattr(guarded.agreements[0], role)] == names
    assert getattr(guarded.agreements[0], given) == []
    singular = {"signatories": "signatory", "witnesses": "witness"}[given]
    assert warnings[0].startswith(f"moved {singular} '{names[0]}' to {role}: the article says")
    lenient = apply_guard(draft, Checker(SourceIndex(text)), strict=False)
    assert lenient[0] == draft
    assert lenient[1][0].startswith(f"unverified {singular} '{names[0]}' to {role}:")


@pytest.mark.parametrize(
    "text",
    [
        "Omar Haddad spoke at the ceremony, and Lin Tao signed the memorandum.",
        "Lin Tao signed the memorandum as Omar Haddad looked on. Omar Haddad signed a lease.",
    ],
)
def test_a_person_the_article_gives_no_other_role_is_not_moved(text: str) -> None:
    """Neither role said (dropped, as before), or the role given said too (kept)."""
    draft = ExtractionDraft(
        article=Article(), agreements=[Agreement(witnesses=[Signatory(name="Omar Haddad")])]
    )
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert guarded.agreements[0].signatories == []
    assert not any(w.startswith("moved") for w in warnings)


@pytest.mark.parametrize(
    ("text", "given"),
    [
        ("甲大学与乙公司签署合作协议，副市长王小五出席并在嘉宾墙上签名。", "witnesses"),
        ("The MoU was signed in the presence of Mayor Wu Fang. Governor Omar Haddad attended "
         "and signed the guest book.", "witnesses"),
        ("Governor Omar Haddad, who has witnessed the port grow, presided over the ceremony.",
         "signatories"),
        # ... nor another's signing the person spoke of, nor "signed off on" (a review's).
        ("Governor Omar Haddad said Alpha and Beta signed the MoU to boost trade.",
         "witnesses"),
        ("Minister Omar Haddad hailed the MoU signed by Alpha and Beta as a milestone.",
         "witnesses"),
        ("市長王小五指出甲公司與乙大學簽署合作協議意義重大。", "witnesses"),
        ("Governor Omar Haddad signed off on the MoU, which Lin Tao and Zhou Bo signed.",
         "witnesses"),
        # ... nor a signing the person only watched, an autograph, a witnessed friendship,
        # another's signing, a letter or a board signed (a fifth review's finds).
        ("The signing of the MoU by Omar Haddad and Zhou Bo was watched by the guests.",
         "signatories"),
        ("王小五在签约现场签名留念，张三与李四签署协议。", "witnesses"),
        ("王小五见证了两校三十年的友谊，并与李四共同签订新一轮合作协议。", "signatories"),
        ("The MoU was signed by Governor Omar Haddad's deputy Lin Tao and by Zhou Bo.",
         "witnesses"),
        ("Governor Omar Haddad signed a letter of support for the agreement before Lin Tao "
         "and Zhou Bo inked it.", "witnesses"),
        ("Mayor Omar Haddad signed the commemorative board at the MoU signing ceremony.",
         "witnesses"),
        # ... nor a name in an opening phrase, after a bare possessive, a witnessed
        # agreement's results (a sixth review's finds).
        ("Flanked by Mayor Omar Haddad, Lin Tao signed the MoU with Zhou Bo.", "witnesses"),
        ("According to Governor Omar Haddad, Alpha and Beta signed the agreement.",
         "witnesses"),
        ("The MoU was signed by Governor Omar Haddad' aide Lin Tao and Zhou Bo.", "witnesses"),
        ("Omar Haddad witnessed the agreement's first results at the signing ceremony.",
         "signatories"),
    ],
)  # fmt: skip
def test_a_role_said_of_something_else_moves_no_one(text: str, given: str) -> None:
    """A review's finds: a signature on a guest wall or book is no agreement's, and having
    witnessed a port grow is no signing's."""
    name = "王小五" if "王小五" in text else "Omar Haddad"
    draft = ExtractionDraft(
        article=Article(), agreements=[Agreement(**{given: [Signatory(name=name)]})]
    )
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert guarded.agreements[0].signatories == guarded.agreements[0].witnesses == []
    assert not any(w.startswith("moved") for w in warnings)


@pytest.mark.parametrize(
    "text",
    [
        "The MoU was inked by Omar Haddad and Zhou Bo as Governor Ada Reyes looked on.",
        "The agreement was signed by Zhou Bo and Omar Haddad while Mayor Wu witnessed it.",
        "The MoU was signed by Alpha CEO Lin Tao and Beta chairman Omar Haddad and Minister "
        "Ada Reyes presided over the ceremony.",
        "'The deal was signed by Omar Haddad' said Zhou Bo.",
        "The MoU was signed by Lin Tao and Omar Haddad today while Mayor Wu looked on.",
    ],
)
def test_a_signer_the_sentence_says_signed_first_is_kept(text: str) -> None:
    """Signers that "signed by" leads: the witnessing after their names is another's; they
    are kept (the guard dropped them); a closing quote is no possessive."""
    draft = ExtractionDraft(
        article=Article(), agreements=[Agreement(signatories=[Signatory(name="Omar Haddad")])]
    )
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert [p.name for p in guarded.agreements[0].signatories] == ["Omar Haddad"], warnings


def test_ones_own_signature_is_no_possessive() -> None:
    """ "林涛的签名" is Lin Tao's signature on the agreement, not someone Lin Tao sent (a
    review's find)."""
    text = "甲大学校长林涛的签名与乙公司董事长周博的签名同时出现在合作协议上。"
    signers = [Signatory(name="林涛"), Signatory(name="周博")]
    draft = ExtractionDraft(article=Article(), agreements=[Agreement(signatories=signers)])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert [p.name for p in guarded.agreements[0].signatories] == ["林涛", "周博"], warnings


@pytest.mark.parametrize(
    "text",
    [
        "After signing the MoU, Lin Tao thanked the guests, and Omar Haddad spoke.",
        "After the signing of the MoU, Omar Haddad unveiled the lab's plaque.",
        "The MoU was signed by Zhou Bo and Lin Tao as Omar Haddad looked on.",
        "The MoU was signed by Zhou Bo, and Omar Haddad witnessed it.",
        "Having signed the MoU, Zhou Bo and Lin Tao watched as Omar Haddad unveiled it.",
        # ... nor who stands after a second "and", in the office of someone, after a
        # possessive, in a list of three, or after a dangling or bare opening (a review's).
        "The MoU was signed by Lin Tao and Zhou Bo and Mayor Omar Haddad delivered the "
        "keynote address.",
        "The MoU was signed by Lin Tao and Zhou Bo at the office of Chief Minister Omar Haddad "
        "as she looked on.",
        "The MoU was signed by Lin Tao and Governor Omar Haddad's deputy Zhou Bo as Governor "
        "Omar Haddad looked on.",
        "After signing the MoU, Lin Tao, Zhou Bo and Mayor Omar Haddad unveiled the plaque.",
        "Lin Tao and Zhou Bo signed the MoU. After signing of the MoU, Chief Minister Omar "
        "Haddad addressed the gathering.",
        "Lin Tao and Zhou Bo signed the MoU. Upon signing, Tan Sri Omar Haddad delivered his "
        "speech.",
        "After signing the pact, Governor Omar Haddad and Minister Wu Fang witnessed the "
        "exchange of documents.",
        "Upon signing the MoU, Higher Education Minister Omar Haddad and Deputy Minister Ada "
        "Reyes congratulated both parties.",
        "After signing the MoU, Omar Haddad and Zhou Bo jointly unveiled the lab's plaque.",
        "The MoU was signed by Lin Tao and Omar Haddad as witnesses.",
        "The MoU was signed by Omar Haddad and Lin Tao as witnesses.",
    ],
)
def test_a_name_after_another_signer_or_a_signing_noun_signs_nothing(text: str) -> None:
    """Only the names that "signed by" or "After signing …," lead are held to have signed:
    not who comes after a verb of their own, nor after "the signing" (a noun)."""
    draft = ExtractionDraft(
        article=Article(), agreements=[Agreement(signatories=[Signatory(name="Omar Haddad")])]
    )
    guarded, _ = apply_guard(draft, Checker(SourceIndex(text)))
    assert guarded.agreements[0].signatories == []


@pytest.mark.parametrize(
    ("text", "signer"),
    [
        ("In the presence of Mayor Wu Fang, Lin Tao and Zhou Bo signed the MoU.", "Lin Tao"),
        ("Witnessed by Mayor Wu Fang, Lin Tao signed the MoU with Zhou Bo.", "Lin Tao"),
        ("As Mayor Wu Fang looked on, Lin Tao and Zhou Bo signed the MoU.", "Lin Tao"),
        ("在市长吴芳的见证下，林涛与周博签署合作协议。", "林涛"),
        ("市长吴芳见证下，林涛与周博签署合作协议。", "林涛"),
    ],
)
def test_a_signer_given_as_witness_beside_witnessing_words_moves(text: str, signer: str) -> None:
    """Witnessing words only in clauses before the person's own, which says plainly that
    they signed an agreement, are no evidence that they witnessed: given as a witness, they
    move to the signatories, and the witness named stays one."""
    witness = "吴芳" if "吴芳" in text else "Wu Fang"
    people = [Signatory(name=witness), Signatory(name=signer)]
    draft = ExtractionDraft(article=Article(), agreements=[Agreement(witnesses=people)])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert [p.name for p in guarded.agreements[0].signatories] == [signer], warnings
    assert [p.name for p in guarded.agreements[0].witnesses] == [witness]
    assert any(w.startswith(f"moved witness '{signer}' to signatories") for w in warnings)


@pytest.mark.parametrize(
    ("text", "witnesses", "agreements"),
    [
        ("会上，吴芳与李强签署省部合作协议，共同见证了12个项目签约。", ["吴芳", "李强"], 3),
        ("市长吴芳在签约现场见证了合作协议的签署。", ["吴芳"], 1),
        ("市领导吴芳、李强与签约企业负责人一同见证了合同签订。", ["吴芳", "李强"], 1),
        ("市长吴芳对双方签署合作协议表示祝贺，并见证了签约。", ["吴芳"], 1),
        ("In the presence of Chief Minister Wu Fang, IT Minister Ada Reyes, Alpha CEO Lin Tao "
         "and Beta MD Zhou Bo signed the MoU.", ["Wu Fang", "Ada Reyes"], 2),
        ("The witnesses Dr Wu Fang and Prof Ada Reyes signed the MoU.", ["Wu Fang", "Ada Reyes"],
         1),
        ("Governor Ada Reyes and Mayor Wu Fang signed a sister-city agreement and witnessed the "
         "signing of five MoUs.", ["Ada Reyes", "Wu Fang"], 2),
        ("Minister Ada Reyes signed the original pact in 2015 and today witnessed its renewal.",
         ["Ada Reyes"], 1),
        ("The MoU was signed by Wu Fang and Lin Tao as Mayor Ada Reyes looked on.",
         ["Ada Reyes", "Wu Fang"], 1),
        ("After witnessing the signing of five MoUs, Governor Ada Reyes and Mayor Wu Fang "
         "signed a sister-city agreement.", ["Ada Reyes", "Wu Fang"], 2),
        ("见证签约后，省长吴芳与甲集团董事长林涛签署了战略合作协议。", ["吴芳"], 2),
        ("林涛与周博签署合作协议。作为见证人，律师吴芳也签署了该协议。", ["吴芳"], 1),
    ],
)  # fmt: skip
def test_a_witness_whose_own_clause_witnesses_stays_one(
    text: str, witnesses: list[str], agreements: int
) -> None:
    """Witnessing words in the person's own clause or a later one may be theirs, whatever
    they also signed (a review's finds: "签署省部合作协议，共同见证了12个项目签约", 签约现场,
    "In the presence of A, B, Lin Tao and Zhou Bo signed": B is the first list's): the
    witnesses stay, neither moved nor dropped (the signer given as a witness in "signed by
    A and B as C looked on" stays too, a gap left)."""
    people = [Signatory(name=name) for name in witnesses]
    drafts = [Agreement(witnesses=people)] + [Agreement() for _ in range(agreements - 1)]
    draft = ExtractionDraft(article=Article(), agreements=drafts)
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert [p.name for p in guarded.agreements[0].witnesses] == witnesses, warnings
    assert guarded.agreements[0].signatories == []


@pytest.mark.parametrize(
    ("text", "witnesses"),
    [
        ("市长王小五在签约现场见证了甲大学与乙公司签署合作协议。", ["王小五"]),
        ("市长王小五和签约企业负责人共同见证签约。", ["王小五"]),
    ],
)
def test_a_witness_near_a_signing_noun_stays_a_witness(text: str, witnesses: list[str]) -> None:
    """签约 also names a place or a party (签约现场, 签约企业): no signing of the witness's."""
    draft = ExtractionDraft(
        article=Article(),
        agreements=[Agreement(witnesses=[Signatory(name=name) for name in witnesses])],
    )
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert [p.name for p in guarded.agreements[0].witnesses] == witnesses, warnings
    assert guarded.agreements[0].signatories == []


def test_signers_the_article_shows_looked_on_by_another_are_not_moved_to_witnesses() -> None:
    """A review's find: "signed by A and B as C looked on" is no witnessing of A's and B's."""
    text = "The MoU was signed by Lin Tao and Zhou Bo as Governor Ada Reyes looked on."
    draft = ExtractionDraft(
        article=Article(),
        agreements=[Agreement(signatories=[Signatory(name="Lin Tao"), Signatory(name="Zhou Bo")])],
    )
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert guarded.agreements[0].witnesses == []
    assert not any(w.startswith("moved") for w in warnings)


def test_no_one_is_moved_in_an_article_of_several_agreements() -> None:
    """A review's find: the role the article states may be in another of its agreements."""
    text = (
        "Lin Tao and Zhou Bo signed the research MoU. Acme and Gamma then signed a supply "
        "agreement in the presence of Mayor Wu Fang."
    )
    research = Agreement(signatories=[Signatory(name="Zhou Bo")])
    supply = Agreement(witnesses=[Signatory(name="Wu Fang"), Signatory(name="Lin Tao")])
    draft = ExtractionDraft(article=Article(), agreements=[research, supply])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert guarded.agreements[1].signatories == []
    assert [p.name for p in guarded.agreements[1].witnesses] == ["Wu Fang"]
    assert not any(w.startswith("moved") for w in warnings)


def test_a_witness_who_signs_another_of_the_articles_agreements_stays_a_witness_there() -> None:
    """The model placed the person as a signer elsewhere: the witness entry is dropped (as
    before), not made a second signing."""
    text = "Lin Tao signed the lease. Zhou Bo and Omar Haddad signed the memorandum."
    lease = Agreement(signatories=[Signatory(name="Lin Tao")])
    memo = Agreement(
        signatories=[Signatory(name="Zhou Bo"), Signatory(name="Omar Haddad")],
    )
    lease = lease.model_copy(update={"witnesses": [Signatory(name="Omar Haddad")]})
    draft = ExtractionDraft(article=Article(), agreements=[lease, memo])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert [p.name for p in guarded.agreements[0].signatories] == ["Lin Tao"]
    assert guarded.agreements[0].witnesses == []
    assert (
        "dropped witness 'Omar Haddad': the article does not say they witnessed or "
        "unveiled anything" in warnings
    )


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


def test_attendee_listed_as_signatory_is_demoted(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    answer = copy.deepcopy(GOOD_ANSWER)
    answer["agreements"][0]["signatories"].append(  # type: ignore[index]
        {"name": "Ellis Varga", "title": "Dean", "organization": None}
    )
    server.fallback = lambda body: Reply(completion(answer))
    record = extract(ARTICLE, source="a", settings=settings)
    names = [s.name for s in record.agreements[0].signatories]
    assert names == ["Mara Quill", "Tomas Brill"]
    assert any("Ellis Varga" in w and "signed" in w for w in record.warnings)


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
    draft = ExtractionDraft(article=Article(), agreements=[Agreement(location=location)])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(sentence)))
    assert (guarded.agreements[0].location == location) is kept, warnings


@pytest.mark.parametrize(
    ("text", "name", "role", "said"),
    [
        # Witnesses who pressed a start button, or whom 见证 leads, before another's 主持.
        ("深圳市副市长张华、腾讯公司副总裁汤道生共同按下启动键，仪式由深圳大学副校长王晖主持。",
         "汤道生", "witnesses", True),
        ("见证签约的有市委书记李强、市长陈刚，副市长王晓东主持仪式。", "陈刚", "witnesses", True),
        ("签约仪式由副市长王晓东主持，市委书记李强、市长陈刚出席并见证签约。", "王晓东",
         "witnesses", False),
        # Taiwan's label, the attendees without 的, a signer's "this signing" (这次签约).
        ("簽約代表：清華大學校長高為元；台積電資深副總經理米玉傑。見證貴賓：新竹市長高虹安；國科會主委"
         "吳政忠。", "吳政忠", "witnesses", True),
        ("江宁区委书记赵洪斌出席活动。在出席领导的共同见证下，双方代表签署协议。", "赵洪斌",
         "witnesses", True),
        ("甲大学党委书记张三、乙公司董事长李四共同见证签约。张三表示，这次签约是双方合作的新起点。",
         "张三", "signatories", False),
        # An English signer's title and initial beside Chinese characters end no sentence.
        ("B. Braun Melsungen AG董事会成员Dr. A. Schmidt与四川大学华西医院院长李为民签署合作协议。",
         "A. Schmidt", "signatories", True),
    ],
)  # fmt: skip
def test_chinese_news_roles_after_the_days_rules(
    text: str, name: str, role: str, said: bool
) -> None:
    """A Chinese sweep's finds, in the rules written for English releases and lists."""
    assert Checker(SourceIndex(text)).has_evidence(name, role, person=True) is said


def test_signers_who_then_unveil_after_a_comma_are_witnesses_too() -> None:
    text = (
        "东南大学副校长金石与南京钢铁集团总裁黄一新分别代表双方签约，随后，两人共同为“东大-南钢"
        "先进钢铁材料联合研究院”揭牌。"
    )
    assert Checker(SourceIndex(text)).unveiled("金石")


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


@pytest.mark.parametrize(
    ("sentence", "entity", "kept"),
    [
        ("The two will establish a joint research centre.", "joint research centre", False),
        ("双方将共建联合实验室。", "联合实验室", False),
        ("双方将共建研发中心。", "研发中心", False),
        ("双方将共建研究生联合培养基地。", "研究生联合培养基地", False),
        ("雙方將共建產學合作中心。", "產學合作中心", False),
        ("The two will establish the iRobotics Lab.", "iRobotics Lab", True),
        ("双方将共建智能制造联合实验室。", "智能制造联合实验室", True),
        # Capitalised kinds, generic bases (an entity audit's finds).
        ("The two will establish a Joint Research Centre.", "Joint Research Centre", False),
        ("The two will set up a Centre of Excellence.", "Centre of Excellence", False),
        ("双方将共建大学生实践教育基地。", "大学生实践教育基地", False),
        ("双方将共建产教融合实训基地。", "产教融合实训基地", False),
        ("双方将共建现代产业学院。", "现代产业学院", False),
        ("The two will set up an AI Innovation Centre.", "AI Innovation Centre", True),
        ("The two will set up the International Centre for Engineering Research and "
         "Training.", "International Centre for Engineering Research and Training", True),
    ],
)  # fmt: skip
def test_an_established_entity_is_a_named_body_not_a_kind_of_one(
    sentence: str, entity: str, kept: bool
) -> None:
    """Spec: "named joint bodies"."""
    draft = ExtractionDraft(
        article=Article(), agreements=[Agreement(established_entities=[entity])]
    )
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(sentence)))
    assert (guarded.agreements[0].established_entities == [entity]) is kept, warnings
    if not kept:
        assert warnings == [
            f"dropped established entity '{entity}': no name, only the kind of body it is"
        ]


@pytest.mark.parametrize(
    "entity",
    ["Lakeview Modern Industry College", "Lakeview-Orion Joint Graduate School",
     "Orion Innovation Studio", "智能制造现代产业学院", "华为ICT学院"],
)  # fmt: skip
def test_a_jointly_founded_college_or_studio_is_an_established_entity(entity: str) -> None:
    text = f"The two sides signed an agreement to jointly establish the {entity}."
    draft = ExtractionDraft(
        article=Article(), agreements=[Agreement(established_entities=[entity])]
    )
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert guarded.agreements[0].established_entities == [entity], warnings


@pytest.mark.parametrize(
    ("sentence", "entity", "kept"),
    [
        ("The Lakeview-Orion Joint Lab was established on the same day.",
         "Lakeview-Orion Joint Lab", True),
        ("双方共同为智能制造中心揭牌。", "智能制造中心", True),
        # A college that signs, in a sentence that founds something else further on.
        ("甲大学设计学院与乙公司签约，共建实习基地。", "甲大学设计学院", False),
        ("甲大学设计学院与乙公司签署共建协议。", "甲大学设计学院", False),
        ("为深化产教融合建设，甲大学设计学院与乙公司签约。", "甲大学设计学院", False),
        ("Hillcrest College and Ridgeport Group jointly signed a strategic agreement.",
         "Hillcrest College", False),
        ("Ridgeport University signed an agreement with the Hillcrest Foundation College.",
         "Hillcrest Foundation College", False),
        ("“智能网联研究院”正式挂牌。", "智能网联研究院", True),
        ("双方将建立智能装备联合实验室。", "智能装备联合实验室", True),
        ("双方携手建设绿色能源创新联合体。", "绿色能源创新联合体", True),
        ("The Bluefin Robotics Center was officially opened.", "Bluefin Robotics Center", True),
        ("The two sides will create the Harbourline-Bluefin Joint Research Unit.",
         "Harbourline-Bluefin Joint Research Unit", True),
        # A body that already stood.
        ("Founded in 1998, the Harbourline Innovation Center hosted the signing.",
         "Harbourline Innovation Center", False),
        ("签约仪式在成立于2010年的甲大学创新中心举行。", "甲大学创新中心", False),
        # Where the signing was, not what was founded, though founding words come before.
        ("为推动成立联合研究院，双方在甲大学科技园签约。", "甲大学科技园", False),
        ("To set up a joint lab, the two signed at the Harbourline Innovation Center.",
         "Harbourline Innovation Center", False),
        ("双方将在杭州共建智能研发中心。", "智能研发中心", True),
        # To build is to found; a building, or a body built long ago, is not.
        ("Harbourline and Bluefin signed a pact to jointly build the Tidewater Sensing Lab.",
         "Tidewater Sensing Lab", True),
        ("Bluefin builds the Tidewater Sensing Lab with Harbourline.", "Tidewater Sensing Lab",
         True),
        ("The two are building the Tidewater Sensing Lab together.", "Tidewater Sensing Lab",
         True),
        ("双方将建设海洋感测联合实验室。", "海洋感测联合实验室", True),
        ("两校拟建设海洋感测联合实验室。", "海洋感测联合实验室", True),
        ("The Tidewater Sensing Lab, built in 1998, hosted the talks.", "Tidewater Sensing Lab",
         False),
        ("They signed in the Main Building of the Tidewater Sensing Lab.",
         "Tidewater Sensing Lab", False),
        ("Building on past work, Harbourline signed a pact with the Tidewater Sensing Lab.",
         "Tidewater Sensing Lab", False),
        ("甲大学与城市建设研究院签署合作协议。", "城市建设研究院", False),
        # Founded in a month of a year gone by, or a venue after 于 (a second audit's
        # finds); but a body to be founded in a year named, or a building's number, and
        # 于 of 关于, are no such thing (a review's).
        ("The Tidewater Sensing Lab was established in March 2015.", "Tidewater Sensing Lab",
         False),
        ("为共建实验室，签约仪式于杭州国际博览中心举行。", "杭州国际博览中心", False),
        ("双方将共建甲乙联合研究生院。", "甲乙联合研究生院", True),
        ("双方签署合作协议，计划2025年成立甲乙联合实验室。", "甲乙联合实验室", True),
        ("The two will set up the Tidewater Sensing Lab in Building 3.", "Tidewater Sensing Lab",
         True),
        ("双方签署《关于共建甲乙联合实验室的协议》。", "甲乙联合实验室", True),
        ("签约后，国家智能制造创新中心落户深圳。", "国家智能制造创新中心", True),
        ("双方将共建清华大学深圳校区。", "清华大学深圳校区", True),
        ("双方签约，将在人才落户等方面支持联合研究中心发展。", "联合研究中心", False),
        # Founded before by its founders, a venue newly built (an English audit's finds).
        ("The deal builds on the Tidewater Sensing Lab, launched by the two partners in 2019.",
         "Tidewater Sensing Lab", False),
        ("They signed the MoU at the newly launched Tidewater Innovation Centre.",
         "Tidewater Innovation Centre", False),
        # ... but one to come, or one the deal sets up "in the new" (a review's finds).
        ("Under it, the Tidewater Sensing Lab will be launched by the two partners in March "
         "2025.", "Tidewater Sensing Lab", True),
        ("They signed an agreement to jointly set up and invest in the new Tidewater "
         "Innovation Centre.", "Tidewater Innovation Centre", True),
        # Founded before this agreement, standing already, only hoped for (an audit's).
        ("双方于2016年共同成立的中德智能制造研究院将承担具体实施工作。", "中德智能制造研究院",
         False),
        ("去年，双方共建了绿色能源联合实验室。今天，双方签署了第二期合作协议。",
         "绿色能源联合实验室", False),
        ("智能网联汽车联合研究院成立五年来成果丰硕。", "智能网联汽车联合研究院", False),
        ("The MoU was signed on Monday. In 2021, the two institutions jointly established "
         "the Tidewater Sensing Lab.", "Tidewater Sensing Lab", False),
        ("双方将共建联合实验室，依托学校现有的国家重点实验室开展研究。", "国家重点实验室", False),
        ("The two will explore the possibility of establishing the Tidewater Water Lab.",
         "Tidewater Water Lab", False),
        ("下一步双方将争取共建中法碳中和联合研究中心。", "中法碳中和联合研究中心", False),
        # ... but a year with its day, a year to come, a founding said otherwise.
        ("2024年3月5日，甲大学与乙公司签约共建智能制造联合实验室。", "智能制造联合实验室", True),
        ("双方签署合作协议，计划2025年成立甲乙联合实验室。", "甲乙联合实验室", True),
        ("In 2024, the two will jointly establish the Tidewater Sensing Lab.",
         "Tidewater Sensing Lab", True),
        ("The deal will see the creation of the Tidewater AI Hub.", "Tidewater AI Hub", True),
        ("The deal follows the creation of the Tidewater Data Institute in 2019.",
         "Tidewater Data Institute", False),
        ("The two agreed to establish the Tidewater Data Institute in 2026.",
         "Tidewater Data Institute", True),
        ("The MoU provides for the establishment of the Tidewater Solar Lab in 2026.",
         "Tidewater Solar Lab", True),
        ("双方将于2026年共同建设的氢能联合研究院设在合肥。", "氢能联合研究院", True),
        ("经专家论证后双方决定共建智能制造联合研究院。", "智能制造联合研究院", True),
        ("The two will explore ways to cooperate and set up the Tidewater Innovation Hub.",
         "Tidewater Innovation Hub", True),
        ("双方将探讨设立智能制造联合研究院。", "智能制造联合研究院", False),
        ("双方将争取共建国家级平台，同时成立先进材料联合研究院。", "先进材料联合研究院", True),
        ("双方将围绕新材料研究建立先进材料联合实验室。", "先进材料联合实验室", True),
        ("The MoU paves the way for the launch of the Tidewater Crop Lab in 2025.",
         "Tidewater Crop Lab", True),
        ("2019年双方共建的“绿色化工联合研究中心”已取得多项成果。", "绿色化工联合研究中心", False),
        ("智能制造联合实验室投入运行三年来，已孵化10个项目。", "智能制造联合实验室", False),
        ("甲大学校长曾小明与乙公司签约共建智能制造联合实验室。", "智能制造联合实验室", True),
        # ... nor a date or a hope in another clause (a review's finds).
        ("Building on an MoU signed in 2023, the two universities today inaugurated the "
         "Tidewater Quantum Lab.", "Tidewater Quantum Lab", True),
        ("The two universities, partners since 2015, on Monday launched the Tidewater AI "
         "Centre.", "Tidewater AI Centre", True),
        ("2025年，甲大学与乙公司共建智能制造联合实验室，并举行揭牌仪式。", "智能制造联合实验室",
         True),
        ("在此前良好合作的基础上，双方共同成立智能传感联合创新中心。", "智能传感联合创新中心",
         True),
        ("为探索校企合作新路径，双方共建智能制造产业学院。", "智能制造产业学院", True),
        ("Tidewater, an oil exploration firm, established the Tidewater Geoscience Centre.",
         "Tidewater Geoscience Centre", True),
        ("数字乡村联合创新基地正式启动。", "数字乡村联合创新基地", True),
    ],
)  # fmt: skip
def test_a_body_is_founded_where_the_founding_words_govern_it(
    sentence: str, entity: str, kept: bool
) -> None:
    agreement = Agreement(established_entities=[entity])
    draft = ExtractionDraft(article=Article(), agreements=[agreement])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(sentence)))
    assert (guarded.agreements[0].established_entities == [entity]) is kept, warnings


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("在市商务局的支持下，双方签署合作协议。", True),
        ("经市侨联引荐，双方签署合作协议。", True),
        ("Under the auspices of the Ridgeport Chamber, the two sides signed.", True),
        ("The deal was introduced by the Ridgeport Chamber.", True),
        ("Under the coordination of the Ridgeport Chamber, the two sides signed.", True),
        # Its own name's words say nothing of what it did, nor does the deal's aim.
        ("The Ridgeport Trade Promotion Agency attended the signing.", False),
        ("市商务局相关负责人出席签约仪式，双方将共同推动科技成果转化。", False),
        ("The Ridgeport Chamber attended the signing, which will promote trade.", False),
        ("在市商务局推动下，双方签署合作协议。", True),
        ("经市侨联介绍，双方签署合作协议。", True),
        ("据市侨联介绍，双方已签署合作协议。", False),  # "according to"
        ("With the strong support of the Ridgeport Chamber, the two sides signed.", True),
        ("With support from the Ridgeport Chamber, the two sides signed.", True),
        ("The deal, backed by the Ridgeport Chamber, was signed on Monday.", True),
        ("At the invitation of the Ridgeport Chamber, the delegation signed the agreement.",
         True),
        ("市商务局为双方合作搭建了平台。", True),
        ("經市僑聯引薦，雙方簽署合作協議。", True),  # Traditional characters
        # Coordinating, organising, leading the way (a second audit's finds).
        ("经市商务局协调，双方签署合作协议。", True),
        ("在市商务局的组织下，双方签署合作协议。", True),
        ("在市商务局牵头下，双方签署合作协议。", True),
        ("At the initiative of the Ridgeport Chamber, the two sides signed.", True),
        ("双方签署合作协议，市商务局将组织下一步对接。", False),  # 下一步: the next step
        ("此次合作由市商务局居中协调，双方签署合作协议。", True),
        ("双方签署合作协议，市商务局将从中协调后续事宜。", False),
        # The deal as what it helped bring about, not any object (a second audit's finds).
        ("The Ridgeport Chamber facilitated the signing of the MoU.", True),
        ("The Ridgeport Chamber will facilitate data sharing between the two.", False),
        ("The Ridgeport Chamber promoted its products at the signing fair.", False),
        ("The MoU was facilitated through the Ridgeport Chamber.", True),
        # Support or guidance of something else than the deal (a facilitator audit's).
        ("The project will be implemented with the support of the Ridgeport Chamber.", False),
        ("Supported by the Ridgeport Chamber, the programme has trained 500 teachers.", False),
        ("本次活动在市商务局的指导下，由学校国际交流处主办。", False),
        ("双方将在市商务局的支持下推进项目落地。", False),
        ("The partnership was supported by the Ridgeport Chamber.", True),
        ("Thanks to the matchmaking of the Ridgeport Chamber, the two sides met last year.",
         True),
        ("在市商务局的指导下，本次签约仪式顺利举行。", True),
        ("在市商务局的牵线和支持下，两地企业成功对接。", True),
        ("The initiative was made possible with the support of the Ridgeport Chamber.", True),
        ("在市商务局的支持下，两校共建联合实验室。", True),
        ("The co-operation was supported by the Ridgeport Chamber.", True),
        ("在市商务局的帮助下，双方顺利完成了谈判。", True),
        ("With the help of the Ridgeport Chamber, the two firms met in Portcity last year.",
         True),
    ],
)  # fmt: skip
def test_a_facilitator_is_kept_where_the_article_says_it_helped(sentence: str, kept: bool) -> None:
    name = next(n for n in ("市商务局", "市侨联", "市僑聯", "Ridgeport Trade Promotion Agency",
                            "Ridgeport Chamber") if n in sentence)  # fmt: skip
    draft = ExtractionDraft(article=Article(), agreements=[Agreement(facilitators=[name])])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(sentence)))
    assert (guarded.agreements[0].facilitators == [name]) is kept, warnings


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_bounds(text)]


@pytest.mark.parametrize(
    "name", ["Emile Dupont", "Émile Dupont", "Łukasz Nowak", "Ｊｏｈｎ Ｓｍｉｔｈ"]
)
def test_a_sentence_may_begin_with_a_capital_of_any_script(name: str) -> None:
    text = f"Tomas Brill signed for Northgate Robotics. {name} attended the ceremony."
    assert _sentences(text) == ["Tomas Brill signed for Northgate Robotics.",
                                f"{name} attended the ceremony."]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "It was signed by Gov. Jane Whitfield and Assoc. Prof. Mark Ellison in Sacramento.",
        "It was signed by Prof. G. Rangarajan and Mr. Manoj Raghavan in Bengaluru.",
        "Dr. V. K. Saraswat and Hon. Mary Kamau looked on as Smt. Anita Rao signed.",
        "Tata Elxsi Pvt. Ltd. and Acme Pte. Ltd. signed it with Acme Sdn. Bhd. here.",
    ],
)
def test_an_english_title_or_initial_ends_no_sentence(text: str) -> None:
    """An English audit's finds: each split its sentence, and the guard dropped signers,
    witnesses and the venue for want of the signing words in their half."""
    assert _sentences(text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        "It was signed by Lin Tao and Robert Smith Jr. Mayor Wu Fang attended.",
        "It was signed with the Commerce Dept. The mayor attended.",
        "It was signed at 10 a.m. The mayor attended.",
        "They met in Building No. 5 Building. The mayor attended.",
        "It was signed with Acme Pvt. The mayor attended.",
    ],
)
def test_a_name_or_a_time_that_ends_with_an_abbreviation_may_end_its_sentence(text: str) -> None:
    """A review's finds: "Jr." and "Dept." end a name, and may end a sentence."""
    assert len(_sentences(text)) == 2


def test_an_initial_ends_no_sentence() -> None:
    text = "It was signed by President James R. Smith and the U.S. Deputy Secretary David Turk."
    assert _sentences(text) == [text]
    labelled = "It was signed for Party A. Mayor Wang Wu attended the ceremony."
    assert len(_sentences(labelled)) == 2


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The pact was inked in the presence of R. S. Menon and the mayor.", 1),
        ("The MoU was signed by P. Iyer for the institute.", 1),
        ("It was signed with Northgate and B. The mayor attended.", 2),
        ("It was signed for Plan A. B. Menon attended.", 2),
        ("The pact was signed by Parties A and B. Mayor Wu Fang praised it.", 2),
    ],
)
def test_a_first_initial_after_a_lower_case_word_ends_no_sentence(text: str, count: int) -> None:
    """An English audit's find: "in the presence of R." ended a sentence (no capitalised
    word before the initial), and the witnesses after it stood in a sentence without the
    witnessing words. Not a letter before a sentence's first word, nor a label's."""
    assert len(_sentences(text)) == count


def test_a_lower_case_word_after_an_abbreviation_runs_on() -> None:
    text = "Northgate Robotics Co., Ltd. jointly signed it. élan was shown."
    assert _sentences(text) == [text]


@pytest.mark.parametrize("suffix", ["Co., Ltd.", "Inc.", "Corp.", "Co."])
def test_a_company_name_may_end_a_sentence(suffix: str) -> None:
    text = f"Tomas Brill signed with Bluefin Marine {suffix} The mayor, Wu Fang, attended."
    assert len(_sentences(text)) == 2
    assert not Checker(SourceIndex(text)).has_evidence("Wu Fang", "signatories")


def test_a_company_abbreviation_before_a_name_runs_on() -> None:
    text = "Bluefin Marine Co., Ltd. Chairman Wang Wu signed it. Bluefin Marine Co. Ltd. agreed."
    assert _sentences(text) == [
        "Bluefin Marine Co., Ltd. Chairman Wang Wu signed it.",
        "Bluefin Marine Co. Ltd. agreed.",
    ]


def test_a_paragraph_ends_a_sentence_before_a_lower_case_word_too() -> None:
    text = "The pact was signed on Monday.\n\nmeanwhile, Mayor Li Wei toured the park."
    assert len(_sentences(text)) == 2
    assert not Checker(SourceIndex(text)).has_evidence("Li Wei", "signatories")


def test_a_sentence_keeps_its_stop_and_not_the_gap_after_it() -> None:
    text = "It was signed.  The mayor came!\u3000双方签署。仪式举行；结束"
    assert _sentences(text) == [
        "It was signed.", "The mayor came!", "双方签署。", "仪式举行；", "结束"
    ]  # fmt: skip
    text = "Signed here\r\n \r\nThe end; \u201cYes.\u201d no"
    assert _sentences(text) == ["Signed here", "The end;", "\u201cYes.\u201d no"]


@pytest.mark.parametrize("gap", ["\n\n", "\r\n\r\n", "\r\r", "\u2029", "\u2028\u2028",
                                 "\x85\x85", "\n  \n", "\x0b\x0b", "\x0c\x0c"])  # fmt: skip
def test_a_paragraph_break_ends_a_headline_however_it_is_written(gap: str) -> None:
    text = f"Mayor Wu Fang Visits Riverbend University{gap}Tomas Brill signed the agreement"
    assert len(_sentences(text)) == 2, repr(gap)


@pytest.mark.parametrize("gap", ["\n", "\r\n", "\r", "\u2028"])
def test_one_line_break_is_no_sentence_end(gap: str) -> None:
    """Articles are hard-wrapped: one break, however written, runs on."""
    assert len(_sentences(f"Tomas Brill signed{gap}the agreement")) == 1


def test_an_attendee_after_a_sentence_opening_with_an_accent_is_no_signatory(
    server: FakeOpenAIServer, settings: Settings
) -> None:
    answer = copy.deepcopy(GOOD_ANSWER)
    answer["agreements"][0]["signatories"].append({"name": "Émile Varga", "title": "Dean"})
    server.push(*[Reply(completion(answer))] * 4)
    text = ARTICLE.replace("Dean Ellis\nVarga attended", "Émile Varga attended")
    assert "Émile Varga attended" in text
    record = extract(text, source="a.txt", settings=settings)
    assert "Émile Varga" not in [s.name for s in record.agreements[0].signatories]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Li Wei", "Li Wei attended the ceremony. Li Wei-ming and Zhou Bo signed the memorandum."),
        ("王伟", "王伟出席了仪式。王伟东与周博签署了合作协议。"),
    ],
)
def test_an_attendee_whose_name_starts_a_signers_is_no_signatory(name: str, text: str) -> None:
    """The evidence of a person's role is looked for where the name stands whole: the
    signing sentence names another person (Li Wei-ming, 王伟东)."""
    agreement = Agreement(signatories=[Signatory(name=name), Signatory(name="Zhou Bo")])
    draft = ExtractionDraft(article=Article(), agreements=[agreement])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert name not in [s.name for s in guarded.agreements[0].signatories], warnings


def test_lenient_mode_keeps_and_flags(server: FakeOpenAIServer, settings: Settings) -> None:
    server.fallback = lambda body: Reply(completion(_with_invented_party()))
    record = extract(ARTICLE, source="a", settings=settings.merged(strict=False))
    assert len(server.requests) == 1, "lenient mode does not re-ask"
    assert INVENTED in [p.name for p in record.agreements[0].parties]
    assert any(INVENTED in w for w in record.warnings)


def _env(server: FakeOpenAIServer, tmp_path: Path) -> dict[str, str]:
    return cli_env(server, tmp_path / "cache", documents_pass=False)


def test_cli_writes_records_and_lists_failures(server: FakeOpenAIServer, tmp_path: Path) -> None:
    server.fallback = lambda body: Reply(completion(GOOD_ANSWER))
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text(ARTICLE)
    (tmp_path / "in" / "empty.txt").write_text("  ")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(
        app, ["extract", str(tmp_path / "in"), "--out", str(out)], env=_env(server, tmp_path)
    )
    assert result.exit_code == 1, result.output
    assert "empty.txt" in result.stderr and "empty_article" in result.stderr
    lines = out.read_text().splitlines()
    assert [json.loads(line)["source"] for line in lines] == ["good.txt"]
    errors = (tmp_path / "out.errors.jsonl").read_text().splitlines()
    assert json.loads(errors[0])["code"] == "empty_article"


def test_cli_csv_and_all_done_exit_zero(server: FakeOpenAIServer, tmp_path: Path) -> None:
    server.fallback = lambda body: Reply(completion(GOOD_ANSWER))
    article = tmp_path / "good.txt"
    article.write_text(ARTICLE)
    out = tmp_path / "out.csv"
    args = ["extract", str(article), "--out", str(out), "--format", "csv"]
    result = CliRunner().invoke(app, args, env=_env(server, tmp_path))
    assert result.exit_code == 0, result.output
    header, row = out.read_text().splitlines()[:2]
    assert header.startswith("source,text_sha256,agreement_index")
    assert "Riverbend University; Northgate Robotics Co., Ltd." in row


@pytest.mark.parametrize(
    ("out", "fmt", "first"),
    [("n.csv", None, "source,text_sha256,agreement_index"), ("u.CSV", None, "source,"),
     ("j.out", "jsonl", '{"source"'), ("c.out", "csv", "source,"), ("n.jsonl", None, "{")],
)  # fmt: skip
def test_an_output_ending_csv_is_written_as_csv_unless_told(
    server: FakeOpenAIServer, tmp_path: Path, out: str, fmt: str | None, first: str
) -> None:
    server.fallback = lambda body: Reply(completion(GOOD_ANSWER))
    article = tmp_path / "good.txt"
    article.write_text(ARTICLE)
    args = ["extract", str(article), "--out", str(tmp_path / out)]
    args += ["--format", fmt] if fmt else []
    result = CliRunner().invoke(app, args, env=_env(server, tmp_path))
    assert result.exit_code == 0, result.output
    assert (tmp_path / out).read_text().startswith(first)


@pytest.mark.parametrize(
    ("out", "fmt"), [("f1.jsonl", "csv"), ("f2.csv", "jsonl"), ("f3.CSV", "jsonl")]
)
def test_a_format_that_the_outputs_suffix_contradicts_is_a_usage_error(
    server: FakeOpenAIServer, tmp_path: Path, out: str, fmt: str
) -> None:
    """CSV written into a .jsonl file (or JSONL into a .csv) without a word, which
    estimate, eval and a resume then refused."""
    article = tmp_path / "good.txt"
    article.write_text(ARTICLE)
    args = ["extract", str(article), "--out", str(tmp_path / out), "--format", fmt]
    result = CliRunner().invoke(app, args, env=_env(server, tmp_path))
    assert result.exit_code == 2, result.output
    suffix = out.rpartition(".")[2].lower()
    assert result.stderr.splitlines() == [
        f"coopllm: --format {fmt} does not match the .{suffix} output {tmp_path / out}: drop "
        f"--format, or give an --out ending .{fmt}"
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["good.txt"], "no file made"
    collect = ["batch", "collect", str(article), "--state", "s.json", "-o", out, "--format", fmt]
    refused = CliRunner().invoke(app, collect, env=_env(server, tmp_path))
    assert refused.exit_code == 2 and "does not match" in refused.stderr, refused.output


def test_a_csv_and_a_jsonl_output_of_one_name_keep_their_own_errors(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    article = tmp_path / "good.txt"
    article.write_text(ARTICLE)
    env = _env(server, tmp_path)
    server.fallback = lambda body: Reply({"error": {"message": "down"}}, status=400)
    as_jsonl = ["extract", str(article), "--out", str(tmp_path / "out.jsonl"), "--no-cache"]
    assert CliRunner().invoke(app, as_jsonl, env=env).exit_code == 1
    server.fallback = lambda body: Reply(completion(GOOD_ANSWER))
    as_csv = ["extract", str(article), "--out", str(tmp_path / "out.csv"), "--format", "csv"]
    assert CliRunner().invoke(app, as_csv, env=env).exit_code == 0
    jsonl_errors = (tmp_path / "out.errors.jsonl").read_text().splitlines()
    assert [json.loads(row)["source"] for row in jsonl_errors] == ["good.txt"], (
        "the JSONL output still lacks it: the CSV run's success must not clear its failure"
    )
    assert not (tmp_path / "out.csv.errors.jsonl").exists()


def test_many_failures_are_listed_up_to_a_limit_when_a_file_holds_them_all(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(LISTED_FAILURES + 5):
        (folder / f"empty{i:02d}.txt").write_text(" ")
    out = tmp_path / "out.jsonl"
    env = _env(server, tmp_path)
    to_file = CliRunner().invoke(app, ["extract", str(folder), "--out", str(out), "-q"], env=env)
    assert to_file.exit_code == 1
    assert to_file.stderr.count("failed: ") == LISTED_FAILURES
    assert f"and 5 more failures, every one in {tmp_path / 'out.errors.jsonl'}" in to_file.stderr
    assert len((tmp_path / "out.errors.jsonl").read_text().splitlines()) == LISTED_FAILURES + 5
    to_stdout = CliRunner().invoke(app, ["extract", str(folder), "-q"], env=env)
    assert to_stdout.stderr.count("failed: ") == LISTED_FAILURES + 5, "nowhere else to read"


def test_cli_usage_errors_exit_two(tmp_path: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(app, ["extract", "x", "--format", "xml"]).exit_code == 2
    assert runner.invoke(app, ["extract", "--concurrency", "0", "x"]).exit_code == 2
    (tmp_path / "a.txt").write_text("An article.", encoding="utf-8")
    missing_key = runner.invoke(
        app,
        ["extract", str(tmp_path)],
        env={"OPENAI_API_KEY": "", "OPENAI_BASE_URL": "", "COOPLLM_OFFLINE": "0"},
    )
    assert missing_key.exit_code == 2 and "API key" in missing_key.stderr


@pytest.mark.parametrize(
    ("command", "instead"),
    [(["extract"], "--base-url URL (an OpenAI-compatible server), --local or --offline"),
     (["record"], "--base-url URL (an OpenAI-compatible server) or --local"),
     (["batch", "submit", "--state", "s.json"],
      "--base-url URL (an OpenAI-compatible server with a Batch API)")],
    ids=["extract", "record", "batch submit"],
)  # fmt: skip
def test_without_a_key_each_command_names_only_the_options_it_has(
    tmp_path: Path, command: list[str], instead: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``record`` has no --offline, ``batch submit`` neither --local nor --offline: the
    message named them all, and Python's ways (``api_key=``, ``offline=True``) too."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("An article.", encoding="utf-8")
    env = {**unset_own_env(), "COOPLLM_CACHE_DIR": str(tmp_path / "cache")}
    result = CliRunner().invoke(app, [*command, "a.txt"], env=env)
    assert result.exit_code == 2, result.output
    assert result.stderr == f"coopllm: no API key: set OPENAI_API_KEY, or give {instead}\n"
    assert not (tmp_path / "s.json").exists(), "no batch state left"


@pytest.mark.parametrize(
    ("out", "says"), [(".", "is a directory"), ("no-such-dir/out.jsonl", "there is no directory")]
)
def test_an_output_path_that_cannot_be_written_is_a_usage_error(
    tmp_path: Path, out: str, says: str
) -> None:
    """Said before any article is extracted, not as a traceback after the first one."""
    (tmp_path / "a.txt").write_text("An article.", encoding="utf-8")
    args = ["extract", str(tmp_path / "a.txt"), "--offline", "--out", str(tmp_path / out)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2 and says in result.stderr


@pytest.fixture
def read_only_dir(tmp_path: Path) -> Iterator[Path]:
    """A folder this process cannot create files in: without write permission, and, for
    root (whom permissions do not stop), immutable where ``chattr`` can make it so."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    (folder / "out.jsonl").write_text("", encoding="utf-8")  # an output begun before
    folder.chmod(0o555)
    immutable = False
    if os.access(folder, os.W_OK) and shutil.which("chattr"):
        immutable = (
            subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode == 0
        )
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("no way to make a folder this user cannot write")
        yield folder
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        folder.chmod(0o755)


@pytest.mark.parametrize(
    ("name", "says"),
    [("new.jsonl", "{folder}/new.jsonl: the folder {folder} cannot be written to"),
     ("out.jsonl", "{folder}/out.errors.jsonl (the errors file of {folder}/out.jsonl): the "
                   "folder {folder} cannot be written to")],
    ids=["output", "its errors file"],
)  # fmt: skip
def test_an_output_folder_that_cannot_be_written_is_a_usage_error_up_front(
    server: FakeOpenAIServer, tmp_path: Path, read_only_dir: Path, name: str, says: str
) -> None:
    """It was a write error at the run's start (exit 74), which said to run the same
    command again: that failed the same way."""
    server.fallback = lambda body: Reply(completion(GOOD_ANSWER))
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    out = read_only_dir / name
    for command in (["extract", str(tmp_path / "a.txt")], ["record", str(tmp_path / "a.txt")]):
        result = CliRunner().invoke(app, [*command, "-o", str(out)], env=_env(server, tmp_path))
        assert result.exit_code == 2, result.output
        (line,) = result.stderr.splitlines()
        assert line.startswith(f"coopllm: cannot write {says.format(folder=read_only_dir)}")
        assert line.endswith("give an output in a folder you can write, or change its permissions")
    assert sorted(p.name for p in read_only_dir.iterdir()) == ["out.jsonl"]
    assert server.requests == [], "nothing asked"


def test_an_errors_file_that_is_a_directory_is_a_usage_error_up_front(
    server: FakeOpenAIServer, tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "out.errors.jsonl").mkdir()
    args = ["extract", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out.jsonl")]
    result = CliRunner().invoke(app, args, env=_env(server, tmp_path))
    assert result.exit_code == 2, result.output
    assert result.stderr == (
        f"coopllm: cannot write {tmp_path}/out.errors.jsonl (the errors file of "
        f"{tmp_path}/out.jsonl): it is a directory: move it away\n"
    )
    assert not (tmp_path / "out.jsonl").exists() and server.requests == []


def test_estimate_given_an_input_as_its_out_says_what_out_names(tmp_path: Path) -> None:
    """estimate only reads --out (which articles it holds): it said "resume appends
    only to an output of the same --format", of a command that appends nothing."""
    rows = tmp_path / "rows.jsonl"
    rows.write_text(json.dumps({"source": "a", "text": ARTICLE}) + "\n", encoding="utf-8")
    env = {**unset_own_env(), "COOPLLM_CACHE_DIR": str(tmp_path / "cache")}
    result = CliRunner().invoke(app, ["estimate", str(rows), "--out", str(rows)], env=env)
    assert result.exit_code == 2, result.output
    assert result.stderr == (
        f"coopllm: {rows}:1 is not a coopllm jsonl record; --out names an output coopllm "
        "wrote, whose articles are left out (not an input file)\n"
    )


def test_cli_schema_prints_the_exported_schema() -> None:
    result = CliRunner().invoke(app, ["schema"])
    assert json.loads(result.stdout)["title"] == "ArticleExtraction"


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


def test_a_missing_or_foreign_batch_state_file_is_a_usage_error(tmp_path: Path) -> None:
    runner = CliRunner()
    missing = runner.invoke(app, ["batch", "status", "--state", str(tmp_path / "none.json")])
    assert missing.exit_code == 2 and "cannot read the batch state" in missing.stderr
    foreign = tmp_path / "other.json"
    foreign.write_text('{"hello": "world"}', encoding="utf-8")
    out = str(tmp_path / "out.jsonl")
    collect = runner.invoke(app, ["batch", "collect", "x", "--state", str(foreign), "--out", out])
    assert collect.exit_code == 2 and "not a state file" in collect.stderr
    # One line, not pydantic's three a problem (each with its value and a link).
    assert collect.stderr == (
        f"coopllm: {foreign}: not a state file of 'coopllm batch submit': version: Field "
        "required (and 3 more problems)\n"
    )


def test_batch_submit_checks_its_state_path_before_submitting(tmp_path: Path) -> None:
    """The state file is the only record of a submitted (billed) batch's id."""
    (tmp_path / "a.txt").write_text("An article.", encoding="utf-8")
    taken = tmp_path / "state.json"
    taken.write_text("{}", encoding="utf-8")
    too_long = tmp_path / ("s" * 300 + ".json")
    for state, says in (
        (taken, "exists"),
        (tmp_path / "no-dir" / "s.json", "no directory"),
        (too_long, "cannot write"),  # the name would not take the batch's id
        (tmp_path / "a.txt" / "s.json", "no directory"),
    ):
        args = ["batch", "submit", str(tmp_path / "a.txt"), "--state", str(state)]
        result = CliRunner().invoke(app, args, env={"OPENAI_BASE_URL": "http://127.0.0.1:9/v1"})
        assert result.exit_code == 2 and says in result.stderr, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "state.json"], "no trial left"


def test_a_file_whose_name_is_near_the_longest_is_written_whole(tmp_path: Path) -> None:
    path = tmp_path / ("e" * 240 + ".jsonl")
    write_atomically(path, "rows\n")
    assert path.read_text() == "rows\n"


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
    assert [w.name for w in kept.witnesses] == ["Wu Fang", "Lin Tao"]  # witnessed, unveiled
    assert kept.established_entities == ["Harbourline-Bluefin Ocean Sensing Laboratory"]
    assert kept.facilitators == ["Ridgeport Chamber of Commerce"]
    assert kept.location is None
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
    ]
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
    assert record.warnings == []
    assert (record.article.published, agreement.date_signed) == (
        dt.date(2024, 5, 20),
        dt.date(2024, 5, 16),
    )
    assert [(p.name, p.title) for p in agreement.signatories] == [
        ("林濤", "副校長"),
        ("周博", "總經理"),
    ]
    assert [p.name for p in agreement.witnesses] == ["吳芳"]
    assert agreement.established_entities == ["港灣藍鰭海洋感測聯合實驗室"]
    assert agreement.location == "港灣大學國際會議廳"
    assert all(g.status == "exact" for g in record.grounding)
    assert all(_HARBOUR[s.start : s.end] == g.value for g in record.grounding for s in g.spans)


def test_a_facilitator_that_is_a_party_by_another_form_of_its_name_is_dropped() -> None:
    """ "Brokered by Corvan Metals" where "Corvan Metals Co., Ltd." signs: a party, whose
    name without its legal form compared unequal."""
    text = "Brokered by Corvan Metals, Lakeview University and Corvan Metals Co., Ltd. signed."
    agreement = Agreement(parties=[Party(name="Corvan Metals Co., Ltd.")],
                          facilitators=["Corvan Metals"])  # fmt: skip
    draft = ExtractionDraft(article=Article(), agreements=[agreement])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert guarded.agreements[0].facilitators == []
    assert "dropped facilitator 'Corvan Metals': a party to the agreement" in warnings


@pytest.mark.parametrize(
    ("text", "party", "entity"),
    [
        ("The Tidewater Genomics Institute and Lakeview University agreed to establish a joint "
         "lab for rare diseases.", "Tidewater Genomics Institute", "Tidewater Genomics Institute"),
        ("甲研究所与乙大学共建新药创制联合实验室。", "甲研究所", "甲研究所"),
    ],
)  # fmt: skip
def test_a_party_is_no_body_the_agreement_founds(text: str, party: str, entity: str) -> None:
    """A founding verb near a party's name founds no party: the body is what they set up
    (an entity audit's find)."""
    agreement = Agreement(parties=[Party(name=party)], established_entities=[entity])
    draft = ExtractionDraft(article=Article(), agreements=[agreement])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert guarded.agreements[0].established_entities == []
    assert f"dropped established entity '{entity}': a party to the agreement" in warnings


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
    ],
)
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
    ("text", "entity", "published", "kept"),
    [
        ("In 2024, the two universities jointly established the Tidewater Quantum Lab.",
         "Tidewater Quantum Lab", dt.date(2024, 5, 6), True),
        ("In 2024, the two universities jointly established the Tidewater Quantum Lab.",
         "Tidewater Quantum Lab", dt.date(2026, 5, 6), False),
        ("双方于2024年共同成立的智能制造联合研究院正式揭牌。", "智能制造联合研究院",
         dt.date(2024, 5, 6), True),
        ("双方于2016年共同成立的智能制造联合研究院将承担实施工作。", "智能制造联合研究院",
         dt.date(2024, 5, 6), False),
        ("The two launched the Tidewater Fintech Institute in 2025.",
         "Tidewater Fintech Institute", dt.date(2025, 3, 1), True),
        ("去年，双方共建了绿色能源联合实验室。", "绿色能源联合实验室", dt.date(2025, 3, 1), False),
    ],
)  # fmt: skip
def test_a_founding_in_the_pages_own_year_is_this_agreements(
    text: str, entity: str, published: dt.date, kept: bool
) -> None:
    """A year dates a founding before this agreement only where it is before the page's
    (a review's find: "In 2024, … established X" in a story of 2024 founds X now)."""
    agreement = Agreement(established_entities=[entity])
    draft = ExtractionDraft(article=Article(), agreements=[agreement])
    checker = Checker(SourceIndex(text), published=published)
    guarded, warnings = apply_guard(draft, checker)
    assert (guarded.agreements[0].established_entities == [entity]) is kept, warnings

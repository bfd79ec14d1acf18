"""The guard's people (``coopllm.guard.people``): who signed, witnessed, unveiled,
attended or presided, and the moves between signatories and witnesses."""

from __future__ import annotations

import copy

import pytest
from conftest import ARTICLE, GOOD_ANSWER

from coopllm import extract
from coopllm.grounding import SourceIndex
from coopllm.guard import Checker, apply_guard
from coopllm.schema import Agreement, AgreementType, Article, ExtractionDraft, Party, Signatory
from coopllm.settings import Settings
from coopllm.testing import FakeOpenAIServer, Reply, completion


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
        ("Lin Tao and Zhou Bo put their names to the contract.", True),  # the blind8 i01's
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
        # ... in a clause or an aside of another's (a review's finds against the move of
        # unveilers to the witnesses).
        ("张小三致辞后，李小四为研究院揭牌。", "张小三", False),
        ("张小三在李小四的陪同下为研究院揭牌。", "李小四", False),
        ("张小三在李小四的陪同下为研究院揭牌。", "张小三", True),
        ("Zhang San attended the ceremony where Li Wei unveiled the plaque.", "Zhang San", False),
        ("Zhang San welcomed the guests, and Li Wei unveiled the plaque.", "Zhang San", False),
        ("Zhang San spoke before Li Wei unveiled the plaque.", "Zhang San", False),
        ("张小三邀请李小四为研究院揭牌。", "张小三", False),
        ("张小三邀请李小四为研究院揭牌。", "李小四", True),
        ("Zhang San invited Li Wei to unveil the plaque.", "Zhang San", False),
        ("Zhang San invited Li Wei to unveil the plaque.", "Li Wei", True),
        ("Zhang San, Li Wei and Mayor Wu Fang jointly unveiled the plaque.", "Zhang San", True),
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


@pytest.mark.parametrize(
    "text",
    [
        "Governor Omar Haddad and Chairwoman Nina Brandt signed the agreement and jointly "
        "unveiled the plaque of the Harbour Materials Institute.",
        "省长张小三与集团董事长李小四签署协议，并共同为新材料研究院揭牌。",
    ],
)
def test_a_signer_who_also_unveiled_stays_a_signer(text: str) -> None:
    """One the article says signed and unveiled stays a signer: no move to the witnesses
    (the spec makes them one too, but the model gave them as a signer)."""
    names = ["张小三", "李小四"] if "张小三" in text else ["Omar Haddad", "Nina Brandt"]
    agreement = Agreement(signatories=[Signatory(name=name) for name in names])
    draft = ExtractionDraft(article=Article(), agreements=[agreement])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert [p.name for p in guarded.agreements[0].signatories] == names, warnings
    assert not any(w.startswith("moved") for w in warnings), warnings


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
    assert lenient[1][0].startswith(
        f"the guard would move {singular} '{names[0]}' to {role}: the article "
        f"says they {'signed' if role == 'signatories' else 'witnessed or unveiled something'}, "
        "not that they"
    )


@pytest.mark.parametrize(
    ("text", "moved"),
    [
        ("省长张小三与集团董事长李小四出席签约仪式，并共同为新材料研究院揭牌。副省长王五与集团"
         "总经理赵六代表双方签署协议。", True),
        ("Governor Omar Haddad and Chairwoman Nina Brandt jointly unveiled the plaque of the "
         "Harbour Materials Institute. Deputy Governor Wang Wu and Chief Executive Zhao Liu "
         "signed the agreement for the two sides.", True),
        ("Governor Omar Haddad and Chairwoman Nina Brandt inaugurated the Harbour Materials "
         "Institute. Deputy Governor Wang Wu and Chief Executive Zhao Liu signed the "
         "agreement for the two sides.", True),
        # ... not who unveiled something else, nor where no other signer is said to sign
        # (the unveilers may be the signers: "the two then signed").
        ("Governor Omar Haddad and Chairwoman Nina Brandt unveiled a new bus model. Deputy "
         "Governor Wang Wu and Chief Executive Zhao Liu signed the agreement.", False),
        ("省长张小三与集团董事长李小四共同为新材料研究院揭牌。随后，两人代表双方签署了协议。"
         "王五与赵六出席。", False),
    ],
)  # fmt: skip
def test_an_unveiler_given_as_a_signer_is_a_witness_where_others_signed(
    text: str, moved: bool
) -> None:
    """The held-out zh_h1's find: the spec's witnesses include who unveiled what was set
    up; the model gave them as signers beside the deputies who signed."""
    zh = "张小三" in text
    unveilers = ["张小三", "李小四"] if zh else ["Omar Haddad", "Nina Brandt"]
    signers = ["王五", "赵六"] if zh else ["Wang Wu", "Zhao Liu"]
    agreement = Agreement(
        signatories=[Signatory(name=name) for name in (*unveilers, *signers)],
        established_entities=["新材料研究院" if zh else "Harbour Materials Institute"],
    )
    draft = ExtractionDraft(article=Article(), agreements=[agreement])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    result = guarded.agreements[0]
    assert [p.name for p in result.witnesses] == (unveilers if moved else []), warnings
    kept_signers = signers if "两人" not in text else []
    assert [p.name for p in result.signatories] == kept_signers, warnings


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
    agreement = guarded.agreements[0]
    assert name not in [p.name for p in (*agreement.signatories, *agreement.witnesses)]
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


@pytest.mark.parametrize(
    "text",
    [
        # "林涛的签名" is Lin Tao's signature on the agreement, not someone Lin Tao sent (a
        # review's find).
        "甲大学校长林涛的签名与乙公司董事长周博的签名同时出现在合作协议上。",
        # "完成了合作协议的签署" is how Chinese news often writes a signing (a review's).
        "甲大学副校长林涛与乙公司总经理周博代表双方完成了合作协议的签署。",
        # 签署前期合作协议 signs a preliminary agreement: not 签署前, before the signing.
        "甲公司董事长林涛与乙集团总经理周博签署前期合作协议。市长吴芳见证签约。",
    ],
)
def test_a_signing_in_these_words_keeps_its_signers(text: str) -> None:
    signers = [Signatory(name="林涛"), Signatory(name="周博")]
    draft = ExtractionDraft(article=Article(), agreements=[Agreement(signatories=signers)])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert [p.name for p in guarded.agreements[0].signatories] == ["林涛", "周博"], warnings


def test_who_congratulated_on_the_signing_did_not_sign() -> None:
    """The blind5 f06's guest, given as a signer: "对项目的签订表示祝贺" is the signing as a
    noun, and congratulating it is no signing."""
    text = "林涛与周博代表双方签订技术合同。副院长吴芳参加了签约仪式。吴芳对项目的签订表示祝贺。"
    signers = [Signatory(name=name) for name in ("林涛", "周博", "吴芳")]
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
    "apposition",
    [
        "Chief Minister of Penang",
        "head of the Design Institute",
        "director of the Assignment Office",
    ],
)
def test_a_signing_word_inside_another_word_does_not_hide_a_witness(apposition: str) -> None:
    """A review's find: "sign" inside "Design", "pen" starting "Penang" stopped the
    witnessing words from reaching the name, so a witness given as a signer stayed one."""
    text = (
        "Lin Tao and Zhou Bo signed the MoU on Monday. "
        f"Chow Kon Yeow, {apposition}, witnessed the signing."
    )
    people = [Signatory(name="Lin Tao"), Signatory(name="Chow Kon Yeow")]
    draft = ExtractionDraft(article=Article(), agreements=[Agreement(signatories=people)])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert [p.name for p in guarded.agreements[0].witnesses] == ["Chow Kon Yeow"], warnings


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
    assert not {p.name for p in guarded.agreements[0].signatories} & set(witnesses)


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


def test_no_witness_is_made_a_signer_in_an_article_of_several_agreements() -> None:
    """A review's find: the signing the article states may be of another of its agreements."""
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


@pytest.mark.parametrize(
    ("text", "moved", "kept"),
    [
        ("Party Secretary Wu Fang and Mayor Ada Reyes attended and witnessed the signings at "
         "the forum. Vice Mayor Lin Tao signed the first agreement with Acme's CEO Zhou Bo, and "
         "the second with Gamma's chair Omar Haddad.", ["Wu Fang", "Ada Reyes"], []),
        ("市委书记吴芳、市长李强出席签约仪式并见证签约。副市长林涛分别与甲集团董事长周博、乙公司"
         "总经理王海签署投资协议。", ["吴芳", "李强"], []),
        # Who witnessed one signing and signed another stays a signer.
        ("Mayor Wu Fang signed the research MoU with Zhou Bo, and then witnessed the signing "
         "of the lease.", [], ["Wu Fang"]),
        # Who witnessed another's signing, its party named, is not this one's (a review's).
        ("Lin Tao and Zhou Bo signed the MoU on Monday. Mayor Wu Fang witnessed the signing "
         "of a supply agreement between Acme and Gamma on Friday.", [], []),
        # Who spoke at the ceremony is no witness for another's witnessing after a comma.
        ("副市长吴芳在签约仪式上致辞，市委书记王海见证签约。林涛与周博签署投资协议。", [], []),
        ("Wu Fang spoke at the signing ceremony, and Governor Omar Haddad witnessed the "
         "signing. Lin Tao and Zhou Bo signed the MoU.", [], []),
    ],
)  # fmt: skip
def test_a_signer_who_only_witnessed_moves_to_witnesses_of_one_of_several_agreements(
    text: str, moved: list[str], kept: list[str]
) -> None:
    """The blind3 d02's witnesses of a conference's three signings, given as signers of one:
    never said to sign, they witnessed the ceremony, this signing with the others. (A
    witness the model left out may be added: ``left_out.witnesses_left_out``.)"""
    people = ["Wu Fang", "Ada Reyes"] if "Wu Fang" in text else ["吴芳", "李强"]
    first = Agreement(signatories=[Signatory(name=name) for name in people])
    second = Agreement(parties=[Party(name="Acme"), Party(name="Gamma")])
    draft = ExtractionDraft(article=Article(), agreements=[first, second])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    witnesses = [p.name for p in guarded.agreements[0].witnesses]
    assert [name for name in witnesses if name in people] == moved, warnings
    assert [p.name for p in guarded.agreements[0].signatories] == kept


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        # "UM" is no word of "forum".
        ("Mayor Ada Reyes attended the forum and witnessed the signings. Lin Tao signed the "
         "first agreement with Acme's Zhou Bo, and the second with Omar Haddad of Universiti "
         "Malaya (UM).", Party(name="Acme"), Party(name="Universiti Malaya", aliases=["UM"])),
        # 江大 in 浙江大学 is this agreement's own party's name.
        ("浙江大学校长吴芳出席签约仪式并见证签约。浙江大学副校长林涛与甲公司总经理周博签署合作协议，"
         "甲公司与江南大学（简称江大）签署人才培养协议。", Party(name="浙江大学"),
         Party(name="江南大学", aliases=["江大"])),
    ],
    ids=["a-word-inside-another", "inside-own-party-name"],
)  # fmt: skip
def test_another_agreements_party_is_only_named_by_its_whole_words_and_not_inside_ours(
    text: str, first: Party, second: Party
) -> None:
    """A review's finds: a witness of several signings given as a signer of one moves to
    its witnesses, where another's short name stands only inside a word or this one's
    party's name."""
    person = "Ada Reyes" if "Ada" in text else "吴芳"
    memo = Agreement(parties=[first], signatories=[Signatory(name=person)])
    draft = ExtractionDraft(article=Article(), agreements=[memo, Agreement(parties=[second])])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert [p.name for p in guarded.agreements[0].witnesses] == [person], warnings


def test_a_witness_of_several_agreements_the_model_placed_in_another_is_not_moved() -> None:
    """A review's find: placed as another agreement's witness, the person is that one's."""
    text = "林涛与周博签署备忘录。甲公司与乙集团签署供货协议，市长吴芳见证签约。"
    memo = Agreement(signatories=[Signatory(name="林涛"), Signatory(name="吴芳")])
    supply = Agreement(witnesses=[Signatory(name="吴芳")])
    draft = ExtractionDraft(article=Article(), agreements=[memo, supply])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert guarded.agreements[0].witnesses == [], warnings
    assert [p.name for p in guarded.agreements[1].witnesses] == ["吴芳"]


_LAB = "甲乙联合实验室"
_EN_LAB = "Alder Joint Lab for Batteries"


@pytest.mark.parametrize(
    ("text", "added"),
    [
        (f"甲大学与乙公司签署协议，共建{_LAB}。随后，市长吴芳与乙公司董事长李强共同为实验室揭牌。",
         ["吴芳", "李强"]),
        (f"甲大学与乙公司签署协议，共建{_LAB}。市委书记吴芳、副市长李强为{_LAB}揭牌。",
         ["吴芳", "李强"]),
        # Not who unveiled something else, nor who signed, nor one already in the record.
        (f"甲大学与乙公司签署协议，共建{_LAB}。市长吴芳为新落成的体育馆揭牌。", []),
        (f"吴芳与李强代表双方签署协议，并共同为{_LAB}揭牌。", []),
        (f"甲大学与乙公司签署协议，共建{_LAB}。林涛与吴芳共同为实验室揭牌。", ["林涛", "吴芳"]),
        (f"甲大学与乙公司签署协议，共建{_LAB}。吴芳致辞后，李强为实验室揭牌。", ["李强"]),
        # A review's finds: 和 in a name, a district, the list's 等.
        (f"甲大学与乙公司签署协议，共建{_LAB}。市长王和平与董事长李强共同为实验室揭牌。",
         ["王和平", "李强"]),
        (f"甲大学与乙公司签署协议，共建{_LAB}。市长吴芳和董事长李强共同为实验室揭牌。",
         ["吴芳", "李强"]),
        (f"甲大学与乙公司签署协议，共建{_LAB}。杨浦区与甲大学共同为实验室揭牌。", []),
        (f"甲大学与乙公司签署协议，共建{_LAB}。随后，市委书记吴芳等共同为实验室揭牌。", ["吴芳"]),
        # English: a title and a full name in the list before the verb (the blind4 e01's).
        (f"The two signed an agreement founding the {_EN_LAB}. Following the signing, "
         f"Councillor Mia Hart, Leader of Alder City Council, and Dr Lin Tao unveiled the "
         f"plaque of the {_EN_LAB}.", ["Lin Tao", "Mia Hart"]),
        (f"The two signed an agreement founding the {_EN_LAB}. Ms Ada Reyes and Mayor Omar "
         f"Haddad inaugurated the {_EN_LAB}.", ["Ada Reyes", "Omar Haddad"]),
        # Not a surname alone, one who unveiled something else, one who signed.
        (f"The two founded the {_EN_LAB}. Councillor Mia Hart and Dr Reyes unveiled the "
         f"plaque of the {_EN_LAB}.", ["Mia Hart"]),
        (f"The two founded the {_EN_LAB}. Mayor Omar Haddad unveiled the city's new bus "
         "fleet.", []),
        # A plaque that names nothing, where one agreement founds a body (the blind5 f03's).
        (f"The two founded the {_EN_LAB}. The Mayor of Alder, Councillor Mia Hart, then "
         "jointly unveiled a plaque marking the site of the future lab.", ["Mia Hart"]),
        (f"The two founded the {_EN_LAB}. Councillor Mia Hart unveiled a plaque at the "
         "Alder Gym.", []),
        (f"The two founded the {_EN_LAB}. Councillor Mia Hart unveiled a plaque marking the "
         "centenary of the university's library.", []),  # a review's find
        (f"Mayor Omar Haddad and Lin Tao signed the deal and unveiled the {_EN_LAB}.",
         ["Lin Tao"]),
        # The blind8 i02's: "unveiled by" and its list, the lab's nameplate.
        (f"The two founded the {_EN_LAB}. The lab's nameplate was then unveiled by Professor "
         "Ada Reyes, Dean of Science, and Ms Mia Hart, Chief Technology Officer of Alder.",
         ["Ada Reyes", "Mia Hart"]),
        (f"The two founded the {_EN_LAB}. The gym's nameplate was unveiled by Ms Mia Hart.",
         []),
        # A review's finds: the day after the name is no part of it; an unveiling to come.
        (f"The two founded the {_EN_LAB}. The lab's nameplate was unveiled by Governor Omar "
         "Haddad on Monday.", ["Omar Haddad"]),
        (f"The two founded the {_EN_LAB}. The lab's nameplate is to be unveiled by Governor "
         "Omar Haddad.", []),
        # i06's: 蒙, and a foreign name in Chinese.
        (f"甲大学与乙公司签署协议，共建{_LAB}。科技厅副厅长蒙志刚、总领事馆商务领事帕妮达·通猜共同为"
         "实验室揭牌。", ["蒙志刚", "帕妮达·通猜"]),
    ],
)  # fmt: skip
def test_who_unveiled_what_was_set_up_is_added_where_the_model_left_them_out(
    text: str, added: list[str]
) -> None:
    """The blind3 d05's and d06's unveilers, and the blind4 e01's, whom the model gave in
    no role: the spec's witnesses, added with a warning (林涛 and Lin Tao, witnesses the
    model gave, are not added again)."""
    english = _EN_LAB in text
    signers = [
        Signatory(name=n) for n in (("Chen Gang", "Zhou Bo") if english else ("陈刚", "周博"))
    ]
    agreement = Agreement(
        signatories=signers,
        witnesses=[Signatory(name="Lin Tao" if english else "林涛")],
        established_entities=[_EN_LAB if english else _LAB],
    )
    text += " Chen Gang and Zhou Bo signed it." if english else "陈刚与周博代表双方签署协议。"
    draft = ExtractionDraft(article=Article(), agreements=[agreement])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert [p.name for p in guarded.agreements[0].witnesses] == added, warnings
    given = {"林涛", "Lin Tao"}
    assert sum(w.startswith("added witness") for w in warnings) == len(set(added) - given)


@pytest.mark.parametrize(
    ("text", "added"),
    [
        # The blind8 i02's: "which creates the …"; the held-out en_h1's "set up the …".
        ("The Lab Agreement, which creates the Alder–Beta Joint Laboratory for Batteries, "
         "was signed on Monday.", ["Alder–Beta Joint Laboratory for Batteries"]),
        ("Alder and Beta signed an MoU. They will also set up the Kell Dryland Research "
         "Station near Kell.", ["Kell Dryland Research Station"]),
        # Not a party, a kind alone, a body that stands already, one only hoped for, nor
        # a body's kind that names the agreement.
        ("The Alder Institute for Energy and Beta signed an MoU to establish a lab.", []),
        ("Alder and Beta signed an MoU and will set up a Joint Laboratory.", []),
        ("Alder and Beta signed an MoU at the Kell Innovation Centre, founded in 2015.", []),
        ("Alder and Beta signed an MoU and will explore the possibility of establishing "
         "the Kell Battery Centre.", []),
        ("The two signed the Joint Laboratory Establishment Agreement.", []),
        # A review's finds: a body the founding words do not take as their object.
        ("Alder and Beta signed an MoU to set up a training programme with the Kell Welding "
         "Institute.", []),
        ("Alder and Beta signed an MoU to establish a joint lab, which will be managed by the "
         "Kell Materials Institute.", []),
        ("Alder and Beta signed an MoU to set up offices near the Kell Railway Station.", []),
        ("Alder and Beta signed an MoU with the Kell Futures Institute, which was set up in "
         "2016.", []),
    ],
)  # fmt: skip
def test_a_body_the_agreement_founds_is_added_where_the_model_left_it_out(
    text: str, added: list[str]
) -> None:
    party = Party(name="Alder Institute for Energy")
    draft = ExtractionDraft(article=Article(), agreements=[Agreement(parties=[party])])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert guarded.agreements[0].established_entities == added, warnings
    assert sum(w.startswith("added established entity") for w in warnings) == len(added)


def test_a_body_left_out_goes_to_the_agreement_that_names_it_or_to_none() -> None:
    """Of several agreements, the one whose title names the body, else the one joint
    establishment; none where neither tells which."""
    text = (
        "Alder and Beta signed a framework agreement and a Project Agreement to jointly build "
        "the Kell Battery Lab."
    )
    framework = Agreement(title="framework agreement")
    project = Agreement(title="Project Agreement to jointly build the Kell Battery Lab")
    draft = ExtractionDraft(article=Article(), agreements=[framework, project])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert [a.established_entities for a in guarded.agreements] == [[], ["Kell Battery Lab"]]
    other = Agreement(title="project agreement")
    draft = ExtractionDraft(article=Article(), agreements=[framework, other])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert [a.established_entities for a in guarded.agreements] == [[], []], warnings


def test_an_unveiler_left_out_is_added_only_beside_signers_the_record_names() -> None:
    """Where the record names no signer, the unveilers may be the signers ("随后，两人签署
    了协议"): none is added."""
    text = f"甲大学与乙公司共建{_LAB}。市长吴芳与董事长李强共同为实验室揭牌，随后两人签署了协议。"
    draft = ExtractionDraft(article=Article(), agreements=[Agreement(established_entities=[_LAB])])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert guarded.agreements[0].witnesses == [], warnings


def test_an_unveiler_left_out_is_only_said_in_lenient_mode() -> None:
    text = f"甲大学与乙公司共建{_LAB}。陈刚与周博代表双方签署协议。随后，市长吴芳为实验室揭牌。"
    signers = [Signatory(name="陈刚"), Signatory(name="周博")]
    agreement = Agreement(signatories=signers, established_entities=[_LAB])
    draft = ExtractionDraft(article=Article(), agreements=[agreement])
    kept, warnings = apply_guard(draft, Checker(SourceIndex(text)), strict=False)
    assert kept == draft
    assert any(w.startswith("the guard would add witness '吴芳':") for w in warnings)


def test_who_met_the_day_before_the_signing_did_not_sign() -> None:
    """签约前一天 is the day before the signing (the blind4 e04's leaders, given as signers,
    who witnessed it): not a signing of theirs."""
    text = (
        "本月12日，甲省人民政府与乙集团签署合作协议。省委书记宋明，乙集团董事长钱华共同见证签约。"
        "副省长杨川与乙集团总经理廖博分别代表双方签署协议。签约前一天，宋明会见了钱华一行。"
    )
    leaders = [Signatory(name="宋明"), Signatory(name="钱华")]
    draft = ExtractionDraft(article=Article(), agreements=[Agreement(signatories=leaders)])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    # The signers the model left out are added (the blind5 f05's rule).
    assert [p.name for p in guarded.agreements[0].signatories] == ["杨川", "廖博"], warnings
    assert [p.name for p in guarded.agreements[0].witnesses] == ["宋明", "钱华"]


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


def test_a_signer_is_read_in_every_sentence_that_names_them_however_spelt() -> None:
    """The model spelt the name as the article first writes it, in a sentence about a
    dinner; the signing sentence breaks it across a line. Read only where written exactly,
    the signer was dropped."""
    text = (
        "Mayor José Pérez welcomed the guests at the dinner on Friday. On Saturday, José\n"
        "Pérez and Ana Ruiz signed the MoU between Acme and Beta."
    )
    agreement = Agreement(signatories=[Signatory(name="José Pérez"), Signatory(name="Ana Ruiz")])
    draft = ExtractionDraft(article=Article(), agreements=[agreement])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert [s.name for s in guarded.agreements[0].signatories] == ["José Pérez", "Ana Ruiz"]
    assert warnings == []
    # ... and not a longer name, nor another person's
    text = "Li Wei-ming signed the MoU. Li Wei attended the dinner."
    agreement = Agreement(signatories=[Signatory(name="Li Wei")])
    draft = ExtractionDraft(article=Article(), agreements=[agreement])
    assert apply_guard(draft, Checker(SourceIndex(text)))[0].agreements[0].signatories == []


_WIND = "甲局与乙公司还签署了《风电项目协议》，局长林涛与经理王海签约。"


@pytest.mark.parametrize(
    ("text", "added"),
    [
        # The blind5 f05's: the leaders who witnessed were given as signers and dropped.
        ("省长吴芳、董事长李强见证签约。副省长陈刚与丙集团总经理周博代表双方签署协议。",
         ["陈刚", "周博"]),
        # English: a title and a full name.
        ("Governor Ada Reyes witnessed the signing. Vice Governor Lin Tao and CEO Omar Haddad "
         "signed the framework agreement for the province and Bingo Group.",
         ["Lin Tao", "Omar Haddad"]),
        # Not one said only to witness, nor one already in the record; nor a sentence that
        # names another agreement's party and none of this one's (the blind6 g04's).
        ("省长吴芳见证签约。", []),
        ("省长吴芳见证签约。副局长陈刚与乙公司总经理周博签约。", []),
    ],
)  # fmt: skip
def test_who_signed_is_added_to_the_one_agreement_whose_record_names_no_signer(
    text: str, added: list[str]
) -> None:
    wind = Agreement(
        title="风电项目协议",
        parties=[Party(name="甲局"), Party(name="乙公司")],
        signatories=[Signatory(name="林涛"), Signatory(name="王海")],
    )
    framework = Agreement(
        title="框架协议",
        parties=[Party(name="省政府"), Party(name="丙集团" if "丙" in text else "Bingo Group")],
    )
    draft = ExtractionDraft(article=Article(), agreements=[framework, wind])
    text = f"{text}\n\n{_WIND}"
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    people = [[p.name for p in a.signatories] for a in guarded.agreements]
    assert people == [added, ["林涛", "王海"]], warnings
    lenient, said = apply_guard(draft, Checker(SourceIndex(text)), strict=False)
    assert lenient == draft
    assert sum(w.startswith("the guard would add signatory") for w in said) == len(added)


@pytest.mark.parametrize(
    ("text", "added"),
    [
        ("省长吴芳见证签约。局长林涛与总经理王海签署《风电项目协议》。", [[], ["林涛", "王海"]]),
        # Of two agreements without signers, the sentence names neither: whose, unsaid.
        ("省长吴芳见证签约。局长林涛与总经理王海签署协议。", [[], []]),
        # A review's finds: an earlier signing, another document, a named one not ours.
        ("2019年，局长林涛与总经理王海签署了《风电项目协议》。", [[], []]),
        ("此前，局长林涛与总经理王海签署了《风电项目协议》。", [[], []]),
        ("局长林涛与总经理王海签署了《人才培养协议》。", [[], []]),
        # Nor where the verb's subject is no name (a review's find: who met the signer).
        ("省长吴芳与市长张三会见了前来签署《风电项目协议》的乙公司总经理王海。", [[], []]),
    ],
)  # fmt: skip
def test_who_signed_goes_to_the_agreement_whose_title_the_sentence_writes(
    text: str, added: list[list[str]]
) -> None:
    agreements = [Agreement(title="框架协议"), Agreement(title="风电项目协议")]
    draft = ExtractionDraft(article=Article(), agreements=agreements)
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert [[p.name for p in a.signatories] for a in guarded.agreements] == added, warnings


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # The blind6 g06's: a party given as an official's title and name, who witnessed.
        ("甲所与乙公司签约。省科学技术厅副厅长周文彬出席并见证签约。林涛与周博签署协议。", False),
        # Who is not said to witness stays (a review's finds: "甲大学校长林涛" names a
        # signer's organisation, "毛主席纪念堂" a hall).
        ("甲所与乙公司签约。省科学技术厅副厅长周文彬讲话。林涛与周博签署协议。", True),
    ],
)  # fmt: skip
def test_a_party_written_as_a_witness_goes_to_the_witnesses(text: str, kept: bool) -> None:
    official = "省科学技术厅副厅长周文彬"
    parties = [Party(name="甲所"), Party(name="乙公司"), Party(name=official)]
    signers = [Signatory(name="林涛"), Signatory(name="周博")]
    draft = ExtractionDraft(
        article=Article(), agreements=[Agreement(parties=parties, signatories=signers)]
    )
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    agreement = guarded.agreements[0]
    assert (official in [p.name for p in agreement.parties]) is kept, warnings
    assert [p.name for p in agreement.witnesses] == ([] if kept else ["周文彬"])
    lenient, said = apply_guard(draft, Checker(SourceIndex(text)), strict=False)
    assert lenient == draft
    assert not any(w.startswith(("moved", "dropped")) for w in said), said


_FORUM = (
    "The port signed three agreements at the forum. The regional minister, Daniel Okafor, "
    "spoke first. Lin Tao signed the Green Corridor MoU with Zhou Bo, the Research "
    "Framework Agreement with Ann Lee, and the Lab Agreement with Omar Haddad. "
)


@pytest.mark.parametrize(
    ("text", "titles", "expected"),
    [
        # English: the documents counted, a surname the text names in full (blind7 h01).
        (_FORUM + "All three documents were signed in the presence of Mr Okafor.",
         ["Green Corridor MoU", "Research Framework Agreement", "Lab Agreement"],
         [["Daniel Okafor"], ["Daniel Okafor"], ["Daniel Okafor"]]),
        (_FORUM + "The signing was witnessed by the port's chair, Rosalind Meek.",
         ["Green Corridor MoU"], [["Rosalind Meek"]]),
        # Chinese: a list of titled names back over its commas (blind6 g04), and 在…见证下
        # of the document whose title the sentence writes (blind6 g05).
        ("市委书记吴芳，市委副书记、市长李强出席签约仪式并见证签约。林涛与周博签署合作协议。",
         ["合作协议"], [["吴芳", "李强"]]),
        ("在市教育局副局长蒋丽萍的见证下，林涛与周博签署了《产业学院协议》。王海与赵敏签署了"
         "《实习基地协议》。", ["产业学院协议", "实习基地协议"], [["蒋丽萍"], []]),
        ("中国驻挪威大使馆教育参赞马骏见证签约。林涛与周博签署合作备忘录。", ["合作备忘录"],
         [["马骏"]]),
        # No one for an earlier signing, for a list of no names, nor for who also signed.
        ("去年，市长吴芳见证了两校签署协议。今天林涛与周博签署合作协议。", ["合作协议"], [[]]),
        (_FORUM + "The signing was witnessed by officials from Kestrel Bay.",
         ["Green Corridor MoU"], [[]]),
        ("Mayor Ada Reyes witnessed the signing. Later, Ada Reyes and Lin Tao signed the "
         "supply agreement.", ["supply agreement"], [[]]),
        # A review's finds: a signing to come; another document by name; no signing at all;
        # a role and an organisation ("Director, Kent Ports"); a place after the name.
        ("林涛与周博签署合作协议。双方还将在市长陈刚的见证下签署第二期协议。", ["合作协议"], [[]]),
        ("林涛与周博签署《合作协议》。在王海的见证下，赵敏与陈刚签署了《人才培养协议》。",
         ["合作协议"], [[]]),
        ("Lin Tao and Zhou Bo signed the MoU. In the presence of Minister Daniel Okafor, the "
         "two sides also exchanged gifts.", ["MoU"], [[]]),
        ("Lin Tao and Zhou Bo signed the MoU in the presence of Dr Ann Lee, Registrar, Beta "
         "University, and Mr John Smith, Director, Kent Ports.", ["MoU"],
         [["Ann Lee", "John Smith"]]),
        ("Lin Tao and Zhou Bo signed the MoU in the presence of Mayor Ada Reyes of Harlow.",
         ["MoU"], [["Ada Reyes"]]),
        # A second review's finds: a signing to come in the sentence of one done; 见证 of
        # something else; a ceremony witnessed, its sentence naming no document; a list
        # across commas; a place after a name from its first "of"; a surname like a word.
        ("双方签署了框架协议，并将在副市长吴芳的见证下签署正式合同。", ["框架协议"], [[]]),
        ("Acme and Beta signed the MoU on Monday, and the final contract will be signed next "
         "month in the presence of Minister Daniel Okafor.", ["MoU"], [[]]),
        ("Acme and Beta signed the MoU. The definitive agreement will be witnessed by "
         "Minister Daniel Okafor.", ["MoU"], [[]]),
        ("甲大学与乙公司签署合作协议，乙公司董事长李强见证了两校二十年的合作历程。",
         ["合作协议"], [[]]),
        ("Acme and Beta signed the MoU. The ceremony was witnessed by Mayor Ada Reyes.",
         ["MoU"], [["Ada Reyes"]]),
        ("甲大学与乙公司签署合作协议。仪式由副校长王敏主持，副市长吴芳见证。", ["合作协议"],
         [["吴芳"]]),
        ("在省委常委、副省长陈振华，省教育厅厅长刘洋的共同见证下，双方签署了合作协议。",
         ["合作协议"], [["陈振华", "刘洋"]]),
        ("林涛与周博签署合作协议。市委常委、副市长吴芳，市政协副主席王明等领导出席签约仪式并见证"
         "签约。", ["合作协议"], [["吴芳", "王明"]]),
        ("The MoU was signed in the presence of President Xi Jinping of the People's Republic "
         "of China.", ["MoU"], [["Xi Jinping"]]),
        ("The MoU was signed in the presence of the embassy's first secretary, Grace Hall.",
         ["MoU"], [["Grace Hall"]]),
        ("Lin Tao and Zhou Bo signed the MoU and the Supply Agreement. Minister Daniel Okafor "
         "witnessed both signings.", ["MoU", "Supply Agreement"],
         [["Daniel Okafor"], ["Daniel Okafor"]]),
        ("Lin Tao and Zhou Bo signed the MoU and the Supply Agreement. The second of the two "
         "agreements was witnessed by Mayor Ada Reyes.", ["MoU", "Supply Agreement"], [[], []]),
        # A third review's finds: an earlier signing's witness, with no year written.
        ("林涛与周博签署合作协议。双方首次签约时，时任市长张海出席并见证签约。", ["合作协议"],
         [[]]),
        ("Lin Tao and Zhou Bo signed the MoU. The partners' first agreement was signed at the "
         "Guildhall in the presence of Lord Mayor Peter Hale.", ["MoU"], [[]]),
    ],
)  # fmt: skip
def test_witnesses_the_model_left_out_are_added_where_the_article_says_so(
    text: str, titles: list[str], expected: list[list[str]]
) -> None:
    agreements = [Agreement(title=title) for title in titles]
    draft = ExtractionDraft(article=Article(), agreements=agreements)
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert [[p.name for p in a.witnesses] for a in guarded.agreements] == expected, warnings
    added = [w for w in warnings if w.startswith("added witness")]
    assert len(added) == len({name for names in expected for name in names})


def test_a_ceremonys_witness_the_model_placed_is_not_spread_to_the_other_agreements() -> None:
    """A "…见证签约" after the MoU's sentence may be the MoU's alone (the blind4 e06's): a
    witness the model gave one agreement is not added to another unless the sentence
    writes its title or counts the documents."""
    text = "林涛与周博签署谅解备忘录，副市长吴芳见证签约。王海与赵敏签署学分互认协议。"
    mou = Agreement(title="谅解备忘录", witnesses=[Signatory(name="吴芳")])
    credits = Agreement(title="学分互认协议")
    draft = ExtractionDraft(article=Article(), agreements=[mou, credits])
    guarded, _ = apply_guard(draft, Checker(SourceIndex(text)))
    assert [[p.name for p in a.witnesses] for a in guarded.agreements] == [["吴芳"], []]


def test_who_unveiled_the_lab_of_several_agreements_witnesses_the_one_that_founds_it() -> None:
    """The blind7 h01's model gave the lab to all three documents of the ceremony; the
    unveilers witness the joint establishment's."""
    text = (
        "Lin Tao and Zhou Bo signed the Research MoU and the Joint Lab Agreement, which "
        "creates the Harbour Decarbonisation Lab. The port's chair, Rosalind Meek, then "
        "unveiled a plaque for the new lab."
    )
    lab = ["Harbour Decarbonisation Lab"]
    signers = [Signatory(name="Lin Tao"), Signatory(name="Zhou Bo")]
    mou = Agreement(title="Research MoU", signatories=signers, established_entities=lab)
    joint = Agreement(
        title="Joint Lab Agreement",
        agreement_type=AgreementType.JOINT_ESTABLISHMENT,
        signatories=signers,
        established_entities=lab,
    )
    draft = ExtractionDraft(article=Article(), agreements=[mou, joint])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert [[p.name for p in a.witnesses] for a in guarded.agreements] == [
        [],
        ["Rosalind Meek"],
    ], warnings


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Who witnessed the one the sentence signs (its signers named), not the other.
        ("Lin Tao and Zhou Bo signed a memorandum in the presence of Minister Daniel Okafor. "
         "In the afternoon, Ann Lee and Mark Chen signed a supply contract at the plant.",
         [["Daniel Okafor"], []]),
        # The clause that names what each witnessed.
        ("Both were signed in Harlow. The MoU was witnessed by Minister Daniel Okafor, and "
         "the Supply Contract by Mayor Ada Reyes.", [["Daniel Okafor"], []]),
        # A count of something else is no count of the documents.
        ("甲大学与乙公司签署协议，副市长吴芳见证签约，她希望两家单位在多个领域深化合作。丙学院与"
         "丁集团也签署了协议。", [[], []]),
    ],
)  # fmt: skip
def test_a_witness_of_one_of_several_agreements_is_added_to_that_one(
    text: str, expected: list[list[str]]
) -> None:
    """A review's finds: the witness went to every agreement."""
    first = Agreement(
        title="MoU" if "MoU" in text else None,
        parties=[Party(name="甲大学"), Party(name="乙公司")] if "甲大学" in text else [],
        signatories=[Signatory(name="Lin Tao"), Signatory(name="Zhou Bo")],
    )
    second = Agreement(
        title="Supply Contract" if "Supply Contract" in text else None,
        parties=[Party(name="丙学院"), Party(name="丁集团")] if "丙学院" in text else [],
        signatories=[Signatory(name="Ann Lee"), Signatory(name="Mark Chen")],
    )
    if "吴芳" in text:
        first = first.model_copy(update={"witnesses": [Signatory(name="吴芳")]})
        expected = [["吴芳", *expected[0]], expected[1]]
    draft = ExtractionDraft(article=Article(), agreements=[first, second])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert [[p.name for p in a.witnesses] for a in guarded.agreements] == expected, warnings


@pytest.mark.parametrize(
    ("text", "signers", "expected"),
    [
        ("高新区管委会主任林晓东与智航公司总经理方静签署投资协议，市长吴海峰见证签约。随后，澄阳"
         "大学校长李明远与恒盛集团董事长王建华签署产学研合作协议。副市长周文彬出席并见证签约。",
         [["林晓东", "方静"], ["李明远", "王建华"]], [["吴海峰"], ["周文彬"]]),
        ("Solara Power CEO Ama Owusu and Port of Tema director Kofi Boateng signed a supply "
         "deal. The signing was witnessed by Minister Kwame Mensah. Later, Blue Grid chair Tan "
         "Wei and Harbour Energy CEO Raj Patel signed a storage memorandum.",
         [["Ama Owusu", "Kofi Boateng"], ["Tan Wei", "Raj Patel"]], [["Kwame Mensah"], []]),
    ],
)  # fmt: skip
def test_a_witness_told_after_one_signing_of_several_witnesses_that_one(
    text: str, signers: list[list[str]], expected: list[list[str]]
) -> None:
    """A third review's find: the witness of a sentence that names no document went to
    every agreement; the sentence before tells which."""
    agreements = [Agreement(signatories=[Signatory(name=n) for n in names]) for names in signers]
    draft = ExtractionDraft(article=Article(), agreements=agreements)
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert [[p.name for p in a.witnesses] for a in guarded.agreements] == expected, warnings


@pytest.mark.parametrize(
    ("text", "given", "kept"),
    [
        ("副省长吴芳，市长李强，甲大学校长林涛等出席签约仪式，其中吴芳、李强共同见证了协议的签署。",
         ["吴芳", "李强", "林涛"], ["吴芳", "李强"]),
        ("Governor Ada Reyes, councillor Omar Haddad and Mayor Wu Fang were present, with Reyes "
         "and Wu acting as witnesses to the signing.",
         ["Ada Reyes", "Omar Haddad", "Wu Fang"], ["Ada Reyes", "Wu Fang"]),
        # A company's name in the list is no witness either.
        ("Zhou Bo, chair of Harbourline Holdings, and Mayor Wu Fang attended, with Zhou and Wu "
         "serving as witnesses.", ["Zhou Bo", "Harbourline Holdings", "Wu Fang"],
         ["Zhou Bo", "Wu Fang"]),
        # No clause picks anyone out: whom the witnessing words govern stay.
        ("Governor Ada Reyes and Mayor Wu Fang witnessed the signing.", ["Ada Reyes", "Wu Fang"],
         ["Ada Reyes", "Wu Fang"]),
    ],
)  # fmt: skip
def test_a_clause_that_picks_out_the_witnesses_leaves_the_other_attendees_out(
    text: str, given: list[str], kept: list[str]
) -> None:
    """The blind9 j01's and j06's: a sentence lists who attended, then says which of them
    witnessed ("其中…共同见证", "with … acting as witnesses"), by name or by surname."""
    draft = ExtractionDraft(
        article=Article(),
        agreements=[Agreement(witnesses=[Signatory(name=name) for name in given])],
    )
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert [p.name for p in guarded.agreements[0].witnesses] == kept, warnings


_TWO_DOCUMENTS = (
    "校长林涛与副市长周博签署《甲大学—乙市人民政府战略合作协议》。"
    "随后，副校长王海与丙公司总经理李强签署《共建储能联合实验室协议》。"
    "市长吴芳、丙公司董事长陈刚共同为“甲大学—丙公司储能联合实验室”揭牌。"
)
_JOINT_LAB = "甲大学—丙公司储能联合实验室"


def test_a_signer_given_to_the_other_document_moves_to_the_one_they_signed() -> None:
    """The blind9 j01's: the model gave the president, who signed the strategic agreement,
    to the laboratory's, in place of the vice-president who signed that one; the two
    documents' sentences name each's signers."""
    strategic = Agreement(title="战略合作协议", signatories=[Signatory(name="周博")])
    lab = Agreement(
        title="共建储能联合实验室协议", signatories=[Signatory(name="林涛"), Signatory(name="李强")]
    )
    draft = ExtractionDraft(article=Article(), agreements=[strategic, lab])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(_TWO_DOCUMENTS)))
    people = [[p.name for p in a.signatories] for a in guarded.agreements]
    assert people == [["周博", "林涛"], ["李强", "王海"]], warnings


def test_a_signer_of_two_documents_one_unnamed_in_their_sentences_stays() -> None:
    """The blind3 d02's: the vice mayor signed two agreements, one of them in a sentence
    that names no document: not moved."""
    text = (
        "Vice Mayor Lin Tao signed the Project Investment Agreement with Acme. Later, the city "
        "and Beta signed a Strategic Cooperation Agreement: Lin Tao signed for the city."
    )
    first = Agreement(title="Project Investment Agreement")
    second = Agreement(
        title="Strategic Cooperation Agreement", signatories=[Signatory(name="Lin Tao")]
    )
    draft = ExtractionDraft(article=Article(), agreements=[first, second])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert [p.name for p in guarded.agreements[1].signatories] == ["Lin Tao"], warnings


def test_a_founded_body_given_to_two_agreements_and_its_unveilers_are_the_foundings() -> None:
    """The blind9 j01's: the laboratory given to the strategic agreement too, whose
    unveilers then read as its witnesses: both go to the laboratory's agreement."""
    unveilers = [Signatory(name="吴芳"), Signatory(name="陈刚")]
    strategic = Agreement(
        title="战略合作协议", witnesses=unveilers, established_entities=[_JOINT_LAB]
    )
    lab = Agreement(title="共建储能联合实验室协议", established_entities=[_JOINT_LAB],
                    agreement_type=AgreementType.JOINT_ESTABLISHMENT)  # fmt: skip
    draft = ExtractionDraft(article=Article(), agreements=[strategic, lab])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(_TWO_DOCUMENTS)))
    assert [a.established_entities for a in guarded.agreements] == [[], [_JOINT_LAB]], warnings
    witnesses = [[p.name for p in a.witnesses] for a in guarded.agreements]
    assert witnesses == [[], ["吴芳", "陈刚"]], warnings


def test_a_body_left_out_goes_to_the_agreement_whose_signers_its_sentence_names() -> None:
    """The blind9 j05's: "Raman and Whitfield signed a Joint Development Agreement under
    which the two will co-build the X Test Centre on Y's North Campus": the body, its name
    short of where it stands and holding a party's short form (KIT), goes to their
    agreement."""
    text = (
        "Ada Reyes and Omar Haddad signed a framework agreement. Lin Tao and Zhou Bo signed a "
        "Joint Development Agreement under which Alder and KIT will co-build the Alder-KIT "
        "Battery Test Centre on KIT's North Campus."
    )
    leaders = [Signatory(name="Ada Reyes"), Signatory(name="Omar Haddad")]
    framework = Agreement(title="framework agreement", signatories=leaders)
    joint = Agreement(
        title="Joint Development Agreement with KIT",
        parties=[Party(name="Kell Institute of Technology", aliases=["KIT"])],
        signatories=[Signatory(name="Lin Tao"), Signatory(name="Zhou Bo")],
    )
    draft = ExtractionDraft(article=Article(), agreements=[framework, joint])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    entities = [a.established_entities for a in guarded.agreements]
    assert entities == [[], ["Alder-KIT Battery Test Centre"]], warnings


@pytest.mark.parametrize(
    ("text", "given", "kept"),
    [
        # 陆续签署 holds 续签, no renewal's: no name read into the verb ("周博陆" added).
        # (周博 itself is read inside "周博陆", a gap left.)
        ("甲大学校长林涛与乙公司总经理周博陆续签署了三项合作协议。", ["林涛"], ["林涛"]),
        ("林文涛与周文博续签了合作协议。", ["林文涛", "周文博"], ["林文涛", "周文博"]),
    ],
)
def test_a_renewals_signing_word_signs_and_no_other_words_holding_it(
    text: str, given: list[str], kept: list[str]
) -> None:
    """A review's finds on 续签, a signing word since the blind9 j02's."""
    people = [Signatory(name=name) for name in given]
    draft = ExtractionDraft(article=Article(), agreements=[Agreement(signatories=people)])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert [p.name for p in guarded.agreements[0].signatories] == kept, warnings


@pytest.mark.parametrize(
    "text",
    [
        "市政府与甲公司签署了港口合作备忘录。市长林涛代表市政府签约，随后见证了王海与赵敏签署《供货合同》。",
        "The city signed the Port MoU. Mayor Lin Tao signed for the city, and then watched as "
        "Ann Lee and Mark Chen signed the Supply Contract.",
    ],
)
def test_a_signer_who_then_watched_another_document_signed_is_not_moved_to_it(text: str) -> None:
    """A review's find: the title after the signer's name, past witnessing words, is
    another's document."""
    mayor = "林涛" if "林涛" in text else "Lin Tao"
    port = Agreement(title="港口合作备忘录" if mayor == "林涛" else "Port MoU",
                     signatories=[Signatory(name=mayor)])  # fmt: skip
    supply = Agreement(title="供货合同" if mayor == "林涛" else "Supply Contract")
    draft = ExtractionDraft(article=Article(), agreements=[port, supply])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert [p.name for p in guarded.agreements[0].signatories] == [mayor], warnings


def test_a_signer_of_another_deal_in_a_sentence_naming_this_one_is_not_added() -> None:
    """A review's find: "Under the Port MoU, … signed a supply contract" names the MoU,
    which the two did not sign."""
    text = (
        "Governor Lin Tao and Acme CEO Zhou Bo signed the Port MoU. Under the Port MoU, Beta "
        "president Ann Lee and Acme CTO Mark Chen signed a supply contract."
    )
    port = Agreement(
        title="Port MoU", signatories=[Signatory(name="Lin Tao"), Signatory(name="Zhou Bo")]
    )
    draft = ExtractionDraft(
        article=Article(), agreements=[port, Agreement(title="supply contract")]
    )
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert [p.name for p in guarded.agreements[0].signatories] == ["Lin Tao", "Zhou Bo"], warnings


def test_a_body_left_out_goes_to_the_joint_establishment_before_a_signers_mention() -> None:
    """A review's find: a signer of the other agreement speaking of the lab does not make
    it theirs; and a body's name runs on through "for Children's Health"."""
    text = (
        "Lin Tao and Zhou Bo signed an investment agreement, and Ann Lee and Mark Chen signed "
        "a joint agreement. Speaking after the signing, Lin Tao said the two will establish "
        "the Alder Institute for Children's Health."
    )
    invest = Agreement(title="investment agreement", signatories=[Signatory(name="Lin Tao")])
    joint = Agreement(title="joint agreement", agreement_type=AgreementType.JOINT_ESTABLISHMENT,
                      signatories=[Signatory(name="Ann Lee")])  # fmt: skip
    draft = ExtractionDraft(article=Article(), agreements=[invest, joint])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    entities = [a.established_entities for a in guarded.agreements]
    assert entities == [[], ["Alder Institute for Children's Health"]], warnings


@pytest.mark.parametrize(
    "text",
    [
        "Minister Ada Reyes and Mayor Wu Fang attended the ceremony, with the minister acting "
        "as witness to the signing.",
        "Governor Ada Reyes and Governor Wu Fang attended, with both governors serving as "
        "witnesses.",
        "In the presence of Governor Ada Reyes, with Mayor Wu Fang acting as witness, Lin Tao "
        "signed.",
    ],
)
def test_a_clause_that_picks_witnesses_out_by_role_drops_no_one(text: str) -> None:
    """A review's finds: the rule reads a clause of names only, and not past the words
    that lead a witness of their own ("in the presence of")."""
    people = [Signatory(name="Ada Reyes"), Signatory(name="Wu Fang")]
    draft = ExtractionDraft(article=Article(), agreements=[Agreement(witnesses=people)])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert [p.name for p in guarded.agreements[0].witnesses] == ["Ada Reyes", "Wu Fang"], warnings


def test_an_unveiler_who_also_witnessed_the_other_signing_stays_its_witness() -> None:
    """A review's find: only one whose every witnessing is the unveiling moves."""
    text = (
        "Lin Tao and Zhou Bo signed the Lab Agreement, which creates the Harbour Battery Lab. "
        "Mayor Wu Fang unveiled the plaque of the lab. Ann Lee and Mark Chen then signed a "
        "research memorandum, and Wu Fang witnessed that signing too."
    )
    lab = Agreement(title="Lab Agreement", established_entities=["Harbour Battery Lab"],
                    signatories=[Signatory(name="Lin Tao")])  # fmt: skip
    memo = Agreement(title="research memorandum", signatories=[Signatory(name="Ann Lee")],
                     witnesses=[Signatory(name="Wu Fang")])  # fmt: skip
    draft = ExtractionDraft(article=Article(), agreements=[lab, memo])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert [p.name for p in guarded.agreements[1].witnesses] == ["Wu Fang"], warnings


@pytest.mark.parametrize(
    ("text", "added"),
    [
        # The blind10 k01's: "同样" between the names and 见证 is no name's.
        ("林涛与周博签署合作协议。副市长吴芳、参赞埃里克·伦德同样见证了协议的签署。",
         ["吴芳", "埃里克·伦德"]),
        # k03's video signing: each witness at a venue of their own.
        ("林涛与周博签署合作协议。甲区管委会副主任吴芳在主会场见证签约，乙局副局长李强在分会场见证签约。",
         ["吴芳", "李强"]),
    ],
)  # fmt: skip
def test_witnesses_with_words_of_their_own_before_witnessing_are_added_by_name(
    text: str, added: list[str]
) -> None:
    signers = [Signatory(name="林涛"), Signatory(name="周博")]
    draft = ExtractionDraft(article=Article(), agreements=[Agreement(signatories=signers)])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert [p.name for p in guarded.agreements[0].witnesses] == added, warnings


def test_signers_of_a_titled_document_are_added_as_written_and_their_party_is_its_body() -> None:
    """The blind10 k01's: the model's title joins the parties with 与 where the signing's
    sentence writes —; a foreign signer's name in Chinese holds a dot; the model gave the
    second document's parties as its signers with their titles."""
    text = (
        "甲省人民政府与乙集团战略合作协议签约仪式在甲省会议中心举行。"
        "副省长林涛与乙集团首席执行官拉斯·海于格签署了《甲省人民政府—乙集团战略合作协议》。"
        "甲省能源局局长何文斌与乙集团亚太区总裁英格丽·索尔贝格签署了《甲省风电项目合作协议》。"
    )
    strategic = Agreement(
        title="甲省人民政府与乙集团战略合作协议", signatories=[Signatory(name="拉斯·海于格")]
    )
    given = [Party(name="甲省能源局局长何文斌"), Party(name="乙集团")]
    wind = Agreement(title="甲省风电项目合作协议", parties=given)
    draft = ExtractionDraft(article=Article(), agreements=[strategic, wind])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    people = [[p.name for p in a.signatories] for a in guarded.agreements]
    assert people == [["拉斯·海于格", "林涛"], ["何文斌", "英格丽·索尔贝格"]], warnings
    assert [p.name for p in guarded.agreements[1].parties] == ["甲省能源局", "乙集团"], warnings


@pytest.mark.parametrize(
    ("text", "signers", "witnesses"),
    [
        # Names that end in a character that is also a word (也, 亦, 均): read whole.
        ("林涛与乙公司总经理王亦签署了《合作协议》。", ["林涛", "王亦"], []),
        ("局长林涛与总经理周博签署《合作协议》。副市长吴芳、市长李均见证了签约。", ["林涛", "周博"],
         ["吴芳", "李均"]),
    ],
)  # fmt: skip
def test_names_ending_in_a_one_character_word_are_read_whole(
    text: str, signers: list[str], witnesses: list[str]
) -> None:
    """A review's finds: "也", "均" and the like, stripped before the verb, ate the last
    character of 王亦 and 李均."""
    draft = ExtractionDraft(article=Article(), agreements=[Agreement(title="合作协议")])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    agreement = guarded.agreements[0]
    assert [p.name for p in agreement.signatories] == signers, warnings
    assert [p.name for p in agreement.witnesses] == witnesses, warnings


def test_a_title_is_not_found_in_another_by_dropping_its_characters() -> None:
    """A review's find: with 同 taken for a joiner, 项目合同 read inside 项目合作意向书."""
    text = "甲市与乙公司签署项目合同。随后，局长林涛与总经理周博签署了《项目合作意向书》。"
    contract = Agreement(title="项目合同", signatories=[Signatory(name="王海")])
    draft = ExtractionDraft(article=Article(), agreements=[contract])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert [p.name for p in guarded.agreements[0].signatories] == [], warnings


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        # A witness's organisation is no party.
        (["甲大学", "甲市人民政府副市长吴芳"], ["甲大学"]),
        # A signer's is, unless a party holds it already.
        (["甲大学", "乙集团有限公司", "乙集团董事长林涛"], ["甲大学", "乙集团有限公司"]),
        (["甲大学", "乙集团董事长林涛"], ["甲大学", "乙集团"]),
    ],
)
def test_a_party_written_as_a_person_is_a_signers_organisation_or_nothing(
    given: list[str], kept: list[str]
) -> None:
    """A review's finds on the blind10 k01's rule: the signers and the witness the rules
    add, whom the model gave as parties with their titles."""
    text = (
        "甲大学与乙集团有限公司签署合作协议。乙集团董事长林涛与甲大学校长周博签署了《合作协议》。"
        "甲市人民政府副市长吴芳见证签约。"
    )
    agreement = Agreement(title="合作协议", parties=[Party(name=name) for name in given])
    draft = ExtractionDraft(article=Article(), agreements=[agreement])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert [p.name for p in guarded.agreements[0].parties] == kept, warnings


_LAB_AFTER_STRATEGY = (
    "市长吴芳、校长林涛、乙公司董事长周博出席仪式。在吴芳的见证下，林涛与周博签署战略合作协议。"
    "随后，在林涛、周博的共同见证下，副校长王海与乙公司首席技术官李强签署了"
    "《共建甲大学—乙公司智能制造联合实验室协议》。"
    "吴芳、林涛、周博共同为“甲大学—乙公司智能制造联合实验室”揭牌。"
)
_SMART_LAB = "甲大学—乙公司智能制造联合实验室"


def test_a_signer_after_a_long_title_in_brackets_did_not_witness() -> None:
    """The blind10 k02's 蒋一帆: "在…的共同见证下，…王海与李强签署了《…协议》", whose title
    in 《》 is longer than a few characters, still says 李强 signed a document, and the
    witnessing words lead in the others'."""
    checker = Checker(SourceIndex(_LAB_AFTER_STRATEGY))
    assert not checker.has_evidence("李强", "witnesses", person=True)
    assert checker.has_evidence("周博", "witnesses", person=True)


def _lab_after_strategy(witnesses: list[str]) -> ExtractionDraft:
    """The model's reading of ``_LAB_AFTER_STRATEGY`` as the blind10 k02's: the body and
    every witness given to the strategic agreement."""
    strategic = Agreement(
        title="战略合作协议",
        signatories=[Signatory(name="林涛"), Signatory(name="周博")],
        witnesses=[Signatory(name=name) for name in witnesses],
        established_entities=[_SMART_LAB],
    )
    lab = Agreement(
        title="共建甲大学—乙公司智能制造联合实验室协议",
        signatories=[Signatory(name="王海"), Signatory(name="李强")],
    )
    return ExtractionDraft(article=Article(), agreements=[strategic, lab])


def test_a_body_and_the_witnesses_of_the_document_naming_it_move_to_that_document() -> None:
    """The blind10 k02's: the laboratory goes to the agreement whose title names it, and
    the two leaders, whose every witnessing sentence names that document or the
    laboratory, go with it; the mayor, who witnessed the strategic signing too, stays;
    the signer the model gave as a witness too is none."""
    draft = _lab_after_strategy(["吴芳", "林涛", "周博", "李强"])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(_LAB_AFTER_STRATEGY)))
    assert [a.established_entities for a in guarded.agreements] == [[], [_SMART_LAB]], warnings
    witnesses = [[p.name for p in a.witnesses] for a in guarded.agreements]
    assert witnesses[0] == ["吴芳"], warnings
    assert {"林涛", "周博"} <= set(witnesses[1]), warnings


@pytest.mark.parametrize(
    "text",
    [
        # Their witnessing of the lab's signing names no document: it may be either's.
        _LAB_AFTER_STRATEGY.replace("签署了《共建甲大学—乙公司智能制造联合实验室协议》", "签约"),
        # One sentence names both documents.
        _LAB_AFTER_STRATEGY.replace("签署了《", "签署了与战略合作协议配套的《"),
    ],
)
def test_a_witness_whose_sentence_names_no_document_or_two_is_not_moved(text: str) -> None:
    """Only where every witnessing sentence names the one other document is a witness
    moved to it."""
    guarded, warnings = apply_guard(_lab_after_strategy(["林涛"]), Checker(SourceIndex(text)))
    assert "林涛" in [p.name for p in guarded.agreements[0].witnesses], warnings


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # An untitled agreement beside the titled one the sentence names.
        ("在市长吴芳的见证下，校长林涛与董事长周博签署合作协议及《共建智能制造联合实验室协议》。",
         [None, "共建智能制造联合实验室协议"]),
        ("In the presence of Governor Ada Reyes, Lin Tao and Zhou Bo signed a cooperation "
         "agreement and the Joint Robotics Laboratory Agreement.",
         [None, "Joint Robotics Laboratory Agreement"]),
        # The other document written short of its title.
        ("在市长吴芳的见证下，林涛与周博签署战略合作框架协议和实验室共建协议。",
         ["甲大学—乙公司战略合作框架协议", "实验室共建协议"]),
    ],
)  # fmt: skip
def test_a_witness_of_a_sentence_of_two_documents_is_not_moved(
    text: str, titles: list[str | None]
) -> None:
    """A review's finds: the sentence writes the other title, and another document's word
    the rule did not see as a title (none given, or a short form): she witnessed both."""
    witness = "吴芳" if "吴芳" in text else "Ada Reyes"
    draft = ExtractionDraft(
        article=Article(),
        agreements=[Agreement(title=t, witnesses=[Signatory(name=witness)]) for t in titles],
    )
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert [p.name for p in guarded.agreements[0].witnesses] == [witness], warnings


@pytest.mark.parametrize(
    ("text", "founding", "contract"),
    [
        ("甲大学与乙市人民政府签署共建协议，共同成立甲乙联合研究院。随后，甲乙联合研究院与丙公司"
         "签署了《甲乙联合研究院—丙公司技术开发合同》。",
         "共建协议", "甲乙联合研究院—丙公司技术开发合同"),
        ("Alder University and the city signed a co-construction agreement founding the Bay "
         "Institute of Robotics. The Bay Institute of Robotics then signed the Bay Institute of "
         "Robotics Supply Contract with Acme.", "co-construction agreement",
         "Bay Institute of Robotics Supply Contract"),
    ],
)  # fmt: skip
def test_a_body_a_title_names_as_its_party_stays_with_its_founder(
    text: str, founding: str, contract: str
) -> None:
    """A review's find: the contract's title names the body as the party that signs it;
    the body stays with the agreement that founded it (it was moved, then dropped as
    that contract's party)."""
    body = "甲乙联合研究院" if "甲乙" in text else "Bay Institute of Robotics"
    draft = ExtractionDraft(
        article=Article(),
        agreements=[
            Agreement(title=founding, established_entities=[body]),
            Agreement(title=contract, parties=[Party(name=body)]),
        ],
    )
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert guarded.agreements[0].established_entities == [body], warnings


@pytest.mark.parametrize(
    ("document", "witnessed"),
    [
        ("《共建甲大学—乙公司智能制造联合实验室协议（2024—2028年度）》", False),
        ("《关于支持〈甲乙战略合作协议〉落地实施的联合倡议书》", True),
    ],
)
def test_a_long_title_with_its_years_signs_and_one_quoting_a_document_does_not(
    document: str, witnessed: bool
) -> None:
    """A review's finds on the 《》 title after the verb: its years after 协议 are part of
    it; a title that quotes a document in 〈〉 is no document signed (a letter of
    support), and the witnessing words lead the name in."""
    text = _LAB_AFTER_STRATEGY.replace("《共建甲大学—乙公司智能制造联合实验室协议》", document)
    checker = Checker(SourceIndex(text))
    assert checker.has_evidence("李强", "witnesses", person=True) is witnessed


_THREE_PARTIES = (
    "12月30日，甲省农业农村厅、乙农业大学与丙种业股份有限公司签署《种业振兴三方合作协议》。"
    "副省长马建国出席并见证签约，省农业农村厅厅长田文讲话，副厅长庞敏主持签约仪式。"
    "签字环节，省农业农村厅党组成员、副厅长邓浩，乙农大副校长宋晴分别代表本单位签字。"
    "丙种业一方的签字人是乙农大教授苏远，此次受公司董事会委托，代表企业在协议上签字。"
)


def _three_parties(signers: list[str], witnesses: list[str]) -> ExtractionDraft:
    parties = [Party(name=n) for n in ("甲省农业农村厅", "乙农业大学", "丙种业股份有限公司")]
    agreement = Agreement(
        title="种业振兴三方合作协议",
        parties=parties,
        signatories=[Signatory(name=n) for n in signers],
        witnesses=[Signatory(name=n) for n in witnesses],
    )
    return ExtractionDraft(article=Article(), agreements=[agreement])


def test_signers_listed_by_commas_before_signing_are_added_to_an_agreement_short_of_them() -> None:
    """The blind11 l03's: "…副厅长邓浩，乙农大副校长宋晴分别代表本单位签字" (the list parted by
    a comma; 签字 with no document after it), the record holding the third party's signer
    alone: one agreement with fewer signers than parties gets the two."""
    checker = Checker(SourceIndex(_THREE_PARTIES))
    assert checker.states("邓浩", "signatories") and checker.states("宋晴", "signatories")
    guarded, warnings = apply_guard(_three_parties(["苏远"], []), checker)
    assert [p.name for p in guarded.agreements[0].signatories] == ["苏远", "邓浩", "宋晴"], warnings


def test_signers_are_not_added_to_an_agreement_with_a_signer_for_each_party() -> None:
    """An agreement with as many signers as parties is not looked into (two documents'
    signers may stand in one article)."""
    text = _THREE_PARTIES + "随后，丁公司总经理王东与乙农大副院长李红签字。"
    draft = _three_parties(["邓浩", "宋晴", "苏远"], [])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert [p.name for p in guarded.agreements[0].signatories] == ["邓浩", "宋晴", "苏远"], warnings


def test_who_spoke_after_anothers_witnessing_clause_did_not_witness() -> None:
    """The blind11 l03's: "副省长马建国出席并见证签约，厅长田文讲话，副厅长庞敏主持": the
    witnessing is the vice-governor's; the director spoke, the deputy presided."""
    guarded, warnings = apply_guard(
        _three_parties(["邓浩", "宋晴", "苏远"], ["马建国", "田文", "庞敏"]),
        Checker(SourceIndex(_THREE_PARTIES)),
    )
    assert [p.name for p in guarded.agreements[0].witnesses] == ["马建国"], warnings


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("After witnessing the signing, Governor Ada Reyes spoke to the guests.", "Ada Reyes"),
        ("随后见证了签约，市长吴芳讲话。", "吴芳"),
        ("市长吴芳出席并见证签约，王五致辞并见证了揭牌。", "王五"),
    ],
)
def test_who_spoke_after_their_own_witnessing_witnessed(text: str, name: str) -> None:
    """Witnessing that opens its clause, whose subject comes after it, is the speaker's
    own; so is witnessing in the speaker's own clause."""
    assert Checker(SourceIndex(text)).has_evidence(name, "witnesses", person=True)


@pytest.mark.parametrize(
    ("extra", "given", "kept"),
    [
        ("随后，丙公司总经理王五与丁公司董事长赵六签署了设备供货合同。", ["苏远"], ["苏远"]),
        ("同日，丁公司总经理王五签字，与乙农大签署技术开发协议。", ["苏远"], ["苏远"]),
    ],
)
def test_signers_of_another_document_are_not_added_to_an_agreement_short_of_them(
    extra: str, given: list[str], kept: list[str]
) -> None:
    """A review's finds: the one agreement with fewer signers than parties gets no signer
    of a sentence that names another document."""
    signing = _THREE_PARTIES.index("签字环节")
    text = _THREE_PARTIES[:signing] + _THREE_PARTIES[_THREE_PARTIES.index("丙种业一方") :] + extra
    guarded, warnings = apply_guard(_three_parties(given, []), Checker(SourceIndex(text)))
    assert [p.name for p in guarded.agreements[0].signatories] == kept, warnings


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("甲大学校长张三与乙公司董事长李四签署合作协议，两位省领导见证签约，省长王五、副省长赵六出席并讲话。",
         ["王五", "赵六"]),
        ("Beta University and Acme Ltd signed a cooperation agreement on Monday, which two "
         "ministers witnessed, Minister Ann Lee and Minister Bob Tan attended the ceremony.",
         ["Ann Lee", "Bob Tan"]),
        ("张三与李四签署合作协议，双方共同见证了这一时刻，王五出席并致辞。", ["王五"]),
    ],
)  # fmt: skip
def test_who_spoke_after_a_groups_witnessing_may_be_of_it(text: str, names: list[str]) -> None:
    """A review's finds: the witnessing clause's subject is a group ("两位省领导", "two
    ministers", "双方"), which the speakers may be of: they stay witnesses."""
    draft = ExtractionDraft(
        article=Article(), agreements=[Agreement(witnesses=[Signatory(name=n) for n in names])]
    )
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert [p.name for p in guarded.agreements[0].witnesses] == names, warnings


def test_a_signer_of_the_full_title_is_added_to_its_tail_short_of_signers() -> None:
    """The blind9 j01's, which the review's mend first lost: the model's title is the end
    of the one the sentence writes ("全面战略合作协议" of "《甲大学—乙市人民政府全面战略合作
    协议》"), which names no other document."""
    text = (
        "随后，甲大学校长林涛与乙市常务副市长周博分别代表校地双方签署"
        "《甲大学—乙市人民政府全面战略合作协议》。"
    )
    agreement = Agreement(
        title="全面战略合作协议",
        parties=[Party(name="甲大学"), Party(name="乙市人民政府")],
        signatories=[Signatory(name="林涛")],
    )
    draft = ExtractionDraft(article=Article(), agreements=[agreement])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert [p.name for p in guarded.agreements[0].signatories] == ["林涛", "周博"], warnings


def test_a_signer_of_one_agreement_who_unveiled_anothers_body_witnesses_that_one() -> None:
    """The blind12 m01's: the chairman signed the strategic agreement and then unveiled
    the institute the second agreement founds: a witness of the second (the spec's
    unveiler), a signer of the first."""
    text = (
        "在李振国、冯启明的共同见证下，周明远与陈立新代表双方签署《战略合作框架协议》。"
        "随后，刘建华与王雪梅签署了《共建储能材料联合研究院协议》，李振国与陈立新共同为"
        "“储能材料联合研究院”揭牌。"
    )
    signers = [Signatory(name="周明远"), Signatory(name="陈立新")]
    strategic = Agreement(title="战略合作框架协议", signatories=signers)
    institute = Agreement(
        title="共建储能材料联合研究院协议", established_entities=["储能材料联合研究院"],
        signatories=[Signatory(name="刘建华"), Signatory(name="王雪梅")],
    )  # fmt: skip
    draft = ExtractionDraft(article=Article(), agreements=[strategic, institute])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert "陈立新" in [p.name for p in guarded.agreements[1].witnesses], warnings
    assert [p.name for p in guarded.agreements[0].signatories] == ["周明远", "陈立新"]


def test_witnesses_each_at_a_venue_of_a_video_signing_are_added() -> None:
    """The blind12 m02's: "副市长郭晓峰在南屿主会场、副州长努尔兰·赛力克在西陵分会场共同
    见证签约" (a venue after each name; 副州长 a title), which the model left out."""
    text = (
        "本月12日上午，南屿市农业农村局与西陵州农业农村局以视频连线方式签署《产销协作框架协议》。"
        "南屿市副市长郭晓峰在南屿主会场、西陵州副州长努尔兰·赛力克在西陵分会场共同见证签约。"
    )
    draft = ExtractionDraft(article=Article(), agreements=[Agreement(title="产销协作框架协议")])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    witnesses = [p.name for p in guarded.agreements[0].witnesses]
    assert witnesses == ["郭晓峰", "努尔兰·赛力克"], warnings


def test_the_unveilers_of_their_own_agreements_body_witness_no_other() -> None:
    """A review's find: "张三与李四共同为中心揭牌" unveils the centre of the agreement they
    signed, though the other agreement founds a centre too: no witnesses of that one."""
    text = (
        "甲大学校长张三与乙公司总经理李四签署《战略合作协议》，双方将共建大数据中心，张三与李四"
        "共同为中心揭牌。丙公司总经理王五与丁公司董事长赵六签署《共建新能源汽车联合研发中心协议》。"
    )
    own = Agreement(title="战略合作协议", established_entities=["大数据中心"],
                    signatories=[Signatory(name="张三"), Signatory(name="李四")])  # fmt: skip
    other = Agreement(
        title="共建新能源汽车联合研发中心协议", established_entities=["新能源汽车联合研发中心"],
        agreement_type=AgreementType.JOINT_ESTABLISHMENT,
        signatories=[Signatory(name="王五"), Signatory(name="赵六")],
    )  # fmt: skip
    draft = ExtractionDraft(article=Article(), agreements=[own, other])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert guarded.agreements[1].witnesses == [], warnings


def test_a_signer_of_both_agreements_who_unveiled_is_no_witness_of_the_second() -> None:
    """A review's find: the sentence says he signed the second document too (the model
    left him out of it): not its witness."""
    text = (
        "甲大学校长张三与乙公司总经理李四签署《战略合作协议》。随后，张三与丙公司董事长王五签署"
        "《共建联合实验室协议》，张三与王五共同为“智能制造联合实验室”揭牌。"
    )
    strategic = Agreement(title="战略合作协议",
                          signatories=[Signatory(name="张三"), Signatory(name="李四")])  # fmt: skip
    lab = Agreement(title="共建联合实验室协议", signatories=[Signatory(name="王五")],
                    established_entities=["智能制造联合实验室"])  # fmt: skip
    draft = ExtractionDraft(article=Article(), agreements=[strategic, lab])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert "张三" not in [p.name for p in guarded.agreements[1].witnesses], warnings


def test_signers_of_a_document_whose_title_holds_a_generic_one_are_not_added() -> None:
    """A review's find: the record's "合作协议" is written inside "技术开发合作协议", which
    others signed: not its signers."""
    text = (
        "甲大学与乙公司签署合作协议，甲大学校长张三代表学校签字。随后，丙研究院院长王五与丁公司"
        "总经理赵六签署了技术开发合作协议。"
    )
    agreement = Agreement(title="合作协议", signatories=[Signatory(name="张三")],
                          parties=[Party(name="甲大学"), Party(name="乙公司")])  # fmt: skip
    draft = ExtractionDraft(article=Article(), agreements=[agreement])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(text)))
    assert [p.name for p in guarded.agreements[0].signatories] == ["张三"], warnings


_TWO_DOCUMENTS_ONLINE = """Fellside University and Andes Highland University sign two agreements

Fellside University signed a research memorandum with Andes Highland University on 3 March.
Vice-Chancellor Anna Price signed for Fellside and Rector Luis Mamani for Andes Highland.
The session was chaired by Professor Tom Okoro, Pro-Vice-Chancellor (International).
In the same session the universities signed a Staff Mobility Agreement. Dr Rosa Quispe,
Vice-Rector, signed the Staff Mobility Agreement for Andes Highland.
"""


def _two_online(second_signers: list[str]) -> ExtractionDraft:
    parties = [Party(name="Fellside University"), Party(name="Andes Highland University")]
    memo = Agreement(
        title="research memorandum",
        parties=parties,
        signatories=[Signatory(name="Anna Price"), Signatory(name="Luis Mamani")],
    )
    mobility = Agreement(
        title="Staff Mobility Agreement",
        parties=parties,
        signatories=[Signatory(name=n) for n in second_signers],
    )
    return ExtractionDraft(article=Article(), agreements=[memo, mobility])


@pytest.mark.parametrize(
    ("sentence", "given", "signers"),
    [
        ("Professor Okoro signed it for Fellside, and Dr Rosa Quispe, Vice-Rector, signed "
         "for the Andean side.", ["Rosa Quispe"], ["Rosa Quispe", "Tom Okoro"]),
        # the other agreement's signer in it too: whose signing it is, is not plain
        ("Professor Okoro signed it for Fellside, as Anna Price and Dr Rosa Quispe signed "
         "for the others.", ["Rosa Quispe"], ["Rosa Quispe"]),
        # one who signed as a witness (a review's find)
        ("Dr Rosa Quispe signed for the Andean side, and Minister Ana Cruz signed it as a "
         "witness.", ["Rosa Quispe"], ["Rosa Quispe"]),
        # what he signed is no document
        ("Professor Okoro signed the guest book, and Dr Rosa Quispe signed for the Andean "
         "side.", ["Rosa Quispe"], ["Rosa Quispe"]),
        # a signer for each party already
        ("Professor Okoro signed it for Fellside, and Dr Rosa Quispe signed for the Andean "
         "side.", ["Rosa Quispe", "Luis Mamani"], ["Rosa Quispe", "Luis Mamani"]),
    ],
)  # fmt: skip
def test_a_cosigner_ties_a_signing_it_sentence_to_an_agreement_short_of_signers(
    sentence: str, given: list[str], signers: list[str]
) -> None:
    """The blind12 m05's: "Professor Achebe signed it for Pennine, and Dr Mariela Condori …
    signed for the Peruvian side", of two agreements, whose second the model gave Dr Condori
    alone: the sentence is the one agreement's whose signer it names, and "signed it" says
    what he signed."""
    text = _TWO_DOCUMENTS_ONLINE + sentence + "\n"
    guarded, warnings = apply_guard(_two_online(given), Checker(SourceIndex(text)))
    memo, mobility = guarded.agreements
    assert [p.name for p in mobility.signatories] == signers, warnings
    assert [p.name for p in memo.signatories] == ["Anna Price", "Luis Mamani"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Chair Ann Lee had been due to sign but was held up, so Deputy Chair Tom Ross signed "
        "on her behalf.",
        "Chair Ann Lee was unable to sign, and Deputy Chair Tom Ross signed for the group.",
        "主席李安原定出席签约，因行程变化未能到场，副主席罗涛代表协会签署协议。",
    ],
)
def test_one_who_was_to_sign_and_did_not_is_no_signer(sentence: str) -> None:
    """The blind15 p05's: "MCMA Chair Margaret Oyelaran had been due to sign but was held
    up …, so Deputy Chair Samuel Ferris signed on her behalf": the deputy signed."""
    name = "李安" if "李安" in sentence else "Ann Lee"
    deputy = "罗涛" if "罗涛" in sentence else "Tom Ross"
    agreement = Agreement(signatories=[Signatory(name=name), Signatory(name=deputy)])
    draft = ExtractionDraft(article=Article(), agreements=[agreement])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(sentence)))
    assert [p.name for p in guarded.agreements[0].signatories] == [deputy], warnings


@pytest.mark.parametrize(
    "sentence",
    [
        "Ann Lee was expected to sign the accord and signed it with Tom Ross on Monday.",
        "Ann Lee was due to sign the agreement in London but, after a flight delay, signed it "
        "with Tom Ross by video link on Monday.",
    ],
)
def test_one_who_was_to_sign_and_did_is_a_signer(sentence: str) -> None:
    """The last review's finds: the plan and the signing in one sentence, nobody in her
    place."""
    agreement = Agreement(signatories=[Signatory(name="Ann Lee"), Signatory(name="Tom Ross")])
    draft = ExtractionDraft(article=Article(), agreements=[agreement])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(sentence)))
    assert [p.name for p in guarded.agreements[0].signatories] == ["Ann Lee", "Tom Ross"], warnings


@pytest.mark.parametrize(
    ("sentence", "signers"),
    [
        ("Deputy Minister Ann Lee signed the agreement on behalf of the Minister, Hon. Tom "
         "Ross, who was abroad.", ["Ann Lee"]),
        ("Ann Lee signed the agreement on behalf of Minister Tom Ross.", ["Ann Lee"]),
        # The blind18 s04's: forms of address and titles before the name.
        ("Ann Lee signed the memorandum on behalf of the Vice-Chancellor, Professor Sir Tom "
         "Ross, who was at a summit in London.", ["Ann Lee"]),
        # The signer after an office that opens the sentence, and the next signer after
        # a body: both signed.
        ("On behalf of the Minister, Deputy Minister Ann Lee signed the agreement with Tom "
         "Ross.", ["Ann Lee", "Tom Ross"]),
        ("Ann Lee signed the agreement on behalf of the ministry, Tom Ross for the company.",
         ["Ann Lee", "Tom Ross"]),
    ],
)  # fmt: skip
def test_the_holder_of_the_office_another_signed_for_is_no_signer(
    sentence: str, signers: list[str]
) -> None:
    """The blind17 r05's: "Clara Mensah signed on behalf of the Minister, Hon. Joseph Adjei,
    who was attending a … meeting abroad": Adjei did not sign."""
    agreement = Agreement(signatories=[Signatory(name="Ann Lee"), Signatory(name="Tom Ross")])
    draft = ExtractionDraft(article=Article(), agreements=[agreement])
    guarded, warnings = apply_guard(draft, Checker(SourceIndex(sentence)))
    assert [p.name for p in guarded.agreements[0].signatories] == signers, warnings


def test_a_signer_before_attended_by_signed_and_the_attendee_did_not() -> None:
    """The blind17 r06's: "signed by … Rebecca Lyall and Hengyu Chairman Zhou Jianhua at a
    ceremony in Shanghai attended by …": "attended by" leads the names after it, not Zhou's
    before it, whom the guard could not add where the model left him out."""
    sentence = (
        "The agreement was signed by Kestrel Managing Director Victoria Hallam and Lanxin "
        "Chairman Zhou Jianming at a ceremony in Shanghai attended by Kestrel Non-Executive "
        "Chairman Peter Hale."
    )
    checker = Checker(SourceIndex(sentence))
    assert checker.has_evidence("Zhou Jianming", "signatories", person=True)
    assert not checker.has_evidence("Peter Hale", "signatories", person=True)

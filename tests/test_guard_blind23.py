"""Rules from the twenty-third blind set (``examples/blind23``), each on a text of our own
that fails on the code before them: a clause the model copied after an English venue is
cut; "The ceremony was held at X in Town" right after the signing's sentence gives the
venue in full for the model's town; Chinese signers each written with the body they sign
for ("…代表市政府、…代表集团在协议上签字") under the sentence that titles the agreement; a
title's head without its bracketed years is the same document; a body written unquoted
after 共建 that the title names by its tail is the agreement's."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import guarded, named_parties, named_people

from coopllm.headline import headline
from coopllm.schema import Agreement

DAY = dt.date(2025, 10, 14)


def test_a_clause_copied_after_an_english_venue_is_cut() -> None:
    """The blind23 x05's "Brindley Atrium of the college's Mercer Building, in front of
    around eighty staff, students and guests."."""
    text = (
        "Lakemoor College signs MoU with Tessel Robotics\n\n"
        "Lakemoor College and Tessel Robotics signed a memorandum of understanding last "
        "Thursday. The signing took place in the Orchard Hall of the college's Kepler "
        "Building, in front of sixty guests.\n"
    )
    given = Agreement(
        title="memorandum of understanding",
        agreement_type="memorandum_of_understanding",
        location="Orchard Hall of the college's Kepler Building, in front of sixty guests.",
        parties=named_parties("Lakemoor College", "Tessel Robotics"),
    )
    (kept,), warnings = guarded(text, DAY, given)
    assert kept.location == "Orchard Hall of the college's Kepler Building", warnings


CEREMONY = (
    "Port authority and Norvik Yards sign cooperation agreement\n\n"
    "The Dunmore Port Authority and Norvik Yards Limited signed a Cooperation Agreement on "
    "10 October. {before}The ceremony was held at the Riverside Pavilion in Dunmore. The "
    "mayor of Dunmore attended.\n"
)


@pytest.mark.parametrize(
    ("before", "location"),
    [
        ("", "Riverside Pavilion in Dunmore"),
        # "the ceremony" after another sentence is not the signing's: the town stays
        ("The yards opened a new dry dock last year. ", "Dunmore"),
    ],
)
def test_the_ceremony_held_right_after_the_signing_gives_its_venue_in_full(
    before: str, location: str
) -> None:
    """The blind23 x06's "The ceremony was held at the Harbour Authority Pavilion in
    Caldmere", for which the model gave "Caldmere"."""
    given = Agreement(
        title="Cooperation Agreement",
        agreement_type="cooperation_agreement",
        date_text="on 10 October",
        location="Dunmore",
        parties=named_parties("Dunmore Port Authority", "Norvik Yards Limited"),
    )
    (kept,), warnings = guarded(CEREMONY.format(before=before), DAY, given)
    assert kept.location == location, warnings


THREE_DEALS = (
    "青州市举行重点项目集中签约仪式\n\n"
    "在市委书记郑和平的见证下，青州市人民政府与远航动力集团有限公司签署《战略合作框架协议》。"
    "副市长罗文代表市政府、远航集团副总裁姜宁代表集团在协议上签字。\n\n"
    "青州高新区管委会与恒泰材料科技有限公司签署《共建合成材料中试基地合作协议》，高新区管委会"
    "副主任孟涛与恒泰材料总经理许岩签约。双方将共建青州合成材料中试基地，开展中试放大合作。\n"
)
THREE_DAY = dt.date(2025, 9, 13)


def _deals(base_entities: list[str]) -> tuple[Agreement, Agreement]:
    framework = Agreement(
        title="战略合作框架协议",
        agreement_type="strategic_cooperation",
        parties=named_parties("青州市人民政府", "远航动力集团有限公司"),
    )
    base = Agreement(
        title="共建合成材料中试基地合作协议",
        agreement_type="joint_establishment",
        parties=named_parties("青州高新区管委会", "恒泰材料科技有限公司"),
        signatories=named_people("孟涛", "许岩"),
        established_entities=base_entities,
    )
    return framework, base


def test_signers_each_written_with_the_body_they_sign_for_are_the_titled_ones() -> None:
    """The blind23 x01's "副市长周立新代表市政府、华岳集团副总裁韩雪松代表集团在协议上签字",
    the sentence after the one that titles the framework agreement, whose parties it calls
    市政府 and 集团: the model gave no signer."""
    (framework, _), warnings = guarded(THREE_DEALS, THREE_DAY, *_deals([]))
    assert [p.name for p in framework.signatories] == ["罗文", "姜宁"], warnings


def test_a_body_co_built_unquoted_that_the_title_names_by_its_tail_is_the_agreements() -> None:
    """The blind23 x01's "双方将共建澄江合成生物中试基地" under "《共建合成生物中试基地合作
    协议》"."""
    (_, base), warnings = guarded(THREE_DEALS, THREE_DAY, *_deals([]))
    assert base.established_entities == ["青州合成材料中试基地"], warnings
    elsewhere = THREE_DEALS.replace("共建合成材料中试基地合作协议", "中试放大合作协议")
    framework, other = _deals([])
    other = other.model_copy(update={"title": "中试放大合作协议"})
    (_, kept), warnings = guarded(elsewhere, THREE_DAY, framework, other)
    assert kept.established_entities == [], warnings  # no title names it: not added


RENEWAL = (
    "集团与西川陆港续签多式联运合作备忘录\n\n"
    "12月27日，东海港航集团有限公司与西川陆港发展有限公司续签《多式联运合作备忘录"
    "（2025—2027年）》。集团总经理白涛、西川陆港董事长钱禾分别代表双方在备忘录上签字。\n"
)


@pytest.mark.parametrize(
    ("short", "merged"),
    [
        ("多式联运合作备忘录", True),  # the blind23 x03's: the headline's words, the years cut
        ("多式联运合作", False),  # no document's whole head
    ],
)
def test_a_titles_head_without_its_years_is_the_same_document(short: str, merged: bool) -> None:
    def memo(title: str) -> Agreement:
        return Agreement(
            title=title,
            agreement_type="memorandum_of_understanding",
            date_text="12月27日",
            parties=named_parties("东海港航集团有限公司", "西川陆港发展有限公司"),
            signatories=named_people("白涛", "钱禾"),
        )

    long = memo("多式联运合作备忘录（2025—2027年）")
    headline = RENEWAL.splitlines()[0]
    kept, warnings = guarded(RENEWAL, dt.date(2025, 1, 6), memo(short), long, title=headline)
    assert len(kept) == (1 if merged else 2), warnings


def test_a_media_statement_label_is_no_headline() -> None:
    """The blind23 x06's "Media Statement" above the story's line, which the model gave."""
    story = "Port authority and Norvik Yards sign cooperation agreement"
    text = f"Dunmore Port Authority\nMedia Statement\n{story}\n\nUpdated: 14 October 2025\n"
    assert headline("Media Statement", text) == story

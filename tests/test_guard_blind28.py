"""Rules from the twenty-eighth blind set (``examples/blind28``), each on a text of our
own that fails on the code before them: a byline's "Published" date dates the page;
"…, with X and Y witnessing the signings" makes neither a signer; a title alone given
as a signer's name is the spec's unnamed signer; a document held back is no agreement;
the venue with the town the model gave, as written together; an earlier signing's date
is not the renewal's; a video event's main hall where someone signed there; a title
written only inside another's is that document; a signer "在…分会场签约"."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people

from coopllm.dates import dateline_date
from coopllm.schema import Agreement, Signatory
from coopllm.titles import clean_people

FRIDAY = dt.date(2025, 9, 19)

PORT = (
    "HARBOUR WEEKLY\nHome | Terminals\n\n"
    "Ostland signs terminal concession and corridor MoU\n\n"
    "By Mara Lind | Published 19 September 2025\n\n"
    "The documents were signed on Tuesday in the Blue Hall of the Navy House in Ostport, "
    "with Ostland Prime Minister Ada Brun and Norway's ambassador to Ostland, Per Lie, "
    "witnessing the signings.\n"
    "The Concession Agreement for the Ostport Terminal was signed by Deputy Minister Karl "
    "Vent and by Signe Aal, chief executive of Fjord Ports.\n"
    "The third document, an agreement between Kite Marine Ltd. and Ostland Maritime "
    "University, was signed by Kite managing director Jon Feld and by the university's "
    "rector.\n"
    "A fourth agreement, covering dredging of the approach channel, had been expected to be "
    "signed at the same ceremony but was held back after the contractor asked for time.\n"
)


def _concession(**given: object) -> Agreement:
    return Agreement.model_validate(
        {
            "title": "Concession Agreement for the Ostport Terminal",
            "parties": named_parties("Ministry of Transport", "Fjord Ports"),
            "signatories": named_people("Karl Vent", "Signe Aal"),
            **given,
        }
    )


def test_a_bylines_published_date_dates_the_page() -> None:
    assert dateline_date(PORT) == FRIDAY


def test_who_witnessed_in_a_with_clause_after_the_signing_signed_nothing() -> None:
    """The blind28 ac06's: the model gave the prime minister and the ambassador as
    signers as well as witnesses; the guard kept the signers."""
    given = _concession(
        signatories=named_people("Ada Brun", "Per Lie", "Karl Vent", "Signe Aal"),
        witnesses=named_people("Ada Brun", "Per Lie"),
    )
    (kept,), warnings = guarded(PORT, FRIDAY, given)
    assert [p.name for p in kept.signatories] == ["Karl Vent", "Signe Aal"], warnings
    assert [p.name for p in kept.witnesses] == ["Ada Brun", "Per Lie"], warnings


def test_a_title_given_as_a_signers_name_is_an_unnamed_signer() -> None:
    """The blind28 ac06's "signed … by the university's rector": the model's "Rector"."""
    people = clean_people(named_people("Jon Feld", "Rector"))
    assert people == [Signatory(name="Jon Feld"), Signatory(name=None, title="Rector")]


def test_a_document_held_back_is_no_agreement() -> None:
    """The blind28 ac06's fourth agreement, "expected to be signed … but was held back"."""
    held = Agreement(
        title="Dredging of the approach channel", parties=named_parties("Ostland Dredging")
    )
    kept, warnings = guarded(PORT, FRIDAY, _concession(), held)
    assert [a.title for a in kept] == ["Concession Agreement for the Ostport Terminal"], warnings


def test_the_venue_with_the_town_the_model_gave_as_written_together() -> None:
    """The blind28 ac06's "in the Grand Hall of the Admiralty Building in Brennick",
    where the model gave "Brennick"; and the day "on Tuesday" read on the byline's page."""
    (kept,), warnings = guarded(PORT, FRIDAY, _concession(location="Ostport"))
    assert kept.location == "Blue Hall of the Navy House in Ostport", warnings
    assert kept.date_signed == dt.date(2025, 9, 16), warnings


def test_an_earlier_signings_date_is_not_the_renewals() -> None:
    """The blind28 ac04's renewal "signed last Thursday", its first signing "in October
    2019", whose date the model took."""
    text = (
        "Alder and Brook renew partnership\n\nPosted: 14 May 2025\n\n"
        "The renewed Memorandum of Understanding was signed last Thursday in the Senate Room "
        "by the two rectors.\n"
        "The original agreement, signed in Brook City in October 2019, produced 64 "
        "exchanges.\n"
    )
    given = Agreement(
        title="Memorandum of Understanding",
        parties=named_parties("Alder University", "Brook Institute"),
        date_text="October 2019",
    )
    (kept,), warnings = guarded(text, dt.date(2025, 5, 14), given)
    assert (kept.date_text, kept.date_signed) == ("last Thursday", dt.date(2025, 5, 8)), warnings


VIDEO = (
    "甲区举行重大项目“云签约”活动\n\n"
    "昨天下午，甲区重大项目“云签约”活动举行。活动采用视频连线方式，主会场设在甲区政务服务中心三楼"
    "会议厅，分会场设在德国斯图加特。\n"
    "活动中，甲区人民政府与乙传动有限公司签署《精密减速器项目投资协议》。区长杜文在主会场签约，"
    "乙传动有限公司首席执行官托马斯·韦德在斯图加特分会场签约。\n"
)


def test_a_video_events_main_hall_where_someone_signed_is_the_location() -> None:
    """The blind28 ac02's "主会场设在…" (the event's, not said of the signing) and "区长
    杜文彬在主会场签约"; and the signer "在斯图加特分会场签约" the model left out."""
    given = Agreement(
        title="精密减速器项目投资协议",
        parties=named_parties("甲区人民政府", "乙传动有限公司"),
        signatories=named_people("杜文"),
    )
    (kept,), warnings = guarded(VIDEO, dt.date(2026, 3, 6), given)
    assert kept.location == "甲区政务服务中心三楼会议厅", warnings
    assert [p.name for p in kept.signatories] == ["杜文", "托马斯·韦德"], warnings


def test_a_title_written_only_inside_anothers_is_that_document() -> None:
    """The blind28 ac02's "项目投资协议" beside "精密减速器智能制造项目投资协议": the same
    signer; its witness goes to the one titled in full, its parties do not."""
    full = Agreement(
        title="精密减速器项目投资协议",
        parties=named_parties("甲区人民政府", "乙传动有限公司"),
        signatories=named_people("杜文"),
    )
    short = Agreement(
        title="项目投资协议",
        parties=named_parties("乙传动有限公司", "甲区招商局"),
        signatories=named_people("杜文"),
        witnesses=named_people("顾青"),
    )
    text = VIDEO.replace("活动中，", "区委书记顾青出席并见证签约。活动中，")
    kept, warnings = guarded(text, dt.date(2026, 3, 6), short, full)
    assert [a.title for a in kept] == ["精密减速器项目投资协议"], warnings
    assert [p.name for p in kept[0].parties] == ["甲区人民政府", "乙传动有限公司"]
    assert [p.name for p in kept[0].witnesses] == ["顾青"], warnings

"""Rules made from the forty-third blind set's misses, each on a text of our own that fails
on the code before them: a memorandum whose title's sentences give no day is dated by the
sentence that signs its short form ("The renewed MoU was signed on the 3rd of March"), not
by an earlier memorandum's; letters after a name (", IAS", "OBE") are no part of it."""

from __future__ import annotations

import datetime as dt

from conftest import guarded, named_parties, named_people

from coopllm.schema import Agreement, Signatory
from coopllm.titles import clean_people

_RENEWED = (
    "Tumkur Agricultural College has renewed its Memorandum of Understanding with the State "
    "Watershed Agency for another three years. The renewed MoU was signed on the 2nd of June "
    "at the college's council hall. The two first signed an MoU in July 2022.\n"
)


def test_a_memorandums_short_form_dates_its_signing() -> None:
    given = Agreement(
        title="Memorandum of Understanding",
        parties=named_parties("Tumkur Agricultural College", "State Watershed Agency"),
        signatories=named_people("Anil Rao"),
    )
    kept, _ = guarded(_RENEWED, dt.date(2026, 6, 4), given)
    assert kept[0].date_signed == dt.date(2026, 6, 2)
    assert kept[0].date_text == "2nd of June"


def test_only_a_recent_short_form_signing_dates_it() -> None:
    text = _RENEWED.replace("The renewed MoU was signed on the 2nd of June", "It met in June")
    given = Agreement(
        title="Memorandum of Understanding",
        parties=named_parties("Tumkur Agricultural College", "State Watershed Agency"),
    )
    kept, _ = guarded(text, dt.date(2026, 6, 4), given)
    assert kept[0].date_signed is None


def test_letters_after_a_name_are_left_off() -> None:
    written = [
        Signatory(name="Meena Iyer, IAS"),
        Signatory(name="Tom Hale OBE"),
        Signatory(name="IAS"),  # letters alone: left to the other rules
    ]
    assert [p.name for p in clean_people(written)] == ["Meena Iyer", "Tom Hale", "IAS"]

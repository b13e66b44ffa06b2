"""Actor mentions made ready for an event (nlp.events.mentions): one per actor, names split by the resolver
joined again, different people of one code kept apart, and people coded as of the event's own time."""

from __future__ import annotations

from rashomon.nlp.actors import ActorTable
from rashomon.nlp.events.mentions import as_of, dedupe, shift
from rashomon.records import Actor, ActorMention, TimeRef

RUSMIL = Actor("RUSMIL", "RUS", "MIL", "Russia", "country")
SHOIGU = Actor("RUSMIL", "RUS", "MIL", "Sergei Shoigu", "person")
UKR_GOV = Actor("UKRGOV", "UKR", "GOV", "Ukraine", "country")


def mention(text: str, body: str, actor: Actor | None, via: str = "exact", nth: int = 0) -> ActorMention:
    start = -1
    for _ in range(nth + 1):
        start = body.index(text, start + 1)
    return ActorMention(text, start, start + len(text), actor, via=via)


def test_a_name_split_in_two_is_joined_with_its_persons_code() -> None:
    body = "Defense Minister Sergey Shoigu visited the front."
    parts = [mention("Defense Minister Sergey", body, RUSMIL, via="office"), mention("Shoigu", body, SHOIGU)]
    (joined,) = dedupe(parts, body)
    assert joined.text == "Defense Minister Sergey Shoigu"
    assert joined.actor == SHOIGU


def test_one_mention_an_actor_in_the_order_given() -> None:
    body = "Ukraine said Kyiv would reply; Ukraine asked for talks."
    found = [mention("Ukraine", body, UKR_GOV), mention("Kyiv", body, UKR_GOV, via="capital"),
             mention("Ukraine", body, UKR_GOV, nth=1)]  # fmt: skip
    assert [m.text for m in dedupe(found, body)] == ["Ukraine"]


def test_two_people_of_one_code_named_by_office_are_both_kept() -> None:
    body = "President Yanukovich and Prime Minister Azarov met the envoys."
    people = [mention("President Yanukovich", body, UKR_GOV, via="office"),
              mention("Prime Minister Azarov", body, UKR_GOV, via="office")]  # fmt: skip
    assert [m.text for m in dedupe(people, body)] == ["President Yanukovich", "Prime Minister Azarov"]


def test_shift_moves_a_mention_to_the_documents_offsets() -> None:
    m = ActorMention("Iran", 4, 8, None, via="unresolved")
    moved = shift(m, 100)
    assert (moved.start, moved.end, moved.text, moved.via) == (104, 108, "Iran", "unresolved")


def test_a_person_is_coded_as_of_the_events_own_year() -> None:
    table = ActorTable.load()
    today = table.resolve("Aliyev")
    assert today is not None and today.actor is not None and today.actor.kind == "person"
    (then,) = as_of((today,), TimeRef("1995", "year"), table)
    assert then.actor is not None and then.actor.code.startswith("AZE")
    assert then.actor.name != today.actor.name, "Aliyev in 1995 is Heydar Aliyev, not the president of today"
    assert as_of((today,), None, table) == (today,), "the article's own day changes nothing"

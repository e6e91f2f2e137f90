"""An act whose two sides come out as the same people or bodies (a city's donation ceremony whose
one named attendee was read as both giver and receiver, after merging the sentences about it) is
no interaction between two sides: the last filter of the main article drops it."""

from __future__ import annotations

from dyad.extraction.events import _with_itself
from dyad.model import Event, Mention, Span


def _person(name: str, at: int) -> Mention:
    return Mention(Span(at, at + len(name), "person"), name, "person", country="VNM", actor_id=f"P:VNM:{name}")


def _event(source: list[Mention], target: list[Mention]) -> Event:
    return Event("E1", "main", "AID", None, None, Span(0, 30, "sentence"), Span(5, 7, "trigger"), source, target)


def test_same_person_on_both_sides_is_no_interaction() -> None:
    assert _with_itself(_event([_person("黎文明", 10)], [_person("黎文明", 40)]))


def test_two_people_or_one_side_alone_stay() -> None:
    assert not _with_itself(_event([_person("黎文明", 10)], [_person("阮春山", 40)]))
    assert not _with_itself(_event([_person("黎文明", 10)], []))
    assert not _with_itself(_event([_person("黎文明", 10), _person("阮春山", 20)], [_person("黎文明", 40)]))

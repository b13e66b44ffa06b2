"""A site's boilerplate learnt from a batch: small pages written for these tests (invented outlet and events)."""

from __future__ import annotations

from pathlib import Path

from rashomon.engine import analyze
from rashomon.ingest.boilerplate import site_boilerplate
from rashomon.ingest.document import build_document
from rashomon.records import ANALYSED_KINDS, Document, RawDocument, SegmentKind
from rashomon.settings import Options
from rashomon.store import Store

#: a standing line the site prints on every page, in words the one-page debris lexicon does not know
_PROMO = "The Valley Ledger is owned by its readers in the eleven river towns and answers to none of them."
_STORIES = [
    (
        "Sluice gates open for the spring share",
        "The river authority opened the northern sluice gates on Tuesday after three weeks of talks with "
        "farmers from both banks, who had asked for an even share of the spring water.",
        "Engineers said the level at the lower weir would rise by about forty centimetres before the weekend.",
    ),
    (
        "Ferry to Vell resumes after the flood",
        "The ferry between Orlen and Vell carried its first passengers in a month on Monday, once the "
        "harbour master declared the channel clear of the timber the flood had swept downstream.",
        "Crossings will run every two hours until the second boat is repaired, the operator said.",
    ),
    (
        "Council delays the new bridge vote",
        "The valley council postponed its vote on the new road bridge at Kessel until autumn, saying the "
        "cost estimate had risen by a third since the spring survey of the river bed.",
        "Two councillors walked out of the meeting in protest, calling the delay a betrayal of the east bank.",
    ),
    (
        "Market day moves to Friday",
        "Orlen's weekly market will move from Saturday to Friday from next month so that stallholders can "
        "attend the regional fair in Vell, the town's traders' association announced.",
        "A shared quotation: the mayor called the change a small price for a busier summer in the valley.",
    ),
]


def _page(title: str, first: str, second: str, extra: str = "") -> str:
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>' + title + "</title>"
        '<meta property="og:site_name" content="Valley Ledger"></head><body><article>'
        f"<h1>{title}</h1><p>{first}</p><p>{_PROMO}</p><p>{second}</p>{extra}</article></body></html>"
    )


def _docs(n: int, site: str = "Valley Ledger") -> list[Document]:
    return [
        build_document(
            RawDocument(
                name=f"p{i}.html",
                reader="html",
                html=_page(*_STORIES[i]).replace('Valley Ledger"', f'{site}"'),
            )
        )
        for i in range(n)
    ]


def _analysed(doc: Document) -> str:
    return "\n".join(doc.segment_text(s) for s in doc.segments if s.kind in ANALYSED_KINDS)


def _debris(doc: Document) -> str:
    return "\n".join(doc.segment_text(s) for s in doc.segments if s.kind is SegmentKind.DEBRIS)


def test_a_paragraph_most_of_a_sites_pages_repeat_is_debris() -> None:
    docs = _docs(4)
    assert all(_PROMO in _analysed(d) for d in docs)  # one page alone cannot tell it from the article
    marked = site_boilerplate(docs)
    for before, after in zip(docs, marked, strict=True):
        assert _PROMO not in _analysed(after) and _PROMO in _debris(after)
        assert after.text == before.text  # offsets and content hash stay as they were
        # the article around it is kept, in order
        first, second = _STORIES[docs.index(before)][1:3]
        assert first in _analysed(after) and second in _analysed(after)
        assert [s.start for s in after.segments] == sorted(s.start for s in after.segments)


def test_a_quotation_two_pages_share_stays_article_text() -> None:
    shared = (
        "<p>The harbour master said the channel would stay open through the whole of the summer season.</p>"
    )
    docs = [
        build_document(
            RawDocument(
                name=f"p{i}.html", reader="html", html=_page(*_STORIES[i], extra=shared if i < 2 else "")
            )
        )
        for i in range(4)
    ]
    marked = site_boilerplate(docs)
    assert all("whole of the summer season" in _analysed(d) for d in marked[:2])


def test_one_story_stored_several_times_keeps_its_text() -> None:
    # an update and two copies of the same story are one page: their paragraphs are not the site's furniture
    story = _STORIES[0]
    versions = [
        build_document(RawDocument(name=f"v{i}.html", reader="html", html=_page(story[0] + " " * i, story[1], story[2] + extra)))
        for i, extra in enumerate(["", " (Updated.)", " It rained."])
    ]
    for before, after in zip(versions, site_boilerplate(versions), strict=True):
        assert _analysed(after) == _analysed(before) and story[1] in _analysed(after)


def test_a_long_paragraph_every_page_repeats_is_still_reporting() -> None:
    # a wire service's standing background paragraph: long, so never furniture
    background = (
        "<p>The valley's water has been shared under the treaty of the eleven towns since the great drought, "
        "and disputes over the spring share have twice closed the ferry and once brought the council down, "
        "according to the river authority's own history of the agreement and the towns' archives.</p>"
    )
    docs = [build_document(RawDocument(name=f"p{i}.html", reader="html", html=_page(*_STORIES[i], extra=background)))
            for i in range(4)]  # fmt: skip
    marked = site_boilerplate(docs)
    assert all("treaty of the eleven towns" in _analysed(d) for d in marked)
    assert all(_PROMO not in _analysed(d) for d in marked)  # the short standing line still goes


def test_too_few_pages_of_a_site_teach_nothing() -> None:
    docs = _docs(2)
    assert site_boilerplate(docs) == docs


def test_pages_of_different_sites_are_not_compared() -> None:
    docs = [
        build_document(RawDocument(name=f"p{i}.html", reader="html", html=_page(*_STORIES[i]).replace(
            'content="Valley Ledger"', f'content="Outlet {i}"'))) for i in range(4)
    ]  # fmt: skip
    assert all(_PROMO in _analysed(d) for d in site_boilerplate(docs))


def test_a_run_sets_a_sites_boilerplate_aside_before_analysis(tmp_path: Path, fresh_store: Store) -> None:
    for i, story in enumerate(_STORIES):
        (tmp_path / f"page{i}.html").write_text(_page(*story), encoding="utf-8")
    analyze(fresh_store, [tmp_path], Options(analyse=False))
    stored = [doc for _, doc in fresh_store.documents()]
    assert len(stored) == 4
    assert all(_PROMO in _debris(d) and _PROMO not in _analysed(d) for d in stored)

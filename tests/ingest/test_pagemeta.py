"""Page metadata from small pages written for these tests (invented outlets, people and events)."""

from __future__ import annotations

import lxml.html

from rashomon.ingest.document import build_document
from rashomon.ingest.pagemeta import (
    PageMeta,
    choose_authors,
    domain_label,
    read_page_metadata,
    split_authors,
    strip_site,
    surname_first,
)
from rashomon.records import RawDocument

_BODY = "".join(
    f"<p>{s}</p>"
    for s in (
        "The river authority opened the northern sluice gates on Tuesday after three weeks of talks with "
        "farmers from both banks, who had asked for an even share of the spring water.",
        "Engineers said the level at the lower weir would rise by about forty centimetres before the weekend, "
        "enough to refill the irrigation canals that ran dry in April.",
        "The farmers' union welcomed the decision but warned that the agreement covers only this season and "
        "that a longer settlement is still needed before the summer.",
        "A second round of talks is planned for June in the town hall of Vell, the union's spokeswoman said.",
    )
)


def page(head: str, body: str = "") -> str:
    return f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">{head}</head><body>{body}</body></html>'


def doc_of(html: str, name: str = "page.html"):  # type: ignore[no-untyped-def]
    return build_document(RawDocument(name=name, reader="html", html=html))


def test_site_suffix_is_stripped_from_the_title() -> None:
    html = page(
        '<title>Sluice gates open for the spring share | Riverside Courier | 19.04.2022</title>'
        '<meta property="og:site_name" content="Riverside Courier">',
        f"<article>{_BODY}</article>",
    )
    assert doc_of(html).title == "Sluice gates open for the spring share"


def test_site_suffix_is_stripped_by_the_domain_when_no_site_name_is_declared() -> None:
    html = page(
        '<title>Sluice gates open for the spring share - Valley Ledger Magazine</title>'
        '<link rel="canonical" href="https://www.valleyledgermagazine.example/2022/gates">',
        f"<article>{_BODY}</article>",
    )
    assert doc_of(html).title == "Sluice gates open for the spring share"


def test_the_visible_headline_wins_over_a_short_social_title() -> None:
    html = page(
        '<title>Gates open | Riverside Courier</title><meta property="og:title" content="Gates open">'
        '<meta property="og:site_name" content="Riverside Courier">',
        f"<article><h1>Gates open: farmers on both banks get their spring water at last</h1>{_BODY}</article>",
    )
    assert doc_of(html).title == "Gates open: farmers on both banks get their spring water at last"


def test_a_title_part_that_is_not_the_site_is_kept() -> None:
    assert strip_site("Chapter 1: Prologue - Murdered", ["riversidecourier"]) == "Chapter 1: Prologue - Murdered"
    assert strip_site("Riverside Courier: Gates open", ["riversidecourier"]) == "Gates open"


def test_visible_byline_wins_over_the_outlets_name_as_meta_author() -> None:
    html = page(
        '<title>Sluice gates open</title><meta name="author" content="Riverside Courier">'
        '<meta property="og:site_name" content="Riverside Courier">',
        '<article><h1>Sluice gates open</h1><p class="byline">By Ilse Marwick and Tomas Ferreira</p>'
        f"{_BODY}</article>",
    )
    assert doc_of(html).authors == ("Ilse Marwick", "Tomas Ferreira")


def test_visible_byline_completes_a_first_name_alone() -> None:
    html = page(
        '<title>Sluice gates open</title><meta name="author" content="Ilse">',
        f'<article><h1>Sluice gates open</h1><span rel="author" class="author">Ilse Marwick</span>{_BODY}</article>',
    )
    assert doc_of(html).authors == ("Ilse Marwick",)


def test_a_declared_person_is_kept_over_a_commenters_name() -> None:
    html = page(
        '<title>Sluice gates open</title><meta name="author" content="Ilse Marwick">',
        f'<article><h1>Sluice gates open</h1>{_BODY}</article>'
        '<section id="comments"><div class="comment"><span class="comment-author">Dorrin Vale</span>'
        "<p>About time the gates were opened for everyone.</p></div></section>",
    )
    assert doc_of(html).authors == ("Ilse Marwick",)


def test_published_date_wins_over_the_modified_one() -> None:
    html = page(
        '<title>Sluice gates open</title>'
        '<meta property="article:modified_time" content="2022-06-20T08:00:00+00:00">'
        '<meta property="article:published_time" content="2022-04-19T07:15:00+00:00">',
        '<article><h1>Sluice gates open</h1><p class="updated">Updated June 20, 2022</p>'
        f'<p class="published">Published April 19, 2022</p>{_BODY}</article>',
    )
    doc = doc_of(html)
    assert doc.published is not None and doc.published.value.startswith("2022-04-19")


def test_names_from_author_fields() -> None:
    assert split_authors("By Ilse Marwick, PhD and Tomas Ferreira") == ["Ilse Marwick", "Tomas Ferreira"]
    assert split_authors("View all posts by Ilse Marwick") == ["Ilse Marwick"]
    assert split_authors("Tomas Ferreira For The Riverside Courier") == ["Tomas Ferreira"]


def test_domain_label() -> None:
    assert domain_label("https://edition.riversidecourier.example/x") == "riversidecourier"
    assert domain_label("https://www.courier.co.uk/news/1") == "courier"
    assert domain_label(None) is None


def test_metadata_is_read_without_running_scripts() -> None:
    tree = lxml.html.fromstring(
        page(
            '<title>Sluice gates open</title><script type="application/ld+json">{"@type": "NewsArticle", '
            '"headline": "Sluice gates open", "author": {"@type": "Person", "name": "Ilse Marwick"}}</script>'
            "<script>document.title = 'Injected title';</script>",
            f"<h1>Sluice gates open</h1>{_BODY}",
        )
    )
    meta = read_page_metadata(tree)
    assert meta.title == "Sluice gates open"
    assert meta.declared_authors == ("Ilse Marwick",)


# ------------------------------------------------------------------------------ bylines in visible text


def test_a_byline_in_visible_text_without_byline_markup() -> None:
    html = page(
        '<title>Sluice gates open</title><meta name="author" content="Riverside Courier">'
        '<meta property="og:site_name" content="Riverside Courier">',
        '<article><h1>Sluice gates open</h1><div class="story-meta">By&nbsp;<a href="/people/jose-de-la-vera">'
        f"Jose de la Vera</a></div>{_BODY}</article>",
    )
    assert doc_of(html).authors == ("Jose de la Vera",)


def test_a_by_label_before_the_name_completes_a_first_name_alone() -> None:
    html = page(
        '<title>Sluice gates open</title><script type="application/ld+json">{"@type": "NewsArticle", '
        '"headline": "Sluice gates open", "author": {"@type": "Person", "name": "Ilse"}}</script>',
        '<article><h1>Sluice gates open</h1><div class="names"><p class="label"><strong>By</strong></p>'
        f'<p class="full">Ilse Marwick</p></div><div class="when"><p>Date</p><p>April 19, 2022</p></div>{_BODY}'
        "</article>",
    )
    assert doc_of(html).authors == ("Ilse Marwick",)


def test_a_byline_loses_its_team_date_and_buttons() -> None:
    html = page(
        "<title>Sluice gates open</title>",
        '<article><h1>Sluice gates open</h1><span class="byline-author">Posted by Ilse Marwick, Tomas Ferreira '
        "and Dorrin K Vale - River Monitoring team</span>"
        f"{_BODY}</article>",
    )
    assert doc_of(html).authors == ("Ilse Marwick", "Tomas Ferreira", "Dorrin K Vale")
    html = page(
        "<title>Sluice gates open</title>",
        '<article><h1>Sluice gates open</h1><div class="author"><a>Ilse Marwick</a><span>Staff Writer</span>'
        f'<br><a class="share">Share This Article</a></div><p>By Tomas Ferreira in a caption</p>{_BODY}</article>',
    )
    assert doc_of(html).authors == ("Ilse Marwick",)


def test_a_teasers_byline_before_the_headline_is_not_the_articles() -> None:
    html = page(
        "<title>Sluice gates open</title>",
        '<aside><p class="teaser">Market day moves to Friday</p><p>By Dorrin Vale</p></aside>'
        f'<article><h1>Sluice gates open</h1><p>By Ilse Marwick, Vell</p>{_BODY}</article>',
    )
    assert doc_of(html).authors == ("Ilse Marwick",)


def test_a_desks_credit_is_kept_only_when_no_person_is_named() -> None:
    credit = page(
        '<title>Sluice gates open</title><meta name="author" content="Staff">',
        f'<article><h1>Sluice gates open</h1><p class="byline">By Staff and wire reports</p>{_BODY}</article>',
    )
    assert doc_of(credit).authors == ("Staff", "wire reports")
    person = page(
        '<title>Sluice gates open</title><meta name="author" content="Ilse Marwick">',
        f'<article><h1>Sluice gates open</h1><p class="byline">By Ilse Marwick and Staff</p>{_BODY}</article>',
    )
    assert doc_of(person).authors == ("Ilse Marwick",)
    # the site's own name as a meta author is the site's default, not a credit
    default = page(
        '<title>Sluice gates open</title><meta name="author" content="Riverside Courier">'
        '<meta property="og:site_name" content="Riverside Courier">',
        f"<article><h1>Sluice gates open</h1>{_BODY}</article>",
    )
    assert doc_of(default).authors == ()


def test_author_values_that_are_not_names() -> None:
    assert split_authors("Bradley Q. Marwick (https://example.org/bqm/)") == ["Bradley Q. Marwick"]
    html = page(
        '<title>Sluice gates open</title><script type="application/ld+json">{"@type": "NewsArticle", '
        '"headline": "Sluice gates open", "author": "{ \\"@type\\": \\"Person\\", \\"name\\": \\"Ilse Marwick\\" }"}'
        '</script><meta name="author" content="www.riversidecourier.example">',
        f"<article><h1>Sluice gates open</h1>{_BODY}</article>",
    )
    assert doc_of(html).authors == ("Ilse Marwick",)


# ------------------------------------------------------------------ rules from the train part's misses


def test_a_headline_naming_the_site_among_other_words_is_the_headline() -> None:
    # parallels.com: the <h1> names the product the site is named after; the <title> leads with a slogan
    html = page(
        "<title>Open every gate from one desk - Valley Ledger Sluice Controller 4 for Farms</title>"
        '<link rel="canonical" href="https://www.valleyledger.example/products/sluice/">',
        f"<article><h1>Valley Ledger Sluice Controller 4 for Farms</h1>{_BODY}</article>",
    )
    assert doc_of(html).title == "Valley Ledger Sluice Controller 4 for Farms"
    # the site's name with a short suffix is still the site's name
    assert strip_site("Sluice gates open | Valley Ledger Online", ["valleyledger"]) == "Sluice gates open"


def test_a_dangling_separator_is_dropped_from_a_title() -> None:
    assert strip_site("Riverside Courier Enquiries -", []) == "Riverside Courier Enquiries"
    assert strip_site("Sluice gates open |", ["valleyledger"]) == "Sluice gates open"


def test_a_byline_keeps_its_first_line_only() -> None:
    # webmd: "By <a>Name</a><br/>Outlet Health News" in an element that is no byline by its markup
    html = page(
        "<title>Sluice gates open</title>",
        '<article><h1>Sluice gates open</h1><div class="writer_fmt"> By <a href="/people/im">Ilse Marwick</a>'
        f"<br/>Riverside Farm News</div>{_BODY}</article>",
    )
    assert doc_of(html).authors == ("Ilse Marwick",)


def test_by_must_be_a_word_of_its_own() -> None:
    # a menu link "By-Elections" is no byline, and "Byron" keeps its first letters
    html = page(
        '<title>Sluice gates open</title><meta name="author" content="Courier staff">',
        '<ul class="menu"><li><a href="/tag/voting/">By-Elections</a></li></ul>'
        f"<article><h1>Sluice gates open</h1>{_BODY}</article>",
    )
    assert doc_of(html).authors == ("Courier staff",)
    assert split_authors("Byron Vale") == ["Byron Vale"]


def test_a_note_from_a_writer_names_the_writer() -> None:
    html = page(
        "<title>Chapter 2: The weir</title>",
        f"<article><h1>Chapter 2: The weir</h1>{_BODY}"
        '<div class="author-note"><span class="caption">A note from Ilse Marwick</span><p>Thanks for reading.</p>'
        "</div></article>",
    )
    assert doc_of(html).authors == ("Ilse Marwick",)


def test_a_user_name_the_page_declares_for_its_writer() -> None:
    # royalroad: "A note from delta201" under the chapter, twitter:creator "delta201"
    html = page(
        '<title>Chapter 2: The weir</title><meta name="twitter:creator" content="river_w8tch">',
        f"<article><h1>Chapter 2: The weir</h1>{_BODY}"
        '<div class="author-note"><span class="caption">A note from river_w8tch</span></div></article>',
    )
    assert doc_of(html).authors == ("river_w8tch",)
    # a user name the page does not declare is not taken for a name
    undeclared = html.replace('<meta name="twitter:creator" content="river_w8tch">', "")
    assert doc_of(undeclared).authors == ()


def test_citation_authors_written_surname_first_are_turned_round() -> None:
    html = page(
        '<title>Sharing spring water</title><meta name="DC.Creator" content="Marwick, I.">'
        '<meta name="DC.Creator" content="Vell, Tomas de">',
        f"<article><h1>Sharing spring water</h1>{_BODY}</article>",
    )
    assert doc_of(html).authors == ("I. Marwick", "Tomas de Vell")
    assert surname_first("Ilse Marwick, Tomas Ferreira") == "Ilse Marwick, Tomas Ferreira"


def test_a_wire_credit_beside_a_person_is_left_out() -> None:
    html = page(
        "<title>Sluice gates open</title>",
        f'<article><h1>Sluice gates open</h1><p class="byline">Ilse Marwick, Associated Press</p>{_BODY}</article>',
    )
    assert doc_of(html).authors == ("Ilse Marwick",)


def test_a_json_ld_author_given_by_reference_is_looked_up() -> None:
    # WordPress graphs: the article's author is {"@id": …}, the person is another member of the graph
    html = page(
        '<title>Sluice gates open</title><script type="application/ld+json">{"@context": "https://schema.org", '
        '"@graph": [{"@type": "NewsArticle", "headline": "Sluice gates open", '
        '"author": {"@id": "https://courier.example/#/schema/person/1"}}, '
        '{"@type": "Person", "@id": "https://courier.example/#/schema/person/1", "name": "Ilse Marwick"}]}</script>',
        '<article><h1>Sluice gates open</h1><p class="byline">By <a rel="author">Courier Desk</a></p>'
        f"{_BODY}</article>",
    )
    assert doc_of(html).authors == ("Ilse Marwick",)


def test_the_outlets_name_after_a_writers_is_not_a_name() -> None:
    # cnn.com: "Jill Disis, CNN Business"; sputniknews.com: "Wilmer Leon. Sputnik International"
    html = page(
        '<title>Sluice gates open</title><meta name="author" content="Ilse Marwick, Courier Business">'
        '<link rel="canonical" href="https://www.courier.example/2022/gates">',
        f"<article><h1>Sluice gates open</h1>{_BODY}</article>",
    )
    assert doc_of(html).authors == ("Ilse Marwick",)
    html = page(
        '<title>Sluice gates open</title><meta name="author" content="Ilse Marwick. Courier International">'
        '<link rel="canonical" href="https://www.courierint.example/2022/gates">',
        f"<article><h1>Sluice gates open</h1>{_BODY}</article>",
    )
    assert doc_of(html).authors == ("Ilse Marwick",)
    # a blog named after its writer keeps the writer's name whole
    blog = page(
        '<title>Sluice gates open</title><meta name="author" content="Daniel Marwick">'
        '<link rel="canonical" href="https://marwick.example/2022/gates">',
        f"<article><h1>Sluice gates open</h1>{_BODY}</article>",
    )
    assert doc_of(blog).authors == ("Daniel Marwick",)


def test_a_declared_value_not_written_as_a_name_gives_way_to_the_byline() -> None:
    # mercurynews.com: JSON-LD names the writer and "gqlshare"; the byline shows the writer
    html = page(
        '<title>Sluice gates open</title><script type="application/ld+json">{"@type": "NewsArticle", '
        '"headline": "Sluice gates open", "author": [{"name": "Ilse Marwick"}, {"name": "rvshare"}]}</script>',
        f'<article><h1>Sluice gates open</h1><p class="byline">By Ilse Marwick</p>{_BODY}</article>',
    )
    assert doc_of(html).authors == ("Ilse Marwick",)


def test_the_publication_day_is_the_outlets_local_day() -> None:
    # whdh.com: JSON-LD in UTC (already 9 November) and a <time> in the outlet's zone (still 8 November)
    html = page(
        '<title>Sluice gates open</title><script type="application/ld+json">{"@type": "NewsArticle", '
        '"headline": "Sluice gates open", "datePublished": "2023-11-09T02:11:03+00:00"}</script>',
        '<article><h1>Sluice gates open</h1><time itemprop="datePublished" datetime="2023-11-08T21:11:03-05:00">'
        f"November 8, 2023</time>{_BODY}</article>",
    )
    doc = doc_of(html)
    assert doc.published is not None and doc.published.value.startswith("2023-11-08")


def test_a_local_date_time_that_contradicts_the_other_declarations_is_not_taken() -> None:
    # redtri.com: one JSON-LD block gives the modification time as datePublished
    html = page(
        '<title>Sluice gates open</title><meta property="article:published_time" content="2021-09-19T14:00:49+00:00">'
        '<meta property="article:modified_time" content="2021-09-20T16:45:26+00:00">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Sluice gates open", '
        '"datePublished": "2021-09-20T09:45:26-07:00", "dateModified": "2021-09-19T07:00:49-07:00"}</script>',
        f"<article><h1>Sluice gates open</h1>{_BODY}</article>",
    )
    doc = doc_of(html)
    assert doc.published is not None and doc.published.value.startswith("2021-09-19")


def test_the_sites_name_with_a_word_or_two_around_it_is_still_the_site() -> None:
    sites = ["valleyledger"]
    assert strip_site("Sluice gates open - The Valley Ledger Magazine", sites) == "Sluice gates open"
    assert strip_site("Sluice gates open - Valley Ledger Sluice Controller for Farms", sites) == (
        "Sluice gates open - Valley Ledger Sluice Controller for Farms"
    )


def test_a_byline_written_as_loose_text_after_a_block() -> None:
    # nesselsetzer.wordpress.com: "<h2>Headline</h2> Posted by Nesselsetzer under <a>Category</a>"
    html = page(
        "<title>Sluice gates open | Quill Notes</title>",
        '<h1>Quill Notes</h1><div class="post"><div class="post-info"><h2 class="post-title">Sluice gates open</h2>'
        'Posted by Quillwright under <a rel="category tag">River</a>, <a rel="category tag">Farming</a></div>'
        f"{_BODY}</div>",
    )
    assert doc_of(html).authors == ("Quillwright",)
    # "By Name in Place": the place is not part of the name
    html = page(
        "<title>Sluice gates open</title>",
        f"<article><h1>Sluice gates open</h1>By Ilse Marwick in Vell<p>{_BODY}</p></article>",
    )
    assert doc_of(html).authors == ("Ilse Marwick",)


def test_by_running_on_after_an_inline_element_is_no_byline() -> None:
    html = page(
        "<title>Sluice gates open</title>",
        "<article><h1>Sluice gates open</h1><p>The plan was <em>approved</em> By Parliament on Tuesday.</p>"
        f"{_BODY}</article>",
    )
    assert doc_of(html).authors == ()


def test_a_content_systems_account_is_no_author() -> None:
    # jeongdongtheater.com: trafilatura names the site's "jdadmin" account as the writer
    for account in ("rcadmin", "Administrator", "siteadmin", "webmaster", "root", "Guest Author", "null"):
        html = page(
            f'<title>Sluice gates open</title><meta name="author" content="{account}">',
            f"<article><h1>Sluice gates open</h1>{_BODY}</article>",
        )
        assert doc_of(html).authors == (), account


def test_an_article_by_label_is_no_name() -> None:
    # nationnews.com: "<span>Article by</span><br><span>name</span>", which trafilatura gives as the author
    html = page(
        "<title>Sluice gates open</title>",
        '<article><h1>Sluice gates open</h1><div><span class="article_author_single">Article by</span><br>'
        f'<span class="author_single">Ilse Marwick</span></div>{_BODY}</article>',
    )
    assert doc_of(html).authors == ("Ilse Marwick",)
    assert split_authors("Article by") == []


def test_a_byline_class_written_with_underscores() -> None:
    html = page(
        '<title>Sluice gates open</title><meta name="author" content="Riverside Courier">'
        '<meta property="og:site_name" content="Riverside Courier">',
        f'<article><h1>Sluice gates open</h1><div class="author_name">Ilse Marwick</div>{_BODY}</article>',
    )
    assert doc_of(html).authors == ("Ilse Marwick",)


def test_a_declared_address_is_not_reworded_into_a_name() -> None:
    # bahamaslocal.com: the meta author "BahamasLocal.com", which trafilatura gives as "BahamasLocal com"
    html = page(
        '<title>Sluice gates open</title><meta name="author" content="CourierLocal.com">',
        f"<article><h1>Sluice gates open</h1>{_BODY}</article>",
    )
    assert doc_of(html).authors == ()


def _ld(obj: str) -> str:
    return f'<script type="application/ld+json">{obj}</script>'


def test_a_name_run_into_the_next_text_is_cut() -> None:
    # a content system that writes the name and the paper's name with no space between them
    html = page(
        '<title>Sluice gates open</title><meta name="author" content="Ilse Marwick and Tomas FerreiraValley Ledg">',
        f"<article><h1>Sluice gates open</h1>{_BODY}</article>",
    )
    assert doc_of(html).authors == ("Ilse Marwick", "Tomas Ferreira")
    # names' own inner capitals are kept
    assert split_authors("Dora DeWitt and Ewan MacKenzie") == ["Dora DeWitt", "Ewan MacKenzie"]


def test_an_email_address_or_handle_in_a_byline_is_not_part_of_the_name() -> None:
    for extra in (" imarwick@courier.example", " @ilsemarwick", "@ilsem"):
        html = page(
            "<title>Sluice gates open</title>",
            f'<article><h1>Sluice gates open</h1><div class="byline">By Ilse Marwick{extra}</div>{_BODY}</article>',
        )
        assert doc_of(html).authors == ("Ilse Marwick",), extra


def test_a_name_written_twice_in_different_case_is_one_author() -> None:
    html = page(
        "<title>Sluice gates open</title>"
        + _ld('{"@type": "NewsArticle", "headline": "Sluice gates open", "author": "ILSE MARWICK"}')
        + _ld('{"@type": "NewsArticle", "headline": "Sluice gates open", "author": {"@type": "Person", '
              '"name": "Ilse Marwick"}}'),
        f"<article><h1>Sluice gates open</h1>{_BODY}</article>",
    )
    assert doc_of(html).authors == ("Ilse Marwick",)


def test_a_news_agency_is_a_credit_beside_a_writer() -> None:
    both = page(
        "<title>Sluice gates open</title>",
        f'<article><h1>Sluice gates open</h1><p class="byline">By Ilse Marwick and Reuters</p>{_BODY}</article>',
    )
    assert doc_of(both).authors == ("Ilse Marwick",)
    alone = page(
        '<title>Sluice gates open</title><meta name="author" content="AFP">',
        f"<article><h1>Sluice gates open</h1>{_BODY}</article>",
    )
    assert doc_of(alone).authors == ("AFP",)


def test_an_author_typed_as_an_organisation_is_not_a_person() -> None:
    html = page(
        "<title>Sluice gates open</title>"
        + _ld('{"@type": "NewsArticle", "headline": "Sluice gates open", "author": [{"@type": "Person", '
              '"name": "Ilse Marwick"}, {"@type": "Organization", "name": "Harbour Foundation"}]}'),
        f"<article><h1>Sluice gates open</h1>{_BODY}</article>",
    )
    assert doc_of(html).authors == ("Ilse Marwick",)
    alone = page(
        "<title>Sluice gates open</title>"
        + _ld('{"@type": "NewsArticle", "headline": "Sluice gates open", "author": {"@type": "Organization", '
              '"name": "Harbour Foundation"}}'),
        f"<article><h1>Sluice gates open</h1>{_BODY}</article>",
    )
    assert doc_of(alone).authors == ("Harbour Foundation",)



def test_a_byline_class_written_in_bem() -> None:
    # "block__element" class names: "article__author" holds "author" between underscores
    html = page(
        '<title>Sluice gates open</title><meta name="author" content="Riverside Courier">'
        '<meta property="og:site_name" content="Riverside Courier">',
        '<article><h1>Sluice gates open</h1><div class="article__author"><a href="/people/ilse">Ilse Marwick</a>'
        f"</div>{_BODY}</article>",
    )
    assert doc_of(html).authors == ("Ilse Marwick",)


def test_a_company_named_as_author_is_no_person() -> None:
    # a company site whose meta author is the web agency that built it: no one's byline
    agency = page(
        '<title>Sluice gates open</title><meta name="author" content="Vellmark Solutions Ltd">',
        f"<article><h1>Sluice gates open</h1>{_BODY}</article>",
    )
    assert doc_of(agency).authors == ()
    beside = page(
        '<title>Sluice gates open</title><meta name="author" content="Ilse Marwick, Harbour Media Group">',
        f"<article><h1>Sluice gates open</h1>{_BODY}</article>",
    )
    assert doc_of(beside).authors == ("Ilse Marwick",)


def test_trafilaturas_guess_is_kept_only_when_written_as_a_name() -> None:
    # a page that declares and shows no byline: the library's guess is all there is
    bare = PageMeta(title=None, declared_authors=(), byline=(), published=None, site_name=None, url=None)
    assert choose_authors(bare, "View all posts by Ilse Marwick") == ("Ilse Marwick",)
    assert choose_authors(bare, "river_watcher") == ("river_watcher",)
    assert choose_authors(bare, "Revised Edition Edited by Ilse Marwick") == ()
    assert choose_authors(bare, "Sluice gates open on Tuesday") == ()


def test_an_author_label_before_the_name_is_a_byline() -> None:
    for byline in ("<p>Author: Ilse Marwick</p>", "<p><strong>Author:</strong> Ilse Marwick</p>",
                   "<div><span>Author:</span><span>Ilse Marwick</span></div>"):  # fmt: skip
        html = page("<title>Sluice gates open</title>", f"<article><h1>Sluice gates open</h1>{byline}{_BODY}</article>")
        assert doc_of(html).authors == ("Ilse Marwick",), byline
    # a field label that is not followed by a name gives none
    html = page("<title>Sluice gates open</title>", f"<article><h1>Sluice gates open</h1><p>Author: n/a</p>{_BODY}</article>")
    assert doc_of(html).authors == ()


def test_a_bylines_other_credits_are_not_writers() -> None:
    cases = {
        '<p class="byline">By Ilse Marwick with Tomas Ferreira</p>': ("Ilse Marwick", "Tomas Ferreira"),
        '<p class="byline">By Ilse Marwick. Photographs by Dorrin Vale</p>': ("Ilse Marwick",),
        "<p>Written by Ilse Marwick, medically reviewed by Dorrin Vale</p>": ("Ilse Marwick",),
        "<p>(Reporting by Ilse Marwick and Tomas Ferreira; editing by Dorrin Vale)</p>": (
            "Ilse Marwick",
            "Tomas Ferreira",
        ),
    }
    for byline, names in cases.items():
        html = page("<title>Sluice gates open</title>", f"<article><h1>Sluice gates open</h1>{_BODY}{byline}</article>")
        assert doc_of(html).authors == names, byline


# ------------------------------------------------------------------- bylines against declared authors


def test_a_cowriter_the_page_marks_as_a_writer_is_kept_beside_the_declared_one() -> None:
    # metadata declares the first writer alone; the byline marks both as writers
    html = page(
        '<title>Sluice gates open</title><script type="application/ld+json">{"@type": "NewsArticle", '
        '"headline": "Sluice gates open", "author": {"@type": "Person", "name": "Ilse Marwick"}}</script>',
        '<article><h1>Sluice gates open</h1><p class="byline">By <a rel="author" href="/a/ilse">Ilse Marwick</a>, '
        f'<a rel="author" href="/a/tomas">Tomas Ferreira</a></p>{_BODY}</article>',
    )
    assert doc_of(html).authors == ("Ilse Marwick", "Tomas Ferreira")
    # a section's name set in the byline's box is not marked as a writer, and stays out
    section = page(
        '<title>Sluice gates open</title><meta name="author" content="Ilse Marwick">',
        '<article><h1>Sluice gates open</h1><div class="article-author-box"><div>Lower Valley</div>'
        f'<div>By</div><div class="author">Ilse Marwick</div></div>{_BODY}</article>',
    )
    assert doc_of(section).authors == ("Ilse Marwick",)


def test_a_declared_author_the_page_never_shows_gives_way_to_the_byline() -> None:
    # the content system's account is declared; the reader sees another writer's byline
    html = page(
        '<title>Sluice gates open</title><meta itemprop="author" content="Dorrin Vale">',
        f'<article><h1>Sluice gates open</h1><span class="header-byline">By Ilse Marwick</span>{_BODY}</article>',
    )
    assert doc_of(html).authors == ("Ilse Marwick",)
    # a declared author the page shows (in a box below the article) is kept over a teaser's byline
    shown = page(
        '<title>Sluice gates open</title><meta itemprop="author" content="Dorrin Vale">',
        f"<article><h1>Sluice gates open</h1>{_BODY}<p>Dorrin Vale covers farming for the paper.</p></article>"
        '<aside><h3>More news</h3><span class="header-byline">By Ilse Marwick</span></aside>',
    )
    assert doc_of(shown).authors == ("Dorrin Vale",)


# ------------------------------------------------------------------------------------------------ titles


def test_a_title_ending_in_a_separator_names_only_the_site() -> None:
    # the template's headline part was left empty: no <h1>, the first <h2> is the headline
    html = page(
        "<title>Valley Rail Enquiries -</title>",
        f"<div><h2>Replacement buses between Vell and Marrow</h2>{_BODY}<h2>Station information</h2></div>",
    )
    assert doc_of(html).title == "Replacement buses between Vell and Marrow"
    # with a headline in its template slot, the title is that headline (no <h2> is taken)
    named = page(
        "<title>Replacement buses this weekend - Valley Rail Enquiries</title>",
        f"<div><h2>Station information</h2>{_BODY}</div>",
    )
    assert doc_of(named).title == "Replacement buses this weekend - Valley Rail Enquiries"


def test_a_headline_is_spelt_as_declared_where_only_quote_marks_differ() -> None:
    html = page(
        "<title>'Open the gates' say farmers – at last</title>"
        "<meta property=\"og:title\" content=\"'Open the gates' say farmers - at last\">",
        f"<article><h1>‘Open the gates’ say farmers – at last</h1>{_BODY}</article>",
    )
    assert doc_of(html).title == "'Open the gates' say farmers - at last"
    # where a declared title is spelt as the <h1> is, the <h1>'s spelling stays
    same = page(
        "<title>‘Open the gates’ say farmers</title><meta property=\"og:title\" content=\"'Open the gates' say farmers\">",
        f"<article><h1>‘Open the gates’ say farmers</h1>{_BODY}</article>",
    )
    assert doc_of(same).title == "‘Open the gates’ say farmers"


# ---------------------------------------------------------------- bylines: job titles, wires and buttons


def _byline_page(byline: str) -> str:
    return page("<title>Sluice gates open</title>", f"<article><h1>Sluice gates open</h1>{byline}{_BODY}</article>")


def test_a_job_title_after_the_name_is_not_a_second_writer() -> None:
    cases = {
        '<p class="byline">By Ilse Marwick, Chief Political Analyst</p>': ("Ilse Marwick",),
        "<p>By Ilse Marwick, Washington Bureau Chief</p>": ("Ilse Marwick",),
        '<p class="byline">By Ilse Marwick, Head of Research</p>': ("Ilse Marwick",),
        '<p class="byline">By Ilse Marwick, Special to the Courier</p>': ("Ilse Marwick",),
        '<p class="byline">By Ilse Marwick, For The Riverside Courier</p>': ("Ilse Marwick",),
        "<p>By Ilse Marwick, Senior Analyst, and Tomas Ferreira</p>": ("Ilse Marwick", "Tomas Ferreira"),
        # set after the name with no comma
        "<p>By Ilse Marwick Political Reporter</p>": ("Ilse Marwick",),
        '<p class="byline">By TOMAS FERREIRA AP Sports Writer</p>': ("TOMAS FERREIRA",),
    }
    for byline, names in cases.items():
        assert doc_of(_byline_page(byline)).authors == names, byline
    # a one-word name is left whole ("Critic" is the blogger's name, not a job)
    assert split_authors("Amelie Critic") == ["Amelie Critic"]


def test_a_wires_name_after_a_writers_is_not_part_of_the_name() -> None:
    html = _byline_page('<p class="byline">By ILSE MARWICK and TOMAS FERREIRA Associated Press</p>')
    assert doc_of(html).authors == ("ILSE MARWICK", "TOMAS FERREIRA")


def test_buttons_beside_the_name_are_not_part_of_it() -> None:
    html = _byline_page(
        '<div class="byline"><a href="/people/ilse">Ilse Marwick</a> <a href="https://social.example/im">Twitter</a>'
        ' <a href="mailto:im@courier.example">Email</a></div>'
    )
    assert doc_of(html).authors == ("Ilse Marwick",)


def test_names_written_with_a_slash_between_them_are_two_writers() -> None:
    html = page('<title>Sluice gates open</title><meta name="author" content="Ilse Marwick/Tomas Ferreira">',
                f"<article><h1>Sluice gates open</h1>{_BODY}</article>")  # fmt: skip
    assert doc_of(html).authors == ("Ilse Marwick", "Tomas Ferreira")


def test_a_bylines_class_written_with_a_hyphen() -> None:
    html = _byline_page('<div class="by-line">Ilse Marwick</div>')
    assert doc_of(html).authors == ("Ilse Marwick",)


def test_a_byline_in_a_list_of_other_articles_is_not_the_articles() -> None:
    # the declared writer is not shown on the page; the recommended stories below the article name another
    html = page(
        '<title>Sluice gates open</title><meta name="author" content="Ilse Marwick">',
        f'<article><h1>Sluice gates open</h1>{_BODY}</article><div class="related-stories"><h3>Read more</h3>'
        '<div class="teaser"><h4>Weir repairs start</h4><p class="byline">By Dorrin Vale</p></div></div>',
    )
    assert doc_of(html).authors == ("Ilse Marwick",)


# ----------------------------------------------------------------------- JSON-LD and microdata shapes


def _ld_page(obj: str, head: str = "") -> str:
    return page(f"<title>Sluice gates open</title>{_ld(obj)}{head}", f"<article><h1>Sluice gates open</h1>{_BODY}</article>")


def test_json_ld_authors_in_other_shapes() -> None:
    article = '{"@type": "NewsArticle", "headline": "Sluice gates open", '
    cases = {
        # a person given by parts
        article + '"author": {"@type": "Person", "givenName": "Ilse", "familyName": "Marwick"}}': ("Ilse Marwick",),
        # "creator" where there is no "author"
        article + '"creator": {"@type": "Person", "name": "Ilse Marwick"}}': ("Ilse Marwick",),
        # the article as the page's main entity
        '{"@type": "WebPage", "mainEntity": ' + article + '"author": {"@type": "Person", "name": "Ilse Marwick"}}}': (
            "Ilse Marwick",
        ),
        # one person written surname first
        article + '"author": [{"@type": "Person", "name": "Marwick, Ilse"}, {"@type": "Person", '
        '"name": "Ferreira, Tomas"}]}': ("Ilse Marwick", "Tomas Ferreira"),
    }
    for obj, names in cases.items():
        assert doc_of(_ld_page(obj)).authors == names, obj


def test_a_meta_author_counts_where_json_ld_names_only_an_organisation() -> None:
    html = _ld_page(
        '{"@type": "NewsArticle", "headline": "Sluice gates open", "author": {"@type": "Organization", '
        '"name": "Harbour Foundation"}}',
        '<meta name="author" content="Ilse Marwick">',
    )
    assert doc_of(html).authors == ("Ilse Marwick",)


def test_a_microdata_author_named_in_a_meta_element() -> None:
    html = _byline_page(
        '<span itemprop="author" itemscope itemtype="https://schema.org/Person">'
        '<meta itemprop="name" content="Ilse Marwick"></span>'
    )
    assert doc_of(html).authors == ("Ilse Marwick",)


def test_json_ld_of_another_article_on_the_page_is_not_this_ones() -> None:
    # a related story's article object declared beside this article's, in either order
    this = _ld('{"@type": "NewsArticle", "headline": "Sluice gates open", "author": {"@type": "Person", "name": "Ilse Marwick"}}')
    other = _ld('{"@type": "NewsArticle", "headline": "Weir repairs start in May", "author": {"@type": "Person", '
                '"name": "Dorrin Vale"}}')  # fmt: skip
    for head in (this + other, other + this):
        html = page(f"<title>Sluice gates open</title>{head}", f"<article><h1>Sluice gates open</h1>{_BODY}</article>")
        assert doc_of(html).authors == ("Ilse Marwick",)


def test_a_day_before_by_in_a_byline_is_not_a_name() -> None:
    # blog themes set the day first: "Posted on <day> by <name>", "<weekday> <day> <time> by <name>"
    cases = {
        '<div class="byline">Posted on March 3, 2021 by <a href="/u/1">Ilse Marwick</a></div>': ("Ilse Marwick",),
        '<div class="byline">Thursday April 7, 2022 9:10 am CET by <a rel="author">Ilse Marwick</a></div>': (
            "Ilse Marwick",
        ),
        '<p class="article-byline">Published on 7 April 2022 by: Ilse Marwick and Tomas Ferreira</p>': (
            "Ilse Marwick",
            "Tomas Ferreira",
        ),
        # a name and a year before "by" is not a day: the byline reads as before
        '<div class="byline">By Ilse Marwick, 2022 by the Vell Courier</div>': ("Ilse Marwick",),
    }
    for byline, names in cases.items():
        assert doc_of(_byline_page(byline)).authors == names, byline


def test_a_programme_or_centre_after_the_writers_is_their_affiliation() -> None:
    # an affiliation set after each writer, as advocacy and university sites do
    cases = {
        '<p class="byline">Ilse Marwick, Vell Water Rights Project</p>': ("Ilse Marwick",),
        '<p class="byline">Ilse Marwick, Senior Attorney, Harbour Tenants Program</p>': ("Ilse Marwick",),
        '<p class="byline">By Ilse Marwick and Tomas Ferreira, Centre for River Studies</p>': (
            "Ilse Marwick",
            "Tomas Ferreira",
        ),
    }
    for byline, names in cases.items():
        assert doc_of(_byline_page(byline)).authors == names, byline


def test_an_avatars_initials_beside_the_name_are_no_writer() -> None:
    # a byline box whose avatar shows the writer's initials as text, on a line of its own or run into the name
    cases = {
        '<div class="byline"><div class="avatar">IM</div><div>By Ilse Marwick</div></div>': ("Ilse Marwick",),
        '<div class="byline"><span class="avatar">IM</span><a href="/u/1">Ilse Marwick</a></div>': ("Ilse Marwick",),
        # two writers' initials are no one either; a writer's own short name stays
        '<div class="byline"><div>IM</div><div>TF</div><div>By Ilse Marwick and Tomas Ferreira</div></div>': (
            "Ilse Marwick",
            "Tomas Ferreira",
        ),
    }
    for byline, names in cases.items():
        assert doc_of(_byline_page(byline)).authors == names, byline


def test_an_account_declared_beside_a_writer_is_no_second_writer() -> None:
    # the content system's user name declared next to the writer's name, on a page that shows no byline
    article = '{"@type": "NewsArticle", "headline": "Sluice gates open", '
    cases = {
        article + '"author": [{"@type": "Person", "name": "Ilse Marwick"}, {"@type": "Person", "name": "ilse-m"}]}': (
            "Ilse Marwick",
        ),
        article + '"author": [{"@type": "Person", "name": "Ilse Marwick"}, {"@type": "Person", "name": "cmsshare"}]}': (
            "Ilse Marwick",
        ),
        # a user name declared alone is the writer a forum or a blog shows
        article + '"author": {"@type": "Person", "name": "riverwatch"}}': ("riverwatch",),
    }
    for obj, names in cases.items():
        assert doc_of(_ld_page(obj)).authors == names, obj


def test_every_person_a_byline_box_gives_in_microdata_is_a_writer() -> None:
    # each writer a schema.org Person of its own inside one byline box, on a page that declares no author
    person = '<span itemprop="author" itemscope itemtype="https://schema.org/Person">{}</span>'
    cases = {
        '<div class="byline">By '
        + person.format('<a rel="author" href="/u/1"><span itemprop="name">Ilse Marwick</span></a>')
        + " and "
        + person.format('<a rel="author" href="/u/2"><span itemprop="name">Tomas Ferreira</span></a>')
        + "</div>": ("Ilse Marwick", "Tomas Ferreira"),
        '<section class="article-authors"><ul><li>'
        + person.format('<meta itemprop="name" content="Ilse Marwick"><p>River reporter</p>')
        + "</li><li>"
        + person.format('<span itemprop="name">Tomas Ferreira</span>')
        + "</li></ul></section>": ("Ilse Marwick", "Tomas Ferreira"),
        # the publisher's name inside the box is no writer, nor a reviewer given as a Person
        '<div class="byline">'
        + person.format('<span itemprop="name">Ilse Marwick</span>')
        + '<span itemprop="publisher" itemscope itemtype="https://schema.org/Organization">'
        '<span itemprop="name">Vell Courier</span></span></div>': ("Ilse Marwick",),
        '<div class="byline">By '
        + person.format('<span itemprop="name">Ilse Marwick</span>')
        + ' and <span itemprop="author" itemscope><span itemprop="name">Tomas Ferreira</span></span>'
        ' | <span class="rev">Checked by <span itemprop="reviewedBy" itemscope itemtype="https://schema.org/Person">'
        '<span itemprop="name">Dorrin Vale</span></span></span></div>': ("Ilse Marwick", "Tomas Ferreira"),
    }
    for byline, names in cases.items():
        assert doc_of(_byline_page(byline)).authors == names, byline
    # a box listing the site's many writers is no byline of seven
    many = "".join(person.format(f'<span itemprop="name">Writer {c}</span>') for c in "ABCDEFG")
    assert len(doc_of(_byline_page(f'<div class="authors-list">{many}</div>')).authors) <= 1


def test_buttons_links_and_labels_in_a_byline_box_are_no_writers() -> None:
    # what a byline box shows beside the name, each in an element of its own
    cases = (
        '<div class="author-box"><div>facebook</div><div>linkedin</div><div>Ilse Marwick</div></div>',
        '<div class="author"><div>Ilse Marwick</div><div>Whats App</div></div>',
        '<div class="byline"><div>Ilse Marwick</div><div>Ilse Marwick\'s Most Recent Stories</div></div>',
        '<div class="byline"><div class="section">Opinion</div><a href="/u/1">Ilse Marwick</a></div>',
        '<div class="author">Become an author</div><div class="byline">By Ilse Marwick</div>',
        '<div class="byline"><div>Biography</div><a href="/u/1">Ilse Marwick</a></div>',
    )
    for byline in cases:
        assert doc_of(_byline_page(byline)).authors == ("Ilse Marwick",), byline


def test_what_a_byline_box_sets_above_its_by_line_is_no_writer() -> None:
    # the site's name, buttons and a section's label set in the byline box before "By <name>"
    cases = {
        '<div class="article-byline"><span>riversidecourier</span><span>Share</span><a>Weir Country</a>'
        '<span>By</span><a href="/u/1">Ilse Marwick</a><div><time>08:44, 3 MAY 2023</time></div></div>': (
            "Ilse Marwick",
        ),
        '<div class="byline"><span>Politics</span><span>By<a href="/u/1">Ilse Marwick</a></span></div>': (
            "Ilse Marwick",
        ),
        # "By" alone on its line: the next line is the name, one word as it may be
        '<div class="byline"><p>Weir Country</p><p>By</p><p><a href="/u/1">Marwick</a></p></div>': ("Marwick",),
        # a name that opens with "By" is no "By" line
        '<div class="byline"><div>Ilse Marwick</div><div>Byron Vale</div></div>': ("Ilse Marwick", "Byron Vale"),
    }
    for byline, names in cases.items():
        assert doc_of(_byline_page(byline)).authors == names, byline


def test_a_paper_named_with_the_beside_the_writers_is_a_credit() -> None:
    # a syndicated story's byline names the paper it comes from after the writers
    cases = {
        '<p class="byline">By Ilse Marwick, The Vell Gazette</p>': ("Ilse Marwick",),
        '<p class="byline">By Ilse Marwick and Tomas Ferreira, The Harbour Chronicle</p>': (
            "Ilse Marwick",
            "Tomas Ferreira",
        ),
        # the paper alone is the credit the page gives
        '<p class="byline">By The Harbour Chronicle</p>': ("The Harbour Chronicle",),
    }
    for byline, names in cases.items():
        assert doc_of(_byline_page(byline)).authors == names, byline

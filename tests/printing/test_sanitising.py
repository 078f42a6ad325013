"""Links and rich text for print: hosts read one way, nh3's rich text, depth."""

import time
from types import SimpleNamespace

import pytest
from django.utils import translation

from content.links import blocked_entry
from content.printing.errors import PrintError
from content.printing.hosts import public_web_address, web_host
from content.printing.richtext import MAX_DEPTH, print_html

# --- Hosts ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "https://kopir.kz/a",
        "http://Example.org./path",
        "https://пример.рф/",  # an international name
        " https://example.org/ ",
    ],
)
def test_public_web_addresses(url):
    assert public_web_address(url)


@pytest.mark.parametrize(
    "url",
    [
        "http://10.0.0.1/",
        "http://[::1]/",
        "http://localhost/",
        "http://printer.local/",
        "http://intranet/",
        "ftp://example.org/",
        "example.org/path",
        "http:user@example.org",  # no host part: a browser would guess one
        "javascript:alert(1)",
        "http://[bad/",
    ],
)
def test_addresses_that_are_not_public_web_addresses(url):
    assert not public_web_address(url)


@pytest.mark.parametrize(
    "url",
    [
        "http://１０.0.0.1/admin",  # full-width digits: a browser opens 10.0.0.1
        "http://127。0。0。1/",  # ideographic full stops
        "http://ｌｏｃａｌｈｏｓｔ/",
        "http://printer.ｌｏｃａｌ/",
    ],
)
def test_a_local_host_in_other_letters_is_not_public(url):
    """Printing read the host without IDNA while the link guard used it: a host in
    full-width letters or with ideographic dots passed as a public name, though
    the reader's browser turns it into a local address. Both read it one way now."""
    assert not public_web_address(url)


def test_both_readers_agree_on_the_host():
    assert web_host("HTTP://WWW.Пример.РФ./x") == "www.xn--e1afmkfd.xn--p1ai"
    assert web_host("example.org/path?q=1") == "example.org"
    assert web_host("http://[bad/") == ""


def test_the_link_guard_sees_a_blocked_host_behind_ideographic_dots():
    entry = SimpleNamespace(address="blocked.example")
    assert blocked_entry("https://blocked.example/x", [entry]) is entry
    assert blocked_entry("https://www.blocked。example。/x", [entry]) is entry
    assert blocked_entry("https://sub.ｂｌｏｃｋｅｄ.example/x", [entry]) is entry
    assert blocked_entry("https://unblocked.example/x", [entry]) is None


# --- Rich text -----------------------------------------------------------------


def test_rich_text_keeps_only_public_links_and_no_attribute():
    html = print_html(
        '<h2 id="a" lang="en" title="t">T</h2><p>a &amp; b &lt;c&gt;'
        '<a href=" https://example.org/?a=1&amp;b=2 " title="x" target="_blank">'
        'ok</a><a href="/relative">rel</a><a href="mailto:a@example.org">m</a>'
        '<a href="http://１０.0.0.1/">fw</a></p><!-- note --><h1>Big</h1>'
    )
    assert html == (
        "<h2>T</h2><p>a &amp; b &lt;c&gt;"
        '<a href="https://example.org/?a=1&amp;b=2">ok</a>'
        "<span>rel</span><span>m</span><span>fw</span></p>Big"
    )


def test_dropped_elements_take_their_content_with_them():
    html = print_html(
        "<p>kept</p><script>bad()</script><style>p{}</style><template><p>t</p>"
        "</template><svg><text>s</text></svg><math><mi>m</mi></math>"
        "<object>o</object><iframe>i</iframe>"
    )
    assert html == "<p>kept</p>"


def test_twelve_levels_print_and_thirteen_do_not():
    assert print_html("<ul><li>" * (MAX_DEPTH // 2) + "deep")
    with pytest.raises(PrintError) as refused:
        print_html("<ul><li>" * (MAX_DEPTH // 2) + "<p>deep</p>")
    with translation.override("en"):
        assert str(refused.value) == (
            "The text is nested more than 12 levels deep (lists inside lists). "
            "Simplify it before printing."
        )


@pytest.mark.parametrize(
    "deep",
    [
        "<div>" * 60_000,
        "<div/>" * 60_000,  # "/>" does not close a div in HTML
        "<svg><style>" + "<div>" * 60_000,  # a div leaves the svg for HTML
        "<li><object></li>" * 30_000,  # ignored end tags
    ],
)
def test_deep_text_is_refused_before_the_sanitiser_parses_it(deep):
    """nh3's time grows with the square of the depth: the check comes first."""
    started = time.monotonic()
    with pytest.raises(PrintError):
        print_html(deep)
    assert time.monotonic() - started < 0.5

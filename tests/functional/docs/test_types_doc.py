"""docs/types.md is generated from the type table: the committed page is what the table gives today."""

from scripts import types_doc


def test_the_types_page_is_current():
    with open(types_doc.PAGE) as handle:
        assert handle.read() == types_doc.render(), "docs/types.md is stale: run python scripts/types_doc.py"


def test_the_types_page_stays_under_galaxy_importers_limit():
    """galaxy-importer refuses the collection when one documentation file is over 512 KiB."""
    size = len(types_doc.render().encode("utf-8"))
    assert size < types_doc.PAGE_LIMIT_BYTES, (
        "docs/types.md would be %d bytes, over galaxy-importer's %d: split it (one page per namespace, say)"
        % (size, types_doc.PAGE_LIMIT_BYTES))

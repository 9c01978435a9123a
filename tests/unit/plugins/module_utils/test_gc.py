"""_gc.collector_paused: the cyclic collector is off inside the block and back as it was after, whatever happens."""

import gc

import pytest

from ansible_collections.privatelink.azure.plugins.module_utils._gc import collector_paused


@pytest.fixture(autouse=True)
def collector_on():
    was_on = gc.isenabled()
    gc.enable()
    yield
    if not was_on:
        gc.disable()


def test_paused_inside_and_resumed_after():
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_resumed_after_an_exception():
    with pytest.raises(RuntimeError):
        with collector_paused():
            raise RuntimeError("a step failed")
    assert gc.isenabled()


def test_nested_blocks_resume_only_at_the_outer_end():
    with collector_paused():
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_left_off_when_it_was_off():
    gc.disable()
    with collector_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()

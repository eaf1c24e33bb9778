

def test_the_gap_is_a_percentage_or_words_when_no_bound_was_proven() -> None:
    from festival_planner.domain.values import format_gap

    assert format_gap(0.00123, language="vi") == "0,12 %"
    assert format_gap(0.00123, language="en") == "0.12 %"
    assert format_gap(float("inf"), language="vi") == "chưa chứng minh được cận"
    assert format_gap(float("inf"), language="en") == "no bound proven yet"

"""One cast: names, ages and relatives agree with data/cast.csv (small course copies)."""

from __future__ import annotations

from check.check_helpers import ITEMS, append_rows, edit_rows, matching, run

CAST = "data/cast.csv"


def _cast(course):
    return run(course, only=["cast"])


def _prompt(course, text: str, item: str = "or-p03") -> None:
    edit_rows(course / ITEMS, lambda r: {**r, "prompt": text} if r["id"] == item else r)


def test_the_small_course_agrees_with_the_cast(course):
    report = _cast(course)
    assert report.errors == [] and report.warnings == [], report.text()


def test_a_title_the_family_does_not_have_is_a_warning(course):
    _prompt(course, "Mr. and Mrs. Kowalczyk talk about the plan.")
    report = _cast(course)
    found = matching(report, "warning", "'Mr. and Mrs. Kowalczyk'", "none is Mr.", file=ITEMS)
    assert found and found[0].place == "4", report.text()
    assert "Ms. Anna Kowalczyk" in found[0].message  # the cast says who the family is
    assert CAST in found[0].fix


def test_a_surname_not_in_the_cast_is_a_warning(course):
    _prompt(course, "Ms. Zabrowski asks what happens next.")
    found = matching(_cast(course), "warning", "'Ms. Zabrowski' is not in the cast list")
    assert found


def test_a_first_name_with_a_cast_surname_is_checked(course):
    _prompt(course, "Fatima Okafor opens the door.")
    assert matching(_cast(course), "warning", "'Fatima Okafor'", "none is called Fatima")


def test_a_different_age_is_a_warning(course):
    _prompt(course, "Chidi, 9, draws his father with a big mad face.")
    found = matching(_cast(course), "warning", "'Chidi' is 9", "age 7")
    assert found
    _prompt(course, "A story about 9-year-old Chidi.")
    assert matching(_cast(course), "warning", "'Chidi' is 9")


def test_the_right_age_and_relatives_pass(course):
    _prompt(course, "Vy, 12, and her brother Bao. Ms. Kowalczyk's boyfriend hit her "
                    "8-year-old. Graham's brother Sam helps.")
    report = _cast(course)
    assert report.warnings == [], report.text()


def test_a_relative_the_family_does_not_have_is_a_warning(course):
    _prompt(course, "Ms. Kowalczyk's husband says nothing happened.")
    assert matching(_cast(course), "warning", "'Ms. Kowalczyk's husband'", "no husband")
    _prompt(course, "Ms. Farah's 9-year-old says she is scared.")
    assert matching(_cast(course), "warning", "'Ms. Farah's 9-year-old'", "nobody is 9")


def test_a_vignette_table_must_agree_with_the_cast(course):
    folder = course / "data" / "vignettes"
    folder.mkdir(parents=True)
    (folder / "okafor-family.md").write_text(
        "# The Okafor family\n\n| Who | Age | Role |\n|---|---|---|\n"
        "| Emeka Okafor | 44 | father |\n| Obi Okafor | 12 | cousin |\n", encoding="utf-8")
    report = _cast(course)
    assert matching(report, "warning", "'Emeka Okafor' is 44", file="data/vignettes/"
                    "okafor-family.md"), report.text()
    assert matching(report, "warning", "'Obi Okafor' is in the who-is-who table but not")


def test_cast_file_problems(course):
    append_rows(course / CAST, [
        {"family": "Ruiz", "first": "", "surname": "Okafor", "title": "Mr.", "role": "uncle",
         "age": "", "facts": ""},
        {"family": "Ruiz", "first": "Tino", "surname": "Ruiz", "title": "", "role": "son",
         "age": "seven", "facts": ""},
    ])
    report = _cast(course)
    assert matching(report, "warning", "surname Okafor belongs to 2 families", file=CAST)
    assert matching(report, "error", "age 'seven' is not a whole number", file=CAST)


def test_a_missing_column_is_an_error(course):
    (course / CAST).write_text("family,first,surname\nOkafor,Emeka,Okafor\n", encoding="utf-8")
    report = _cast(course)
    assert matching(report, "error", "missing from the header", file=CAST)


def test_no_cast_list_is_a_note(course):
    (course / CAST).unlink()
    report = _cast(course)
    assert matching(report, "note", "no cast list")
    assert report.warnings == []


def test_coach_corpora_and_lexicon_must_not_reuse_the_course_families(course):
    coach = course / "data" / "coach"
    coach.mkdir(parents=True, exist_ok=True)
    (coach / "synthetic.csv").write_text(
        "id,split,kind,text,components\n"
        "harm-1,tune,harm,\"Mr. Okafor slapped his son, and the boy had a swollen cheek.\",x\n"
        "harm-2,tune,harm,\"Mr. Haile kept Abel (7) home from school for a week.\",x\n"
        "harm-3,tune,harm,\"Linh dropped baby Minh while she was high.\",x\n",
        encoding="utf-8")
    (course / "data" / "lexicon" / "services.csv").write_text(
        "term,suggestion\nanger class,\"Say what Ms. Nguyen will do instead.\"\n",
        encoding="utf-8")
    report = run(course, only=["cast"])
    okafor = matching(report, "warning", "surname Okafor", file="data/coach/synthetic.csv")
    assert okafor and okafor[0].place == "2", report.text()
    assert matching(report, "warning", "'baby Minh'", "not a baby"), report.text()
    assert matching(report, "warning", "surname Nguyen", file="data/lexicon/services.csv")
    # A name the cast does not know belongs to the corpus's own story: no warning.
    assert not [f for f in report.findings if f.place == "3"
                and f.file == "data/coach/synthetic.csv"], report.text()


def test_the_coach_s_copy_of_the_cast_is_not_read_as_examples():
    """data/lexicon/names.csv lists the cast's names on purpose (for lower-case typing);
    the examples around it are still checked."""
    from soplab._core.paths import repo_root
    from soplab.course.check.corpora import CAST_COPIES, corpus_texts

    files = {t.file for t in corpus_texts(repo_root())}
    assert "data/lexicon/names.csv" in CAST_COPIES
    assert "data/lexicon/names.csv" not in files
    assert any(f.startswith("data/lexicon/") for f in files)
    assert any(f.startswith("data/coach/") for f in files)


def test_the_harm_readers_roles_name_only_the_cast():
    """data/lexicon/harm_roles.csv is left out of the examples check because it names the
    course's people on purpose: so every name in it must be a first name or surname of
    data/cast.csv (a new example family written there would escape the check)."""
    import csv

    from soplab._core.paths import repo_root
    from soplab.course.check.cast import read_cast

    root = repo_root()
    cast, _ = read_cast(root)
    assert cast is not None
    with (root / "data" / "lexicon" / "harm_roles.csv").open(encoding="utf-8") as fh:
        names = [r["name"] for r in csv.DictReader(line for line in fh
                                                   if not line.startswith("#"))]
    assert names
    known = {n.lower() for n in cast.firsts() | cast.surnames()}
    assert [n for n in names if n.lower() not in known] == []

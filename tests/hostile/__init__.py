"""Generators for the reliability tests: hostile inputs and a synthetic corpus, built from code.

Nothing here is committed as data: a 50 MB page or a zip bomb is written into the test's
``tmp_path`` when the test runs, so the repository stays small and the files stay exactly
as hostile as the code says.
"""

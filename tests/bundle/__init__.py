"""Tests of the Windows bundle: its contents, and (marked build) the frozen program."""

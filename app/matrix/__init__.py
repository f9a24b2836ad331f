"""The departments x organisations matrix: the one builder the window, the workbook's
Matrix sheet and the report read.

- `source`: the year's matrix data, read with a fixed handful of queries;
- `layout`: `lay_out` / `build_matrix`, the cells and totals for given filters;
- `table`, `header`, `entry`, `totals`: what a laid-out matrix holds;
- `filters`: which part is shown, and how that reads in words;
- `roles`: how a department takes part, and its symbol and colours.
"""

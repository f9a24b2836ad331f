"""Documents made from the register: the review minutes."""

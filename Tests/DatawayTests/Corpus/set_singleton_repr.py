# repr of empty and single-element sets is deterministic.
print(set(), {1}, {"a"}, {(1, 2)}, {None}, {1.5}, {frozenset()})
print(frozenset(), frozenset({1}), frozenset({"x"}))
print(repr({True}), str({b"b"}), f"{ {'f'} }", "%s" % {2})
print([set(), {1}], {"k": {9}}, ({0},))
s = {1, 2, 3}
s.intersection_update({2})
print(s)
s2 = {"a", "b"} - {"a"}
print(s2)
print({x for x in range(5) if x == 3}, set("aaaa"), set([0, 0.0]))
print({-0.0}, {0.0, -0.0}, {1, True})
print(len({"x", "x"}), {"x"} == {"x", "x"})

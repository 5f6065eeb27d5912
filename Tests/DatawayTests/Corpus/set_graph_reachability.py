# Graph reachability with sets (results printed sorted).
edges = [("a", "b"), ("b", "c"), ("c", "a"), ("c", "d"), ("e", "f"), ("f", "e"), ("g", "g")]
graph = {}
for x, y in edges:
    graph.setdefault(x, set()).add(y)
    graph.setdefault(y, set())
def reach(start):
    seen = set()
    todo = [start]
    while todo:
        n = todo.pop()
        if n in seen:
            continue
        seen.add(n)
        todo.extend(sorted(graph[n] - seen))
    return seen
for node in sorted(graph):
    print(node, sorted(reach(node)))
components = []
remaining = set(graph)
while remaining:
    start = min(remaining)
    comp = {n for n in reach(start) if start in reach(n)}
    components.append(sorted(comp))
    remaining -= comp
print(components)
print(sorted(n for n in graph if not graph[n]), len(set(graph)))

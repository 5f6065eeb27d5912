# Using lists as stacks and queues.
stack = []
for ch in "([{}])":
    if ch in "([{":
        stack.append(ch)
    else:
        opener = stack.pop()
        print("matched", opener, ch)
print("balanced:", not stack)

def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for c in s:
        if c in "([{":
            st.append(c)
        elif c in pairs:
            if not st or st.pop() != pairs[c]:
                return False
    return not st

print([balanced(s) for s in ["()", "(]", "([]{})", "((", ")(", ""]])
queue = ["a", "b"]
queue.append("c")
first = queue.pop(0)
print(first, queue)
graph = {"A": ["B", "C"], "B": ["D"], "C": ["D", "E"], "D": ["F"], "E": ["F"], "F": []}
seen, order, q = {"A"}, [], ["A"]
while q:
    node = q.pop(0)
    order.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            seen.add(nxt)
            q.append(nxt)
print("BFS:", order)

# Mutating nested lists through references.
matrix = [[0] * 3 for _ in range(3)]
for i in range(3):
    matrix[i][i] = 1
print(matrix)
row = matrix[1]
row.append(9)
print(matrix)
matrix[2] = row
matrix[2][0] = 7
print(matrix, matrix[1] is matrix[2])
tree = ["root", [["child1", []], ["child2", [["leaf", []]]]]]
tree[1][1][1].append(["leaf2", []])
def names(node):
    return [node[0]] + [n for c in node[1] for n in names(c)]
print(names(tree))
stack = [[1, 2], [3]]
stack[-1].extend(stack[0])
stack[0].clear()
print(stack)
lst = [1, 2, 3]
lst.append(lst)
print(lst[3][3][0], len(lst), lst[:3])
print(repr(lst))

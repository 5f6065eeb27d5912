# Slicing strings with every combination of start/stop/step.
s = "Python3.11"
print(s[0:6], s[6:], s[-4:], s[:-5], s[::3], s[::-3], s[1:-1:2])
print(s[10:], s[11:], s[-11:], s[-100:100], s[5:1], s[5:1:-1], s[-1:-5:-1])
print(s[None:None], s[None:3], s[:None:-1], s[slice(2, None, 2)])
u = "ünïcödé"
print(u[1:4], u[::-1], u[-3:], u[::2])
print("abc"[3:], repr("abc"[3:]), "abc"[:0] == "")
rev = "racecar"
print(rev == rev[::-1], "python" == "python"[::-1])
print(s[2:8][::-1], s[::-1][2:8])
words = "the quick brown fox"
print(words[4:9], words[words.find("brown"):], words[:words.index(" ")])
print([s[i:i + 3] for i in range(0, len(s), 3)])

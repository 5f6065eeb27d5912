# regex_logs: parse 60k access-log lines with `re` (match with groups, named groups,
# findall, sub with a template and with a function, split, search).
# Payload: {"lines": ['203.0.113.9 - - [05/Mar/2024:12:00:01 +0800] "GET /api/v1/orders/12 HTTP/1.1" 200 512 "curl/8.4.0" rt=0.153', ...]}
import re

LINE = re.compile(
    r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) \S+ \S+ \[(?P<day>\d\d)/(?P<mon>\w{3})/(?P<year>\d{4}):(?P<time>[\d:]+) [+-]\d{4}\] '
    r'"(?P<method>[A-Z]+) (?P<path>[^ "]+) HTTP/[\d.]+" (?P<status>\d{3}) (?P<size>\d+) "(?P<agent>[^"]*)"(?P<rest>.*)$')
KV = re.compile(r'(\w+)=(\S+)')
EMAIL = re.compile(r'[\w.+-]+@([\w-]+\.)+\w+')
NUM = re.compile(r'/\d+')


def mask(m):
    return m.group(0)[:2] + "***"


def dw_process(msg):
    statuses = {}
    methods = {}
    routes = {}
    bytes_by_agent = {}
    slow = 0
    users = 0
    bad = 0
    sample = []
    for line in msg.payload["lines"]:
        m = LINE.match(line)
        if m is None:
            bad += 1
            continue
        status = m.group("status")
        statuses[status] = statuses.get(status, 0) + 1
        method = m["method"]
        methods[method] = methods.get(method, 0) + 1
        route = NUM.sub("/:id", m.group("path").split("?")[0])
        routes[route] = routes.get(route, 0) + 1
        agent = re.split(r"[/ ]", m.group("agent"), 1)[0]
        bytes_by_agent[agent] = bytes_by_agent.get(agent, 0) + int(m.group("size"))
        fields = dict(KV.findall(m.group("rest")))
        if float(fields.get("rt", "0")) > 1.5:
            slow += 1
        if "user" in fields:
            users += 1
            line = EMAIL.sub(mask, line)
        if re.search(r"\b(?:5\d\d)\b", status) and len(sample) < 5:
            sample.append(re.sub(r"\d+\.\d+\.\d+\.(\d+)", r"x.x.x.\1", line))
    return {
        "statuses": statuses,
        "methods": methods,
        "routes": len(routes),
        "top_routes": sorted(routes.items(), key=lambda kv: (-kv[1], kv[0]))[:5],
        "bytes_by_agent": bytes_by_agent,
        "slow": slow,
        "users": users,
        "bad": bad,
        "sample": sample,
    }

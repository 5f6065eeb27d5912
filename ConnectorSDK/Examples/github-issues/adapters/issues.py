# One page of GitHub issues -> the connector's issue shape.
# GitHub lists pull requests among issues; those carry a "pull_request" key and are skipped.
def dw_process(msg):
    out = []
    for issue in msg.payload:
        if "pull_request" in issue:
            continue
        out.append({
            "number": issue["number"],
            "title": issue["title"],
            "state": issue["state"],
            "author": (issue.get("user") or {}).get("login", "ghost"),
            "labels": [label["name"] for label in issue.get("labels", [])],
            "comments": issue.get("comments", 0),
        })
    return out

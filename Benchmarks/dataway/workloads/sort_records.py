# sort_records: sort 200k records by a scalar key, by a tuple key, by a float
# key in reverse, and sort plain strings; checks stability via checksums.
# Payload: {"records": [{id, name, dept, score, salary}, ...]}


def checksum(records):
    acc = 0
    for r in records:
        acc = (acc * 31 + r["id"]) % 1000000007
    return acc


def ends(records):
    return [records[0]["id"], records[1]["id"], records[-2]["id"], records[-1]["id"]]


def dw_process(msg):
    recs = msg.payload["records"]
    by_score = sorted(recs, key=lambda r: r["score"])
    by_dept = sorted(recs, key=lambda r: (r["dept"], -r["score"], r["name"]))
    by_salary = sorted(recs, key=lambda r: r["salary"], reverse=True)
    names = [r["name"] for r in recs]
    names.sort()
    return {
        "count": len(recs),
        "byScore": [checksum(by_score), ends(by_score)],
        "byDept": [checksum(by_dept), ends(by_dept)],
        "bySalary": [checksum(by_salary), ends(by_salary)],
        "names": [names[0], names[len(names) // 2], names[-1]],
    }

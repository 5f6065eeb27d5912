# fib27: naive recursive Fibonacci; measures function-call overhead.
# Payload: {"n": 27, "repeat": 15} -- fib(27) computed `repeat` times.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def dw_process(msg):
    n = msg.payload["n"]
    results = []
    for _ in range(msg.payload.get("repeat", 1)):
        results.append(fib(n))
    return {"n": n, "fib": results[0], "runs": len(results), "same": len(set(results)) == 1}

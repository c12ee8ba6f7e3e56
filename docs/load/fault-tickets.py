#!/usr/bin/env python3
"""Fault load driver (docs/fault-benchmark.md): N fault tickets through a running local system (./run-local.sh).

First 5 circuits in service the real way, for customers of service levels AAA, AA, A, STANDARD, AA: a form 1 of one
point (three assessments AVAILABLE) confirmed over presale's REST, its form 2 through the Art. 18 path to activation
(the circuit id) and an archived form 4, as docs/load/in-sale-lines.py does, each waited for until fault-service knows
the circuit (GET /api/circuits/{id} = 200, from provisioning's CircuitActivated). Then N tickets one after the other
over fault-service's REST, the paths in turn: Art. 27 (not core, CSSC repairs), Art. 29 (core, OMT repairs), Art.
30–31 (core, OMT escalates, PND repairs); every 5th ticket the customer rejects the first repair (reopened, repaired
again), every 7th MON's quality check fails once. Times every fault step (client side) and, after each report, the
time until sla-monitor shows fault.restoration:<ticket> (polled every 20 ms). Checks at the end: every ticket
ARCHIVED, reopenCount as driven, its fault.acceptance and fault.restoration clocks STOPPED and met (the restoration
limit the one of the circuit's level, reopenCount as driven); then times MON's inbox and a page of 50 tickets.
Standard library only.

  python3 docs/load/fault-tickets.py [N]      (default 20)
"""
import json, sys, time, statistics
from lines import InService, call, must, tok, run
N = int(sys.argv[1]) if len(sys.argv) > 1 else 20
F, S = "http://localhost:8083", "http://localhost:8085"

# 1. circuits in service, the real way (presale form 1 → provisioning form 2 → activation → form 4)
lines = InService()
LEVELS = [("AAA", "5510009001"), ("AA", "5510009002"), ("A", "5510009003"), ("STANDARD", "5510009004"), ("AA", "5510009002")]
circuits = []  # (circuitId, level, groupId)
setup_start = time.perf_counter()
for i, (level, group) in enumerate(LEVELS):
    circuit = lines.circuit(group, f"故障负载客户{level}", level, f"合肥市包河区故障测试路{run}-{i}号", "包河区")
    circuits.append((circuit, level, group))
MON_F = tok(F, "MON")
for circuit, level, group in circuits:  # fault-service learns the circuit from gca.provisioning.events
    deadline = time.time() + 60
    while True:
        s, b, _ = call(F, "GET", "/api/circuits/" + circuit, MON_F)
        if s == 200: break
        if time.time() > deadline: must("circuit known to fault-service", s, b)
        time.sleep(0.05)
    assert b["status"] == "IN_SERVICE" and b["customer"]["serviceLevel"] == level, b
setup = time.perf_counter() - setup_start

# 2. N fault tickets, one after the other
FT = {d: tok(F, d, d.lower()) for d in ["CALL_CENTER", "MON", "CSSC", "OMT", "PND"]}
CUST = {group: tok(F, "CUSTOMER", "c" + group, group) for _, _, group in circuits}
PND_S = tok(S, "PND")
PATHS = ["Art. 27", "Art. 29", "Art. 30-31"]
steps, clock_wait, tickets = [], [], []  # steps: (kind, seconds)
start = time.perf_counter()
for k in range(1, N + 1):
    circuit, level, group = circuits[(k - 1) % len(circuits)]
    path = PATHS[(k - 1) % 3]
    reopen, qc_fail = k % 5 == 0, k % 7 == 0
    def step(kind, method, url, who, body=None, headers=None):
        s, b, t = call(F, method, url, CUST[group] if who == "CUSTOMER" else FT[who], body, headers)
        steps.append((kind, t))
        return must(f"ticket #{k} ({path}) {kind} as {who}", s, b)
    b = step("report", "POST", "/api/faults", "CALL_CENTER", {"circuitId": circuit, "symptom": f"负载测试故障 {k}：专线中断",
             "contact": {"name": "张建国", "phone": "13805511234"}}, {"Idempotency-Key": f"fault-load-{run}-{k}"})
    ticket = b["ticketId"]; X = "/api/faults/" + ticket
    t0 = time.perf_counter()
    while True:
        s, b, _ = call(S, "GET", "/api/clocks/fault.restoration:" + ticket, PND_S)
        if s == 200: break
        if s != 404 or time.perf_counter() - t0 > 60: must(f"clock fault.restoration:{ticket}", s, b)
        time.sleep(0.02)
    clock_wait.append(time.perf_counter() - t0)
    step("acceptance", "POST", X + "/acceptance", "MON")
    step("dispatch", "POST", X + "/dispatch", "MON", {"note": "客户反映专线中断"})
    core = path != "Art. 27"
    b = step("diagnosis", "POST", X + "/diagnosis", "CSSC", {"coreNetwork": core, "reasoning": "核心上联丢包" if core else "末端光猫告警"})
    holder = b["holder"]
    if path == "Art. 30-31":
        holder = step("escalation", "POST", X + "/escalation", "OMT", {"reason": "省干光缆告警，属省级核心网"})["holder"]
    assert holder == {"Art. 27": "CSSC", "Art. 29": "OMT", "Art. 30-31": "PND"}[path], (ticket, holder)
    step("repair", "POST", X + "/repair", holder, {"cause": "光缆中断", "action": "抢通"})
    if reopen:
        b = step("clearance (reject)", "POST", X + "/clearance", "CUSTOMER", {"cleared": False, "reason": "仍有间歇性丢包"})
        assert b["holder"] == holder, (ticket, b)
        step("repair", "POST", X + "/repair", holder, {"cause": "熔接点衰耗过大", "action": "更换熔接点"})
    step("clearance", "POST", X + "/clearance", "CUSTOMER" if k % 2 else "CSSC", {"cleared": True, "note": "客户确认恢复"})
    step("reply", "POST", X + "/reply", "CSSC", {"summary": "光缆中断，已抢通，客户确认恢复"})
    if qc_fail:
        step("quality-check (fail)", "POST", X + "/quality-check", "MON", {"passed": False, "findings": "回复未写明故障历时"})
        step("reply", "POST", X + "/reply", "CSSC", {"summary": "光缆中断，历时2小时，已抢通，客户确认恢复"})
    step("quality-check", "POST", X + "/quality-check", "MON", {"passed": True})
    step("archive", "POST", X + "/archive", "MON")
    tickets.append((ticket, level, reopen))
total = time.perf_counter() - start

# 3. checked, not only timed: every ticket ARCHIVED with its reopenCount, its two clocks STOPPED and met
LIMIT = {"AAA": "PT4H", "AA": "PT6H", "A": "PT8H", "STANDARD": "PT24H"}
deadline = time.time() + 60
for ticket, level, reopen in tickets:
    b = must("ticket " + ticket, *call(F, "GET", "/api/faults/" + ticket, FT["MON"])[:2])
    assert b["status"] == "ARCHIVED" and b.get("reopenCount") == (1 if reopen else 0), (ticket, b["status"], b.get("reopenCount"))
    while True:
        clocks = {c["ruleId"]: c for c in call(S, "GET", "/api/clocks?subjectId=" + ticket, PND_S)[1].get("items", [])}
        ok = (set(clocks) == {"fault.acceptance", "fault.restoration"} and all(c["state"] == "STOPPED" and c.get("met") is True for c in clocks.values())
              and clocks["fault.restoration"].get("reopenCount", 0) == (1 if reopen else 0))
        if ok or time.time() > deadline:
            break
        time.sleep(0.2)
    if not ok:
        print(f"FAILED check of {ticket}: {json.dumps(clocks, ensure_ascii=False)}", file=sys.stderr); sys.exit(1)
    assert clocks["fault.restoration"]["limit"] == LIMIT[level], (ticket, level, clocks["fault.restoration"]["limit"])
reads = {}
for path in ["/api/faults/inbox", "/api/faults?limit=50"] * 50:
    s, b, t = call(F, "GET", path, FT["MON"]); must(path, s, b)
    reads.setdefault(path, []).append(t)

# 4. summary
lat = sorted(t for _, t in steps)
q = lambda xs, p: xs[min(len(xs) - 1, int(p * len(xs)))]
ms = lambda x: f"{x*1000:.1f}ms"
kinds = {}
for kind, t in steps:
    kinds.setdefault(kind, []).append(t)
print(f"circuits={len(circuits)} ({', '.join(f'{c} {lv}' for c, lv, _ in circuits)}) set up in {setup:.1f}s")
print(f"tickets={N} fault steps={len(lat)}, all 200/201, wall={total:.1f}s (incl. the clock waits) "
      f"step latency p50={ms(q(lat, .5))} p95={ms(q(lat, .95))} p99={ms(q(lat, .99))} max={ms(lat[-1])} mean={ms(statistics.mean(lat))}")
print("per step kind (n, p50, max): " + "; ".join(f"{kd} {len(v)} {ms(statistics.median(v))} {ms(max(v))}" for kd, v in kinds.items()))
print(f"report → fault.restoration clock in sla-monitor: p50={statistics.median(clock_wait)*1000:.0f}ms "
      f"p95={q(sorted(clock_wait), .95)*1000:.0f}ms max={max(clock_wait)*1000:.0f}ms (polled every 20 ms)")
print(f"checked: {len(tickets)} tickets ARCHIVED ({sum(r for *_, r in tickets)} reopened once, reopenCount 1), "
      f"{2 * len(tickets)} clocks (fault.acceptance, fault.restoration) STOPPED and met, restoration limits by level")
for path, ts in reads.items():
    ts.sort()
    print(f"MON {path} after the run: p50={ms(ts[len(ts)//2])} max={ms(ts[-1])} (n={len(ts)})")

#!/usr/bin/env python3
"""Decommission load driver (docs/decommission-benchmark.md): forms 5 on N circuits of a running local system
(./run-local.sh).

First N circuits in service the real way, one point each, as docs/load/in-sale-lines.py does: a form 1 confirmed over
presale's REST (three assessments AVAILABLE), its form 2 through the Art. 18 path to activation (the circuit id) and an
archived form 4. Right after the activation answered, the driver polls decommission-service's GET /api/circuits/{id}
every 20 ms until 200 (provisioning's store → gca.provisioning.events → decommission's circuits) and times that way.
Then one form 5 after the other over decommission-service's REST, the circuits in turn: odd circuits a SUSPENSION
(dispatch by GCD, acceptance, last-mile suspension by CSSC; the circuit SUSPENDED) then a RESUME (dispatch,
acceptance, last-mile restoration; IN_SERVICE again); even circuits a PERMANENT_STOP (dispatch, acceptance, release of
CORE, ACCESS_BACKBONE and LAST_MILE, status change to RMU-CORE and RMU-ACCESS, each unit's confirmation with an RMU
token naming that unit). Times every step (client side). Checks at the end: every form 5 COMPLETED, every circuit
IN_SERVICE (resumed) or STOPPED (stopped) and held by no open form; then waits until each circuit's history shows its
last form's StopFormCompleted and CircuitFormClosed and times GET /api/circuits/{id}/history?limit=200 once per circuit, CSSC's inbox and a
page of 50 forms 5 (50 times each). Standard library only.

  python3 docs/load/stop-forms.py [--circuits N]      (default 20)
"""
import argparse, time, statistics
from lines import InService, call, day, must, tok, run
ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
ap.add_argument("--circuits", type=int, default=20, help="circuits to activate and stop, suspend or resume (default 20)")
N = ap.parse_args().circuits
X = "http://localhost:8084"
GROUP = "5510008001"

# 1. N circuits in service, the real way (presale form 1 → provisioning form 2 → activation → form 4), each waited for
#    until decommission-service knows it
X_T = {"GCD": tok(X, "GCD", "wang.jl"), "CSSC": tok(X, "CSSC", "zhao.zc"),
       "RMU-CORE": tok(X, "RMU", "sun.zy", unit="RMU-CORE"), "RMU-ACCESS": tok(X, "RMU", "li.zy", unit="RMU-ACCESS")}
lines = InService()
circuits, known_wait = [], []


def known_to_decommission(circuit):
    """The activation answered: how long until decommission-service knows the circuit."""
    t0 = time.perf_counter()
    while True:
        s, b, _ = call(X, "GET", "/api/circuits/" + circuit, X_T["GCD"])
        if s == 200:
            break
        if s != 404 or time.perf_counter() - t0 > 60:
            must(f"circuit {circuit} known to decommission-service", s, b)
        time.sleep(0.02)
    known_wait.append(time.perf_counter() - t0)
    assert b["status"] == "IN_SERVICE" and b["customer"]["groupId"] == GROUP and b["openFormId"] == "", b


setup_start = time.perf_counter()
for i in range(N):
    circuits.append(lines.circuit(GROUP, "停闭负载客户", "A", f"合肥市庐阳区停闭测试路{run}-{i}号", "庐阳区",
                                  activated=known_to_decommission))
setup = time.perf_counter() - setup_start

# 2. a form 5 on each circuit, one after the other: odd circuits a suspension then a resume, even ones a permanent stop
steps, forms, expected = [], [], {}  # steps: (kind, seconds); forms: (formId, type, circuit)
start = time.perf_counter()
for i, circuit in enumerate(circuits, 1):
    def step(kind, path, who, body=None, dispatch=False):
        s, b, t = call(X, "POST", "/api/stop-forms" + path, X_T[who], body)
        steps.append((kind, t))
        return must(f"circuit #{i} {circuit} {kind} as {who}", s, b, (201,) if dispatch else (200,))
    def form(kind, type_, reason):
        b = step(f"dispatch ({kind})", "", "GCD", {"requestType": type_, "circuitIds": [circuit], "reason": reason,
                                                   "requestedDate": day(3)}, dispatch=True)
        assert b["status"] == "DISPATCHED" and b["holder"] == "CSSC", b
        forms.append((b["formId"], type_, circuit))
        return "/" + b["formId"]
    if i % 2:
        S = form("suspension", "SUSPENSION", "办公楼装修，暂停三个月")
        step("acceptance", S + "/acceptance", "CSSC", {"note": "已受理"})
        b = step("last-mile suspension", S + "/last-mile-suspension", "CSSC", {"circuitId": circuit, "note": "PON 口已去激活"})
        assert b["status"] == "COMPLETED", b
        c = must("circuit " + circuit, *call(X, "GET", "/api/circuits/" + circuit, X_T["GCD"])[:2])  # not timed
        assert c["status"] == "SUSPENDED" and c["openFormId"] == "", c
        R = form("resume", "RESUME", "装修完毕")
        step("acceptance", R + "/acceptance", "CSSC")
        b = step("last-mile restoration", R + "/last-mile-restoration", "CSSC", {"circuitId": circuit, "note": "PON 口已激活"})
        assert b["status"] == "COMPLETED", b
        expected[circuit] = ("IN_SERVICE", R[1:])
    else:
        Q = form("permanent stop", "PERMANENT_STOP", "客户退租")
        step("acceptance", Q + "/acceptance", "CSSC", {"note": "已受理"})
        for seg in ["CORE", "ACCESS_BACKBONE", "LAST_MILE"]:
            step("release", Q + "/releases", "CSSC", {"circuitId": circuit, "segment": seg, "note": "已拆除"})
        step("status change", Q + "/status-change", "CSSC", {"units": ["RMU-CORE", "RMU-ACCESS"]})
        step("RMU confirmation", Q + "/status-change/RMU-CORE/confirmation", "RMU-CORE", {"note": "综资系统已置为空闲"})
        b = step("RMU confirmation", Q + "/status-change/RMU-ACCESS/confirmation", "RMU-ACCESS")
        assert b["status"] == "COMPLETED", b
        expected[circuit] = ("STOPPED", Q[1:])
total = time.perf_counter() - start

# 3. checked, not only timed: every form 5 COMPLETED, every circuit as its last form left it and held by none
for form_id, type_, circuit in forms:
    b = must("form " + form_id, *call(X, "GET", "/api/stop-forms/" + form_id, X_T["GCD"])[:2])
    assert b["status"] == "COMPLETED" and b["requestType"] == type_, (form_id, b["status"], b["requestType"])
for circuit, (status, last_form) in expected.items():
    b = must("circuit " + circuit, *call(X, "GET", "/api/circuits/" + circuit, X_T["GCD"])[:2])
    assert b["status"] == status and b["statusFormId"] == last_form and b["openFormId"] == "", (circuit, status, b)
# the histories follow the topics: wait (not timed) until each shows its last form's completion, then time the reads
history_wait_start, deadline = time.perf_counter(), time.time() + 120
for circuit, (status, last_form) in expected.items():
    while True:
        b = must("history " + circuit, *call(X, "GET", f"/api/circuits/{circuit}/history?limit=200", X_T["GCD"])[:2])
        done = [k for k, h in enumerate(b["items"]) if h["event"] == "StopFormCompleted" and h["subject"]["id"] == last_form]
        if done and any(h["event"] == "CircuitFormClosed" for h in b["items"][done[0]:]): break
        if time.time() > deadline: must(f"history of {circuit} with {last_form} completed", 0, b["items"][-3:])
        time.sleep(0.2)
history_wait = time.perf_counter() - history_wait_start
history_reads, history_len, paged = [], [], 0
for circuit in circuits:
    s, b, t = call(X, "GET", f"/api/circuits/{circuit}/history?limit=200", X_T["GCD"]); must("history " + circuit, s, b)
    history_reads.append(t); history_len.append(len(b["items"])); paged += "next" in b
reads = {}
for path in ["/api/stop-forms/inbox", "/api/stop-forms?limit=50"] * 50:
    s, b, t = call(X, "GET", path, X_T["CSSC"]); must(path, s, b)
    reads.setdefault(path, []).append(t); reads.setdefault(path + " items", []).append(len(b["items"]))

# 4. summary
q = lambda xs, p: sorted(xs)[min(len(xs) - 1, int(p * len(xs)))]
ms = lambda x: f"{x*1000:.1f}ms"
lat = [t for _, t in steps]
kinds = {}
for kind, t in steps:
    kinds.setdefault(kind, []).append(t)
print(f"circuits={N} activated and known to decommission-service, set up in {setup:.1f}s ({circuits[0]} … {circuits[-1]}); "
      f"activation answered → GET /api/circuits/{{id}} 200 on decommission: p50={statistics.median(known_wait)*1000:.0f}ms "
      f"p95={q(known_wait, .95)*1000:.0f}ms max={max(known_wait)*1000:.0f}ms (polled every 20 ms)")
print(f"forms 5={len(forms)} ({sum(t == 'SUSPENSION' for _, t, _ in forms)} suspensions, {sum(t == 'RESUME' for _, t, _ in forms)} resumes, "
      f"{sum(t == 'PERMANENT_STOP' for _, t, _ in forms)} permanent stops), steps={len(lat)}, all 200/201, wall={total:.1f}s; "
      f"step latency p50={ms(q(lat, .5))} p95={ms(q(lat, .95))} p99={ms(q(lat, .99))} max={ms(max(lat))} mean={ms(statistics.mean(lat))}")
print("per step kind (n, p50, p95, p99, max):")
for kd, v in kinds.items():
    print(f"  {kd:26} {len(v):4} {ms(q(v, .5)):>8} {ms(q(v, .95)):>8} {ms(q(v, .99)):>8} {ms(max(v)):>8}")
print(f"checked: {len(forms)} forms 5 COMPLETED; {sum(s == 'IN_SERVICE' for s, _ in expected.values())} circuits IN_SERVICE after "
      f"suspension and resume (SUSPENDED in between), {sum(s == 'STOPPED' for s, _ in expected.values())} STOPPED; none held by an "
      f"open form; every history showing its last form's completion and the circuit released by it ({history_wait:.1f}s after the check began)")
print(f"GET /api/circuits/{{id}}/history?limit=200, once per circuit: p50={ms(q(history_reads, .5))} p95={ms(q(history_reads, .95))} "
      f"max={ms(max(history_reads))} (n={len(history_reads)}); steps per history min={min(history_len)} "
      f"median={statistics.median(history_len):.0f} max={max(history_len)} (suspended and resumed: "
      f"{'/'.join(sorted({str(n) for c, n in zip(circuits, history_len) if expected[c][0] == 'IN_SERVICE'}))}, stopped: "
      f"{'/'.join(sorted({str(n) for c, n in zip(circuits, history_len) if expected[c][0] == 'STOPPED'}))}); {paged} with a next page")
for path in ["/api/stop-forms/inbox", "/api/stop-forms?limit=50"]:
    ts = reads[path]
    print(f"CSSC {path} after the run: p50={ms(q(ts, .5))} p95={ms(q(ts, .95))} max={ms(max(ts))} (n={len(ts)}, "
          f"{max(reads[path + ' items'])} items)")

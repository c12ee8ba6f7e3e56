#!/usr/bin/env python3
"""In-sale load driver (docs/in-sale-benchmark.md): N lines through a running local system (./run-local.sh).

Each line: a form 1 confirmed over presale-service's REST (dispatch, receipt, three assessments AVAILABLE, reply,
negotiation ACCEPTED), waited for until provisioning-service knows it from gca.presale.events, then its form 2 taken
through the 18 provisioning steps of the Art. 18 path to an archived form 4 (dispatch, receipt, 4 work orders issued
and completed, activation, status change information, one RMU confirmation, reply, form 4, two signatures, archive).
Times every provisioning step (client side) and the form 1's way from presale to provisioning. Standard library only.

  python3 docs/load/in-sale-lines.py [N]      (default 20)
"""
import json, sys, time, urllib.request, datetime, statistics
N = int(sys.argv[1]) if len(sys.argv) > 1 else 20
P, V = "http://localhost:8081", "http://localhost:8082"
def tok(base, dept, user="u", cust=None):
    url = f"{base}/local/tokens?department={dept}&user={user}" + (f"&customerId={cust}" if cust else "")
    return json.load(urllib.request.urlopen(urllib.request.Request(url, method="POST")))["token"]
def call(base, method, path, token, body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, method=method,
                                 headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    t = time.perf_counter()
    try:
        with urllib.request.urlopen(req) as r:
            return r.status, json.load(r), time.perf_counter() - t
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"{}"), time.perf_counter() - t
T = {d: tok(P, d) for d in ["ADMIN", "GCD", "CSSC", "ENG"]}
V_T = {d: tok(V, d) for d in ["GCD", "CSSC", "RMU"]}
CUST = tok(V, "CUSTOMER", "c", "5510007777")
today = datetime.date.today()
call(P, "POST", "/api/products", T["ADMIN"], {"productCode": "LOAD", "name": "数据专线", "mature": True})
lat, wait_basis, forms = [], [], []
start = time.perf_counter()
for i in range(N):
    s, b, _ = call(P, "POST", "/api/forms", T["GCD"], {"customer": {"groupId": "5510007777", "name": "负载测试客户", "serviceLevel": "A"},
        "productCode": "LOAD", "bandwidthMbps": 50, "requestedDate": str(today + datetime.timedelta(days=30)),
        "accessPoints": [{"address": f"合肥市蜀山区测试路{i}号", "district": "蜀山区"}]})
    f1 = b["formId"]; F = "/api/forms/" + f1
    call(P, "POST", F + "/receipt", T["CSSC"])
    for seg in ["CORE", "ACCESS_BACKBONE", "LAST_MILE"]:
        call(P, "POST", f"{F}/points/P1/segments/{seg}/assessment", T["CSSC"], {"outcome": "AVAILABLE"})
    call(P, "POST", F + "/reply", T["CSSC"], {"solutionSummary": "x", "solutionLines": [
        {"pointId": "P1", "segment": sg, "route": "r", "equipmentPort": "p", "bandwidthMbps": 50} for sg in ["CORE", "ACCESS_BACKBONE", "LAST_MILE"]]})
    s, _, _ = call(P, "POST", F + "/negotiation", T["GCD"], {"outcome": "ACCEPTED"})
    t0 = time.perf_counter()
    while call(V, "GET", "/api/confirmation-forms/" + f1, V_T["GCD"])[1].get("status") != "ACCEPTED":
        time.sleep(0.02)
    wait_basis.append(time.perf_counter() - t0)
    steps = [("POST", "/api/demands", "GCD", {"confirmationFormId": f1})]
    s, b, t = call(V, *steps[0][:2], V_T["GCD"], steps[0][3]); lat.append(t); assert s == 201, b
    D = "/api/demands/" + b["formId"]
    forms.append(b["formId"])
    seq = [(D + "/receipt", "CSSC", {"plannedActivationDate": str(today + datetime.timedelta(days=20)), "resourceApplication": "a", "lastMileScheduling": "b"})]
    seq += [(D + "/work-orders", "CSSC", {"pointId": "P1", "target": tg, "assigneeUnit": "u", "plannedDate": str(today + datetime.timedelta(days=5))}) for tg in ["CORE", "ACCESS_BACKBONE", "LAST_MILE", "CUSTOMER_SIDE"]]
    seq += [(f"{D}/work-orders/{b['formId']}-W0{n}/completion", "CSSC", {"actualDate": str(today), "result": "ok"}) for n in range(1, 5)]
    seq += [(D + "/activation", "CSSC", None), (D + "/status-change-info", "CSSC", {"units": ["RMU-CORE"]}),
            (D + "/status-changes/RMU-CORE/confirmation", "RMU", {}), (D + "/reply", "CSSC", {"feedback": "ok"}),
            (D + "/acceptance", "GCD", {"acceptanceDate": str(today), "participants": ["a"], "tests": [{"item": "t", "passed": True}]}),
            (D + "/acceptance/signatures", "CUST", {"signedBy": "张工"}), (D + "/acceptance/signatures", "GCD", {"signedBy": "王经理"}),
            (D + "/acceptance/archive", "GCD", None)]
    for path, who, body in seq:
        s, b2, t = call(V, "POST", path, CUST if who == "CUST" else V_T[who], body); lat.append(t)
        assert s in (200, 201), (path, s, b2)
total = time.perf_counter() - start
# checked, not only timed: every form archived, its three clocks stopped and met in sla-monitor
S = "http://localhost:8085"
PND = tok(S, "PND")
deadline = time.time() + 60
for form in forms:
    status = call(V, "GET", "/api/demands/" + form, V_T["GCD"])[1].get("status")
    assert status == "ARCHIVED", (form, status)
    while True:
        clocks = call(S, "GET", "/api/clocks?subjectId=" + form, PND)[1].get("items", [])
        verdicts = sorted((c["ruleId"], c["state"], c.get("met")) for c in clocks)
        if len(verdicts) == 3 and all(v[1] == "STOPPED" and v[2] for v in verdicts) or time.time() > deadline:
            break
        time.sleep(0.2)
    assert len(verdicts) == 3 and all(v[1] == "STOPPED" and v[2] for v in verdicts), (form, verdicts)
reads = sorted(call(V, "GET", path, V_T["CSSC"])[2] for path in ["/api/demands/inbox", "/api/demands?limit=50"] * 50)
lat.sort()
q = lambda p: lat[min(len(lat) - 1, int(p * len(lat)))]
print(f"lines={N} provisioning steps={len(lat)} wall={total:.1f}s (incl. presale) "
      f"step latency p50={q(.5)*1000:.1f}ms p95={q(.95)*1000:.1f}ms p99={q(.99)*1000:.1f}ms max={lat[-1]*1000:.1f}ms "
      f"mean={statistics.mean(lat)*1000:.1f}ms; form 1 accepted → known to provisioning p50={statistics.median(wait_basis)*1000:.0f}ms max={max(wait_basis)*1000:.0f}ms")
print(f"checked: {len(forms)} forms ARCHIVED, each with provisioning.activation, status-info and acceptance STOPPED met; "
      f"CSSC inbox + list of 50 after the run: p50={reads[len(reads)//2]*1000:.1f}ms max={reads[-1]*1000:.1f}ms (n={len(reads)})")

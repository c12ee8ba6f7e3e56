"""What the load drivers share (docs/load/*.py): local tokens, timed REST calls, and a circuit put in service the real
way — a form 1 of one point confirmed over presale's REST (three assessments AVAILABLE), its form 2 through the Art. 18
path to activation (the circuit id), status change, reply and an archived form 4. Standard library only; imported by
fault-tickets.py and stop-forms.py from this directory."""
import datetime, json, sys, time, urllib.error, urllib.request

PRESALE, PROVISIONING = "http://localhost:8081", "http://localhost:8082"
today = datetime.date.today()
run = time.strftime("%H%M%S")


def day(n):
    return str(today + datetime.timedelta(days=n))


def tok(base, dept, user="u", cust=None, unit=None):
    url = (f"{base}/local/tokens?department={dept}&user={user}" + (f"&customerId={cust}" if cust else "")
           + (f"&unit={unit}" if unit else ""))
    return json.load(urllib.request.urlopen(urllib.request.Request(url, method="POST")))["token"]


def call(base, method, path, token, body=None, headers=None):
    """(status, JSON body, seconds) of one request, errors included."""
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, method=method, headers={
        "Authorization": "Bearer " + token, "Content-Type": "application/json", **(headers or {})})
    t = time.perf_counter()
    try:
        with urllib.request.urlopen(req) as r:
            return r.status, json.load(r), time.perf_counter() - t
    except urllib.error.HTTPError as e:
        raw = e.read() or b"{}"
        try:
            return e.code, json.loads(raw), time.perf_counter() - t
        except ValueError:
            return e.code, {"raw": raw.decode(errors="replace")}, time.perf_counter() - t


def must(what, s, b, ok=(200, 201)):
    """The body of an answer with an expected status; stops the driver on any other."""
    if s not in ok:
        print(f"FAILED {what}: HTTP {s} {json.dumps(b, ensure_ascii=False)}", file=sys.stderr)
        sys.exit(1)
    return b


class InService:
    """Puts circuits in service over presale's and provisioning's REST, as GCD, CSSC and the RMUs do."""

    SEGMENTS = ["CORE", "ACCESS_BACKBONE", "LAST_MILE"]

    def __init__(self):
        self.t = {d: tok(PRESALE, d) for d in ["ADMIN", "GCD", "CSSC"]}
        self.v = {d: tok(PROVISIONING, d) for d in ["GCD", "CSSC", "RMU"]}
        s, b, _ = call(PRESALE, "POST", "/api/products", self.t["ADMIN"],
                       {"productCode": "LOAD", "name": "数据专线", "mature": True})
        must("product", s, b, (200, 201, 409))

    def circuit(self, group, name, level, address, district, activated=None):
        """A new circuit of the customer; {@code activated(circuitId)} runs right after the activation answered."""
        P, V, T, V_T = PRESALE, PROVISIONING, self.t, self.v
        f1 = must("form 1", *call(P, "POST", "/api/forms", T["GCD"], {
            "customer": {"groupId": group, "name": name, "serviceLevel": level}, "productCode": "LOAD",
            "bandwidthMbps": 50, "requestedDate": day(30),
            "accessPoints": [{"address": address, "district": district}]})[:2])["formId"]
        F1 = "/api/forms/" + f1
        must("form 1 receipt", *call(P, "POST", F1 + "/receipt", T["CSSC"])[:2])
        for seg in self.SEGMENTS:
            must("assessment", *call(P, "POST", f"{F1}/points/P1/segments/{seg}/assessment", T["CSSC"],
                                     {"outcome": "AVAILABLE"})[:2])
        must("form 1 reply", *call(P, "POST", F1 + "/reply", T["CSSC"], {"solutionSummary": "x", "solutionLines": [
            {"pointId": "P1", "segment": sg, "route": "r", "equipmentPort": "p", "bandwidthMbps": 50}
            for sg in self.SEGMENTS]})[:2])
        must("negotiation", *call(P, "POST", F1 + "/negotiation", T["GCD"], {"outcome": "ACCEPTED"})[:2])
        deadline = time.time() + 60
        while call(V, "GET", "/api/confirmation-forms/" + f1, V_T["GCD"])[1].get("status") != "ACCEPTED":
            if time.time() > deadline:
                must("form 1 known to provisioning", 0, {"formId": f1})
            time.sleep(0.02)
        d2 = must("form 2", *call(V, "POST", "/api/demands", V_T["GCD"], {"confirmationFormId": f1})[:2])["formId"]
        D = "/api/demands/" + d2
        seq = [(D + "/receipt", "CSSC", {"plannedActivationDate": day(20), "resourceApplication": "a",
                                         "lastMileScheduling": "b"})]
        seq += [(D + "/work-orders", "CSSC", {"pointId": "P1", "target": tg, "assigneeUnit": "u", "plannedDate": day(5)})
                for tg in self.SEGMENTS + ["CUSTOMER_SIDE"]]
        seq += [(f"{D}/work-orders/{d2}-W0{n}/completion", "CSSC", {"actualDate": str(today), "result": "ok"})
                for n in range(1, 5)]
        seq += [(D + "/activation", "CSSC", None), (D + "/status-change-info", "CSSC", {"units": ["RMU-CORE"]}),
                (D + "/status-changes/RMU-CORE/confirmation", "RMU", {}), (D + "/reply", "CSSC", {"feedback": "ok"}),
                (D + "/acceptance", "GCD", {"acceptanceDate": str(today), "participants": ["a"],
                                            "tests": [{"item": "t", "passed": True}]}),
                (D + "/acceptance/signatures", "CUST", {"signedBy": "张工"}),
                (D + "/acceptance/signatures", "GCD", {"signedBy": "王经理"}),
                (D + "/acceptance/archive", "GCD", None)]
        customer = tok(V, "CUSTOMER", "c", group)
        circuit = None
        for path, who, body in seq:
            b = must(path, *call(V, "POST", path, customer if who == "CUST" else V_T[who], body)[:2])
            if path.endswith("/activation"):
                circuit = b["circuits"][0]["circuitId"]
                if activated:
                    activated(circuit)
        return circuit

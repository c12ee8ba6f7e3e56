#!/usr/bin/env python3
"""Every Grafana panel's and every alert rule's query returns data from a real Prometheus (issue 9, item 6).

Starts the local system from the built jars on non-default ports (the launcher with --no-services for Kafka and the
MongoDB-wire store, then presale-service, provisioning-service, fault-service and sla-monitor as child JVMs with
--server.port), runs sla-monitor with short test rules (the shipped sla-rules.yml with fault.acceptance at 20 s and
warnings at half the limit, given by --gca.sla.rules-file) so that warnings and breaches happen within a minute, drives
a scenario through the REST APIs (three circuits activated through presale and provisioning, since fault-service takes
reports on known circuits only; fault reports on them: one accepted in time, then dispatched, escalated to OMT by a
core diagnosis, repaired, reopened by the customer's rejection and repaired again, one accepted late, one never
accepted; forms 1: one replied, one withdrawn, one left open) and checks it ended as meant (met, late, working days
used, the restoration clock handed over to OMT and counted once with its final verdict), starts `prometheus` scraping
the services every 5 s with the alert rules of docker/prometheus/alerts loaded, waits, and then sends through
/api/v1/query:

  * every `expr` of every panel of docker/grafana/dashboards/*.json, with the dashboard variables replaced as Grafana
    does for "All" (a variable's allValue, else `.+`), $__range by the time Prometheus has been scraping,
    $__rate_interval by 1m and $__interval by 15s;
  * every query variable (`label_values(metric, label)` must list at least one value);
  * every alert rule's `expr`, with its comparisons made non-filtering (`> 5` becomes `> bool 5`), so that the
    query must find its series and its joins must match even when the alert does not fire.

It fails listing each query that returned no data, and each alert rule Prometheus could not evaluate. Only the
processes it started are stopped. Needs Java 17, the jars (./mvnw -B package or verify), `prometheus` on PATH.

  docker/prometheus/check-queries.py [--keep] [--wait SECONDS] [--work-dir DIR]

Ports (all on 127.0.0.1, none of the local run's 8081-8085/9092/27017): Kafka 19192 (+19193 controller), Mongo
37117, presale-service 18181, provisioning-service 18182, fault-service 18183, sla-monitor 18185, Prometheus 19090. Override with
GCA_CHECK_PORT_BASE (default 18180; Kafka = base+1012, Mongo = base+18937 and Prometheus = base+910 follow it).
"""
import argparse
import glob
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
VERSION = "0.1.0-SNAPSHOT"
BASE = int(os.environ.get("GCA_CHECK_PORT_BASE", "18180"))
KAFKA_PORT = BASE + 1012          # 19192
MONGO_PORT = BASE + 18937         # 37117
PROMETHEUS_PORT = BASE + 910      # 19090
SERVICES = {"presale-service": BASE + 1, "provisioning-service": BASE + 2, "fault-service": BASE + 3,
            "sla-monitor": BASE + 5}
JVM_OPTIONS = ["-Xmx256m", "-XX:+UseSerialGC", "-XX:MaxMetaspaceSize=128m", "-XX:ReservedCodeCacheSize=64m",
               "-Xss512k", "-Ddisable-axoniq-console-message=true"]
SCRAPE_INTERVAL = "5s"
RATE_INTERVAL = "1m"
DOMAIN_PUBLISHERS = "presale-service|provisioning-service|fault-service|decommission-service"

# Short SLA rules for the scenario: the shipped rules document (sla-rules.yml) with fault.acceptance at 20 s and
# every warning at half the limit (fault acceptance warns at 10 s), passed to sla-monitor with
# --gca.sla.rules-file. presale.confirmation keeps its working days (2 WD before any assessment, ending at 24:00 of
# a later working day): its clocks never warn or breach here, but the one replied to stops and records the working
# days used (gca_sla_working_days_used), and the one withdrawn is cancelled. Breaches come from the clock-time rule.
SHIPPED_RULES = os.path.join(ROOT, "sla-monitor", "src", "main", "resources", "sla-rules.yml")
TEST_RULE_CHANGES = [
    (re.compile(r"^warnFraction: [0-9.]+.*$", re.M), "warnFraction: 0.5   # check-queries.py: warn at half of every limit"),
    (re.compile(r"^(    limit:\n      clockTime: )PT15M$", re.M), r"\g<1>PT20S"),
]


def test_rules():
    """The text of the shipped rules document with the TEST_RULE_CHANGES made (each must apply exactly once)."""
    text = open(SHIPPED_RULES, encoding="utf-8").read()
    for pattern, replacement in TEST_RULE_CHANGES:
        text, n = pattern.subn(replacement, text)
        if n != 1:
            raise SystemExit("%s changed: %r matches %d times, not once; update TEST_RULE_CHANGES in %s"
                             % (SHIPPED_RULES, pattern.pattern, n, __file__))
    return "# check-queries.py test rules: %s with warnFraction 0.5 and fault.acceptance PT20S\n%s" % (
        os.path.relpath(SHIPPED_RULES, ROOT), text)


started = []  # (name, Popen), stopped in reverse order


def say(message):
    print("[check-queries] " + message, flush=True)


def port_free(port):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(("127.0.0.1", port))
            return True
        except OSError:
            return False


def http(method, url, body=None, headers=None, timeout=60):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method, headers=dict(headers or {}))
    if data is not None:
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


def wait_until(what, predicate, timeout, interval=0.5):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            if predicate():
                return
        except (OSError, urllib.error.URLError, ValueError):
            pass
        for name, process in started:
            if process.poll() is not None:
                raise SystemExit("%s exited with code %s while waiting for %s" % (name, process.returncode, what))
        time.sleep(interval)
    raise SystemExit("timed out after %d s waiting for %s" % (timeout, what))


def start(name, command, log, env=None):
    out = open(log, "ab")
    process = subprocess.Popen(command, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                               env={**os.environ, **(env or {})})
    started.append((name, process))
    say("%-16s started (pid %d, log %s)" % (name, process.pid, log))
    return process


def stop_all():
    for name, process in reversed(started):
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            say("%-16s stopped" % name)
    started.clear()


# --- the system and the scenario ----------------------------------------------------------------------------------

def start_system(work):
    jars = {m: os.path.join(ROOT, m, "target", "%s-%s-exec.jar" % (m, VERSION)) for m in SERVICES}
    launcher = os.path.join(ROOT, "local-launcher", "target", "local-launcher-%s.jar" % VERSION)
    missing = [p for p in [launcher, *jars.values()] if not os.path.isfile(p)]
    if missing:
        raise SystemExit("missing jar(s): %s. Build them first: ./mvnw -B -DskipTests package" % ", ".join(missing))
    busy = [p for p in [KAFKA_PORT, KAFKA_PORT + 1, MONGO_PORT, PROMETHEUS_PORT, *SERVICES.values()] if not port_free(p)]
    if busy:
        raise SystemExit("port(s) in use: %s (set GCA_CHECK_PORT_BASE to move them)" % busy)
    logs = os.path.join(work, "logs")
    os.makedirs(logs, exist_ok=True)
    start("launcher", ["java", "-Xmx512m", "-XX:+UseSerialGC", "-jar", launcher, "--no-services",
                       "--data-dir", os.path.join(work, "data"), "--kafka-port", str(KAFKA_PORT),
                       "--mongo-port", str(MONGO_PORT)], os.path.join(logs, "launcher.log"))
    wait_until("Kafka and Mongo", lambda: "started in" in open(os.path.join(logs, "launcher.log")).read(), 90)
    rules = os.path.join(work, "sla-test-rules.yml")
    with open(rules, "w", encoding="utf-8") as f:
        f.write(test_rules())
    env = {"GCA_KAFKA_BOOTSTRAP": "127.0.0.1:%d" % KAFKA_PORT, "GCA_MONGO_URI": "mongodb://127.0.0.1:%d" % MONGO_PORT,
           "MALLOC_ARENA_MAX": "2"}
    for module, port in SERVICES.items():
        args = ["--spring.profiles.active=local", "--server.port=%d" % port]
        if module == "sla-monitor":
            args.append("--gca.sla.rules-file=file:" + rules)
        start(module, ["java", *JVM_OPTIONS, "-jar", jars[module], *args], os.path.join(logs, module + ".log"), env)
    for module, port in SERVICES.items():
        wait_until(module + " readiness",
                   lambda port=port: http("GET", "http://127.0.0.1:%d/actuator/health/readiness" % port)[0] == 200, 240)
        say("%-16s ready on %d" % (module, port))


def start_prometheus(work):
    rule_files = sorted(glob.glob(os.path.join(ROOT, "docker", "prometheus", "alerts", "*.yml")))
    jobs = "".join("""
  - job_name: %s
    metrics_path: /actuator/prometheus
    static_configs:
      - targets: ["127.0.0.1:%d"]
""" % (module, port) for module, port in SERVICES.items())
    config = os.path.join(work, "prometheus.yml")
    with open(config, "w") as f:
        f.write("global:\n  scrape_interval: %s\n  evaluation_interval: %s\nrule_files:\n%s\nscrape_configs:%s"
                % (SCRAPE_INTERVAL, SCRAPE_INTERVAL, "".join("  - %s\n" % r for r in rule_files), jobs))
    start("prometheus", ["prometheus", "--config.file=" + config, "--storage.tsdb.path=" + os.path.join(work, "tsdb"),
                         "--web.listen-address=127.0.0.1:%d" % PROMETHEUS_PORT],
          os.path.join(work, "logs", "prometheus.log"))
    wait_until("Prometheus", lambda: http("GET", prometheus_url("/-/ready"))[0] == 200, 60)
    return time.time()


def prometheus_url(path):
    return "http://127.0.0.1:%d%s" % (PROMETHEUS_PORT, path)


def token(port, department, user):
    status, body = http("POST", "http://127.0.0.1:%d/local/tokens?department=%s&user=%s" % (port, department, user))
    if status != 200:
        raise SystemExit("no token for %s: %s %s" % (department, status, body))
    return json.loads(body)["token"]


def scenario():
    """Three fault reports on circuits activated for the scenario (AA, A, STANDARD): FT-1 accepted at once (met), FT-2
    accepted after its deadline (warned, breached, late), FT-3 never accepted (warned, breached and still running =
    overdue). FT-1 is accepted right after the report, not after sla-monitor shows its clock: on a loaded machine the
    clock may show later than the 20 s limit, and what decides met or late is the events' times (reportedAt,
    acceptedAt), not when sla-monitor reads them. FT-1 then goes the Art. 25-29 way: dispatched to CSSC, diagnosed a
    core-network fault (escalated to OMT), repaired by OMT, rejected by the customer (reopened at OMT) and repaired
    again: its restoration clock is handed over MON -> CSSC -> OMT, stops met twice and is reopened once, so the
    compliance queries must count it once (gca_sla_clocks_reopened_total)."""
    fault = SERVICES["fault-service"]
    sla = SERVICES["sla-monitor"]
    cc = token(fault, "CALL_CENTER", "check-cc")
    mon = token(fault, "MON", "check-mon")
    cssc = token(fault, "CSSC", "check-cssc")
    omt = token(fault, "OMT", "check-omt")
    circuits = activated_circuits(["AA", "A", "STANDARD"])

    def step(ticket, path, who, body=None):
        status, answer = http("POST", "http://127.0.0.1:%d/api/faults/%s/%s" % (fault, ticket, path), body,
                              {"Authorization": "Bearer " + who})
        if status != 200:
            raise SystemExit("fault %s %s refused: %s %s" % (ticket, path, status, answer))

    tickets = []
    for i, circuit in enumerate(circuits, start=1):
        status, body = http("POST", "http://127.0.0.1:%d/api/faults" % fault, {
            "circuitId": circuit, "symptom": "专线中断", "contact": {"name": "检查", "phone": "1380000000%d" % i}},
            {"Authorization": "Bearer " + cc})
        if status not in (200, 201):
            raise SystemExit("fault report refused: %s %s" % (status, body))
        tickets.append(json.loads(body)["ticketId"])
        if i == 1:
            step(tickets[0], "acceptance", mon)
            say("accepted %s at once" % tickets[0])
    say("reported %s" % ", ".join(tickets))

    def clock(clock_id):
        status, body = http("GET", "http://127.0.0.1:%d/api/clocks/%s" % (sla, clock_id), headers={"Authorization": "Bearer " + mon})
        return json.loads(body) if status == 200 else {}

    expected = []

    def outcome(what, clock_id, key, want):
        got = clock(clock_id).get(key)
        say("%s: %s %s" % (what, key, got))
        if got != want:
            expected.append("%s: %s %s, the scenario meant %s" % (what, key, got, want))

    restoration = "fault.restoration:" + tickets[0]
    step(tickets[0], "dispatch", mon, {"note": "检查：派单"})
    step(tickets[0], "diagnosis", cssc, {"coreNetwork": True, "reasoning": "检查：核心网告警"})
    step(tickets[0], "repair", omt, {"cause": "检查：板卡故障", "action": "更换板卡"})
    wait_until("stop of " + restoration, lambda: clock(restoration).get("state") == "STOPPED", 180)
    step(tickets[0], "clearance", cssc, {"cleared": False, "reason": "检查：客户反映仍然中断"})
    wait_until("reopening of " + restoration, lambda: clock(restoration).get("reopenCount") == 1, 180)
    step(tickets[0], "repair", omt, {"cause": "检查：尾纤松动", "action": "重新熔接"})
    wait_until("second stop of " + restoration, lambda: clock(restoration).get("state") == "STOPPED", 180)
    outcome(tickets[0], restoration, "met", True)
    outcome(tickets[0], restoration, "responsibleDepartment", "OMT")
    outcome(tickets[0], restoration, "handOverCount", 2)

    wait_until("stop of " + tickets[0], lambda: clock("fault.acceptance:" + tickets[0]).get("state") == "STOPPED", 180)
    outcome(tickets[0], "fault.acceptance:" + tickets[0], "met", True)
    wait_until("breach of " + tickets[1], lambda: clock("fault.acceptance:" + tickets[1]).get("breachedAt"), 180)
    step(tickets[1], "acceptance", mon)
    say("accepted %s late" % tickets[1])
    wait_until("stop of " + tickets[1], lambda: clock("fault.acceptance:" + tickets[1]).get("state") == "STOPPED", 180)
    outcome(tickets[1], "fault.acceptance:" + tickets[1], "met", False)
    wait_until("breach of " + tickets[2], lambda: clock("fault.acceptance:" + tickets[2]).get("breachedAt"), 180)
    say("%s stays unaccepted (overdue)" % tickets[2])
    forms = presale_forms()
    for form, state in zip(forms, ("STOPPED", "CANCELLED", "RUNNING")):
        wait_until("%s clock of form %s" % (state, form),
                   lambda form=form, state=state: clock("presale.confirmation:" + form).get("state") == state, 180)
    if clock("presale.confirmation:" + forms[0]).get("used") is None:
        expected.append("form %s: its presale.confirmation clock stopped without working days used" % forms[0])
    say("presale.confirmation clocks: %s" % ", ".join(
        "%s %s" % (f, clock("presale.confirmation:" + f).get("state")) for f in forms)
        + " (working days used by the stopped one: %s)" % clock("presale.confirmation:" + forms[0]).get("used"))
    return expected


def counted_once():
    """After the scrapes: the restoration clock stopped met twice and reopened once counts as one met clock of OMT."""
    result, error = instant('sum by (department, outcome) (gca_sla_clocks_stopped_total{rule="fault.restoration"})'
                            ' - sum by (department, outcome) (gca_sla_clocks_reopened_total{rule="fault.restoration"})')
    counts = {} if error else {(r["metric"].get("department"), r["metric"].get("outcome")): float(r["value"][1])
                                for r in result or []}
    say("fault.restoration stopped - reopened: %s" % (error or counts))
    if counts.get(("OMT", "met")) != 1.0 or counts.get(("OMT", "late"), 0.0) != 0.0:
        return ["fault.restoration: stopped - reopened by department and outcome is %s, the scenario meant one met "
                "clock of OMT" % (error or counts)]
    return []


def activated_circuits(levels):
    """A circuit in service for each service level, as InSaleLine (local-launcher's tests) activates one: a form 1 of
    one point, every segment available, confirmed and accepted (Art. 8-16), its form 2 dispatched and received
    (Art. 17), four form 3 work orders completed and the activation (Art. 18-21); then fault-service must know it."""
    presale = "http://127.0.0.1:%d" % SERVICES["presale-service"]
    provisioning = "http://127.0.0.1:%d" % SERVICES["provisioning-service"]
    fault = "http://127.0.0.1:%d" % SERVICES["fault-service"]
    p_admin, p_gcd, p_cssc = (token(SERVICES["presale-service"], d, u)
                              for d, u in (("ADMIN", "check-admin"), ("GCD", "check-gcd"), ("CSSC", "check-cssc")))
    v_gcd, v_cssc = (token(SERVICES["provisioning-service"], d, u) for d, u in (("GCD", "check-gcd"), ("CSSC", "check-cssc")))
    f_mon = token(SERVICES["fault-service"], "MON", "check-mon")

    def call(url, who, body=None, ok=(200, 201)):
        status, answer = http("POST", url, body, {"Authorization": "Bearer " + who})
        if status not in ok:
            raise SystemExit("%s refused: %s %s" % (url, status, answer))
        return json.loads(answer) if answer else {}

    def get(url, who):
        status, answer = http("GET", url, headers={"Authorization": "Bearer " + who})
        return json.loads(answer) if status == 200 else {}

    call(presale + "/api/products", p_admin, {"productCode": "CHK", "name": "检查专线", "mature": True}, ok=(200, 201, 409))
    day = lambda days: time.strftime("%Y-%m-%d", time.gmtime(time.time() + 8 * 3600 + days * 86400))
    circuits = []
    for n, level in enumerate(levels):
        form1 = call(presale + "/api/forms", p_gcd, {
            "customer": {"groupId": "551000910%d" % n, "name": "合肥检查%s有限公司" % level, "serviceLevel": level},
            "productCode": "CHK", "bandwidthMbps": 100, "requestedDate": day(30),
            "accountManager": "王经理 13900000000", "contact": "张工 13800000000",
            "accessPoints": [{"address": "合肥市蜀山区长江西路%d号" % (200 + n), "district": "蜀山区"}]})["formId"]
        f = presale + "/api/forms/" + form1
        call(f + "/receipt", p_cssc)
        for segment in ("CORE", "ACCESS_BACKBONE", "LAST_MILE"):
            call(f + "/points/P1/segments/%s/assessment" % segment, p_cssc, {"outcome": "AVAILABLE"})
        call(f + "/reply", p_cssc, {"solutionSummary": "经蜀山汇聚机房接入", "solutionLines": [
            {"pointId": "P1", "segment": s, "route": "检查路由", "equipmentPort": "GE0/0/%d" % i, "bandwidthMbps": 100}
            for i, s in enumerate(("CORE", "ACCESS_BACKBONE", "LAST_MILE"))]})
        call(f + "/negotiation", p_gcd, {"outcome": "ACCEPTED", "note": "客户确认方案"})
        wait_until("form 1 %s in provisioning" % form1, lambda: get(
            provisioning + "/api/confirmation-forms/" + form1, v_gcd).get("status") == "ACCEPTED", 120)
        form2 = call(provisioning + "/api/demands", v_gcd, {"confirmationFormId": form1, "remarks": "按方案开通"})["formId"]
        d = provisioning + "/api/demands/" + form2
        call(d + "/receipt", v_cssc, {"plannedActivationDate": day(20), "resourceApplication": "端口申请已提交",
                                      "lastMileScheduling": "末端施工已派单调度"})
        for target in ("CORE", "ACCESS_BACKBONE", "LAST_MILE", "CUSTOMER_SIDE"):
            order = call(d + "/work-orders", v_cssc, {"pointId": "P1", "target": target, "assigneeUnit": "蜀山区域维护中心",
                                                      "plannedDate": day(5)})["itemId"]
            call(d + "/work-orders/%s/completion" % order, v_cssc, {"actualDate": day(0), "result": "开通正常"})
        circuit = call(d + "/activation", v_cssc)["circuits"][0]["circuitId"]
        wait_until("circuit %s in fault-service" % circuit,
                   lambda: get(fault + "/api/circuits/" + circuit, f_mon).get("customer", {}).get("serviceLevel") == level, 120)
        circuits.append(circuit)
    say("circuits in service: %s" % ", ".join("%s %s" % c for c in zip(circuits, levels)))
    return circuits


def presale_forms():
    """Three forms 1 (Art. 8-15) for the presale working-day rules: one received, assessed and replied (its clock
    stops: working days used), one received and withdrawn (its clock is cancelled), one received and left open."""
    port = SERVICES["presale-service"]
    url = "http://127.0.0.1:%d" % port
    admin, gcd, cssc = (token(port, d, u) for d, u in (("ADMIN", "check-admin"), ("GCD", "check-gcd"), ("CSSC", "check-cssc")))

    def call(who, path, body=None, ok=(200, 201)):
        status, answer = http("POST", url + path, body, {"Authorization": "Bearer " + who})
        if status not in ok:
            raise SystemExit("presale %s refused: %s %s" % (path, status, answer))
        return json.loads(answer) if answer else {}

    call(admin, "/api/products", {"productCode": "CHK", "name": "检查专线", "mature": True}, ok=(200, 201, 409))
    requested = time.strftime("%Y-%m-%d", time.gmtime(time.time() + 30 * 86400))
    forms = []
    for i in range(3):
        form = call(gcd, "/api/forms", {
            "customer": {"groupId": "5510009000", "name": "合肥检查科技有限公司", "serviceLevel": "AA"},
            "productCode": "CHK", "bandwidthMbps": 100, "requestedDate": requested,
            "accountManager": "王经理 13900000000", "contact": "张工 13800000000",
            "accessPoints": [{"address": "合肥市蜀山区长江西路%d号" % (100 + i), "district": "蜀山区"}]})["formId"]
        call(cssc, "/api/forms/%s/receipt" % form)
        forms.append(form)
    replied, withdrawn, open_ = forms
    for segment in ("CORE", "ACCESS_BACKBONE", "LAST_MILE"):
        call(cssc, "/api/forms/%s/points/P1/segments/%s/assessment" % (replied, segment), {"outcome": "AVAILABLE"})
    call(cssc, "/api/forms/%s/reply" % replied, {"solutionSummary": "经蜀山汇聚机房接入", "solutionLines": [
        {"pointId": "P1", "segment": s, "route": "检查路由", "equipmentPort": "GE0/0/%d" % n, "bandwidthMbps": 100}
        for n, s in enumerate(("CORE", "ACCESS_BACKBONE", "LAST_MILE"))]})
    call(gcd, "/api/forms/%s/withdrawal" % withdrawn, {"reason": "客户取消需求"})
    say("presale: %s replied, %s withdrawn, %s open" % (replied, withdrawn, open_))
    return forms


# --- queries ------------------------------------------------------------------------------------------------------

def dashboard_queries(range_):
    """(where, promql or label_values query) of every panel target and query variable."""
    queries = []
    for path in sorted(glob.glob(os.path.join(ROOT, "docker", "grafana", "dashboards", "*.json"))):
        dashboard = json.load(open(path, encoding="utf-8"))
        name = os.path.basename(path)
        variables = {}
        for v in dashboard.get("templating", {}).get("list", []):
            variables[v["name"]] = v.get("allValue") or ".+"
            if v.get("type") == "query":
                q = v.get("query")
                q = q.get("query") if isinstance(q, dict) else q
                queries.append(("%s variable $%s" % (name, v["name"]), q, variables))

        def panels(items):
            for p in items:
                yield p
                yield from panels(p.get("panels", []))

        for p in panels(dashboard.get("panels", [])):
            for t in p.get("targets", []):
                if t.get("expr"):
                    queries.append(("%s panel %d %r %s" % (name, p.get("id"), p.get("title"), t.get("refId")),
                                    t["expr"], variables))
    resolved = []
    for where, q, variables in queries:
        resolved.append((where, substitute(q, variables, range_)))
    return resolved


def substitute(query, variables, range_):
    builtins = {"__range": range_, "__rate_interval": RATE_INTERVAL, "__interval": "15s"}

    def value(name):
        if name in builtins:
            return builtins[name]
        if name in variables:
            return variables[name]
        raise SystemExit("query uses undefined variable $%s: %s" % (name, query))

    query = re.sub(r"\$\{(\w+)(?::\w+)?}", lambda m: value(m.group(1)), query)
    query = re.sub(r"\[\[(\w+)]]", lambda m: value(m.group(1)), query)
    return re.sub(r"\$(\w+)", lambda m: value(m.group(1)), query)


COMPARISON = re.compile(r"==|!=|>=|<=|>|<")


def non_filtering(expr):
    """The expression with every comparison operator outside label matchers, ranges and strings given `bool`, so it
    returns 0/1 for every series it compares instead of dropping the ones that do not meet the threshold."""
    out, i, depth_brace, depth_bracket = [], 0, 0, 0
    while i < len(expr):
        c = expr[i]
        if c in "\"'`":
            j = i + 1
            while j < len(expr) and expr[j] != c:
                j += 2 if expr[j] == "\\" else 1
            out.append(expr[i:j + 1])
            i = j + 1
            continue
        if c == "{":
            depth_brace += 1
        elif c == "}":
            depth_brace -= 1
        elif c == "[":
            depth_bracket += 1
        elif c == "]":
            depth_bracket -= 1
        if depth_brace == 0 and depth_bracket == 0:
            m = COMPARISON.match(expr, i)
            if m:
                out.append(m.group(0))
                i = m.end()
                if not re.match(r"\s*bool\b", expr[i:]):
                    out.append(" bool")
                continue
        out.append(c)
        i += 1
    return "".join(out)


def alert_queries():
    queries = []
    for path in sorted(glob.glob(os.path.join(ROOT, "docker", "prometheus", "alerts", "*.yml"))):
        # Minimal reading of the rule files without a YAML library: every rule is `- alert: X` followed by
        # `expr: |` and its indented block (the layout of docker/prometheus/alerts; promtool checks the YAML).
        lines = open(path, encoding="utf-8").read().splitlines()
        alert = None
        i = 0
        while i < len(lines):
            line = lines[i]
            m = re.match(r"\s*- alert:\s*(\S+)", line)
            if m:
                alert = m.group(1)
            m = re.match(r"(\s*)expr:\s*(.*)$", line)
            if m and alert:
                indent, rest = len(m.group(1)), m.group(2).strip()
                if rest in ("|", ">", "|-", ">-"):
                    block = []
                    i += 1
                    while i < len(lines) and (not lines[i].strip() or len(lines[i]) - len(lines[i].lstrip()) > indent):
                        block.append(lines[i].strip())
                        i += 1
                    expr = " ".join(b for b in block if b)
                    i -= 1
                else:
                    expr = rest.strip("'\"")
                queries.append(("%s alert %s" % (os.path.basename(path), alert), expr))
                alert = None
            i += 1
    return queries


def instant(query):
    status, body = http("GET", prometheus_url("/api/v1/query?" + urllib.parse.urlencode({"query": query})))
    answer = json.loads(body)
    if answer.get("status") != "success":
        return None, answer.get("error", body)
    return answer["data"]["result"], None


def label_values(query):
    m = re.match(r"^\s*label_values\(\s*(.*?)\s*,\s*(\w+)\s*\)\s*$", query)
    if not m:
        return None, "not a label_values(metric, label) query"
    selector, label = m.group(1), m.group(2)
    status, body = http("GET", prometheus_url("/api/v1/label/%s/values?%s" % (label, urllib.parse.urlencode({"match[]": selector}))))
    answer = json.loads(body)
    if answer.get("status") != "success":
        return None, answer.get("error", body)
    return answer["data"], None


def check(started_at):
    failures = []
    range_ = "%ds" % max(60, int(time.time() - started_at) + 30)
    say("querying Prometheus ($__range = %s, $__rate_interval = %s)" % (range_, RATE_INTERVAL))
    for where, query in dashboard_queries(range_):
        if query.lstrip().startswith("label_values("):
            result, error = label_values(query)
        else:
            result, error = instant(query)
        report(where, query, result, error, failures)
    for where, expr in alert_queries():
        query = non_filtering(expr)
        result, error = instant(query)
        report(where, query, result, error, failures)
    status, body = http("GET", prometheus_url("/api/v1/rules"))
    for group in json.loads(body)["data"]["groups"]:
        for rule in group["rules"]:
            if rule.get("health") != "ok":
                failures.append("alert %s: Prometheus evaluates it with health %s: %s"
                                % (rule["name"], rule.get("health"), rule.get("lastError")))
            elif rule.get("state") == "firing" or rule.get("state") == "pending":
                say("  (alert %s is %s)" % (rule["name"], rule["state"]))
    return failures


checked = []  # every query sent


def report(where, query, result, error, failures):
    checked.append(where)
    if error:
        print("ERROR    %s\n         %s\n         %s" % (where, query, error), flush=True)
        failures.append("%s: error %s" % (where, error))
    elif not result:
        print("NO DATA  %s\n         %s" % (where, query), flush=True)
        failures.append("%s: no data: %s" % (where, query))
    else:
        print("ok       %s (%d series)" % (where, len(result)), flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--keep", action="store_true", help="keep the work directory (logs, data) after success")
    parser.add_argument("--wait", type=int, default=45, help="seconds to let Prometheus scrape after the scenario")
    parser.add_argument("--work-dir", help="work directory (default: a new one under /tmp)")
    args = parser.parse_args()
    if shutil.which("prometheus") is None:
        say("prometheus is not on PATH (apt-get install prometheus): the query check cannot run")
        return 3
    work = args.work_dir or tempfile.mkdtemp(prefix="gca-check-queries-")
    os.makedirs(work, exist_ok=True)
    say("work directory %s" % work)
    failures = ["(did not finish)"]
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    try:
        start_system(work)
        started_at = start_prometheus(work)
        unexpected = scenario()
        say("letting Prometheus scrape for %d s" % args.wait)
        time.sleep(args.wait)
        # Meters registered at zero answer a query even when the scenario went wrong: its outcomes are checked too.
        failures = unexpected + check(started_at) + counted_once()
    finally:
        stop_all()
    if failures:
        say("%d problem(s) (%d queries sent; logs in %s):" % (len(failures), len(checked), work))
        for f in failures:
            print("  - " + f)
        return 1
    say("every panel and alert query returned data (%d queries)" % len(checked))
    if not args.keep and not args.work_dir:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

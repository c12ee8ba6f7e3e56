package cn.cmcc.ah.gca.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load driver for presale-service's read model (JDK only), the one behind docs/read-model-benchmark.md. Run from the
 * repository root through the benchmarks module, the mode and its options in {@code bench.args}:
 *
 * <pre>
 *   ./mvnw -B -q -pl benchmarks -am package -DskipTests exec:exec@read-model -Dbench.args="MODE OPTIONS"
 *
 *   generate   --base http://localhost:18081 --forms 200000 --open 5000 --customers 1000 --threads 12
 *              [--start 0] [--state FILE] [--await-minutes 30]
 *   measure    --base http://localhost:18081 --customer 5510000042 --samples 30 --timeout 120 --max-minutes 10
 *              [--after] [--single RC-2026-100000] [--only A,B,F]
 *   await      --base http://localhost:18081 --id RC-2026-000123 [--await-minutes 30]
 *   writecheck --base http://localhost:18081 [--index 200000]
 * </pre>
 *
 * measure: A {@code GET /api/forms?limit=50} (GCD), B the CSSC inbox, C a customer's forms (its own token); with
 * --after also B and C with {@code limit=100}, D {@code ?status=WITHDRAWN&limit=50} and E, A's second page by its
 * {@code next} cursor (the API before the kit had no cursor, so the "before" run measured A–C only); --single adds F,
 * one form by id.
 *
 * generate: form i (0 <= i < forms) has customer groupId 5510000000 + (i % customers). Exactly {@code open} forms stay
 * open, chosen by the bijection k(i) = (i * P) mod forms (P a prime coprime to forms): form i is open iff
 * k(i) < open, and an open form is received by CSSC iff k(i) is odd (so half DISPATCHED, half RECEIVED). Every
 * other form is withdrawn by GCD right after its dispatch. Progress (the contiguous prefix of finished indices and
 * the last form id) is written to the state file; with --start (or the state file) a run resumes there.
 */
public class ReadModelLoad {

    static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern FORM_ID = Pattern.compile("\"formId\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: ReadModelLoad generate|measure|await|writecheck --base URL ...");
            System.exit(2);
        }
        Map<String, String> o = options(args);
        String base = o.getOrDefault("base", "http://localhost:18081");
        switch (args[0]) {
            case "generate" -> generate(base, o);
            case "measure" -> measure(base, o);
            case "await" -> await(base, o.get("id"), Integer.parseInt(o.getOrDefault("await-minutes", "30")));
            case "writecheck" -> writeCheck(base, o);
            default -> {
                System.err.println("unknown mode " + args[0]);
                System.exit(2);
            }
        }
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> o = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
            String key = args[i].substring(2);
            if (key.contains("=")) {
                o.put(key.substring(0, key.indexOf('=')), key.substring(key.indexOf('=') + 1));
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                o.put(key, args[++i]);
            } else {
                o.put(key, "true");
            }
        }
        return o;
    }

    static String now() {
        return LocalDateTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss"));
    }

    static void log(String format, Object... args) {
        System.out.println("[" + now() + "] " + String.format(format, args));
        System.out.flush();
    }

    // ---------------------------------------------------------------- HTTP

    /** One response: status (or -1 with an error), body, elapsed nanos. */
    record Result(int status, String body, long bytes, long nanos, String error) {
        String statusKey() {
            return error != null ? error : String.valueOf(status);
        }

        boolean ok() {
            return error == null && status >= 200 && status < 300;
        }
    }

    static Result send(String method, String url, String token, String json, Duration timeout) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(timeout);
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            b.header("Content-Type", "application/json");
            b.method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        long t0 = System.nanoTime();
        try {
            HttpResponse<byte[]> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            long t = System.nanoTime() - t0;
            byte[] body = r.body();
            return new Result(r.statusCode(), new String(body, StandardCharsets.UTF_8), body.length, t, null);
        } catch (HttpTimeoutException e) {
            return new Result(-1, "", 0, System.nanoTime() - t0, "TIMEOUT");
        } catch (IOException e) {
            return new Result(-1, "", 0, System.nanoTime() - t0, "IOEXC:" + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "", 0, System.nanoTime() - t0, "INTERRUPTED");
        } catch (RuntimeException e) {
            return new Result(-1, "", 0, System.nanoTime() - t0, "EXC:" + e.getClass().getSimpleName());
        }
    }

    static String token(String base, String department, String customerId) {
        String url = base + "/local/tokens?department=" + department + "&user=load"
                + (customerId != null ? "&customerId=" + customerId : "");
        for (int attempt = 1; ; attempt++) {
            Result r = send("POST", url, null, null, Duration.ofSeconds(30));
            if (r.ok()) {
                Matcher m = TOKEN.matcher(r.body());
                if (m.find()) {
                    return m.group(1);
                }
            }
            if (attempt >= 5) {
                throw new IllegalStateException("no " + department + " token: " + r.statusKey() + " " + r.body());
            }
            sleep(2000);
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---------------------------------------------------------------- generate

    static final class Tokens {
        final String base;
        volatile String gcd;
        volatile String cssc;

        Tokens(String base) {
            this.base = base;
            refresh();
        }

        synchronized void refresh() {
            gcd = token(base, "GCD", null);
            cssc = token(base, "CSSC", null);
        }
    }

    static void generate(String base, Map<String, String> o) throws Exception {
        int forms = Integer.parseInt(o.getOrDefault("forms", "200000"));
        int open = Integer.parseInt(o.getOrDefault("open", "5000"));
        int customers = Integer.parseInt(o.getOrDefault("customers", "1000"));
        int threads = Integer.parseInt(o.getOrDefault("threads", "12"));
        int awaitMinutes = Integer.parseInt(o.getOrDefault("await-minutes", "30"));
        Path state = Path.of(o.getOrDefault("state", "readmodel-generate.state"));
        int start = 0;
        if (o.containsKey("start")) {
            start = Integer.parseInt(o.get("start"));
        } else if (Files.exists(state)) {
            for (String line : Files.readAllLines(state)) {
                if (line.startsWith("next=")) {
                    start = Integer.parseInt(line.substring(5).trim());
                }
            }
            log("resuming from state file %s: next=%d", state, start);
        }
        long p = 7919;
        while (gcd(p, forms) != 1) {
            p += 2;
        }
        final long prime = p;
        String requested = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30).toString();
        log("generate: base=%s forms=%d open=%d customers=%d threads=%d start=%d requestedDate=%s P=%d state=%s",
                base, forms, open, customers, threads, start, requested, prime, state.toAbsolutePath());

        Tokens tokens = new Tokens(base);
        String admin = token(base, "ADMIN", null);
        Result product = send("POST", base + "/api/products", admin,
                "{\"productCode\":\"DIA\",\"name\":\"互联网专线\",\"mature\":true}", Duration.ofSeconds(60));
        log("product DIA: %s %s", product.statusKey(), abbreviate(product.body()));
        if (!product.ok() && product.status() != 409 && product.status() != 422) {
            log("WARNING: product registration answered %s; going on", product.statusKey());
        }

        Map<String, LongAdder> statuses = new ConcurrentHashMap<>(); // "op status" -> count
        LongAdder requests = new LongAdder();
        LongAdder formsDispatched = new LongAdder();
        LongAdder formsFailed = new LongAdder();
        AtomicInteger next = new AtomicInteger(start);
        BitSet done = new BitSet();
        int[] lowWater = {start};
        AtomicLong lastFormIndex = new AtomicLong(-1);
        String[] lastFormId = {""};
        AtomicInteger finishedCount = new AtomicInteger();
        final int startIndex = start;
        long t0 = System.nanoTime();
        long[] lastTick = {t0, 0};

        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < forms) {
                    long k = (i * prime) % forms;
                    boolean isOpen = k < open;
                    boolean received = isOpen && (k % 2 == 1);
                    String customer = String.valueOf(5510000000L + (i % customers));
                    String body = dispatchBody(customer, requested, i);
                    Result d = call(tokens, "dispatch", "POST", base + "/api/forms", true, body, statuses, requests);
                    String formId = null;
                    if (d.ok()) {
                        Matcher m = FORM_ID.matcher(d.body());
                        if (m.find()) {
                            formId = m.group(1);
                        }
                    }
                    if (formId == null) {
                        formsFailed.increment();
                    } else {
                        formsDispatched.increment();
                        if (!isOpen) {
                            call(tokens, "withdraw", "POST", base + "/api/forms/" + formId + "/withdrawal", true,
                                    "{\"reason\":\"客户取消\"}", statuses, requests);
                        } else if (received) {
                            call(tokens, "receive", "POST", base + "/api/forms/" + formId + "/receipt", false,
                                    null, statuses, requests);
                        }
                    }
                    synchronized (done) {
                        done.set(i);
                        while (done.get(lowWater[0])) {
                            lowWater[0]++;
                        }
                        if (formId != null && i > lastFormIndex.get()) {
                            lastFormIndex.set(i);
                            lastFormId[0] = formId;
                        }
                        int n = finishedCount.incrementAndGet();
                        if (n % 10000 == 0) {
                            long tn = System.nanoTime();
                            double secs = (tn - t0) / 1e9;
                            double windowSecs = (tn - lastTick[0]) / 1e9;
                            long reqs = requests.sum();
                            log("progress: %d forms this run (next contiguous index %d), %d requests, %.1f s, "
                                            + "overall %.1f req/s %.1f forms/s, last 10k %.1f req/s; statuses %s",
                                    n, lowWater[0], reqs, secs, reqs / secs, n / secs,
                                    (reqs - lastTick[1]) / windowSecs, snapshot(statuses));
                            lastTick[0] = tn;
                            lastTick[1] = reqs;
                            writeState(state, lowWater[0], lastFormId[0], forms);
                        }
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        while (!pool.awaitTermination(60, TimeUnit.SECONDS)) {
            synchronized (done) {
                writeState(state, lowWater[0], lastFormId[0], forms);
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        long reqs = requests.sum();
        synchronized (done) {
            writeState(state, lowWater[0], lastFormId[0], forms);
        }
        log("DONE: indices %d..%d, %d forms dispatched, %d dispatches failed, %d requests in %.1f s = %.1f req/s, "
                        + "%.1f forms/s", startIndex, forms - 1, formsDispatched.sum(), formsFailed.sum(), reqs, secs,
                reqs / secs, finishedCount.get() / secs);
        log("status counts (op status -> n): %s", snapshot(statuses));
        log("last dispatched form (highest index %d): %s", lastFormIndex.get(), lastFormId[0]);
        if (!lastFormId[0].isEmpty()) {
            await(base, lastFormId[0], awaitMinutes);
        }
    }

    static Result call(Tokens tokens, String op, String method, String url, boolean gcd, String body,
                       Map<String, LongAdder> statuses, LongAdder requests) {
        Result r = send(method, url, gcd ? tokens.gcd : tokens.cssc, body, Duration.ofSeconds(60));
        requests.increment();
        statuses.computeIfAbsent(op + " " + r.statusKey(), x -> new LongAdder()).increment();
        if (!r.ok()) {
            log("%s %s -> %s %s", op, url, r.statusKey(), abbreviate(r.body()));
            if (r.status() == 401) {
                tokens.refresh();
            }
        }
        return r;
    }

    static String dispatchBody(String customer, String requested, int i) {
        return "{\"customer\":{\"groupId\":\"" + customer + "\",\"name\":\"压测客户\",\"serviceLevel\":\"A\"},"
                + "\"productCode\":\"DIA\",\"bandwidthMbps\":100,\"requestedDate\":\"" + requested + "\","
                + "\"accountManager\":\"load 13900000000\",\"contact\":\"load 13800000000\","
                + "\"accessPoints\":[{\"address\":\"合肥市蜀山区长江西路" + i + "号\",\"district\":\"蜀山区\"},"
                + "{\"address\":\"合肥市包河区徽州大道" + i + "号\",\"district\":\"包河区\"}]}";
    }

    static void writeState(Path state, int next, String lastFormId, int forms) {
        try {
            Files.writeString(state, "next=" + next + "\nlastFormId=" + lastFormId + "\nforms=" + forms
                    + "\nwritten=" + LocalDateTime.now() + "\n");
        } catch (IOException e) {
            log("could not write state %s: %s", state, e);
        }
    }

    static Map<String, Long> snapshot(Map<String, LongAdder> statuses) {
        Map<String, Long> m = new TreeMap<>();
        statuses.forEach((k, v) -> m.put(k, v.sum()));
        return m;
    }

    static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    static String abbreviate(String s) {
        s = s.replaceAll("\\s+", " ");
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    /** Polls GET /api/forms/{id} (as GCD) until 200; prints the time it took and the form's status. */
    static void await(String base, String id, int minutes) {
        String gcd = token(base, "GCD", null);
        long t0 = System.nanoTime();
        long deadline = t0 + TimeUnit.MINUTES.toNanos(minutes);
        int polls = 0;
        while (true) {
            Result r = send("GET", base + "/api/forms/" + id, gcd, null, Duration.ofSeconds(60));
            polls++;
            if (r.status() == 200) {
                Matcher m = STATUS.matcher(r.body());
                log("read model has %s: 200 after %.1f s (%d polls), status %s", id, (System.nanoTime() - t0) / 1e9,
                        polls, m.find() ? m.group(1) : "?");
                return;
            }
            if (System.nanoTime() > deadline) {
                log("read model still lacks %s after %d min: last answer %s %s", id, minutes, r.statusKey(),
                        abbreviate(r.body()));
                return;
            }
            if (polls % 30 == 1) {
                log("waiting for %s in the read model: %s", id, r.statusKey());
            }
            sleep(2000);
        }
    }

    // ---------------------------------------------------------------- measure

    record Endpoint(String name, String path, String token) {
    }

    static void measure(String base, Map<String, String> o) {
        String customer = o.getOrDefault("customer", "5510000042");
        int samples = Integer.parseInt(o.getOrDefault("samples", "30"));
        int timeoutSecs = Integer.parseInt(o.getOrDefault("timeout", "120"));
        double maxMinutes = Double.parseDouble(o.getOrDefault("max-minutes", "10"));
        int warmups = Integer.parseInt(o.getOrDefault("warmups", "3"));
        log("measure: base=%s customer=%s samples=%d warmups=%d timeout=%ds max-minutes=%.1f per endpoint "
                + "(warm-ups included)", base, customer, samples, warmups, timeoutSecs, maxMinutes);
        String gcdToken = token(base, "GCD", null);
        String csscToken = token(base, "CSSC", null);
        String customerToken = token(base, "CUSTOMER", customer);
        List<Endpoint> endpoints = new ArrayList<>(List.of(
                new Endpoint("A GCD      GET /api/forms?limit=50", "/api/forms?limit=50", gcdToken),
                new Endpoint("B CSSC     GET /api/forms/inbox", "/api/forms/inbox", csscToken),
                new Endpoint("C CUSTOMER GET /api/forms (" + customer + ")", "/api/forms", customerToken)));
        if (o.containsKey("after")) { // after-benchmark: B and C with limit=100, D (closed status), E (A's 2nd page)
            Result first = send("GET", base + "/api/forms?limit=50", gcdToken, null, Duration.ofSeconds(timeoutSecs));
            Matcher next = Pattern.compile("\"next\"\\s*:\\s*\"([^\"]+)\"").matcher(first.body());
            String cursor = next.find() ? next.group(1) : "MISSING";
            log("A's first page: %s, %d bytes, next=%s", first.statusKey(), first.bytes(), cursor);
            endpoints.add(2, new Endpoint("B100 CSSC GET /api/forms/inbox?limit=100", "/api/forms/inbox?limit=100",
                    csscToken));
            endpoints.add(4, new Endpoint("C100 CUSTOMER GET /api/forms?limit=100 (" + customer + ")",
                    "/api/forms?limit=100", customerToken));
            endpoints.add(new Endpoint("D GCD      GET /api/forms?status=WITHDRAWN&limit=50",
                    "/api/forms?status=WITHDRAWN&limit=50", gcdToken));
            endpoints.add(new Endpoint("E GCD      GET /api/forms?limit=50&cursor=<A's next>",
                    "/api/forms?limit=50&cursor=" + java.net.URLEncoder.encode(cursor, StandardCharsets.UTF_8),
                    gcdToken));
        }
        if (o.containsKey("single")) { // after-benchmark: one form by id (GET /api/forms/{id}), not in the old code's set
            endpoints.add(new Endpoint("F GCD      GET /api/forms/" + o.get("single"), "/api/forms/" + o.get("single"),
                    gcdToken));
        }
        if (o.containsKey("only")) { // e.g. --only F to measure just that endpoint (matched on the name's first word)
            List<String> keep = List.of(o.get("only").split(","));
            endpoints.removeIf(e -> !keep.contains(e.name().split("\\s+")[0]));
        }
        List<String> summaries = new ArrayList<>();
        for (Endpoint e : endpoints) {
            log("=== %s", e.name());
            long t0 = System.nanoTime();
            long budget = (long) (maxMinutes * 60e9);
            List<Result> warm = new ArrayList<>();
            List<Result> measured = new ArrayList<>();
            boolean stoppedEarly = false;
            for (int i = 0; i < warmups + samples; i++) {
                if (System.nanoTime() - t0 > budget) {
                    stoppedEarly = true;
                    log("    time budget of %.1f min used up after %d warm-ups and %d samples", maxMinutes,
                            warm.size(), measured.size());
                    break;
                }
                Result r = send("GET", base + e.path(), e.token(), null, Duration.ofSeconds(timeoutSecs));
                boolean isWarm = i < warmups;
                (isWarm ? warm : measured).add(r);
                log("    %s %2d: %-28s %9.1f ms %9d bytes%s", isWarm ? "warm-up" : "sample ",
                        isWarm ? i + 1 : i - warmups + 1, r.statusKey(), r.nanos() / 1e6, r.bytes(),
                        r.ok() ? "" : "  " + abbreviate(r.body()));
            }
            String s = e.name() + "\n" + summarize("warm-ups", warm) + summarize("samples ", measured)
                    + (stoppedEarly ? "    (stopped early: time budget)\n" : "");
            log("summary %s", s);
            summaries.add(s);
        }
        System.out.println();
        System.out.println("==================== SUMMARY ====================");
        summaries.forEach(System.out::print);
    }

    // ---------------------------------------------------------------- write check (read-your-writes)

    /**
     * Dispatches one form as GCD (the generator's body for index --index, customer 5510000000 + index % customers) and
     * GETs it right after the response, without waiting or retrying: prints status and time of both, and GCA-Position.
     */
    static void writeCheck(String base, Map<String, String> o) throws Exception {
        int index = Integer.parseInt(o.getOrDefault("index", "200000"));
        int customers = Integer.parseInt(o.getOrDefault("customers", "1000"));
        String customer = String.valueOf(5510000000L + (index % customers));
        String requested = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30).toString();
        String gcd = token(base, "GCD", null);
        String body = dispatchBody(customer, requested, index);
        HttpRequest post = HttpRequest.newBuilder(URI.create(base + "/api/forms")).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + gcd).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        long t0 = System.nanoTime();
        HttpResponse<String> p = HTTP.send(post, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        long t1 = System.nanoTime();
        Matcher m = FORM_ID.matcher(p.body());
        String formId = m.find() ? m.group(1) : null;
        log("dispatch (index %d, customer %s): %d in %.1f ms, GCA-Position=%s, Location=%s, body=%s", index, customer,
                p.statusCode(), (t1 - t0) / 1e6, p.headers().firstValue("GCA-Position").orElse("-"),
                p.headers().firstValue("Location").orElse("-"), abbreviate(p.body()));
        if (formId == null) {
            log("no formId: write check not possible");
            return;
        }
        Result g = send("GET", base + "/api/forms/" + formId, gcd, null, Duration.ofSeconds(120));
        long t2 = System.nanoTime();
        Matcher st = STATUS.matcher(g.body());
        log("GET /api/forms/%s right after (started %.1f ms after the dispatch's response): %s in %.1f ms, %d bytes, "
                        + "status %s", formId, (t2 - t1 - g.nanos()) / 1e6, g.statusKey(), g.nanos() / 1e6, g.bytes(),
                st.find() ? st.group(1) : "?");
        Result l = send("GET", base + "/api/forms?limit=1", gcd, null, Duration.ofSeconds(120));
        Matcher lm = FORM_ID.matcher(l.body());
        log("then GET /api/forms?limit=1: %s in %.1f ms, first item %s", l.statusKey(), l.nanos() / 1e6,
                lm.find() ? lm.group(1) : "?");
        log("write check: %s", g.status() == 200 ? "OK (200 at once)" : "FAILED (" + g.statusKey() + ")");
    }

    static String summarize(String label, List<Result> results) {
        if (results.isEmpty()) {
            return "    " + label + ": n=0\n";
        }
        double[] all = results.stream().mapToDouble(r -> r.nanos() / 1e6).sorted().toArray();
        double[] ok = results.stream().filter(Result::ok).mapToDouble(r -> r.nanos() / 1e6).sorted().toArray();
        Map<String, Integer> statuses = new TreeMap<>();
        results.forEach(r -> statuses.merge(r.statusKey(), 1, Integer::sum));
        long minBytes = results.stream().mapToLong(Result::bytes).min().orElse(0);
        long maxBytes = results.stream().mapToLong(Result::bytes).max().orElse(0);
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("    %s: n=%d  all: p50=%.1f ms  p99=%.1f ms  max=%.1f ms  min=%.1f ms  statuses=%s  "
                        + "bytes=%d..%d%n", label, all.length, pct(all, 50), pct(all, 99), all[all.length - 1], all[0],
                statuses, minBytes, maxBytes));
        if (ok.length > 0 && ok.length != all.length) {
            sb.append(String.format("    %s  2xx only: n=%d p50=%.1f ms p99=%.1f ms max=%.1f ms%n", label, ok.length,
                    pct(ok, 50), pct(ok, 99), ok[ok.length - 1]));
        }
        if (all.length < 100) {
            sb.append(String.format("    %s  (n<100: p99 is nearest-rank and equals the max)%n", label));
        }
        return sb.toString();
    }

    /** Nearest-rank percentile of a sorted array. */
    static double pct(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}

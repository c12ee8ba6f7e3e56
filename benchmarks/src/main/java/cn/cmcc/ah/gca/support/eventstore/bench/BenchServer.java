package cn.cmcc.ah.gca.support.eventstore.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * The embedded MongoDB-wire server ({@code mongo-java-server}) for {@link EventStoreBenchmark}: either in the
 * benchmark's own JVM, or (the default) in a child JVM of its own, the way a service reaches its store over TCP.
 * <p>
 * As a child, {@link #main(String[])} binds to loopback on a free port, prints {@code BENCH-SERVER port <n>} and then
 * answers {@code stats} on stdin with {@code BENCH-SERVER heap <used-after-gc> <committed>}; it stops on {@code quit}
 * or when stdin closes (the benchmark died). Not a test: it is started by the benchmark only.
 */
public final class BenchServer implements AutoCloseable {

    static final String PREFIX = "BENCH-SERVER ";

    private final MongoServer inProcess;
    private final Process child;
    private final BufferedReader childOut;
    private final BufferedWriter childIn;
    private final String connectionString;
    private final String description;

    private BenchServer(MongoServer inProcess, Process child, BufferedReader childOut, BufferedWriter childIn,
                        String connectionString, String description) {
        this.inProcess = inProcess;
        this.child = child;
        this.childOut = childOut;
        this.childIn = childIn;
        this.connectionString = connectionString;
        this.description = description;
    }

    /** Child-JVM entry point: {@code BenchServer memory} or {@code BenchServer h2:<file>}. */
    public static void main(String[] args) throws IOException {
        String backend = args.length > 0 ? args[0] : "memory";
        MongoServer server = new MongoServer(backend(backend));
        server.bind("127.0.0.1", 0);
        System.out.println(PREFIX + "port " + server.getLocalAddress().getPort());
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            if (line.equals("stats")) {
                System.gc();
                System.gc();
                var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
                System.out.println(PREFIX + "heap " + heap.getUsed() + " " + heap.getCommitted());
                System.out.flush();
            } else if (line.equals("quit")) {
                break;
            }
        }
        server.shutdownNow();
        System.exit(0);
    }

    static MongoBackend backend(String spec) {
        if (spec.equals("memory")) {
            return new MemoryBackend();
        }
        if (spec.startsWith("h2:")) {
            return new H2Backend(spec.substring(3));
        }
        throw new IllegalArgumentException("backend must be 'memory' or 'h2:<file>': " + spec);
    }

    /** The server in this JVM. */
    static BenchServer inProcess(String backend) {
        MongoServer server = new MongoServer(backend(backend));
        server.bind("127.0.0.1", 0);
        return new BenchServer(server, null, null, null,
                               "mongodb://127.0.0.1:" + server.getLocalAddress().getPort(),
                               "in-process, backend " + backend);
    }

    /** The server in a child JVM with the given heap limit, on this JVM's class path. */
    static BenchServer childJvm(String backend, String xmx) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + xmx, "-cp", classPath,
                                                       BenchServer.class.getName(), backend));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        BufferedWriter in = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        String port = readReply(out, "port")[0];
        return new BenchServer(null, process, out, in, "mongodb://127.0.0.1:" + port,
                               "child JVM pid " + process.pid() + " (-Xmx" + xmx + "), backend " + backend);
    }

    private static String[] readReply(BufferedReader out, String kind) throws IOException {
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith(PREFIX + kind + " ")) {
                return line.substring((PREFIX + kind + " ").length()).split(" ");
            }
            System.err.println("[server] " + line); // its own log lines
        }
        throw new IOException("the server process ended before answering '" + kind + "'");
    }

    String connectionString() {
        return connectionString;
    }

    String description() {
        return description;
    }

    boolean isChild() {
        return child != null;
    }

    /** Child only: {resident KiB, peak resident KiB, heap used after GC bytes, heap committed bytes}. */
    long[] childMemory() throws IOException {
        childIn.write("stats\n");
        childIn.flush();
        String[] heap = readReply(childOut, "heap");
        long[] status = procStatus(child.pid());
        return new long[] {status[0], status[1], Long.parseLong(heap[0]), Long.parseLong(heap[1])};
    }

    /** {VmRSS KiB, VmHWM KiB} of a process on Linux; {-1, -1} elsewhere. */
    static long[] procStatus(Object pid) {
        long rss = -1;
        long hwm = -1;
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = Long.parseLong(line.replaceAll("[^0-9]", ""));
                } else if (line.startsWith("VmHWM:")) {
                    hwm = Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux
        }
        return new long[] {rss, hwm};
    }

    @Override
    public void close() {
        if (inProcess != null) {
            inProcess.shutdownNow();
        }
        if (child != null) {
            try {
                childIn.write("quit\n");
                childIn.flush();
                if (!child.waitFor(30, TimeUnit.SECONDS)) {
                    child.destroy();
                }
            } catch (IOException e) {
                child.destroy();
            } catch (InterruptedException e) {
                child.destroy();
                Thread.currentThread().interrupt();
            }
        }
    }
}

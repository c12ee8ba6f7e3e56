package cn.cmcc.ah.gca.launcher;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One service as a child JVM: {@code java -jar <module>/target/<module>-<version>-exec.jar}, output to its log file. */
final class ServiceProcess {

    /** As in docker-compose.yml: 256 MB heap, non-heap capped (see docs/event-store-benchmark.md). */
    static final List<String> JVM_OPTIONS =
            List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:MaxMetaspaceSize=128m", "-XX:ReservedCodeCacheSize=64m",
                    "-Xss512k", "-Ddisable-axoniq-console-message=true");
    static final String PROFILE_ARGUMENT = "--spring.profiles.active=local";

    private final String module;
    private final int port;
    private final Path jar;
    private final Path logFile;
    private Process process;

    ServiceProcess(String module, int port, Path jar, Path logFile) {
        this.module = module;
        this.port = port;
        this.jar = jar;
        this.logFile = logFile;
    }

    String module() {
        return module;
    }

    int port() {
        return port;
    }

    Path jar() {
        return jar;
    }

    Path logFile() {
        return logFile;
    }

    String url() {
        return "http://localhost:" + port;
    }

    List<String> command(String javaExecutable) {
        return concat(List.of(javaExecutable), JVM_OPTIONS, List.of("-jar", jar.toString(), PROFILE_ARGUMENT));
    }

    synchronized void start(String javaExecutable, Path workingDir, Map<String, String> environment) throws IOException {
        List<String> command = command(javaExecutable);
        Files.createDirectories(logFile.getParent());
        Files.writeString(logFile, "%n===== %s local-launcher: %s%n".formatted(OffsetDateTime.now(), String.join(" ", command)),
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        builder.environment().put("MALLOC_ARENA_MAX", "2"); // fewer glibc arenas: less native memory per JVM
        builder.environment().putAll(environment);
        process = builder.start();
    }

    synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    synchronized Process process() {
        return process;
    }

    /** Whether {@code /actuator/health/readiness} answers 200 right now. */
    boolean isReady(HttpClient http) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2))
                .GET()
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Asks the child to stop (SIGTERM: Spring's graceful shutdown). */
    synchronized void requestStop() {
        if (process != null && process.isAlive()) {
            process.destroy();
        }
    }

    /** Waits until the deadline for the child to exit, then kills it. Returns its exit code, or -1 if never started. */
    int awaitStop(long deadlineNanos) {
        Process p = process();
        if (p == null) {
            return -1;
        }
        try {
            long remaining = Math.max(0, deadlineNanos - System.nanoTime());
            if (!p.waitFor(remaining, TimeUnit.NANOSECONDS)) {
                p.destroyForcibly();
                p.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
        }
        return p.isAlive() ? -1 : p.exitValue();
    }

    /** The last lines of the log file, for a failure report. */
    String tailOfLog(int lines) {
        try (RandomAccessFile file = new RandomAccessFile(logFile.toFile(), "r")) {
            long length = file.length();
            long from = Math.max(0, length - 16 * 1024);
            byte[] bytes = new byte[(int) (length - from)];
            file.seek(from);
            file.readFully(bytes);
            String[] all = new String(bytes, StandardCharsets.UTF_8).split("\\R");
            return String.join(System.lineSeparator(), Arrays.asList(all).subList(Math.max(0, all.length - lines), all.length));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        return Arrays.stream(parts).flatMap(List::stream).toList();
    }
}

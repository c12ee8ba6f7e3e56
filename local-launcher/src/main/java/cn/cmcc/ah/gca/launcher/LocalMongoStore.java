package cn.cmcc.ah.gca.launcher;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded MongoDB-wire-protocol server on its on-disk H2 (MVStore) backend: one file holds every database,
 * and it is there again after a restart. Only unique indexes are kept by this server (see the stack notes).
 *
 * <p>The MVStore is opened as {@code H2Backend(String)} opens it, plus a handler for failures of its background
 * writer: by default H2 closes the store silently. Once, a 512 MB launcher holding a 3.9 GB store (200 000 forms and
 * a full replay, docs/read-model-benchmark.md) ran out of heap in that thread's housekeeping minutes after the last
 * request; the services then answer 503 until a restart, and nothing accepted is lost.
 */
public final class LocalMongoStore {

    private static final Logger log = LoggerFactory.getLogger(LocalMongoStore.class);

    private final Path file;
    private final int port;
    private MongoServer server;

    public LocalMongoStore(Path file, int port) {
        this.file = file.toAbsolutePath().normalize();
        this.port = port;
    }

    public String connectionString() {
        return "mongodb://127.0.0.1:" + port;
    }

    public synchronized void start() {
        if (server != null) {
            throw new IllegalStateException("Mongo store already started");
        }
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MongoServer starting = new MongoServer(new H2Backend(openStore()));
        try {
            starting.bind("127.0.0.1", port);
        } catch (RuntimeException e) {
            starting.shutdownNow(); // also closes the H2 file
            throw e;
        }
        server = starting;
        log.info("Mongo store up on {} (data in {})", connectionString(), file);
    }

    private MVStore openStore() {
        return new MVStore.Builder()
                .fileName(file.toString())
                // without a handler H2 only closes the store: say so where the operator looks
                .backgroundExceptionHandler((thread, failure) -> log.error(
                        "The Mongo store's background writer failed in {}; the store is closed and the services "
                                + "answer 503 until the launcher is restarted. With OutOfMemoryError, give the launcher "
                                + "more heap (LAUNCHER_JAVA_OPTS=-Xmx1g).", thread.getName(), failure))
                .open();
    }

    /** Closes all client connections and the H2 store, which writes its last changes to the file. */
    public synchronized void stop() {
        if (server != null) {
            server.shutdownNow();
            server = null;
            log.info("Mongo store stopped");
        }
    }
}

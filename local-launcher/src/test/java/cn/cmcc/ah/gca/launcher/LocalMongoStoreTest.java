package cn.cmcc.ah.gca.launcher;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LocalMongoStoreTest {

    @TempDir
    Path dir;

    private final int port = FreePorts.next();

    @Test
    void aDocumentAndAUniqueIndexAreStillThereAfterARestartOnTheSameFile() {
        Path file = dir.resolve("mongo").resolve("gca.mv");
        withStore(file, tickets -> {
            tickets.createIndex(Indexes.ascending("ticketNo"), new IndexOptions().unique(true));
            tickets.insertOne(new Document("_id", "t-1").append("ticketNo", "GZ-0001").append("state", "REPORTED"));
        });
        assertThat(file).exists();

        withStore(file, tickets -> {
            assertThat(tickets.find(new Document("_id", "t-1")).first())
                    .containsEntry("ticketNo", "GZ-0001").containsEntry("state", "REPORTED");
            assertThatThrownBy(() -> tickets.insertOne(new Document("_id", "t-2").append("ticketNo", "GZ-0001")))
                    .as("the unique index survived too")
                    .hasMessageContaining("duplicate key");
        });
    }

    @Test
    void stoppingAStoreThatNeverStartedDoesNothing() {
        new LocalMongoStore(dir.resolve("gca.mv"), port).stop();
    }

    private void withStore(Path file, Consumer<MongoCollection<Document>> use) {
        LocalMongoStore store = new LocalMongoStore(file, port);
        store.start();
        try (MongoClient client = MongoClients.create(store.connectionString())) {
            use.accept(client.getDatabase("gca-fault-service").getCollection("tickets"));
        } finally {
            store.stop();
        }
    }
}

package com.backrelief.coach.devtools;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The DynamoDB a local mode talks to: one already running ({@code --endpoint}), or DynamoDB Local
 * started here with the table {@code template.yaml} defines.
 */
final class LocalDatabase implements AutoCloseable {

    private final String endpoint;
    private final DynamoDbLocal started;
    private final String description;

    private LocalDatabase(String endpoint, DynamoDbLocal started, String description) {
        this.endpoint = endpoint;
        this.started = started;
        this.description = description;
    }

    /** The given endpoint, or DynamoDB Local on {@code port} (0: any free port), in {@code dataDir} (null: in memory). */
    static LocalDatabase open(String endpoint, int port, Path dataDir) {
        if (endpoint != null) {
            return new LocalDatabase(endpoint, null, endpoint + " (already running)");
        }
        DynamoDbLocal database = start(port, dataDir);
        String where = dataDir == null ? "in memory" : "data in " + dataDir;
        return new LocalDatabase(database.endpoint(), database, "DynamoDB Local at " + database.endpoint() + ", " + where);
    }

    /** DynamoDB Local on {@code port} (0: any free port) with the table created from template.yaml. */
    static DynamoDbLocal start(int port, Path dataDir) {
        int chosen = port > 0 ? port : DynamoDbLocal.freePort();
        DynamoDbLocal database = withoutStandardOutput(() -> DynamoDbLocal.start(chosen, dataDir));
        try {
            return database.createTable();
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    String endpoint() {
        return endpoint;
    }

    String description() {
        return description;
    }

    @Override
    public void close() {
        if (started != null) {
            started.close();
        }
    }

    /** DynamoDB Local prints its settings on standard output when it starts; this keeps them out of the tool's output. */
    private static <T> T withoutStandardOutput(Supplier<T> action) {
        PrintStream before = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        try {
            return action.get();
        } finally {
            System.setOut(before);
        }
    }
}

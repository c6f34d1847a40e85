package com.backrelief.coach.devtools;

import software.amazon.awssdk.services.dynamodb.model.TableDescription;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * {@code --db}: DynamoDB Local on a chosen port with the table {@code template.yaml} defines, for
 * {@code sam local} and the other modes to share, until Ctrl-C.
 */
final class DatabaseMode {

    private DatabaseMode() {
    }

    static int run(LocalOptions options, PrintStream out, Lifetime lifetime) {
        Path dataDir = options.dataDir(LocalOptions.DEFAULT_DATA);
        try (DynamoDbLocal database = LocalDatabase.start(options.dbPort(), dataDir)) {
            out.print(banner(database, dataDir));
            out.flush();
            lifetime.serve(database);
        }
        return 0;
    }

    static String banner(DynamoDbLocal database, Path dataDir) {
        String table = DynamoDbLocal.LOCAL_TABLE;
        TableDescription description = database.client().describeTable(d -> d.tableName(table)).table();
        String ttl = database.client().describeTimeToLive(d -> d.tableName(table))
                .timeToLiveDescription().attributeName();
        String endpoint = database.endpoint();
        return """
                DynamoDB Local is running.
                  Endpoint: %s
                            (DynamoDB Local listens on every network interface of this machine: it has no
                            option to choose one. Run it only on a network you trust.)
                  Table:    %s, key %s, time to live on %s (as template.yaml defines it)
                  Data:     %s

                Use it from sam local (in another terminal, after sam build):
                  sam local invoke CoachFunction -e events/launch.json --env-vars events/sam-local/env.json
                or from this tool's other modes:
                  mvn -q test-compile exec:java -Dexec.args="--endpoint %s"

                Press Ctrl-C to stop.
                """.formatted(endpoint, table, description.keySchema().get(0).attributeName(), ttl,
                dataDir == null ? "in memory (gone when this stops)" : dataDir.toAbsolutePath(), endpoint);
    }
}

package com.backrelief.coach.devtools;

import com.fasterxml.jackson.databind.JsonNode;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * DynamoDB Local running in this JVM (it listens on every interface of the machine: it has no option
 * to bind to one), with the progress table created from
 * {@code template.yaml}'s definition (key schema and TTL), so the table is defined once. One shared
 * database file serves every access key and region ({@code -sharedDb}), so {@code sam local} and
 * the local tools see the same table.
 */
public final class DynamoDbLocal implements AutoCloseable {

    /** The table name the local tools use (on AWS, CloudFormation names the table). */
    public static final String LOCAL_TABLE = "BackReliefCoachProgress";

    private final DynamoDBProxyServer server;
    private final int port;
    private final DynamoDbClient client;

    private DynamoDbLocal(DynamoDBProxyServer server, int port) {
        this.server = server;
        this.port = port;
        this.client = DynamoDbClient.builder()
                .endpointOverride(URI.create(endpoint()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    /** In memory, on a free port: for tests. */
    public static DynamoDbLocal inMemory() {
        return start(freePort(), null);
    }

    /**
     * Starts the server. {@code dataDirectory} keeps the data between runs; null keeps it in memory.
     * Needs the system property {@code sqlite4java.library.path} (Maven sets it).
     */
    public static DynamoDbLocal start(int port, Path dataDirectory) {
        List<String> args = new ArrayList<>(List.of("-port", Integer.toString(port), "-disableTelemetry", "-sharedDb"));
        if (dataDirectory == null) {
            args.add("-inMemory");
        } else {
            try {
                Files.createDirectories(dataDirectory);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            args.addAll(List.of("-dbPath", dataDirectory.toString()));
        }
        try {
            DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(args.toArray(String[]::new));
            server.start();
            return new DynamoDbLocal(server, port);
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local did not start on port " + port + ": " + e.getMessage(), e);
        }
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public DynamoDbClient client() {
        return client;
    }

    /** Creates the table that {@code template.yaml} defines, unless it exists already. */
    public DynamoDbLocal createTableFromTemplate(Path template, String tableName) {
        JsonNode table = SamTemplate.read(template).table();
        List<AttributeDefinition> attributes = new ArrayList<>();
        table.path("AttributeDefinitions").forEach(a -> attributes.add(AttributeDefinition.builder()
                .attributeName(a.path("AttributeName").asText()).attributeType(a.path("AttributeType").asText()).build()));
        List<KeySchemaElement> keys = new ArrayList<>();
        table.path("KeySchema").forEach(k -> keys.add(KeySchemaElement.builder()
                .attributeName(k.path("AttributeName").asText()).keyType(k.path("KeyType").asText()).build()));
        try {
            client.createTable(create -> create.tableName(tableName).attributeDefinitions(attributes).keySchema(keys)
                    .billingMode(BillingMode.fromValue(table.path("BillingMode").asText("PAY_PER_REQUEST"))));
        } catch (ResourceInUseException alreadyThere) {
            return this;
        }
        JsonNode ttl = table.path("TimeToLiveSpecification");
        if (ttl.path("Enabled").asBoolean(false)) {
            client.updateTimeToLive(update -> update.tableName(tableName).timeToLiveSpecification(spec -> spec
                    .attributeName(ttl.path("AttributeName").asText()).enabled(true)));
        }
        return this;
    }

    public DynamoDbLocal createTable() {
        return createTableFromTemplate(SamTemplate.DEFAULT, LOCAL_TABLE);
    }

    @Override
    public void close() {
        client.close();
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local did not stop cleanly", e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

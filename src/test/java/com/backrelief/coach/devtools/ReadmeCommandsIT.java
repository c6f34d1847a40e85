package com.backrelief.coach.devtools;

import com.backrelief.coach.devtools.ReadmeCommands.Command;
import com.backrelief.coach.persistence.DynamoDbProgressStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs the README's commands as a new user would, on free ports so nothing on this machine is in the
 * way: every local tool command in this JVM (its --db and --serve in the background), then the README's
 * curl and aws commands against that --serve when curl and the AWS CLI are installed.
 */
class ReadmeCommandsIT {

    private static final String SCRIPT = "open back relief coach\nhow do I do a cat cow\nstop\n";
    private static final String DB_URL = "http://127.0.0.1:" + LocalOptions.DEFAULT_DB_PORT;
    private static final String SERVE_URL = "http://127.0.0.1:" + LocalOptions.DEFAULT_PORT;

    @TempDir
    static Path temp;
    private static final Map<String, Background> SERVING = new LinkedHashMap<>();
    private static int dbPort;
    private static int servePort;

    @BeforeAll
    static void startTheServingCommands() throws InterruptedException {
        dbPort = DynamoDbLocal.freePort();
        servePort = DynamoDbLocal.freePort();
        for (Command command : servingCommands()) {
            boolean db = Arrays.asList(command.localToolArgs()).contains("--db");
            if (!SERVING.containsKey(command.text())) {
                List<String> args = new ArrayList<>(List.of(command.localToolArgs()));
                if (db) {
                    args.addAll(List.of("--db-port", Integer.toString(dbPort), "--data-dir", temp.resolve("db").toString()));
                } else {
                    args.addAll(List.of("--port", Integer.toString(servePort)));
                }
                SERVING.put(command.text(), Background.start(args));
            }
        }
        assertThat(SERVING).as("the README starts --db and --serve").hasSize(2);
    }

    /** Last started, first stopped: each mode puts back the standard output it found. */
    @AfterAll
    static void stopThem() throws InterruptedException {
        List<Background> running = new ArrayList<>(SERVING.values());
        for (int i = running.size() - 1; i >= 0; i--) {
            assertThat(running.get(i).stop()).as(running.get(i).output()).isZero();
        }
    }

    static List<Command> servingCommands() {
        return ReadmeCommands.read().stream().filter(Command::runsLocalTool)
                .filter(c -> Arrays.asList(c.localToolArgs()).contains("--db")
                        || Arrays.asList(c.localToolArgs()).contains("--serve"))
                .toList();
    }

    static List<Command> otherLocalToolCommands() {
        return ReadmeCommands.read().stream().filter(Command::runsLocalTool)
                .filter(c -> !servingCommands().contains(c)).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherLocalToolCommands")
    void everyLocalToolCommandRuns(Command command) throws Exception {
        List<String> args = local(command.localToolArgs());
        String input = command.standardInput() == null ? SCRIPT : command.standardInput();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = LocalTool.run(args.toArray(String[]::new), new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(status).as(printed + err).isZero();
        assertThat(printed).as(command.text()).containsAnyOf("Welcome", "Usage:", "| all |", "ask deploy");
        assertThat(printed).as("no handler error").doesNotContain("\"errorType\" :");
    }

    static List<Command> devtoolCommands() {
        return ReadmeCommands.read().stream().filter(Command::runsDevtool).toList();
    }

    /** The other tools the pages name (drawing the icons, generating the voice model) run and end normally. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("devtoolCommands")
    void everyOtherToolCommandRuns(Command command) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            Class.forName(command.mainClass()).getMethod("main", String[].class).invoke(null, (Object) command.localToolArgs());
        } finally {
            System.setOut(original);
        }
    }

    @Test
    void theDatabaseTheToolStartedHoldsTheTableTemplateYamlDefines() {
        try (DynamoDbClient client = client()) {
            TableDescription table = client.describeTable(d -> d.tableName(DynamoDbLocal.LOCAL_TABLE)).table();
            JsonNode defined = SamTemplate.read(SamTemplate.DEFAULT).table();

            assertThat(table.keySchema().get(0).attributeName())
                    .isEqualTo(defined.path("KeySchema").get(0).path("AttributeName").asText())
                    .isEqualTo(DynamoDbProgressStore.PARTITION_KEY);
            assertThat(client.describeTimeToLive(d -> d.tableName(DynamoDbLocal.LOCAL_TABLE)).timeToLiveDescription()
                    .attributeName()).isEqualTo(defined.path("TimeToLiveSpecification").path("AttributeName").asText());
        }
    }

    @Test
    void theSamEnvVarsFileWorksWithTheToolsDatabase() throws IOException {
        JsonNode env = new ObjectMapper().readTree(Path.of("events/sam-local/env.json").toFile()).path("CoachFunction");
        List<String> args = new ArrayList<>(List.of("--event", "events/launch.json"));
        env.fields().forEachRemaining(variable -> args.addAll(List.of("--env", variable.getKey() + "="
                + variable.getValue().asText().replace("host.docker.internal:" + LocalOptions.DEFAULT_DB_PORT,
                "127.0.0.1:" + dbPort))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = LocalTool.run(args.toArray(String[]::new), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));

        assertThat(status).as(out.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Welcome");
        try (DynamoDbClient client = client()) {
            assertThat(client.getItem(g -> g.tableName(DynamoDbLocal.LOCAL_TABLE).key(Map.of(DynamoDbProgressStore.PARTITION_KEY,
                    AttributeValue.fromS("amzn1.ask.account.AEXAMPLEUSER0000000000000000000000000000000000000000000000000000000000"))))
                    .item()).isNotEmpty();
        }
    }

    static List<Command> curlCommands() {
        return ReadmeCommands.read().stream().filter(c -> c.program().equals("curl")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("curlCommands")
    void theCurlCommandsGetTheSkillsAnswerFromTheServer(Command command) throws Exception {
        assumeTrue(installed("curl"), "curl is not installed");

        Shell result = shell(command.text().replace(SERVE_URL, "http://127.0.0.1:" + servePort));

        assertThat(result.exit()).as(result.output()).isZero();
        assertThat(result.output()).contains("Welcome to Back Relief Coach", "\"shouldEndSession\":false");
    }

    static List<String> awsCommands() {
        return ReadmeCommands.read().stream().filter(c -> c.program().equals("aws")).map(Command::text).distinct().toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("awsCommands")
    void theAwsCliCommandsInvokeTheServedFunction(String command) throws Exception {
        assumeTrue(installed("aws"), "the AWS CLI is not installed");
        Path out = Files.createTempFile(temp, "out", ".json");

        Shell result = shell(command.replace(SERVE_URL, "http://127.0.0.1:" + servePort).replace(" out.json", " " + out));

        assertThat(result.exit()).as(result.output()).isZero();
        assertThat(result.output()).contains("\"StatusCode\": 200").doesNotContain("FunctionError");
        assertThat(Files.readString(out)).contains("Welcome");
    }

    /** The README's arguments with its well-known ports made the free ones, and a conversation's data kept in a temporary folder. */
    private static List<String> local(String[] readme) {
        List<String> args = new ArrayList<>();
        for (String arg : readme) {
            if (!arg.equals("--voice")) {
                args.add(arg.replace(DB_URL, "http://127.0.0.1:" + dbPort));
            }
        }
        boolean conversation = args.stream().noneMatch(a -> List.of("--event", "--help").contains(a));
        boolean placed = args.stream().anyMatch(a -> List.of("--endpoint", "--data-dir", "--in-memory").contains(a));
        if (conversation && !placed) {
            args.addAll(List.of("--data-dir", temp.resolve("conversation").toString()));
        }
        return args;
    }

    private static DynamoDbClient client() {
        return DynamoDbClient.builder().endpointOverride(URI.create("http://127.0.0.1:" + dbPort))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    private record Shell(int exit, String output) {
    }

    /** Runs a README line in bash from the project folder, as a person pastes it. */
    private static Shell shell(String line) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", "-c", line).redirectErrorStream(true).start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("Still running after 60 s: " + line);
        }
        return new Shell(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    private static boolean installed(String program) throws IOException, InterruptedException {
        return shell("command -v " + program).exit() == 0;
    }

    /** A serving local tool command running in a thread until stopped. */
    private static final class Background {

        private final Lifetime lifetime = Lifetime.untilStopped();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final Thread thread;
        private volatile int status = -1;

        private Background(List<String> args) {
            PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
            thread = new Thread(() -> status = LocalTool.run(args.toArray(String[]::new),
                    new ByteArrayInputStream(new byte[0]), print, print, lifetime), "readme-" + args.get(0));
        }

        static Background start(List<String> args) throws InterruptedException {
            Background running = new Background(args);
            running.thread.start();
            boolean ready = false;
            for (int i = 0; i < 180 && !ready && running.thread.isAlive(); i++) {
                ready = running.lifetime.awaitReady(Duration.ofMillis(500));
            }
            assertThat(ready).as(args + " started: " + running.output()).isTrue();
            return running;
        }

        int stop() throws InterruptedException {
            lifetime.stop();
            thread.join(TimeUnit.SECONDS.toMillis(30));
            return status;
        }

        String output() {
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}

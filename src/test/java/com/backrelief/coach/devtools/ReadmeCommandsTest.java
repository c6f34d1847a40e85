package com.backrelief.coach.devtools;

import com.backrelief.coach.devtools.ReadmeCommands.Command;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Every command in the README is one the tests know: the local tool's arguments parse, and what the
 * sam, aws and curl commands name (files, the function, options, ports) exists. {@code ReadmeCommandsIT}
 * then runs them.
 */
class ReadmeCommandsTest {

    private static final LocalFunction FUNCTION = LocalFunction.fromTemplate();
    /** sam options this README may use: each is in the SAM CLI reference for its command. */
    private static final Set<String> SAM_OPTIONS =
            Set.of("-e", "--event", "-n", "--env-vars", "--add-host", "--docker-network", "--guided");
    private static final String SERVE_URL = "http://127.0.0.1:" + LocalOptions.DEFAULT_PORT;

    static List<Command> commands() {
        return ReadmeCommands.read();
    }

    static List<Command> commands(String program) {
        return commands().stream().filter(c -> c.program().equals(program)).toList();
    }

    @Test
    void theReadmeHasTheSectionsOperatorsLookFor() throws IOException {
        assertThat(ReadmeCommands.sections(Files.readString(ReadmeCommands.README)).keySet())
                .containsSubsequence("Try it locally", "Test with SAM", "Deploy");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void everyCommandIsOneTheTestsRunOrCheck(Command command) {
        assertThat(command.program()).as(command.text()).isIn("mvn", "sam", "aws", "curl");
        if (command.program().equals("mvn") && !command.runsLocalTool()) {
            assertThat(command.main()).as("the one other mvn command is the test command")
                    .containsExactly("mvn", "-B", "-Pit", "verify");
        }
    }

    @Test
    void theTestCommandIsTheOneCiRuns() throws IOException {
        assertThat(Files.readString(Path.of(".ci/run"))).contains("\nmvn -B -Pit verify\n");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("localToolCommands")
    void everyLocalToolCommandParses(Command command) {
        assertThatCode(() -> LocalOptions.parse(command.localToolArgs())).as(command.text()).doesNotThrowAnyException();
    }

    static List<Command> localToolCommands() {
        return commands().stream().filter(Command::runsLocalTool).toList();
    }

    @Test
    void theHelpCommandExplainsEveryMode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = LocalTool.run(new String[] {"--help"}, InputStream.nullInputStream(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(OutputStream.nullOutputStream()));

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--event FILE", "--db", "--serve", "--voice", "--explain",
                "--endpoint URL", "--env NAME=VALUE", "does NOT verify Alexa request signatures",
                "listens on every network", "aws lambda invoke --endpoint-url", "curl -X POST");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samCommands")
    void samCommandsNameWhatExists(Command command) throws IOException {
        List<String> words = command.main();
        assertThat(words.get(1)).as(command.text()).isIn("build", "deploy", "local");
        for (String word : words) {
            if (word.startsWith("-")) {
                assertThat(word).as("a documented option in " + command.text()).isIn(SAM_OPTIONS);
            }
        }
        if (words.get(1).equals("local")) {
            assertThat(words.get(2)).isIn("invoke", "start-lambda");
            checkEnvVarsFile(Path.of(command.option("--env-vars", "-n")));
        }
        if (words.size() > 2 && words.get(2).equals("invoke")) {
            assertThat(words.get(3)).as("the function's logical id").isEqualTo(FUNCTION.logicalId());
            assertThat(Path.of(command.option("-e", "--event"))).isRegularFile();
        }
    }

    static List<Command> samCommands() {
        return commands("sam");
    }

    /** sam local only overrides variables the template declares, for the function's logical id. */
    private static void checkEnvVarsFile(Path file) throws IOException {
        JsonNode env = new ObjectMapper().readTree(file.toFile());
        List<String> keys = new ArrayList<>();
        env.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly(FUNCTION.logicalId());
        List<String> variables = new ArrayList<>();
        env.path(FUNCTION.logicalId()).fieldNames().forEachRemaining(variables::add);
        assertThat(SamTemplate.read(SamTemplate.DEFAULT).environment().keySet()).containsAll(variables);
        URI endpoint = URI.create(env.path(FUNCTION.logicalId()).path("DYNAMODB_ENDPOINT").asText());
        assertThat(endpoint.getPort()).as("the port --db uses by default").isEqualTo(LocalOptions.DEFAULT_DB_PORT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("awsCommands")
    void awsCommandsInvokeTheFunctionTheToolServes(Command command) {
        assertThat(command.main().subList(0, 3)).containsExactly("aws", "lambda", "invoke");
        assertThat(command.option("--endpoint-url")).isEqualTo(SERVE_URL);
        assertThat(command.option("--function-name")).isEqualTo(FUNCTION.logicalId());
        assertThat(command.option("--payload")).startsWith("fileb://");
        assertThat(Path.of(command.option("--payload").substring("fileb://".length()))).isRegularFile();
        assertThat(command.option("--region")).isNotBlank();
    }

    static List<Command> awsCommands() {
        return commands("aws");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("curlCommands")
    void curlCommandsPostAnEventToTheAlexaEndpoint(Command command) {
        assertThat(command.main()).contains(SERVE_URL + "/");
        assertThat(command.option("-d", "--data", "--data-binary")).startsWith("@");
        assertThat(Path.of(command.option("-d", "--data", "--data-binary").substring(1))).isRegularFile();
    }

    static List<Command> curlCommands() {
        return commands("curl");
    }

    @Test
    void commandLinesAreSplitAsAShellSplitsThem() {
        Command command = new Command("s", "printf 'a\\nb c\\n' | X=1 mvn -q test-compile exec:java "
                + "-Dexec.args=\"--event events/launch.json --env A=\\\"b c\\\"\"");

        assertThat(command.standardInput()).isEqualTo("a\nb c\n");
        assertThat(command.runsLocalTool()).isTrue();
        assertThat(command.localToolArgs()).containsExactly("--event", "events/launch.json", "--env", "A=\"b", "c\"");
        assertThat(ReadmeCommands.parse("## S\n```sh\na \\\n  b\n# note\n```\nnot code\n"))
                .containsExactly(new Command("S", "a b"));
    }
}

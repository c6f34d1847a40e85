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
 * Every command in the README and in docs/ is one the tests know: the local tool's arguments parse, another tool's
 * class has a main, and what the sam, aws, ask and curl commands name (files, the function, options, ports, locales)
 * exists. {@code ReadmeCommandsIT} then runs the local ones; CI runs the test and benchmark commands. The README is
 * short and maps every page, and every link between the pages leads somewhere.
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
    void theReadmeIsShortWithTheTwoCommandsAndAMapOfEveryPage() throws IOException {
        String readme = Files.readString(ReadmeCommands.README);

        assertThat(readme.lines().count()).as("README.md lines").isLessThanOrEqualTo(150);
        assertThat(commands().stream().filter(c -> c.section().equals("The two commands")).map(Command::text))
                .contains("mvn -q test-compile exec:java", "mvn -B -Pit verify");
        for (Path page : ReadmeCommands.files().subList(1, ReadmeCommands.files().size())) {
            assertThat(readme).as("the README's map links " + page).contains("](" + page.toString().replace('\\', '/') + ")");
        }
    }

    /** Every relative link in the README and the docs names a file that exists (an anchor after # is not checked). */
    @Test
    void everyLinkBetweenThePagesLeadsToAFile() throws IOException {
        java.util.regex.Pattern link = java.util.regex.Pattern.compile("\\]\\(([^)\\s]+)\\)");
        for (Path file : ReadmeCommands.files()) {
            var found = link.matcher(Files.readString(file));
            while (found.find()) {
                String target = found.group(1).replaceAll("#.*", "");
                if (!target.isEmpty() && !target.matches("[a-z]+:.*")) {
                    Path resolved = (file.getParent() == null ? Path.of(".") : file.getParent()).resolve(target).normalize();
                    assertThat(resolved).as(file + " links " + target).exists();
                }
            }
        }
    }

    /** The ASK CLI's NLU evaluation commands that docs/nlu-evaluation.md uses, as the CLI names them. */
    private static final List<String> SMAPI_COMMANDS = List.of("create-nlu-annotation-set",
            "update-annotations-for-nlu-annotation-sets", "create-nlu-evaluations", "get-nlu-evaluation",
            "get-result-for-nlu-evaluations", "profile-nlu");

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void everyCommandIsOneTheTestsRunOrCheck(Command command) throws IOException {
        if (command.main().isEmpty()) {
            return; // only a shell variable for the commands after it (the skill's id, a folder)
        }
        java.util.regex.Matcher captured = java.util.regex.Pattern.compile("^[A-Z_]+=\\$\\(ask smapi ([a-z-]+) .*")
                .matcher(command.text().strip());
        if (captured.matches()) {
            // An id that an ASK CLI command prints, kept for the commands after it.
            assertThat(captured.group(1)).as(command.text()).isIn(SMAPI_COMMANDS);
            return;
        }
        assertThat(command.program()).as(command.text()).isIn("mvn", "sam", "aws", "curl", "ask", "npm", "node");
        if (command.program().equals("npm") || command.program().equals("node")) {
            assertThat(Files.readString(Path.of(".ci/run"))).as("CI runs " + command.text()).contains(command.text());
        }
        if (command.program().equals("mvn") && !command.runsLocalTool() && !command.runsDevtool()) {
            if (command.main().contains("-Pbench")) {
                assertThat(command.main().subList(0, 4)).as("the benchmark, which CI runs").containsExactly("mvn", "-q", "-Pbench", "verify");
                assertThat(Files.readString(Path.of(".ci/run"))).contains("\nmvn -q -B -Pbench verify\n");
            } else {
                assertThat(command.main().subList(0, Math.min(4, command.main().size())))
                        .as("the other mvn command is the test command").containsExactly("mvn", "-B", "-Pit", "verify");
                // It may pick out tests to rerun (the fault run): only test selection, and the tests named exist.
                for (String option : command.main().subList(4, command.main().size())) {
                    assertThat(option).as(command.text()).matches("-D(test|it\\.test|surefire\\.failIfNoSpecifiedTests|faultrun\\.seed)=.*");
                    if (option.startsWith("-Dit.test=")) {
                        String name = option.substring("-Dit.test=".length());
                        try (var files = Files.walk(Path.of("src", "test", "java"))) {
                            assertThat(files.anyMatch(file -> file.getFileName().toString().equals(name + ".java")))
                                    .as(name + " exists").isTrue();
                        }
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("devtoolCommands")
    void everyOtherToolIsAClassWithAMain(Command command) throws Exception {
        Class<?> tool = Class.forName(command.mainClass());

        assertThat(tool.getPackageName()).startsWith("com.backrelief.coach.devtools");
        assertThat(java.lang.reflect.Modifier.isStatic(tool.getMethod("main", String[].class).getModifiers())).isTrue();
    }

    static List<Command> devtoolCommands() {
        return commands().stream().filter(Command::runsDevtool).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("askCommands")
    void askCommandsDeployOrTalkInALocaleTheSkillHas(Command command) {
        assertThat(command.main().get(1)).as(command.text()).isIn("deploy", "dialog", "smapi");
        if (command.main().get(1).equals("smapi")) {
            // The NLU evaluation commands (docs/nlu-evaluation.md), as the ASK CLI names them.
            assertThat(command.main().get(2)).as(command.text()).isIn(SMAPI_COMMANDS);
        }
        if (command.option("--locale") != null) {
            assertThat(command.option("--locale")).isIn(com.backrelief.coach.devtools.model.ModelGenerator.LOCALES);
        }
    }

    static List<Command> askCommands() {
        return commands("ask");
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
        assertThat(ReadmeCommands.words("mvn -q -Pbench verify   # nine runs")).containsExactly("mvn", "-q", "-Pbench", "verify");
        assertThat(ReadmeCommands.words("printf 'a # b'")).containsExactly("printf", "a # b");
        assertThat(ReadmeCommands.parse("## S\n```sh\na \\\n  b\n# note\n```\nnot code\n"))
                .containsExactly(new Command("S", "a b"));
    }
}

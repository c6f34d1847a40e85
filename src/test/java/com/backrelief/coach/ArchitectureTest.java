package com.backrelief.coach;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The package rules of the architecture, read from the sources' import lines. */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/com/backrelief/coach");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    @Test
    void theDomainUsesNoAskAwsOrJacksonTypes() throws IOException {
        assertThat(importsUnder("domain")).noneMatch(i ->
                i.startsWith("com.amazon.") || i.startsWith("software.amazon.") || i.startsWith("com.amazonaws.")
                        || i.startsWith("com.fasterxml."));
    }

    @Test
    void speechDependsOnTheJdkAlone() throws IOException {
        assertThat(importsUnder("speech")).allMatch(i -> i.startsWith("java."));
    }

    @Test
    void screensAreValuesThatDependOnTheJdkAlone() throws IOException {
        assertThat(importsUnder("screen")).allMatch(i -> i.startsWith("java."));
    }

    @Test
    void alexaApiCallsUseTheJdkHttpClientJacksonTheAskModelLoggingAndTheirPortsOnly() throws IOException {
        assertThat(importsUnder("alexa")).allMatch(i -> i.startsWith("java.") || i.startsWith("com.fasterxml.jackson.")
                || i.startsWith("com.amazon.ask.model.") || i.startsWith("com.backrelief.coach.logging.")
                || i.startsWith("com.backrelief.coach.domain.alexa."));
    }

    @Test
    void handlersReachTheAlexaApisOnlyThroughThePorts() throws IOException {
        assertThat(importsUnder("handlers")).noneMatch(i -> i.startsWith("com.backrelief.coach.alexa."));
    }

    @Test
    void handlersReachStorageOnlyThroughThePort() throws IOException {
        assertThat(importsUnder("handlers")).noneMatch(i ->
                i.startsWith("software.amazon.") || i.contains(".persistence.DynamoDb"));
    }

    @Test
    void theConversationDecidesInPlainJava() throws IOException {
        assertThat(importsUnder("conversation")).allMatch(i -> i.startsWith("java.")
                || i.startsWith("com.backrelief.coach.conversation.") || i.startsWith("com.backrelief.coach.domain."));
    }

    /** Hear, decide, answer: the domain knows none of them, the decision knows neither the ASK boundary nor the answers. */
    @Test
    void dependenciesRunOneWayHearDecideAnswer() throws IOException {
        assertThat(importsUnder("domain")).noneMatch(i -> i.startsWith("com.backrelief.coach.conversation.")
                || i.startsWith("com.backrelief.coach.ask.") || i.startsWith("com.backrelief.coach.handlers."));
        assertThat(importsUnder("conversation")).noneMatch(i -> i.startsWith("com.backrelief.coach.ask.")
                || i.startsWith("com.backrelief.coach.handlers."));
        assertThat(importsUnder("handlers")).noneMatch(i -> i.startsWith("com.backrelief.coach.ask."));
    }

    /** No two top-level packages depend on each other, directly or round a longer loop. */
    @Test
    void theTopLevelPackagesHaveNoCycles() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        Pattern reference = Pattern.compile("com\\.backrelief\\.coach((?:\\.[a-z]\\w*)*)\\.[A-Z]");
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String from = slice(MAIN.relativize(file.getParent()).toString().replace('/', '.'));
                Matcher m = reference.matcher(Files.readString(file));
                while (m.find()) {
                    String to = slice(m.group(1).isEmpty() ? "" : m.group(1).substring(1));
                    if (!to.equals(from)) {
                        uses.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
                    }
                }
            }
        }
        assertThat(uses).as("package references found").containsKeys("ask", "conversation", "handlers");
        for (String start : uses.keySet()) {
            assertThat(reachable(uses, start)).as("a loop back to " + start).doesNotContain(start);
        }
    }

    private static String slice(String pkg) {
        return pkg.isEmpty() ? "(root)" : pkg.split("\\.")[0];
    }

    private static Set<String> reachable(Map<String, Set<String>> uses, String start) {
        Set<String> seen = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(uses.getOrDefault(start, Set.of()));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (seen.add(next)) {
                todo.addAll(uses.getOrDefault(next, Set.of()));
            }
        }
        return seen;
    }

    private static List<String> importsUnder(String pkg) throws IOException {
        List<String> imports = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN.resolve(pkg))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    imports.add(m.group(1));
                }
            }
        }
        assertThat(imports).as("imports under " + pkg).isNotEmpty();
        return imports;
    }
}

package com.backrelief.coach;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

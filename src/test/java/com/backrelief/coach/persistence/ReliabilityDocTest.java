package com.backrelief.coach.persistence;

import com.backrelief.coach.alexa.ApiClient;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/reliability.md names tests that exist, with methods that exist, and the figures the code holds. */
class ReliabilityDocTest {

    private static final Path DOC = Path.of("docs/reliability.md");
    private static final Path TESTS = Path.of("src/test/java");
    private static final Pattern TEST_NAME = Pattern.compile("`([A-Z]\\w+(?:Test|IT))`(?: \\(([^)]*)\\))?");
    private static final Pattern METHOD = Pattern.compile("`([a-z]\\w+)(?:…)?`");

    @Test
    void everyTestNamedIsThereWithTheMethodsNamed() throws IOException {
        String doc = Files.readString(DOC);
        Matcher test = TEST_NAME.matcher(doc);
        int named = 0;
        while (test.find()) {
            Path source = find(test.group(1) + ".java");
            String code = Files.readString(source);
            named++;
            if (test.group(2) != null) {
                Matcher method = METHOD.matcher(test.group(2));
                while (method.find()) {
                    assertThat(code).as(test.group(1) + " has " + method.group(1)).contains("void " + method.group(1));
                }
            }
        }
        assertThat(named).isGreaterThanOrEqualTo(10);
    }

    @Test
    void theFiguresAreTheOnesInTheCode() throws IOException {
        String doc = Files.readString(DOC).replaceAll("\\s+", " ");

        assertThat(doc).contains("no call runs later than " + ApiClient.TURN_BUDGET.toMillis() / 1000.0 + " s into a turn")
                .contains("expiry " + DynamoDbProgressStore.DISABLED_MARK_KEPT.toDays() + " days on")
                .contains("the latest " + ProgressItem.WRITE_TOKEN_SLOTS + " writes");
    }

    private static Path find(String file) throws IOException {
        try (Stream<Path> all = Files.walk(TESTS)) {
            return all.filter(path -> path.getFileName().toString().equals(file)).findFirst()
                    .orElseThrow(() -> new AssertionError("docs/reliability.md names " + file + ", which is not there"));
        }
    }
}

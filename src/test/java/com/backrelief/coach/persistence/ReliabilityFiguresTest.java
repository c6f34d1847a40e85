package com.backrelief.coach.persistence;

import com.backrelief.coach.domain.progress.ProgressSync;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/storage.md states the figures the code and the tests hold. */
class ReliabilityFiguresTest {

    private static String section() throws IOException {
        return Files.readString(Path.of("docs/storage.md")).replaceAll("\\s+", " ");
    }

    private static String seconds(Duration duration) {
        double value = duration.toMillis() / 1000.0;
        return (value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value)) + " s";
    }

    @Test
    void timeoutsRetriesAndRetentionAreTheOnesConfigured() throws IOException {
        String section = section();

        assertThat(section).contains("gives up after " + seconds(DynamoDbClients.API_CALL_TIMEOUT))
                .contains("connection " + seconds(DynamoDbClients.CONNECTION_TIMEOUT))
                .contains("each attempt " + seconds(DynamoDbClients.ATTEMPT_TIMEOUT))
                .contains(DynamoDbClients.MAX_ATTEMPTS + " attempts")
                .contains("up to " + ProgressSync.MAX_ATTEMPTS + " tries")
                .contains(DynamoDbProgressStore.RETENTION.toDays() + " days ahead");
    }

    @Test
    void theCorpusSizeIsTheNumberOfFilesInIt() throws IOException {
        long files;
        try (Stream<Path> corpus = Files.list(Path.of("src/test/resources/bad-requests"))) {
            files = corpus.count();
        }

        assertThat(section()).contains(files + " malformed or unusual requests");
    }
}

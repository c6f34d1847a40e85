package com.backrelief.coach.persistence;

import com.backrelief.coach.domain.progress.Progress;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressCodecTest {

    @Test
    void roundTripsProgress() {
        Progress progress = new Progress(3, LocalDate.of(2026, 11, 20));

        assertThat(ProgressCodec.fromMap(ProgressCodec.toMap(progress))).isEqualTo(progress);
        assertThat(ProgressCodec.toMap(progress)).containsEntry("schemaVersion", ProgressCodec.SCHEMA_VERSION);
    }

    @Test
    void readsNumbersAsDynamoDbAndJsonDeliverThem() {
        assertThat(ProgressCodec.fromMap(Map.of("visits", new BigDecimal("4"))).visits()).isEqualTo(4);
        assertThat(ProgressCodec.fromMap(Map.of("visits", "5")).visits()).isEqualTo(5);
    }

    @Test
    void unreadableFieldsFallBackToAFreshStart() {
        assertThat(ProgressCodec.fromMap(Map.of("visits", "many", "lastVisit", "yesterday"))).isEqualTo(Progress.NEW);
        assertThat(ProgressCodec.fromMap(null)).isEqualTo(Progress.NEW);
    }
}

package com.backrelief.coach.persistence;

import com.backrelief.coach.domain.progress.Progress;
import com.backrelief.coach.domain.progress.StoredProgress;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any item at all under the progress attribute names (any DynamoDB type, any value): it is read
 * without an exception, what is read works with everything the coach does with progress, and
 * once written in the current shape it reads back the same and up to date.
 */
class CorruptRecordProperties {

    private static final List<String> NAMES = List.of("schemaVersion", "version", "expiresAt", "visits", "lastVisit",
            "routine", "step", "savedAt", "pace", "sessions", "sessionDays", "streakStart", "longestStreak", "reminderToken", "reminderSchedule", "reminderOffered", "mood");
    private static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @Provide
    Arbitrary<Map<String, AttributeValue>> items() {
        Arbitrary<AttributeValue> nested = Arbitraries.oneOf(scalars().list().ofMaxSize(3).map(AttributeValue::fromL),
                Arbitraries.maps(Arbitraries.of(NAMES), scalars()).ofMaxSize(3).map(AttributeValue::fromM));
        Arbitrary<AttributeValue> values = Arbitraries.oneOf(scalars(),
                scalars().list().ofMaxSize(70).map(AttributeValue::fromL),
                nested.list().ofMaxSize(3).map(AttributeValue::fromL), nested);
        return Arbitraries.maps(Arbitraries.of(NAMES), values).ofMaxSize(NAMES.size());
    }

    private static Arbitrary<AttributeValue> scalars() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(30).map(AttributeValue::fromS),
                Arbitraries.of("2026-11-20", "2026-02-30", "+999999999-12-31", "-999999999-01-01", "0000-01-01",
                        "9999-12-31", "2026-11-21T07:00:00Z", "+1000000000-12-31T23:59:59.999999999Z", "SLOW", "desk-break",
                        "morning-mobility", "").map(AttributeValue::fromS),
                Arbitraries.of("0", "-1", "1", "2", "2147483648", "-2147483649", "1.5", "1E+125", "99999999999999999999")
                        .map(AttributeValue::fromN),
                Arbitraries.of(true, false).map(AttributeValue::fromBool),
                Arbitraries.just(AttributeValue.fromNul(true)));
    }

    @Property(tries = 400)
    void anyItemIsReadAndWhatIsReadCanBeCoached(@ForAll("items") Map<String, AttributeValue> fields) {
        StoredProgress stored = ProgressItem.fromItem(fields, NOW.getEpochSecond());
        Progress progress = stored.progress();

        progress.streaks(TODAY);
        progress.savedPlace().ifPresent(place -> place.isFresh(NOW));
        Progress changed = progress.visited(TODAY).finished(TODAY).reached("desk-break", 1, NOW).finished(TODAY.plusDays(1));
        changed.streaks(TODAY.plusDays(2));
        assertThat(Progress.merge(progress, changed, progress)).isEqualTo(changed);

        StoredProgress rewritten = ProgressItem.fromItem(
                ProgressItem.toItem("user", progress, stored.version() + 1, NOW.plusSeconds(60).getEpochSecond()),
                NOW.getEpochSecond());
        assertThat(rewritten.progress()).isEqualTo(progress);
        assertThat(rewritten.outdated()).isFalse();
    }
}

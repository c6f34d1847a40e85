package com.backrelief.coach.persistence;

import com.backrelief.coach.domain.progress.Progress;
import com.backrelief.coach.domain.reminders.DailyReminder;
import com.backrelief.coach.domain.reminders.ReminderSchedule;
import com.backrelief.coach.domain.stretching.Pace;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
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
    void roundTripsTheReminderAsItsTokenAndScheduleAndThatItWasOffered() {
        DailyReminder reminder = new DailyReminder("amzn1.alert.token-1", ReminderSchedule.fromCode("0805@MO,TU,WE,TH,FR").orElseThrow());
        Progress progress = new Progress(2, LocalDate.of(2026, 11, 21)).withReminder(reminder);

        Map<String, Object> map = ProgressCodec.toMap(progress);

        assertThat(ProgressCodec.fromMap(map)).isEqualTo(progress);
        assertThat(map).containsEntry("reminderToken", "amzn1.alert.token-1")
                .containsEntry("reminderSchedule", "0805@MO,TU,WE,TH,FR").containsEntry("reminderOffered", true);
    }

    @Test
    void withoutAReminderNothingAboutOneIsWrittenAndAnOfferIsKept() {
        Map<String, Object> none = ProgressCodec.toMap(new Progress(1, LocalDate.of(2026, 11, 21)));
        Progress offered = new Progress(1, LocalDate.of(2026, 11, 21)).reminderWasOffered();

        assertThat(none).doesNotContainKeys("reminderToken", "reminderSchedule", "reminderOffered");
        assertThat(ProgressCodec.fromMap(ProgressCodec.toMap(offered)).reminderOffered()).isTrue();
        assertThat(ProgressCodec.fromMap(ProgressCodec.toMap(offered)).stretchReminder()).isEmpty();
    }

    @Test
    void aReminderWithoutItsTokenOrWithADamagedScheduleIsNone() {
        Map<String, Object> map = new HashMap<>(ProgressCodec.toMap(Progress.NEW));
        map.put("reminderSchedule", "0805@MO");
        assertThat(ProgressCodec.fromMap(map).stretchReminder()).isEmpty();
        map.put("reminderToken", "token");
        map.put("reminderSchedule", "eight o'clock");
        map.put("reminderOffered", "yes");
        assertThat(ProgressCodec.fromMap(map).stretchReminder()).isEmpty();
        assertThat(ProgressCodec.fromMap(map).reminderOffered()).isFalse();
    }

    @Test
    void theSoundsTurnedOffAreRememberedAndARecordWithoutTheFieldHasThemOn() {
        Progress quiet = new Progress(3, LocalDate.of(2026, 11, 20)).withSoundsOff(true);

        assertThat(ProgressCodec.toMap(quiet)).containsEntry("soundsOff", true);
        assertThat(ProgressCodec.fromMap(ProgressCodec.toMap(quiet))).isEqualTo(quiet);
        assertThat(ProgressCodec.toMap(quiet.withSoundsOff(false))).doesNotContainKey("soundsOff");
        Map<String, Object> older = new HashMap<>(ProgressCodec.toMap(new Progress(3, LocalDate.of(2026, 11, 20))));
        assertThat(ProgressCodec.fromMap(older).soundsOff()).isFalse();
        older.put("soundsOff", "yes");
        assertThat(ProgressCodec.fromMap(older).soundsOff()).isFalse();
    }

    @Test
    void readsNumbersAsDynamoDbAndJsonDeliverThem() {
        assertThat(ProgressCodec.fromMap(Map.of("visits", new BigDecimal("4"))).visits()).isEqualTo(4);
        assertThat(ProgressCodec.fromMap(Map.of("visits", "5")).visits()).isEqualTo(5);
    }

    @Test
    void roundTripsThePlaceThePaceAndTheHistory() {
        Progress progress = new Progress(5, LocalDate.of(2026, 11, 21)).withPace(Pace.FAST)
                .finished(LocalDate.of(2026, 11, 19)).finished(LocalDate.of(2026, 11, 20))
                .reached("core-strength", 3, Instant.parse("2026-11-21T07:55:00Z"));

        Map<String, Object> map = ProgressCodec.toMap(progress);

        assertThat(ProgressCodec.fromMap(map)).isEqualTo(progress);
        assertThat(map).containsEntry("routine", "core-strength").containsEntry("step", 3)
                .containsEntry("savedAt", "2026-11-21T07:55:00Z").containsEntry("pace", "FAST")
                .containsEntry("sessions", 2).containsEntry("sessionDays", List.of("2026-11-19", "2026-11-20"))
                .containsEntry("longestStreak", 2);
    }

    @Test
    void aRecordWrittenBeforeCoachingExistedReadsAsNoPlaceUsualPaceAndNoHistory() {
        Progress progress = ProgressCodec.fromMap(Map.of("schemaVersion", new BigDecimal("1"), "visits", new BigDecimal("2"),
                "lastVisit", "2026-11-20"));

        assertThat(progress).isEqualTo(new Progress(2, LocalDate.of(2026, 11, 20)));
    }

    @Test
    void anUnreadablePlaceOrDayIsLeftOutRatherThanFailing() {
        Map<String, Object> map = new HashMap<>(ProgressCodec.toMap(Progress.NEW));
        map.put("routine", "morning-mobility");
        map.put("savedAt", "last tuesday");
        map.put("pace", "ludicrous");
        map.put("sessionDays", List.of("2026-11-20", "soon", 7));

        Progress progress = ProgressCodec.fromMap(map);

        assertThat(progress.savedPlace()).isEmpty();
        assertThat(progress.pace()).isEqualTo(Pace.NORMAL);
        assertThat(progress.history().days()).containsExactly(LocalDate.of(2026, 11, 20));
    }

    @Test
    void unreadableFieldsFallBackToAFreshStart() {
        assertThat(ProgressCodec.fromMap(Map.of("visits", "many", "lastVisit", "yesterday"))).isEqualTo(Progress.NEW);
        assertThat(ProgressCodec.fromMap(null)).isEqualTo(Progress.NEW);
    }
}

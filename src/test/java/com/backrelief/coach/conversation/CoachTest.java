package com.backrelief.coach.conversation;

import com.backrelief.coach.conversation.Outcome.Move;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The conversation's decision, as a table: where it is, what was said, what else the session holds, the move. */
class CoachTest {

    @ParameterizedTest(name = "{0}, said {1} ({2}): {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # state                  | said                    | also in the session | move
            open                     | AMAZON.YesIntent        |                     | plain-yes
            open                     | AMAZON.NoIntent         |                     | plain-no
            open                     | AMAZON.CancelIntent     |                     | leave
            open                     | AMAZON.CancelIntent     | reminder-just-set   | cancel-new-reminder
            open                     | AMAZON.StopIntent       | reminder-just-set   | leave
            open                     | RedFlagIntent           |                     | alert
            open                     | ExercisePainIntent      |                     | answer-request
            open                     | ExercisePainIntent      | routine             | stop-for-pain
            open                     | SymptomDenialIntent     |                     | answer-request
            open                     | AMAZON.NextIntent       |                     | answer-request
            open                     | AMAZON.NextIntent       | same-day-flag       | hold-for-same-day
            open                     | HeatIceFollowUpIntent   | same-day-flag       | hold-for-same-day
            open                     | CheckInIntent           |                     | check-in
            open                     | CheckInIntent:worse     |                     | worsening
            open                     | CheckInIntent:worse     | routine             | check-in
            open                     | TopicIntent             |                     | answer-request
            confirming-flag          | AMAZON.YesIntent        |                     | confirm-flag
            confirming-flag          | AMAZON.NoIntent         | routine             | confirm-flag
            confirming-flag          | RedFlagIntent           |                     | alert
            confirming-flag          | TopicIntent             |                     | answer-request
            interviewing             | AMAZON.YesIntent        |                     | answer-interview
            interviewing             | AMAZON.NoIntent         |                     | answer-interview
            interviewing             | SymptomDenialIntent     |                     | answer-interview
            interviewing             | ExercisePainIntent      |                     | answer-interview
            interviewing             | ExercisePainIntent      | routine             | stop-for-pain
            interviewing             | AMAZON.CancelIntent     | reminder-just-set   | cancel-interview
            interviewing             | AMAZON.StopIntent       |                     | leave
            interviewing             | TopicIntent             |                     | answer-request
            interviewing             | RedFlagIntent           |                     | alert
            interviewing             | AMAZON.NextIntent       | same-day-flag       | hold-for-same-day
            offering-tips            | AMAZON.YesIntent        |                     | reply-to-tips
            offering-tips            | AMAZON.NoIntent         | routine             | reply-to-tips
            offering-tips            | AMAZON.CancelIntent     |                     | reply-to-tips
            offering-timer           | AMAZON.CancelIntent     | reminder-just-set   | reply-to-timer
            offering-reminder        | AMAZON.CancelIntent     |                     | reply-to-reminder
            offering-routine         | AMAZON.CancelIntent     |                     | routine-no
            offering-timer           | AMAZON.StopIntent       |                     | leave
            offering-timer           | AMAZON.YesIntent        | routine             | reply-to-timer
            offering-timer           | AMAZON.NoIntent         |                     | reply-to-timer
            offering-timer           | SetTimerIntent          |                     | answer-request
            offering-timer           | AMAZON.YesIntent        | same-day-flag       | reply-to-timer
            offering-reminder        | AMAZON.YesIntent        |                     | reply-to-reminder
            offering-reminder        | AMAZON.NoIntent         |                     | reply-to-reminder
            offering-stretch-details | AMAZON.YesIntent        |                     | reply-to-stretch-details
            offering-stretch-details | AMAZON.NoIntent         | routine             | reply-to-stretch-details
            coaching-step            | AMAZON.YesIntent        | routine             | routine-yes
            coaching-step            | AMAZON.NoIntent         | routine             | routine-no
            coaching-step            | AMAZON.NextIntent       | routine             | answer-request
            coaching-step            | ExercisePainIntent      | routine             | stop-for-pain
            coaching-step            | AMAZON.CancelIntent     | routine             | leave
            coaching-step            | ListStretchesIntent     | routine             | answer-request
            returning-to-routine     | AMAZON.YesIntent        | routine             | routine-yes
            returning-to-routine     | AMAZON.NoIntent         | routine             | routine-no
            returning-to-routine     | AMAZON.NextIntent       | routine             | answer-request
            returning-to-routine     | AMAZON.ResumeIntent     | routine             | routine-yes
            returning-to-routine     | AMAZON.StartOverIntent  | routine             | answer-request
            returning-to-routine     | AMAZON.ResumeIntent     | same-day-flag       | hold-for-same-day
            coaching-step            | AMAZON.ResumeIntent     | routine             | routine-yes
            returning-to-routine     | ListStretchesIntent     | routine             | answer-request
            paused                   | AMAZON.YesIntent        | routine             | routine-yes
            paused                   | AMAZON.NoIntent         | routine             | routine-no
            paused                   | AMAZON.ResumeIntent     | routine             | answer-request
            stopped-for-pain         | AMAZON.YesIntent        | routine             | routine-yes
            stopped-for-pain         | AMAZON.NoIntent         | routine             | routine-no
            offering-routine         | AMAZON.YesIntent        |                     | routine-yes
            offering-routine         | AMAZON.YesIntent        | same-day-flag       | hold-for-same-day
            offering-routine         | AMAZON.NoIntent         | same-day-flag       | routine-no
            checking-in              | AMAZON.YesIntent        |                     | routine-yes
            checking-in              | CheckInIntent:worse     |                     | check-in
            checking-in              | CheckInIntent           |                     | check-in
            """)
    void eachStateSaysWhatATurnMeansThere(String state, String said, String context, String move) {
        String request = said.split(":")[0];
        Meaning meaning = Meaning.of(request, null, said.endsWith(":worse"));
        Set<String> also = context == null ? Set.of() : Set.of(context.split(","));
        ConversationRecord record = new ConversationRecord(ConversationTable.named(state),
                also.contains("routine"), also.contains("same-day-flag"), also.contains("reminder-just-set"));

        Outcome outcome = Coach.turn(record, meaning);

        assertThat(outcome.move().name().toLowerCase(Locale.ROOT).replace('_', '-')).isEqualTo(move);
        if (outcome.move() == Move.ANSWER_REQUEST) {
            assertThat(outcome.request()).isEqualTo(request);
        }
    }

    @Test
    void theTableCoversEveryStateOfTheClosedSet() {
        Set<String> permitted = states(ConversationState.class).map(Class::getSimpleName).collect(Collectors.toSet());
        Set<String> listed = ConversationTable.everyState().stream().map(state -> state.getClass().getSimpleName())
                .collect(Collectors.toSet());
        assertThat(listed).isEqualTo(permitted);
    }

    @Test
    void everyStateAnswersEveryActWithAMoveAndSafetyComesFirst() {
        for (ConversationState state : ConversationTable.everyState()) {
            for (ConversationRecord record : ConversationTable.everyContext(state)) {
                for (Meaning.Act act : Meaning.Act.values()) {
                    Meaning meaning = new Meaning(act, "SomeIntent", null);
                    Outcome outcome = Coach.turn(record, meaning);
                    assertThat(outcome).as(state.name() + " " + act).isNotNull();
                    if (act == Meaning.Act.FLAG) {
                        assertThat(outcome.move()).isEqualTo(Move.ALERT);
                    }
                    if (act == Meaning.Act.STOP) {
                        assertThat(outcome.move()).as("leaving is always possible").isEqualTo(Move.LEAVE);
                    }
                    if (act == Meaning.Act.EXERCISE && record.sameDayFlag()) {
                        assertThat(outcome.move()).as("no exercise while a same-day flag stands")
                                .isEqualTo(Move.HOLD_FOR_SAME_DAY);
                    }
                }
            }
        }
    }

    /** The records of the closed set, through the families (offers, the routine's questions) that group them. */
    private static Stream<Class<?>> states(Class<?> type) {
        return type.isInterface() ? Arrays.stream(type.getPermittedSubclasses()).flatMap(CoachTest::states) : Stream.of(type);
    }

    @Test
    void everyStateHasAUniqueName() {
        assertThat(ConversationTable.everyState().stream().map(ConversationState::name).distinct())
                .hasSize(ConversationTable.everyState().size());
    }
}

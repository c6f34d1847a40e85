package com.backrelief.coach.handlers.safety;

import com.backrelief.coach.support.Events;
import com.backrelief.coach.support.Reply;
import com.backrelief.coach.support.SymptomEvents;
import com.backrelief.coach.support.TestSkill;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.backrelief.coach.conversation.Coach;
import com.backrelief.coach.conversation.ConversationRecord;
import com.backrelief.coach.conversation.ConversationState;
import com.backrelief.coach.conversation.ConversationTable;
import com.backrelief.coach.conversation.Meaning;
import com.backrelief.coach.conversation.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Part 2 of the red-flag issue: whatever state the conversation is in, a red flag is answered by
 * the safety handler, and whatever the coach was doing is dropped (the progress cache stays).
 */
class SafetyFirstTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A state the skill can be in, reached by a real conversation or by the session it would carry. */
    record State(String name, Function<TestSkill, ObjectNode> reach, boolean dialog) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<State> states() {
        return List.of(
                new State("a one-shot request, nothing before", skill -> JSON.createObjectNode(), false),
                new State("right after the welcome", skill -> skill.send("launch").sessionAttributes(), false),
                new State("in the middle of a stretch explanation", skill -> {
                    ObjectNode afterLaunch = skill.send("launch").sessionAttributes();
                    return skill.send(SymptomEvents.inSession(Events.json("stretch-info-cat-cow"), afterLaunch))
                            .sessionAttributes();
                }, false),
                new State("during the heat-or-ice questions", skill -> attributes(skill,
                        "{\"heatOrIce\": {\"asking\": \"swelling\", \"onset\": \"two days\", \"injury\": \"minor\"}}"), true),
                new State("in the middle of a routine", skill -> attributes(skill,
                        "{\"routine\": {\"id\": \"morning-mobility\", \"step\": 3, \"rep\": 2, \"paused\": false}}"), false));
    }

    private static ObjectNode attributes(TestSkill skill, String state) {
        try {
            ObjectNode attributes = skill.send("launch").sessionAttributes();
            attributes.setAll((ObjectNode) JSON.readTree(state));
            return attributes;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Arguments> everyStateAndTier() {
        List<Arguments> cases = new ArrayList<>();
        for (State state : states()) {
            cases.add(Arguments.of(state, "i can't feel my legs", "E4", "Please call 911 now"));
            cases.add(Arguments.of(state, "i have a fever", "U1", "a doctor should check today"));
            cases.add(Arguments.of(state, "it's been months", "S5", "in the next few days"));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyStateAndTier")
    void theSafetyAnswerWinsAndWhatTheCoachWasDoingStops(State state, String words, String id, String expected) {
        TestSkill skill = new TestSkill();
        ObjectNode before = state.reach().apply(skill);
        ObjectNode event = SymptomEvents.inSession(SymptomEvents.redFlag(words, id, "en-US"), before);
        if (state.dialog()) {
            SymptomEvents.duringDialog(event);
        }

        Reply reply = skill.send(event);

        assertThat(reply.speech()).contains(expected);
        JsonNode after = reply.sessionAttributes();
        assertThat(after.has("routine")).isFalse();
        assertThat(after.has("heatOrIce")).isFalse();
        if (before.has("progress")) {
            assertThat(after.path("progress")).isEqualTo(before.path("progress"));
        }
        if (reply.endsSession()) {
            List<String> left = new ArrayList<>();
            after.fieldNames().forEachRemaining(left::add);
            assertThat(left).as("after an emergency only the progress cache is left").isSubsetOf("progress");
        }
    }

    @Test
    void theConversationAnswersARedFlagFirstInEveryState() {
        for (ConversationState state : ConversationTable.everyState()) {
            for (ConversationRecord record : ConversationTable.everyContext(state)) {
                assertThat(Coach.turn(record, Meaning.of(RedFlagIntentHandler.INTENT)).move())
                        .as(state.name()).isEqualTo(Outcome.Move.ALERT);
            }
        }
    }
}

package com.backrelief.coach;

import com.backrelief.coach.support.Events;
import com.backrelief.coach.support.TestSkill;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** events/ has a request for every intent in the model and every request type the skill handles, for sam local invoke -e. */
class EventsCoverageTest {

    static List<String> modelIntents() throws IOException {
        return InteractionModelConsistencyTest.modelIntents();
    }

    @ParameterizedTest
    @MethodSource("modelIntents")
    void everyIntentHasAnEvent(String intent) {
        assertThat(Events.names()).as("an event in events/ for " + intent)
                .anyMatch(name -> Events.json(name).path("request").path("intent").path("name").asText().equals(intent));
    }

    @ParameterizedTest
    @ValueSource(strings = {"LaunchRequest", "IntentRequest", "SessionEndedRequest", "AlexaSkillEvent.SkillDisabled",
            "CanFulfillIntentRequest", "Connections.Response", "Reminders.ReminderCreated", "Reminders.ReminderUpdated",
            "Reminders.ReminderDeleted", "Reminders.ReminderStatusChanged"})
    void everyRequestTypeTheSkillHandlesHasAnEvent(String type) {
        assertThat(Events.names()).anyMatch(name -> Events.json(name).path("request").path("type").asText().equals(type));
    }

    @Test
    void aRequestMidConversationCarriesSessionAttributes() {
        assertThat(Events.names()).anyMatch(name -> {
            JsonNode session = Events.json(name).path("session");
            return !session.path("new").asBoolean(true) && session.path("attributes").size() > 0;
        });
    }

    @Test
    void everyFileInEventsIsAnAlexaRequestEnvelope() {
        assertThat(Events.names()).allSatisfy(name -> {
            JsonNode event = Events.json(name);
            assertThat(event.path("version").asText()).as(name).isEqualTo("1.0");
            assertThat(event.path("request").path("type").asText()).as(name).isNotBlank();
            assertThat(event.path("context").path("System").path("application").path("applicationId").asText())
                    .as(name).isEqualTo(TestSkill.SKILL_ID);
        });
    }
}

package com.backrelief.coach.handlers.lifecycle;

import com.backrelief.coach.domain.progress.Progress;
import com.backrelief.coach.support.Events;
import com.backrelief.coach.support.InMemoryProgressStore;
import com.backrelief.coach.support.Reply;
import com.backrelief.coach.support.TestSkill;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static com.backrelief.coach.support.TestSkill.USER_ID;
import static org.assertj.core.api.Assertions.assertThat;

/** Disabling the skill forgets the person: their record is deleted, nothing is written back, nothing is said. */
class SkillDisabledTest {

    private final InMemoryProgressStore store = new InMemoryProgressStore();
    private final TestSkill skill = new TestSkill(store);

    @Test
    void theRecordOfSomeoneWhoDisablesTheSkillIsDeleted() {
        store.put(USER_ID, new Progress(4, LocalDate.of(2026, 11, 20)));

        Reply reply = skill.send("skill-disabled");

        assertThat(reply.hasSpeech()).isFalse();
        assertThat(reply.json().path("version").asText()).isEqualTo("1.0");
        assertThat(store.get(USER_ID)).isEmpty();
        assertThat(store.saves.get()).isZero();
    }

    @Test
    void someoneNeverSavedIsNotCreatedByDisablingTheSkill() {
        Reply reply = skill.send("skill-disabled");

        assertThat(reply.hasSpeech()).isFalse();
        assertThat(store.get(USER_ID)).isEmpty();
        assertThat(store.saves.get()).isZero();
    }

    @Test
    void anEventWithNoUserDeletesNothingAndStillAnswers() {
        store.put(USER_ID, new Progress(1, LocalDate.of(2026, 11, 20)));
        ObjectNode event = Events.json("skill-disabled");
        ((ObjectNode) event.path("context").path("System")).remove("user");

        Reply reply = skill.send(event);

        assertThat(reply.hasSpeech()).isFalse();
        assertThat(store.get(USER_ID)).isPresent();
    }

    @Test
    void aRequestMidConversationUsesTheProgressCarriedInTheSessionWithoutReadingTheStore() {
        Reply reply = skill.send("help-mid-conversation");

        assertThat(reply.speech()).contains("how do I do a cat cow").endsWith("?");
        assertThat(reply.sessionAttributes().path("progress").path("visits").asInt()).isEqualTo(3);
        assertThat(store.loads.get()).isZero();
    }
}

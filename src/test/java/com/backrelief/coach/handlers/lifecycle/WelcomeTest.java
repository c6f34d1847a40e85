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

/** The welcome: full with the disclaimer the first time, shorter once the coach knows the person. */
class WelcomeTest {

    private final InMemoryProgressStore store = new InMemoryProgressStore();
    private final TestSkill skill = new TestSkill(store);

    @Test
    void aFirstVisitHearsTheShortDisclaimerAndIsRemembered() {
        Reply reply = skill.send("launch");

        assertThat(reply.speech()).contains("Welcome to Back Relief Coach", "not a doctor");
        assertThat(store.get(USER_ID)).contains(new Progress(1, LocalDate.of(2026, 11, 21)));
    }

    @Test
    void aReturningPersonIsWelcomedBackWithoutTheDisclaimer() {
        store.put(USER_ID, new Progress(1, LocalDate.of(2026, 11, 20)));

        Reply reply = skill.send("launch");

        assertThat(reply.speech()).startsWith("Welcome back").doesNotContain("not a doctor");
        assertThat(store.get(USER_ID).orElseThrow().visits()).isEqualTo(2);
    }

    @Test
    void theRecordIsReadOncePerSessionAndWrittenOnlyWhenItChanges() {
        Reply launch = skill.send("launch");
        ObjectNode help = Events.json("help");
        help.set("session", help.get("session").deepCopy());
        ((ObjectNode) help.get("session")).set("attributes", launch.sessionAttributes());

        skill.send(help);
        skill.send(help);

        assertThat(store.loads.get()).isEqualTo(1);
        assertThat(store.saves.get()).isEqualTo(1);
    }
}

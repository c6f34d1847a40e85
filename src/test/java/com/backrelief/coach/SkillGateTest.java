package com.backrelief.coach;

import com.backrelief.coach.support.Events;
import com.backrelief.coach.support.Reply;
import com.backrelief.coach.support.TestSkill;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What reaches the skill: only well-formed requests for this skill. */
class SkillGateTest {

    private final TestSkill skill = new TestSkill();

    @Test
    void aRequestForAnotherSkillIsRejectedNotAnswered() {
        ObjectNode event = Events.json("launch");
        event.with("context").with("System").with("application").put("applicationId", "amzn1.ask.skill.someone-else");
        event.with("session").with("application").put("applicationId", "amzn1.ask.skill.someone-else");

        // The message says which id came and which was expected, so an operator sees what to set.
        assertThatThrownBy(() -> skill.send(event))
                .isInstanceOf(RequestRejectedException.class)
                .hasMessageContaining("it is for skill amzn1.ask.skill.someone-else")
                .hasMessageContaining("answers only " + TestSkill.SKILL_ID)
                .hasMessageContaining("SKILL_ID");
    }

    @Test
    void aRequestWithNoSkillIdAtAllIsRejectedWhenOneIsConfigured() {
        ObjectNode event = Events.json("launch");
        event.remove("context");
        event.remove("session");

        assertThatThrownBy(() -> skill.send(event)).isInstanceOf(RequestRejectedException.class);
    }

    @Test
    void theSessionsSkillIdIsEnoughWhenTheContextIsMissing() {
        ObjectNode event = Events.json("help");
        event.remove("context");

        assertThat(skill.send(event).speech()).contains("can't examine you");
    }

    @Test
    void aBodyThatIsNotJsonIsRejectedWithAClearMessage() {
        assertThatThrownBy(() -> skill.send("this is not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RequestRejectedException.class)
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> skill.send("[1,2]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RequestRejectedException.class)
                .hasMessageContaining("not a JSON object");
    }

    @Test
    void aRequestTypeAlexaAddsLaterGetsAnEmptyResponse() {
        ObjectNode event = Events.json("launch");
        event.with("request").put("type", "Alexa.Something.Invented");

        Reply reply = skill.send(event);

        assertThat(reply.hasSpeech()).isFalse();
        assertThat(reply.json().path("version").asText()).isEqualTo("1.0");
    }

    @Test
    void unknownFieldsAreIgnored() {
        ObjectNode event = Events.json("help");
        event.with("request").put("someNewField", 42);
        event.with("context").putObject("Alexa.NewInterface").put("x", "y");

        assertThat(skill.send(event).speech()).contains("can't examine you");
    }
}

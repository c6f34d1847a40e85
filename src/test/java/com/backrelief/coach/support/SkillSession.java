package com.backrelief.coach.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Several turns of one session: each reply's session attributes go into the next request. */
public final class SkillSession {

    private final TestSkill skill;
    private ObjectNode attributes = new ObjectMapper().createObjectNode();
    private boolean started;

    public SkillSession(TestSkill skill) {
        this.skill = skill;
    }

    public Reply open() {
        return say(Events.json("launch"));
    }

    /** A sample event by name, as the next turn. */
    public Reply say(String eventName) {
        return say(Events.json(eventName));
    }

    public Reply say(ObjectNode event) {
        if (started) {
            SymptomEvents.inSession(event, attributes);
        }
        Reply reply = skill.send(event);
        attributes = reply.sessionAttributes().deepCopy();
        started = true;
        return reply;
    }

    /** Adds state as another feature would have left it in the session. */
    public SkillSession carrying(String field, JsonNode state) {
        attributes.set(field, state);
        return this;
    }

    public ObjectNode attributes() {
        return attributes;
    }
}

package com.backrelief.coach.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * One person talking to the skill over several turns, as Alexa would carry it: each answer's
 * session attributes go into the next request, until the session ends and a new one starts empty.
 */
public final class Person {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger REQUESTS = new AtomicInteger();

    private final TestSkill skill;
    private ObjectNode attributes = JSON.createObjectNode();
    private boolean newSession = true;
    private String apiEndpoint;

    public Person(TestSkill skill) {
        this.skill = skill;
    }

    /** Sends every request with this Alexa API endpoint (a local stand-in) instead of the events' own. */
    public Person withApiEndpoint(String endpoint) {
        this.apiEndpoint = endpoint;
        return this;
    }

    /** "Alexa, open back relief coach": always a new session. */
    public Reply launch() {
        attributes = JSON.createObjectNode();
        newSession = true;
        return send(Events.json("launch"));
    }

    /** An intent with no slots. */
    public Reply say(String intent) {
        return send(intent(intent));
    }

    /** An intent with one slot that resolved to {@code id} through its slot type. */
    public Reply say(String intent, String slot, String spoken, String id) {
        ObjectNode event = intent(intent);
        ObjectNode slots = (ObjectNode) event.path("request").path("intent").path("slots");
        ObjectNode value = slots.putObject(slot).put("name", slot).put("value", spoken).put("confirmationStatus", "NONE");
        if (id != null) {
            ObjectNode resolution = value.putObject("resolutions").putArray("resolutionsPerAuthority").addObject();
            resolution.put("authority", "amzn1.er-authority.echo-sdk." + TestSkill.SKILL_ID + "." + slot);
            resolution.putObject("status").put("code", "ER_SUCCESS_MATCH");
            resolution.putArray("values").addObject().putObject("value").put("name", spoken).put("id", id);
        }
        return send(event);
    }

    /** Silence until Alexa closes the session. */
    public Reply silence() {
        ObjectNode event = Events.json("session-ended");
        return send(event);
    }

    public ObjectNode attributes() {
        return attributes;
    }

    private ObjectNode intent(String intent) {
        ObjectNode event = Events.json("help");
        ((ObjectNode) event.path("request").path("intent")).put("name", intent).putObject("slots");
        return event;
    }

    private Reply send(ObjectNode event) {
        ObjectNode session = (ObjectNode) event.path("session");
        session.put("new", newSession);
        session.set("attributes", attributes.deepCopy());
        ((ObjectNode) event.path("request")).put("requestId", "amzn1.echo-api.request.conversation-" + REQUESTS.incrementAndGet());
        if (apiEndpoint != null) {
            ((ObjectNode) event.path("context").path("System")).put("apiEndpoint", apiEndpoint);
        }
        Reply reply = skill.send(event);
        newSession = reply.endsSession() || "SessionEndedRequest".equals(event.path("request").path("type").asText());
        attributes = newSession ? JSON.createObjectNode() : reply.sessionAttributes().deepCopy();
        return reply;
    }
}

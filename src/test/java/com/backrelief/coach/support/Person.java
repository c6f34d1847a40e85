package com.backrelief.coach.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * A person talking to the skill over several turns: each request carries the
 * session attributes the previous answer returned, and slot values are given as spoken words.
 */
public final class Person {

    private final TestSkill skill;
    private final List<Reply> replies = new ArrayList<>();
    private ObjectNode attributes;
    private boolean sessionEnded;
    private String locale = "en-US";
    private boolean timerPermission;
    private int requests;
    private ScreenDevice device;

    public Person(TestSkill skill) {
        this.skill = skill;
    }

    public Person() {
        this(new TestSkill());
    }

    public Person inLocale(String locale) {
        this.locale = locale;
        return this;
    }

    /** The person has allowed the skill's timers (a consent token in every request). */
    public Person withTimerPermission() {
        this.timerPermission = true;
        return this;
    }

    /** The person talks to a device with a screen: every request says so. */
    public Person onDevice(ScreenDevice screen) {
        this.device = screen;
        return this;
    }

    /** A touch on the screen's button with this action (the person uses a device with a screen). */
    public Reply touch(String action) {
        if (device == null) {
            throw new IllegalStateException("Only a device with a screen can be touched: call onDevice first");
        }
        return send(device.touch(Events.json("help"), action));
    }

    /** "Alexa, open back relief coach". */
    public Reply open() {
        return send(Events.json("launch"));
    }

    /** An intent with slots given as name, spoken words, name, spoken words... */
    public Reply say(String intent, String... slotsAndWords) {
        ObjectNode event = Events.json("help");
        ObjectNode request = (ObjectNode) event.get("request");
        ObjectNode intentNode = request.putObject("intent").put("name", intent).put("confirmationStatus", "NONE");
        ObjectNode slots = intentNode.putObject("slots");
        for (int i = 0; i + 1 < slotsAndWords.length; i += 2) {
            slots.set(slotsAndWords[i], SlotValues.slot(intent, slotsAndWords[i], slotsAndWords[i + 1]));
        }
        if (last() != null && last().elicitsSlot()) {
            request.put("dialogState", "IN_PROGRESS");
        }
        return send(event);
    }

    public Reply yes() {
        return say("AMAZON.YesIntent");
    }

    public Reply no() {
        return say("AMAZON.NoIntent");
    }

    /** Alexa's report of the person's answer to its permission question. */
    public Reply permissionAnswer(String status) {
        ObjectNode event = Events.json("timer-permission-accepted");
        ObjectNode payload = (ObjectNode) event.path("request").path("payload");
        payload.put("status", status);
        String token = last() == null ? null : last().json().at("/response/directives/0/token").asText(null);
        if (token != null) {
            ((ObjectNode) event.get("request")).put("token", token);
        }
        if ("ACCEPTED".equals(status)) {
            timerPermission = true;
        }
        return send(event);
    }

    /** Silence until Alexa closes the session; the next request starts a new one. */
    public Reply silence() {
        Reply reply = send(Events.json("session-ended"));
        sessionEnded = true;
        return reply;
    }

    /** Sends one request; after an answer that closed the session, the next request opens a new one. */
    public Reply send(ObjectNode sent) {
        ObjectNode event = device == null || ScreenDevice.rendersApl(sent) ? sent : device.on(sent);
        if (sessionEnded) {
            attributes = null;
            sessionEnded = false;
        }
        ObjectNode session = (ObjectNode) event.get("session");
        session.put("new", attributes == null);
        session.set("attributes", attributes == null ? session.path("attributes") : attributes);
        ((ObjectNode) event.get("request")).put("locale", locale)
                .put("requestId", "amzn1.echo-api.request.conversation-" + (++requests));
        ObjectNode user = (ObjectNode) event.path("context").path("System").path("user");
        if (timerPermission) {
            user.putObject("permissions").put("consentToken", "example-consent-token");
        } else {
            user.remove("permissions");
        }
        Reply reply = skill.send(event);
        attributes = reply.sessionAttributes().deepCopy();
        sessionEnded = reply.endsSession();
        replies.add(reply);
        return reply;
    }

    public Reply last() {
        return replies.isEmpty() ? null : replies.get(replies.size() - 1);
    }

    /** The session attributes the skill holds now. */
    public JsonNode attributes() {
        return attributes;
    }
}

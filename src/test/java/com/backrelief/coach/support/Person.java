package com.backrelief.coach.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
    /** The permission scopes the person has granted the skill. */
    private final Set<String> granted = new LinkedHashSet<>();
    private int requests;
    private ScreenDevice device;
    private String userId;
    private String apiAccessToken;

    public static final String TIMERS = "alexa::alerts:timers:skill:readwrite";
    public static final String REMINDERS = "alexa::alerts:reminders:skill:readwrite";

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

    /** The person has allowed the skill's timers (a consent token, and the scope granted, in every request). */
    public Person withTimerPermission() {
        granted.add(TIMERS);
        return this;
    }

    /** The person has allowed the skill's reminders. */
    public Person withReminderPermission() {
        granted.add(REMINDERS);
        return this;
    }

    /** The person turned a permission off in the Alexa app. */
    public Person revoking(String scope) {
        granted.remove(scope);
        return this;
    }

    /** Someone in particular: every request carries this user id, and this token for the Alexa API. */
    public Person as(String userId, String apiAccessToken) {
        this.userId = userId;
        this.apiAccessToken = apiAccessToken;
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

    /** Alexa's report of the person's answer to its permission question, for the scope the question asked. */
    public Reply permissionAnswer(String status) {
        ObjectNode event = Events.json("timer-permission-accepted");
        ObjectNode payload = (ObjectNode) event.path("request").path("payload");
        payload.put("status", status);
        JsonNode asked = last() == null ? null : last().json().at("/response/directives/0");
        String token = asked == null ? null : asked.path("token").asText(null);
        if (token != null) {
            ((ObjectNode) event.get("request")).put("token", token);
        }
        String scope = asked == null ? TIMERS : asked.at("/payload/permissionScopes/0/permissionScope").asText(TIMERS);
        ((ObjectNode) payload.path("permissionScopes").path(0)).put("permissionScope", scope);
        if ("ACCEPTED".equals(status)) {
            granted.add(scope);
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
        if (userId != null) {
            user.put("userId", userId);
            ((ObjectNode) session.path("user")).put("userId", userId);
            ((ObjectNode) event.path("context").path("System")).put("apiAccessToken", apiAccessToken);
        }
        if (!granted.isEmpty()) {
            ObjectNode permissions = user.putObject("permissions").put("consentToken", "example-consent-token");
            ObjectNode scopes = permissions.putObject("scopes");
            granted.forEach(scope -> scopes.putObject(scope).put("status", "GRANTED"));
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

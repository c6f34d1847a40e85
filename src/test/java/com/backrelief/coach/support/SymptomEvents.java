package com.backrelief.coach.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Requests for the safety intents, built from the sample events so they keep Alexa's exact shape:
 * a symptom as Alexa would resolve it, a denial, pain during an exercise, and a later turn of a session.
 */
public final class SymptomEvents {

    private SymptomEvents() {
    }

    /** "RedFlagIntent" with the words resolved to a SYMPTOM id, as Alexa sends a slot synonym. */
    public static ObjectNode redFlag(String words, String id, String locale) {
        ObjectNode event = Events.json("red-flag-emergency");
        ((ObjectNode) event.path("request")).put("locale", locale);
        ObjectNode slot = symptomSlot(event);
        slot.put("value", words);
        ObjectNode value = (ObjectNode) slot.path("resolutions").path("resolutionsPerAuthority").get(0)
                .path("values").get(0).path("value");
        value.put("name", words).put("id", id);
        return event;
    }

    /** "RedFlagIntent" with words Alexa heard but could not match to any symptom. */
    public static ObjectNode unresolvedRedFlag(String words, String locale) {
        ObjectNode event = Events.json("red-flag-unresolved");
        ((ObjectNode) event.path("request")).put("locale", locale);
        symptomSlot(event).put("value", words);
        return event;
    }

    /** "RedFlagIntent" with the symptom heard but not resolved: the skill only has the words. */
    public static ObjectNode spokenOnly(String words, String locale) {
        ObjectNode event = unresolvedRedFlag(words, locale);
        symptomSlot(event).remove("resolutions");
        return event;
    }

    /** A resolution listing several symptoms, as Alexa does when words fit more than one value. */
    public static ObjectNode redFlagResolvingTo(String words, String locale, String... ids) {
        ObjectNode event = redFlag(words, ids[0], locale);
        ArrayNode values = (ArrayNode) symptomSlot(event).path("resolutions").path("resolutionsPerAuthority").get(0)
                .path("values");
        values.removeAll();
        for (String id : ids) {
            values.addObject().putObject("value").put("name", words).put("id", id);
        }
        return event;
    }

    /** The intent with no slot at all, as when Alexa fills nothing. */
    public static ObjectNode withoutSlots(String eventName) {
        ObjectNode event = Events.json(eventName);
        ((ObjectNode) event.path("request").path("intent")).remove("slots");
        return event;
    }

    /** The same request as a later turn: not new, carrying these session attributes. */
    public static ObjectNode inSession(ObjectNode event, JsonNode attributes) {
        ObjectNode session = (ObjectNode) event.path("session");
        session.put("new", false);
        session.set("attributes", attributes.deepCopy());
        return event;
    }

    /** Marks the request as arriving while Alexa is in the middle of a dialog. */
    public static ObjectNode duringDialog(ObjectNode event) {
        ((ObjectNode) event.path("request")).put("dialogState", "IN_PROGRESS");
        return event;
    }

    private static ObjectNode symptomSlot(ObjectNode event) {
        return (ObjectNode) event.path("request").path("intent").path("slots").path("symptom");
    }
}

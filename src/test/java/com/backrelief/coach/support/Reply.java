package com.backrelief.coach.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A skill's response as a test reads it: what was said, whether it waits, what it carries. */
public record Reply(JsonNode json) {

    private static final Pattern BREAKS = Pattern.compile("(?:\\s*<break time=\"(\\d+)ms\"/>)+");
    private static final Pattern BREAK = Pattern.compile("<break time=\"(\\d+)ms\"/>");

    public String ssml() {
        return json.path("response").path("outputSpeech").path("ssml").asText("");
    }

    /** The speech as plain text, a pause shown as {@code [pause 3s]}. */
    public String speech() {
        return plain(ssml());
    }

    public String reprompt() {
        return plain(json.path("response").path("reprompt").path("outputSpeech").path("ssml").asText(""));
    }

    public boolean hasSpeech() {
        return !json.path("response").path("outputSpeech").isMissingNode();
    }

    public boolean endsSession() {
        return json.path("response").path("shouldEndSession").asBoolean(false);
    }

    /** The directive types in the response, such as {@code Dialog.ElicitSlot}. */
    public List<String> directiveTypes() {
        List<String> types = new ArrayList<>();
        json.path("response").path("directives").forEach(d -> types.add(d.path("type").asText()));
        return types;
    }

    /** True when the answer asks Alexa to fill a slot with what the person says next. */
    public boolean elicitsSlot() {
        return directiveTypes().contains("Dialog.ElicitSlot");
    }

    /** The slot being elicited, or null. */
    public String elicitedSlot() {
        for (JsonNode directive : json.path("response").path("directives")) {
            if (directive.path("type").asText().equals("Dialog.ElicitSlot")) {
                return directive.path("slotToElicit").asText();
            }
        }
        return null;
    }

    /** True when the answer hands over to Alexa's permission question (a skill connection). */
    public boolean asksForPermission() {
        return directiveTypes().contains("Connections.SendRequest");
    }

    /** The RenderDocument directive's payload (document, datasources), or a missing node without one. */
    public JsonNode screen() {
        for (JsonNode directive : json.path("response").path("directives")) {
            if (directive.path("type").asText().equals("Alexa.Presentation.APL.RenderDocument")) {
                return directive;
            }
        }
        return MissingNode.getInstance();
    }

    /** What the screen binds: the data source {@code screen} of the RenderDocument directive. */
    public JsonNode shown() {
        return screen().path("datasources").path("screen");
    }

    /** The actions of the screen's buttons, in order. */
    public List<String> buttons() {
        List<String> actions = new ArrayList<>();
        shown().path("buttons").forEach(button -> actions.add(button.path("action").asText()));
        return actions;
    }

    public ObjectNode sessionAttributes() {
        JsonNode attributes = json.path("sessionAttributes");
        return attributes.isObject() ? (ObjectNode) attributes : new ObjectMapper().createObjectNode();
    }

    public static String plain(String ssml) {
        Matcher runs = BREAKS.matcher(ssml);
        StringBuilder out = new StringBuilder();
        while (runs.find()) {
            long millis = 0;
            Matcher one = BREAK.matcher(runs.group());
            while (one.find()) {
                millis += Long.parseLong(one.group(1));
            }
            String seconds = millis % 1000 == 0 ? Long.toString(millis / 1000) : Double.toString(millis / 1000.0);
            runs.appendReplacement(out, Matcher.quoteReplacement(" [pause " + seconds + "s] "));
        }
        runs.appendTail(out);
        return out.toString().replaceAll("<[^>]+>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&")
                .replaceAll("\\s+", " ").strip();
    }
}

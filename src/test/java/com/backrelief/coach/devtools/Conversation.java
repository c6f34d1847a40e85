package com.backrelief.coach.devtools;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.backrelief.coach.devtools.UtteranceMatcher.Elicitation;
import com.backrelief.coach.devtools.UtteranceMatcher.Match;
import com.backrelief.coach.devtools.UtteranceMatcher.Opening;
import com.backrelief.coach.devtools.UtteranceMatcher.Prompt;
import com.backrelief.coach.speech.Speech;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Talks to the skill as Alexa would: typed utterances become request envelopes, and the session is kept between them.
 * When the skill hands over to Alexa's permission question (a {@code Connections.SendRequest} AskFor), Alexa's question
 * is spoken and the next utterance answers it: yes allows (the scope is granted in every later request), no denies,
 * anything else leaves it unanswered; the skill then gets the answer as a {@code Connections.Response}.
 */
public final class Conversation {

    public static final String DEFAULT_USER = "amzn1.ask.account.LOCAL-USER";
    public static final String DEFAULT_LOCALE = "en-US";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DEVICE = "amzn1.ask.device.LOCAL-DEVICE";
    private static final int MAX_DELEGATIONS = 5;
    /** The APL runtime an Echo Show reports it renders, up to this version. */
    static final String APL_VERSION = "2024.2";
    private static final String SCREEN_TOKEN = "backReliefCoach";

    /**
     * One exchange: what was typed, the request sent, the response received, any prompt Alexa spoke itself, and
     * what the matcher heard (null for a launch or a session's end, which no sample matches).
     */
    public record Turn(String utterance, JsonNode request, JsonNode response, String prompt, Match heard) {

        public Turn(String utterance, JsonNode request, JsonNode response) {
            this(utterance, request, response, null, null);
        }

        public Turn(String utterance, JsonNode request, JsonNode response, String prompt) {
            this(utterance, request, response, prompt, null);
        }

        Turn heardAs(Match match) {
            return new Turn(utterance, request, response, prompt, match);
        }

        /** What Alexa says, as plain text. */
        public String speech() {
            String said = PlainText.of(response.path("response").path("outputSpeech"));
            if (prompt == null || prompt.isBlank()) {
                return said;
            }
            return (said + " " + PlainText.of(prompt)).strip();
        }

        public String reprompt() {
            return PlainText.of(response.path("response").path("reprompt").path("outputSpeech"));
        }

        /** The RenderDocument directive of the answer, or null when it shows nothing. */
        public JsonNode screen() {
            return directive(response, "Alexa.Presentation.APL.RenderDocument");
        }

        public boolean sessionEnded() {
            return response.path("response").path("shouldEndSession").asBoolean(false);
        }
    }

    /** The skill gave no usable answer; Alexa would report a problem with the skill's response and close the session. */
    public static final class SkillFailure extends RuntimeException {

        SkillFailure(Throwable cause) {
            super(cause.getClass().getName() + ": " + cause.getMessage(), cause);
        }
    }

    private final RequestStreamHandler handler;
    private final Ear matcher;
    private String userId = DEFAULT_USER;
    private String locale = DEFAULT_LOCALE;
    private Clock clock = Clock.systemUTC();
    private String apiEndpoint = "https://api.amazonalexa.com";
    private String sessionId;
    private boolean fresh;
    private JsonNode attributes = JSON.createObjectNode();
    private Elicitation pending;
    private boolean screen;
    private final Set<String> granted = new LinkedHashSet<>();
    private PermissionQuestion asked;

    /** Alexa's permission question waiting for the person's answer: the scope asked for and the skill's token. */
    private record PermissionQuestion(String scope, String token) {
    }

    /** What Alexa asks for each scope the skill may ask for by voice. */
    private static final Map<String, String> PERMISSION_QUESTIONS = Map.of(
            "alexa::alerts:timers:skill:readwrite", "Do you allow Back Relief Coach to set timers? Say yes or no.",
            "alexa::alerts:reminders:skill:readwrite", "Do you allow Back Relief Coach to set reminders? Say yes or no.");

    public Conversation(RequestStreamHandler handler, Ear matcher) {
        this.handler = handler;
        this.matcher = matcher;
    }

    public Conversation user(String id) {
        this.userId = id;
        return this;
    }

    public Conversation locale(String tag) {
        this.locale = tag;
        return this;
    }

    public Conversation clock(Clock source) {
        this.clock = source;
        return this;
    }

    /** Where requests say the Alexa API is (a local stand-in in tests, so none reaches the real one). */
    public Conversation apiEndpoint(String endpoint) {
        this.apiEndpoint = endpoint;
        return this;
    }

    /** Requests come from a device with a screen (an Echo Show 8): APL among its interfaces, and its viewport. */
    public Conversation screen(boolean withScreen) {
        this.screen = withScreen;
        return this;
    }

    /** A touch on a button of the screen, in the open session, as the device sends it. */
    public Turn touch(String label, String action) {
        if (!sessionOpen()) {
            throw new IllegalStateException("The session is closed, and its screen with it");
        }
        ObjectNode request = request("Alexa.Presentation.APL.UserEvent").put("token", SCREEN_TOKEN);
        request.putArray("arguments").add(action);
        request.putObject("source").put("type", "TouchWrapper").put("handler", "Press").put("id", "");
        request.putObject("components");
        return exchange("[" + label + "]", request);
    }

    public boolean sessionOpen() {
        return sessionId != null;
    }

    /** The permission scopes the person has allowed so far. */
    public Set<String> granted() {
        return Set.copyOf(granted);
    }

    /** Sends what was typed: an invocation phrase starts a new session, anything else continues the open one. */
    public Turn say(String utterance) {
        Optional<Opening> opening = matcher.open(utterance);
        if (opening.isPresent() || !sessionOpen()) {
            startSession();
        }
        if (opening.isPresent() && opening.get().launch()) {
            return exchange(utterance, request("LaunchRequest"));
        }
        if (asked != null && opening.isEmpty()) {
            return answerPermission(utterance);
        }
        Match match = opening.map(Opening::oneShot).orElseGet(() -> matcher.match(utterance, pending));
        ObjectNode request = request("IntentRequest");
        if (match.dialogState() != null) {
            request.put("dialogState", match.dialogState());
        }
        request.set("intent", match.intent());
        return followDelegation(exchange(utterance, request), 0).heardAs(match);
    }

    /** The person's answer to Alexa's permission question, sent to the skill as a Connections.Response. */
    private Turn answerPermission(String utterance) {
        PermissionQuestion question = asked;
        asked = null;
        Match match = matcher.match(utterance);
        String said = String.join(" ", UtteranceMatcher.words(utterance));
        boolean allows = match.name().equals("AMAZON.YesIntent") || said.matches("(i )?(allow|approve|accept)( it)?");
        String status = allows ? "ACCEPTED" : match.name().equals("AMAZON.NoIntent") ? "DENIED" : "NOT_ANSWERED";
        if (allows) {
            granted.add(question.scope());
        }
        ObjectNode request = request("Connections.Response").put("name", "AskFor");
        request.putObject("status").put("code", "200").put("message", "OK");
        ObjectNode payload = request.putObject("payload");
        payload.putArray("permissionScopes").addObject().put("permissionScope", question.scope()).put("consentLevel", "ACCOUNT");
        payload.put("status", status);
        request.put("token", question.token());
        return exchange(utterance, request).heardAs(match);
    }

    /** Closes an open session as when the person walks away: a SessionEndedRequest, reason USER_INITIATED. */
    public Optional<Turn> end() {
        if (!sessionOpen()) {
            return Optional.empty();
        }
        ObjectNode request = request("SessionEndedRequest").put("reason", "USER_INITIATED");
        try {
            return Optional.of(exchange("", request));
        } finally {
            closeSession();
        }
    }

    /** After Dialog.Delegate, Alexa prompts for a missing required slot, or sends the intent back as COMPLETED. */
    private Turn followDelegation(Turn turn, int depth) {
        JsonNode delegate = directive(turn.response(), "Dialog.Delegate");
        if (delegate == null || !sessionOpen() || depth >= MAX_DELEGATIONS) {
            return turn;
        }
        JsonNode intent = delegate.path("updatedIntent").isObject()
                ? delegate.get("updatedIntent") : turn.request().path("request").path("intent");
        Optional<Prompt> missing = matcher.missingRequiredSlot(intent);
        if (missing.isPresent()) {
            pending = new Elicitation(intent.path("name").asText(), missing.get().slot(), intent);
            return new Turn(turn.utterance(), turn.request(), turn.response(), missing.get().text());
        }
        ObjectNode request = request("IntentRequest").put("dialogState", "COMPLETED");
        request.set("intent", intent.deepCopy());
        return followDelegation(exchange(turn.utterance(), request), depth + 1);
    }

    private Turn exchange(String utterance, ObjectNode request) {
        ObjectNode envelope = envelope(request);
        JsonNode response = invoke(envelope);
        fresh = false;
        JsonNode kept = response.path("sessionAttributes");
        attributes = kept.isObject() ? kept : JSON.createObjectNode();
        pending = elicitation(request, response);
        if (response.path("response").path("shouldEndSession").asBoolean(false)) {
            closeSession();
        }
        JsonNode askFor = directive(response, "Connections.SendRequest");
        if (askFor != null && "AskFor".equals(askFor.path("name").asText()) && sessionOpen()) {
            String scope = askFor.at("/payload/permissionScopes/0/permissionScope").asText(
                    askFor.at("/payload/permissionScope").asText(""));
            asked = new PermissionQuestion(scope, askFor.path("token").asText(""));
            return new Turn(utterance, envelope, response,
                    PERMISSION_QUESTIONS.getOrDefault(scope, "Do you allow Back Relief Coach that? Say yes or no."));
        }
        return new Turn(utterance, envelope, response);
    }

    private JsonNode invoke(ObjectNode envelope) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(JSON.writeValueAsBytes(envelope)), out, null);
            byte[] body = out.toByteArray();
            return body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException | RuntimeException e) {
            closeSession();
            throw new SkillFailure(e);
        }
    }

    /** The slot or intent the skill asked Alexa to collect next, if it did. */
    private static Elicitation elicitation(ObjectNode request, JsonNode response) {
        JsonNode elicit = directive(response, "Dialog.ElicitSlot");
        JsonNode directive = elicit != null ? elicit : directive(response, "Dialog.Delegate");
        if (directive == null) {
            return null;
        }
        JsonNode intent = directive.path("updatedIntent").isObject()
                ? directive.get("updatedIntent") : request.path("intent");
        String slot = elicit == null ? null : elicit.path("slotToElicit").asText(null);
        return new Elicitation(intent.path("name").asText(), slot, intent);
    }

    private static JsonNode directive(JsonNode response, String type) {
        for (JsonNode directive : response.path("response").path("directives")) {
            if (type.equals(directive.path("type").asText())) {
                return directive;
            }
        }
        return null;
    }

    private ObjectNode envelope(ObjectNode request) {
        ObjectNode envelope = JSON.createObjectNode().put("version", "1.0");
        ObjectNode session = envelope.putObject("session").put("new", fresh).put("sessionId", sessionId);
        session.putObject("application").put("applicationId", matcher.skillId());
        session.set("attributes", attributes.deepCopy());
        session.putObject("user").put("userId", userId);
        ObjectNode system = envelope.putObject("context").putObject("System");
        system.putObject("application").put("applicationId", matcher.skillId());
        ObjectNode user = system.putObject("user").put("userId", userId);
        if (!granted.isEmpty()) {
            ObjectNode permissions = user.putObject("permissions").put("consentToken", "local-consent-token");
            ObjectNode scopes = permissions.putObject("scopes");
            granted.forEach(scope -> scopes.putObject(scope).put("status", "GRANTED"));
        }
        ObjectNode interfaces = system.putObject("device").put("deviceId", DEVICE).putObject("supportedInterfaces");
        system.put("apiEndpoint", apiEndpoint).put("apiAccessToken", "local-api-access-token");
        if (screen) {
            interfaces.putObject("Alexa.Presentation.APL").putObject("runtime").put("maxVersion", APL_VERSION);
            ObjectNode viewport = ((ObjectNode) envelope.get("context")).putObject("Viewport").put("mode", "HUB").put("shape", "RECTANGLE")
                    .put("pixelWidth", 1280).put("pixelHeight", 800).put("dpi", 160)
                    .put("currentPixelWidth", 1280).put("currentPixelHeight", 800);
            viewport.putArray("touch").add("SINGLE");
        }
        envelope.set("request", request);
        return envelope;
    }

    private ObjectNode request(String type) {
        return JSON.createObjectNode()
                .put("type", type)
                .put("requestId", "amzn1.echo-api.request." + UUID.randomUUID())
                .put("timestamp", DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.SECONDS)))
                .put("locale", locale);
    }

    private void startSession() {
        sessionId = "amzn1.echo-api.session." + UUID.randomUUID();
        fresh = true;
        attributes = JSON.createObjectNode();
        pending = null;
        asked = null;
    }

    private void closeSession() {
        sessionId = null;
        pending = null;
        asked = null;
        attributes = JSON.createObjectNode();
    }

    /**
     * SSML as text for a terminal: no tags, entities decoded, each run of breaks shown as one [pause Xs], and
     * each sound as [sound: name] where it plays.
     */
    static final class PlainText {

        private static final Pattern BREAKS = Pattern.compile("(?:<break\\b[^>]*>\\s*)+", Pattern.CASE_INSENSITIVE);
        private static final Pattern BREAK_TIME =
                Pattern.compile("time\\s*=\\s*[\"']\\s*([0-9]*\\.?[0-9]+)\\s*(ms|s)\\s*[\"']", Pattern.CASE_INSENSITIVE);
        private static final Pattern BLOCK_TAGS = Pattern.compile("</?(?:speak|p|s)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
        private static final Pattern TAGS = Pattern.compile("<[^>]*>");
        private static final Pattern AUDIO =
                Pattern.compile("<audio\\b[^>]*\\bsrc\\s*=\\s*[\"']([^\"']*)[\"'][^>]*>", Pattern.CASE_INSENSITIVE);

        private PlainText() {
        }

        static String of(JsonNode outputSpeech) {
            if ("PlainText".equals(outputSpeech.path("type").asText())) {
                return outputSpeech.path("text").asText("").strip();
            }
            return of(outputSpeech.path("ssml").asText(""));
        }

        static String of(String ssml) {
            Matcher runs = BREAKS.matcher(ssml);
            StringBuilder out = new StringBuilder();
            while (runs.find()) {
                runs.appendReplacement(out, Matcher.quoteReplacement(pause(runs.group())));
            }
            runs.appendTail(out);
            Matcher sounds = AUDIO.matcher(out.toString());
            out = new StringBuilder();
            while (sounds.find()) {
                sounds.appendReplacement(out, Matcher.quoteReplacement(" [sound: " + Speech.soundName(sounds.group(1)) + "] "));
            }
            sounds.appendTail(out);
            String text = TAGS.matcher(BLOCK_TAGS.matcher(out).replaceAll(" ")).replaceAll("");
            text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                    .replace("&apos;", "'").replace("&amp;", "&");
            return text.replaceAll("\\s+", " ").strip();
        }

        private static String pause(String breaks) {
            BigDecimal millis = BigDecimal.ZERO;
            Matcher time = BREAK_TIME.matcher(breaks);
            while (time.find()) {
                BigDecimal amount = new BigDecimal(time.group(1));
                millis = millis.add(time.group(2).equalsIgnoreCase("s") ? amount.movePointRight(3) : amount);
            }
            if (millis.signum() == 0) {
                return " ";
            }
            String seconds = millis.movePointLeft(3).stripTrailingZeros().toPlainString();
            return " [pause " + seconds + "s] ";
        }
    }
}

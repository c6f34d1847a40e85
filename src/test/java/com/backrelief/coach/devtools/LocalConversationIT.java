package com.backrelief.coach.devtools;

import com.backrelief.coach.CoachStreamHandler;
import com.backrelief.coach.Config;
import com.backrelief.coach.devtools.Conversation.Turn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Typed conversations through the real handler and DynamoDB Local, as the local tool runs them. */
class LocalConversationIT {

    private static final String SCRIPT = "open back relief coach\nhow do I do a cat cow\nstop\n";

    private static DynamoDbLocal dynamoDb;

    @BeforeAll
    static void start() {
        dynamoDb = DynamoDbLocal.inMemory().createTable();
    }

    @AfterAll
    static void stop() {
        dynamoDb.close();
    }

    @Test
    void aFirstVisitThenAReturn() {
        Conversation conversation = conversation("amzn1.ask.account.FIRST-THEN-RETURN");

        Turn welcome = conversation.say("open back relief coach");
        assertTrue(welcome.speech().contains("not a doctor"), welcome.speech());
        assertTrue(welcome.speech().endsWith("?"), welcome.speech());
        assertEquals("LaunchRequest", welcome.request().path("request").path("type").asText());
        assertTrue(welcome.request().path("session").path("new").asBoolean());

        Turn catCow = conversation.say("how do I do a cat cow");
        assertTrue(catCow.speech().contains("hands and knees"), catCow.speech());
        assertFalse(catCow.request().path("session").path("new").asBoolean());
        assertEquals(sessionId(welcome), sessionId(catCow));
        assertEquals(welcome.response().path("sessionAttributes"), catCow.request().path("session").path("attributes"));

        Turn stop = conversation.say("stop");
        assertTrue(stop.speech().contains("Goodbye"), stop.speech());
        assertTrue(stop.sessionEnded());
        assertFalse(conversation.sessionOpen());

        Turn again = conversation.say("open back relief coach");
        assertTrue(again.speech().contains("Welcome back"), again.speech());
        assertFalse(again.speech().contains("not a doctor"), again.speech());
        assertTrue(again.request().path("session").path("new").asBoolean());
        assertNotEquals(sessionId(welcome), sessionId(again));
    }

    @Test
    void withNoSessionOpenAnUtteranceIsAOneShotRequest() {
        Conversation conversation = conversation("amzn1.ask.account.ONE-SHOT");

        Turn bridge = conversation.say("ask back relief coach how do I do a bridge");

        assertEquals("StretchInfoIntent", bridge.request().path("request").path("intent").path("name").asText());
        assertTrue(bridge.request().path("session").path("new").asBoolean());
        assertTrue(bridge.speech().toLowerCase().contains("bridge"), bridge.speech());
    }

    @Test
    void endingTheInputClosesTheSession() {
        Conversation conversation = conversation("amzn1.ask.account.WALKS-AWAY");
        conversation.say("open back relief coach");

        Turn ended = conversation.end().orElseThrow();

        assertEquals("SessionEndedRequest", ended.request().path("request").path("type").asText());
        assertEquals("USER_INITIATED", ended.request().path("request").path("reason").asText());
        assertFalse(conversation.sessionOpen());
        assertTrue(conversation.end().isEmpty());
    }

    @Test
    void theToolRemembersTheUserBetweenRuns(@TempDir Path data) {
        String first = runTool(data);
        String second = runTool(data);

        assertTrue(first.startsWith("you> open back relief coach\nalexa> Welcome to Back Relief Coach."), first);
        assertTrue(first.contains("not a doctor"), first);
        assertTrue(first.contains("you> how do I do a cat cow\nalexa> "), first);
        assertTrue(first.contains("hands and knees"), first);
        assertTrue(first.endsWith("you> stop\nalexa> Okay. Take care of your back. Goodbye.\n(session ended)\n"), first);
        assertTrue(second.startsWith("you> open back relief coach\nalexa> Welcome back."), second);
        assertFalse(second.contains("not a doctor"), second);
    }

    @Test
    void eventFilesAreAnsweredAsSamLocalInvokeWould() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = LocalTool.run(new String[] {"--event", "events/launch.json", "events/help.json"},
                InputStream.nullInputStream(), new PrintStream(out, true, StandardCharsets.UTF_8), silent());

        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, printed);
        assertTrue(printed.contains("not a doctor"), printed);
        assertTrue(printed.contains("\"event\" : \"events/launch.json\""), printed);
        assertTrue(printed.indexOf("\"event\" : \"events/help.json\"") > printed.indexOf("events/launch.json"), printed);
    }

    @Test
    void aMissingEventFileIsAUsageErrorBeforeAnythingRuns() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = LocalTool.run(new String[] {"--event", "events/launch.json", "events/no-such-event.json"},
                InputStream.nullInputStream(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(2, status);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("No such event file: events/no-such-event.json"));
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = LocalTool.run(new String[] {"--colour"}, InputStream.nullInputStream(), silent(),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(2, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("Unknown option: --colour"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--event FILE"));
    }

    private static PrintStream silent() {
        return new PrintStream(OutputStream.nullOutputStream());
    }

    private static String runTool(Path data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = LocalTool.run(new String[] {"--data-dir", data.toString()},
                new ByteArrayInputStream(SCRIPT.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    private static Conversation conversation(String userId) {
        Map<String, String> env = LocalFunction.fromTemplate().environment(dynamoDb.endpoint(), Map.of());
        UtteranceMatcher matcher = UtteranceMatcher.load(UtteranceMatcher.DEFAULT_MODEL, LocalFunction.SKILL_ID);
        return new Conversation(new CoachStreamHandler(Config.from(env)), matcher).user(userId);
    }

    private static String sessionId(Turn turn) {
        return turn.request().path("session").path("sessionId").asText();
    }
}

package com.backrelief.coach.transcripts;

import com.backrelief.coach.devtools.Conversation;
import com.backrelief.coach.devtools.UtteranceMatcher;
import com.backrelief.coach.screen.Card;
import com.backrelief.coach.support.InMemoryProgressStore;
import com.backrelief.coach.support.MutableClock;
import com.backrelief.coach.support.StubAlexaApi;
import com.backrelief.coach.support.TestSkill;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** Replays every conversation in src/test/resources/transcripts (format: the README there). */
class TranscriptTest {

    private static final Path DIRECTORY = Path.of("src/test/resources/transcripts");

    @TestFactory
    Stream<DynamicTest> transcripts() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(DIRECTORY)) {
            files = listing.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> replay(file)));
    }

    private static void replay(Path file) throws IOException {
        MutableClock clock = new MutableClock(TestSkill.NOW);
        InMemoryProgressStore store = new InMemoryProgressStore();
        TestSkill skill = new TestSkill(store, clock);
        Conversation conversation = new Conversation(skill.handler(),
                UtteranceMatcher.load(UtteranceMatcher.DEFAULT_MODEL, TestSkill.SKILL_ID))
                .user(TestSkill.USER_ID).clock(clock).apiEndpoint(StubAlexaApi.shared().endpoint());
        Conversation.Turn turn = null;
        List<String> lines = Files.readAllLines(file);
        List<String> failures = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            String where = file.getFileName() + ":" + (i + 1);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("you>")) {
                turn = conversation.say(line.substring(4).strip());
                checkCertificationRules(turn, where);
            } else if (line.startsWith("@")) {
                turn = direct(conversation, clock, store, line.substring(1).strip(), where);
            } else {
                try {
                    expect(turn, line, where);
                } catch (AssertionError missed) {
                    // Every expectation of a file is checked, so one run shows all that a change broke.
                    failures.add(missed.getMessage());
                }
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " expectation(s) not met:\n" + String.join("\n", failures));
        }
    }

    private static Conversation.Turn direct(Conversation conversation, MutableClock clock, InMemoryProgressStore store,
                                            String directive, String where) {
        String[] words = directive.split("\\s+", 2);
        switch (words[0]) {
            case "walk-away" -> conversation.end();
            case "later" -> clock.advance(duration(words[1], where));
            case "locale" -> conversation.locale(words[1]);
            case "user" -> conversation.user("amzn1.ask.account." + words[1]);
            case "table" -> table(store, words.length > 1 ? words[1] : "", where);
            default -> fail(where + ": unknown directive @" + directive);
        }
        return null;
    }

    private static void table(InMemoryProgressStore store, String state, String where) {
        switch (state) {
            case "down" -> store.goDown();
            case "up" -> store.comeBack();
            default -> fail(where + ": use @table down or @table up");
        }
    }

    private static void expect(Conversation.Turn turn, String line, String where) {
        if (turn == null) {
            fail(where + ": an expectation needs a `you>` line before it");
        }
        String speech = turn.speech();
        if (line.startsWith("alexa>")) {
            assertThat(normal(speech)).as(where + " said: " + speech).contains(normal(line.substring(6)));
        } else if (line.startsWith("never>")) {
            assertThat(normal(speech)).as(where + " said: " + speech).doesNotContain(normal(line.substring(6)));
        } else if (line.startsWith("card>")) {
            assertThat(normal(card(turn))).as(where + " card: " + card(turn)).contains(normal(line.substring(5)));
        } else if (line.equals("(no card)")) {
            assertThat(turn.response().path("response").has("card")).as(where + " card: " + card(turn)).isFalse();
        } else if (line.equals("(session ends)")) {
            assertThat(turn.sessionEnded()).as(where + " session should end; said: " + speech).isTrue();
        } else if (line.equals("(session open)")) {
            assertThat(turn.sessionEnded()).as(where + " session should stay open; said: " + speech).isFalse();
        } else {
            fail(where + ": cannot read this line: " + line);
        }
    }

    /** The answer's card for the Alexa app as it reads: its title, then its text; empty without one. */
    private static String card(Conversation.Turn turn) {
        JsonNode card = turn.response().path("response").path("card");
        return card.isMissingNode() ? "" : card.path("title").asText("") + "\n" + card.path("content").asText("");
    }

    /**
     * Certification: an answer that waits for the person ends with a question and has a reprompt. A card
     * stays inside Alexa's limit (title and content together) and has both.
     */
    private static void checkCertificationRules(Conversation.Turn turn, String where) {
        JsonNode card = turn.response().path("response").path("card");
        if ("Simple".equals(card.path("type").asText())) {
            assertThat(card.path("title").asText()).as(where + " card title").isNotBlank();
            assertThat(card.path("content").asText()).as(where + " card content").isNotBlank();
            assertThat(card.path("title").asText().length() + card.path("content").asText().length())
                    .as(where + " card length").isLessThanOrEqualTo(Card.MAX_CHARACTERS);
        }
        boolean asksForPermission = turn.response().path("response").path("directives").toString()
                .contains("Connections.SendRequest");
        if (!turn.sessionEnded() && !asksForPermission && !turn.speech().isEmpty()) {
            assertThat(turn.speech()).as(where + " open session must end with a question").endsWith("?");
            assertThat(turn.reprompt()).as(where + " open session must carry a reprompt").isNotBlank();
        }
    }

    private static Duration duration(String text, String where) {
        try {
            return com.backrelief.coach.devtools.bench.ConversationBenchmark.duration(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    private static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ").strip();
    }
}

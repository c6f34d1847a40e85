package com.backrelief.coach.transcripts;

import com.backrelief.coach.devtools.Conversation;
import com.backrelief.coach.devtools.UtteranceMatcher;
import com.backrelief.coach.support.InMemoryProgressStore;
import com.backrelief.coach.support.MutableClock;
import com.backrelief.coach.support.StubAlexaApi;
import com.backrelief.coach.support.TestSkill;
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
        } else if (line.equals("(session ends)")) {
            assertThat(turn.sessionEnded()).as(where + " session should end; said: " + speech).isTrue();
        } else if (line.equals("(session open)")) {
            assertThat(turn.sessionEnded()).as(where + " session should stay open; said: " + speech).isFalse();
        } else {
            fail(where + ": cannot read this line: " + line);
        }
    }

    /** Certification: an answer that waits for the person ends with a question and has a reprompt. */
    private static void checkCertificationRules(Conversation.Turn turn, String where) {
        boolean asksForPermission = turn.response().path("response").path("directives").toString()
                .contains("Connections.SendRequest");
        if (!turn.sessionEnded() && !asksForPermission && !turn.speech().isEmpty()) {
            assertThat(turn.speech()).as(where + " open session must end with a question").endsWith("?");
            assertThat(turn.reprompt()).as(where + " open session must carry a reprompt").isNotBlank();
        }
    }

    private static Duration duration(String text, String where) {
        String amount = text.strip().toLowerCase(Locale.ROOT);
        long value = Long.parseLong(amount.substring(0, amount.length() - 1));
        return switch (amount.charAt(amount.length() - 1)) {
            case 'm' -> Duration.ofMinutes(value);
            case 'h' -> Duration.ofHours(value);
            case 'd' -> Duration.ofDays(value);
            default -> throw new IllegalArgumentException(where + ": use 30m, 5h or 2d");
        };
    }

    private static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ").strip();
    }
}

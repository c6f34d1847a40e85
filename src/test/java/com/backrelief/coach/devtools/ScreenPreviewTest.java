package com.backrelief.coach.devtools;

import com.backrelief.coach.CoachSkill;
import com.backrelief.coach.CoachStreamHandler;
import com.backrelief.coach.Config;
import com.backrelief.coach.alexa.AlexaAdapters;
import com.backrelief.coach.alexa.ApiClient;
import com.backrelief.coach.support.InMemoryProgressStore;
import com.backrelief.coach.support.TestSkill;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** --screen: the conversation from an Echo Show, what each screen shows under the answer, and touches typed as "tap". */
class ScreenPreviewTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aRoutineCanBeFollowedByTappingAndEachScreenIsSavedToPaste(@TempDir Path dir) throws IOException {
        String printed = talk(dir, """
                open back relief coach
                tap follow a routine
                tap Next
                press [pause]
                tap resume
                tap order a pizza
                """);

        assertThat(printed).contains("  | [Heat or ice?] [Explain a stretch] [Follow a routine]",
                "you> tap follow a routine", "  | Cat cow   (1 of 6)", "  | [drawing of the position]",
                "  | [Pause] [Repeat] [Next] [Easier]", "  | Child's pose   (2 of 6)", "  | Paused",
                "  | [Resume] [Repeat] [Next] [Easier]", "(no button \"order a pizza\" on the screen now)");
        assertThat(printed).contains("alexa> Paused.").contains("alexa> Picking up with the child's pose.");
        List<Path> saved;
        try (var files = Files.list(dir.resolve("screens"))) {
            saved = files.sorted().toList();
        }
        assertThat(saved).extracting(file -> file.getFileName().toString())
                .containsExactly("001-welcome.json", "002-step.json", "003-step.json", "004-step.json", "005-step.json");
        JsonNode pasted = JSON.readTree(saved.get(1).toFile());
        assertThat(pasted.path("document").path("type").asText()).isEqualTo("APL");
        assertThat(pasted.path("document").path("graphics").path("pose").path("type").asText()).isEqualTo("AVG");
        assertThat(pasted.path("datasources").path("screen").path("title").asText()).isEqualTo("Cat cow");
    }

    @Test
    void theScreensTextIsReadPlainWithTheMarkupEscapesUndone() throws IOException {
        JsonNode screen = JSON.readTree("""
                {"title": "Heat &amp; ice", "subtitle": "", "progress": "", "dose": "15 to 20 minutes",
                 "lines": [], "notes": ["a &lt; b"], "buttons": [{"label": "Set a timer", "action": "timer"}],
                 "hasDrawing": false}
                """);
        assertThat(ScreenPreview.text(screen)).containsExactly("Heat & ice", "15 to 20 minutes", "! a < b", "[Set a timer]");
    }

    private static String talk(Path dir, String script) {
        Config config = Config.from(Map.of(Config.TABLE_NAME, "unused", Config.SKILL_ID, TestSkill.SKILL_ID));
        CoachStreamHandler handler = new CoachStreamHandler(CoachSkill.build(new CoachSkill.Dependencies(
                new InMemoryProgressStore(), TestSkill.CONTENT, Clock.fixed(TestSkill.NOW, ZoneOffset.UTC),
                AlexaAdapters.over(ApiClient.create()))), config);
        Conversation conversation = new Conversation(handler, UtteranceMatcher.load(UtteranceMatcher.DEFAULT_MODEL,
                TestSkill.SKILL_ID));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ConversationMode(conversation, new PrintStream(out, true, StandardCharsets.UTF_8), ssml -> { }, false,
                java.util.List::of, new ScreenPreview(dir.resolve("screens")))
                .talk(new BufferedReader(new StringReader(script)), false);
        return out.toString(StandardCharsets.UTF_8);
    }
}

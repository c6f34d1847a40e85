package com.backrelief.coach.devtools;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
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

import static org.assertj.core.api.Assertions.assertThat;

/** The conversation mode's printout, with and without --explain, against a skill that always says "Okay." */
class ConversationModeTest {

    private static final String OKAY = "{\"version\":\"1.0\",\"response\":{\"outputSpeech\":"
            + "{\"type\":\"PlainText\",\"text\":\"Okay.\"},\"shouldEndSession\":false}}";

    private static final String MODEL = """
            {"interactionModel": {"languageModel": {
              "invocationName": "back relief coach",
              "intents": [
                {"name": "StretchInfoIntent", "slots": [{"name": "stretch", "type": "STRETCH"}],
                 "samples": ["tell me about {stretch}", "how do I do the {stretch}"]},
                {"name": "RoutineIntent", "slots": [{"name": "minutes", "type": "AMAZON.NUMBER"}],
                 "samples": ["give me {minutes} minutes of stretching"]},
                {"name": "AMAZON.StopIntent", "samples": []},
                {"name": "AMAZON.FallbackIntent", "samples": []}
              ],
              "types": [{"name": "STRETCH", "values": [{"id": "cat-cow", "name": {"value": "cat cow"}}]}]}}}
            """;

    @Test
    void explainPrintsWhatTheMatcherHeardUnderEachAnswer(@TempDir Path dir) throws IOException {
        String printed = talk(dir, true, """
                open back relief coach
                how do I do the cat cow
                um tell me about the cat cow please
                tell me all about the cat cow
                tell me about handstands
                give me five minutes of stretching
                order me a pizza
                """);

        assertThat(printed).isEqualTo("""
                you> open back relief coach
                alexa> Okay.
                  heard: LaunchRequest (opens the skill)
                you> how do I do the cat cow
                alexa> Okay.
                  heard: StretchInfoIntent, exact, sample "how do I do the {stretch}"
                    stretch = "cat cow" -> cat-cow
                you> um tell me about the cat cow please
                alexa> Okay.
                  heard: StretchInfoIntent, after fillers "um", "please", sample "tell me about {stretch}"
                    stretch = "the cat cow" -> cat-cow
                you> tell me all about the cat cow
                alexa> Okay.
                  heard: StretchInfoIntent, similarity 0.86 against sample "tell me about {stretch}"
                    stretch = "the cat cow" -> cat-cow
                you> tell me about handstands
                alexa> Okay.
                  heard: StretchInfoIntent, exact, sample "tell me about {stretch}"
                    stretch = "handstands" -> no match
                you> give me five minutes of stretching
                alexa> Okay.
                  heard: RoutineIntent, exact, sample "give me {minutes} minutes of stretching"
                    minutes = "5"
                you> order me a pizza
                alexa> Okay.
                  heard: AMAZON.FallbackIntent, nothing matched
                """);
    }

    @Test
    void withoutExplainOnlyTheExchangeIsPrinted(@TempDir Path dir) throws IOException {
        String printed = talk(dir, false, "open back relief coach\nhow do I do the cat cow\n");

        assertThat(printed).isEqualTo("you> open back relief coach\nalexa> Okay.\nyou> how do I do the cat cow\nalexa> Okay.\n");
    }

    private static String talk(Path dir, boolean explain, String script) throws IOException {
        Path model = Files.writeString(dir.resolve("model.json"), MODEL);
        RequestStreamHandler skill = (input, output, context) -> output.write(OKAY.getBytes(StandardCharsets.UTF_8));
        Conversation conversation = new Conversation(skill, UtteranceMatcher.load(model, LocalFunction.SKILL_ID));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ConversationMode(conversation, new PrintStream(out, true, StandardCharsets.UTF_8), ssml -> { }, explain)
                .talk(new BufferedReader(new StringReader(script)), false);
        return out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
    }
}

package com.backrelief.coach.devtools;

import com.backrelief.coach.CoachStreamHandler;
import com.backrelief.coach.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The local tools build the function template.yaml declares: its handler class and its environment, made local. */
class LocalFunctionTest {

    private final LocalFunction function = LocalFunction.fromTemplate();

    @Test
    void theTemplatesVariablesAreMadeLocal() {
        Map<String, String> env = function.environment("http://127.0.0.1:9999", Map.of());

        assertThat(env).containsEntry(Config.TABLE_NAME, DynamoDbLocal.LOCAL_TABLE)
                .containsEntry(Config.SKILL_ID, LocalFunction.SKILL_ID)
                .containsEntry(Config.DYNAMODB_ENDPOINT, "http://127.0.0.1:9999")
                .containsEntry(Config.AWS_REGION, "us-east-1")
                .containsEntry("JAVA_TOOL_OPTIONS", SamTemplate.read(SamTemplate.DEFAULT).environment().get("JAVA_TOOL_OPTIONS"));
    }

    @Test
    void anOverrideWinsOverTheTemplateAndTheLocalValues() {
        Map<String, String> env = function.environment("http://127.0.0.1:9999",
                Map.of(Config.SKILL_ID, "amzn1.ask.skill.other", Config.DYNAMODB_ENDPOINT, "http://elsewhere:8000"));

        assertThat(env).containsEntry(Config.SKILL_ID, "amzn1.ask.skill.other")
                .containsEntry(Config.DYNAMODB_ENDPOINT, "http://elsewhere:8000");
    }

    @Test
    void theHandlerIsTheClassTheTemplateNames() {
        assertThat(function.handler(function.environment("http://127.0.0.1:9999", Map.of())))
                .isInstanceOf(CoachStreamHandler.class);
        assertThat(function.logicalId()).isEqualTo("CoachFunction");
    }

    @Test
    void aTemplateNamingAMissingHandlerClassFailsLoudly(@TempDir Path dir) throws IOException {
        LocalFunction renamed = new LocalFunction(changed(dir, "com.backrelief.coach.CoachStreamHandler::handleRequest",
                "com.backrelief.coach.RenamedHandler::handleRequest"));

        assertThatThrownBy(() -> renamed.handler(Map.of(Config.TABLE_NAME, "t")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("com.backrelief.coach.RenamedHandler, which does not exist");
    }

    @Test
    void aVariableFromAParameterWithoutDefaultMustBeGiven(@TempDir Path dir) throws IOException {
        LocalFunction withStage = new LocalFunction(changed(dir, "Parameters:\n",
                "Parameters:\n  Stage:\n    Type: String\n", "DYNAMODB_ENDPOINT: ''", "DYNAMODB_ENDPOINT: ''\n          STAGE: !Ref Stage"));

        assertThatThrownBy(() -> withStage.environment("http://x", Map.of()))
                .hasMessageContaining("STAGE from the parameter Stage, which has no default: pass --env STAGE=VALUE");
        assertThat(withStage.environment("http://x", Map.of("STAGE", "dev"))).containsEntry("STAGE", "dev");
    }

    /** A copy of template.yaml with texts replaced (pairs: from, to). */
    private static SamTemplate changed(Path dir, String... fromTo) throws IOException {
        String text = Files.readString(SamTemplate.DEFAULT);
        for (int i = 0; i < fromTo.length; i += 2) {
            assertThat(text).contains(fromTo[i]);
            text = text.replace(fromTo[i], fromTo[i + 1]);
        }
        Path copy = dir.resolve("template.yaml");
        Files.writeString(copy, text);
        return SamTemplate.read(copy);
    }
}

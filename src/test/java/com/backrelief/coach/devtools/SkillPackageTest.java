package com.backrelief.coach.devtools;

import com.backrelief.coach.devtools.model.ModelGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ASK CLI project made from interaction-model/ is in step with it, with the stack's endpoint. */
class SkillPackageTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ARN = "arn:aws:lambda:eu-west-1:123456789012:function:coach-CoachFunction-AbC123:live";

    @Test
    void holdsTheManifestWithTheEndpointAndEveryLocalesModelAsTheSourceHasIt(@TempDir Path dir) throws IOException {
        SkillPackage.write(dir, ARN);

        JsonNode resources = JSON.readTree(dir.resolve("ask-resources.json").toFile());
        assertThat(resources.path("askcliResourcesVersion").asText()).isEqualTo("2020-03-31");
        assertThat(resources.at("/profiles/default/skillMetadata/src").asText()).isEqualTo("./skill-package");

        JsonNode manifest = JSON.readTree(dir.resolve("skill-package/skill.json").toFile());
        assertThat(manifest.at("/manifest/apis/custom/endpoint/uri").asText()).isEqualTo(ARN);
        JsonNode source = JSON.readTree(Path.of("interaction-model/skill.json").toFile());
        assertThat(manifest.path("manifest").path("publishingInformation"))
                .isEqualTo(source.path("manifest").path("publishingInformation"));

        assertThat(SkillPackage.locales(manifest)).containsExactlyInAnyOrderElementsOf(ModelGenerator.LOCALES);
        for (String locale : ModelGenerator.LOCALES) {
            assertThat(Files.readString(dir.resolve("skill-package/interactionModels/custom/" + locale + ".json")))
                    .as(locale).isEqualTo(Files.readString(ModelGenerator.model(locale)));
        }
    }

    @Test
    void aSkillIdIsKeptWhereTheAskCliLooksForIt(@TempDir Path dir) throws IOException {
        SkillPackage.write(dir, ARN, "amzn1.ask.skill.11111111-2222-3333-4444-555555555555");

        JsonNode states = JSON.readTree(dir.resolve(".ask/ask-states.json").toFile());
        assertThat(states.path("askcliStatesVersion").asText()).isEqualTo("2020-03-31");
        assertThat(states.at("/profiles/default/skillId").asText()).isEqualTo("amzn1.ask.skill.11111111-2222-3333-4444-555555555555");
    }

    @Test
    void withoutAnEndpointTheManifestKeepsThePlaceholder(@TempDir Path dir) throws IOException {
        SkillPackage.write(dir, null);

        assertThat(JSON.readTree(dir.resolve("skill-package/skill.json").toFile()).at("/manifest/apis/custom/endpoint/uri")
                .asText()).isEqualTo(SkillPackage.PLACEHOLDER);
    }

    @Test
    void anEndpointThatIsNoLambdaArnIsAUsageError() {
        assertThatThrownBy(() -> LocalOptions.parse("--skill-package", "out", "--endpoint-arn", "coach-live"))
                .hasMessageContaining("--endpoint-arn needs a Lambda function ARN");
        assertThatThrownBy(() -> LocalOptions.parse("--endpoint-arn", ARN)).hasMessageContaining("goes with --skill-package");
    }
}
